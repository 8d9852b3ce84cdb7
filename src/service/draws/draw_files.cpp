#include "service/draws/draw_files.h"

#include <iostream>
#include <iterator>

#include "draw/draw.h"
#include "draw/record.h"
#include "io/file_bytes.h"

namespace suiji::service {
namespace {

// The file with the parser's read-ahead padding allocated, so it is parsed in place.
draw::ParsedRecord read_record(const std::string& path) {
  return draw::ParsedRecord::parse_padded(io::read_input_bytes(path, draw::ParsedRecord::kParsePadding));
}

}  // namespace

void compute_draw_file(const std::string& path, const std::function<void(std::string_view)>& sink) {
  draw::ParsedRecord rec = read_record(path);
  draw::DrawResult r = draw::compute_draw(rec.input, draw::Strictness::kCompute);
  draw::write_record(rec.input, r, sink);
}

draw::Verdict verify_draw_file(const std::string& path) { return draw::verify(read_record(path)); }

}  // namespace suiji::service
