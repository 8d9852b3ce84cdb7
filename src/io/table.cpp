#include "io/table.h"

namespace suiji::io {

bool is_blank_row(const std::vector<std::string>& cells) {
  for (const auto& c : cells)
    for (char ch : c)
      if (ch != ' ' && ch != '\t' && ch != '\r' && ch != '\n') return false;
  return true;
}

}  // namespace suiji::io
