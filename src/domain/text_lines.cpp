#include "domain/text_lines.h"

namespace suiji {

void for_each_line(std::string_view text,
                   const std::function<void(std::string_view line, size_t line_no)>& on_line) {
  size_t line_no = 0;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty()) on_line(line, line_no);
  }
}

}  // namespace suiji
