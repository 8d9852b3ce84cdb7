// list_hash of sj-draw/1 (spec section 2):
//   list_hash(lines) = sha256_hex(concat(line + "\n" for line in sorted(unique(lines))))
// Sorting is byte-wise. Populations of millions of ids are sorted by a radix pass over
// the 8 bytes after their common prefix (USCCs of one county share 8), then by memcmp.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace suiji::draw {

enum class Duplicates {
  kMerge,   // the spec's unique(): repeated lines count once (conflict pairs)
  kReject,  // ids must be unique: throw InputError naming the first repeated one
};

// `what` names the list in error messages, e.g. "strata[key].population".
std::string list_hash(const std::vector<std::string_view>& lines, Duplicates dup, const std::string& what);

// Byte-wise ascending order of `lines` (indexes), stable for equal lines.
std::vector<uint32_t> sorted_order(const std::vector<std::string_view>& lines);

}  // namespace suiji::draw
