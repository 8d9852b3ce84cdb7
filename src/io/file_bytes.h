// Whole-file reads and atomic writes for the import/export files.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace suiji::io {

// The file's bytes; throws ReadError "file_unreadable" if it cannot be opened or read.
// `spare_capacity` bytes are allocated past the end (for parsers that read ahead, e.g.
// simdjson's padding), so the caller need not copy the content again.
std::string read_file_bytes(const std::string& path, size_t spare_capacity = 0);

// read_file_bytes, except that "-" reads standard input to its end (the CLI's convention
// for an input file).
std::string read_input_bytes(const std::string& path, size_t spare_capacity = 0);

// Writes `bytes` to `path` via a temporary file in the same folder and a rename, so a
// failed export never leaves half a file where the user expects a good one.
// Throws WriteError (kind kUnavailable) on failure.
void write_file_atomically(const std::string& path, std::string_view bytes);

}  // namespace suiji::io
