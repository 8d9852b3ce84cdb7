#include "io/csv_writer.h"

#include <string_view>

namespace suiji::io {

namespace {

bool needs_quotes(const std::string& f) {
  if (f.empty()) return false;
  if (f.front() == ' ' || f.back() == ' ') return true;
  return f.find_first_of(",\"\r\n\t") != std::string::npos;
}

bool is_plain_number(const std::string& f) {
  size_t i = (f[0] == '+' || f[0] == '-') ? 1 : 0;
  bool digits = false, dot = false;
  for (; i < f.size(); ++i) {
    if (f[i] >= '0' && f[i] <= '9') digits = true;
    else if (f[i] == '.' && !dot) dot = true;
    else return false;
  }
  return digits;
}

}  // namespace

std::string neutralize_formula(const std::string& f) {
  if (f.empty() || std::string_view("=+-@\t\r").find(f[0]) == std::string_view::npos) return f;
  if (is_plain_number(f)) return f;
  return "'" + f;
}

std::string write_csv(const std::vector<std::vector<std::string>>& rows, bool with_bom) {
  std::string out = with_bom ? "\xEF\xBB\xBF" : "";
  for (const auto& row : rows) {
    for (size_t i = 0; i < row.size(); ++i) {
      if (i) out += ',';
      const std::string f = neutralize_formula(row[i]);
      if (!needs_quotes(f)) { out += f; continue; }
      out += '"';
      for (char c : f) {
        if (c == '"') out += '"';
        out += c;
      }
      out += '"';
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace suiji::io
