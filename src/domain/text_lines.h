// The line loop of the built-in reference tables (ref/*.tsv): they are edited by hand
// and by scripts on any system, so Windows line endings and blank lines must not matter,
// while error messages still need the line number a person sees in an editor.
#pragma once
#include <cstddef>
#include <functional>
#include <string_view>

namespace suiji {

// Calls on_line(line, line_no) for every non-empty line of `text`, without its "\n" or
// "\r\n"; line_no counts from 1 and includes the skipped blank lines.
void for_each_line(std::string_view text,
                   const std::function<void(std::string_view line, size_t line_no)>& on_line);

}  // namespace suiji
