#include "io/table.h"

#include <cstdio>

namespace suiji::io {

bool is_blank_row(const std::vector<std::string>& cells) {
  for (const auto& c : cells)
    for (char ch : c)
      if (ch != ' ' && ch != '\t' && ch != '\r' && ch != '\n') return false;
  return true;
}

std::string cell_defect(std::string_view cell, bool allow_line_breaks) {
  for (unsigned char ch : cell) {
    if (ch >= 0x20 && ch != 0x7F) continue;
    if (ch == '\t') continue;
    if (allow_line_breaks && (ch == '\r' || ch == '\n')) continue;
    char code[8];
    std::snprintf(code, sizeof code, "U+%04X", ch);
    return std::string("单元格含控制字符 ") + code + "，请删除后重新导入 / a cell holds the control character " +
           code + "; remove it and import again";
  }
  return "";
}

}  // namespace suiji::io
