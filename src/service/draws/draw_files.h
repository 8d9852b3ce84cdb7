// The draw engine over files, for `suiji draw compute` and `suiji verify`: read a draw
// input or a published record from a path ("-" = standard input), compute or verify it.
//
//   service::compute_draw_file("input.json", [](std::string_view s) { fwrite(...); });
//   draw::Verdict v = service::verify_draw_file("record.json");
//
// Contract: unreadable files throw io::ReadError, malformed JSON or a draw that cannot
// be made throw draw::InputError (both kBadInput, "中文 / English"); nothing is written
// anywhere but `sink`.
#pragma once
#include <functional>
#include <string>
#include <string_view>

#include "draw/verify.h"

namespace suiji::service {

// Computes the full sj-draw/1 record of the input at `path` and hands it to `sink` in pieces.
void compute_draw_file(const std::string& path, const std::function<void(std::string_view)>& sink);

// Verifies the published record at `path`: a verdict, never an exception, for a
// well-formed record (a discrepancy is a verdict, not an error).
draw::Verdict verify_draw_file(const std::string& path);

}  // namespace suiji::service
