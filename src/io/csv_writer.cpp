#include "io/csv_writer.h"

namespace suiji::io {

namespace {

bool needs_quotes(const std::string& f) {
  if (f.empty()) return false;
  if (f.front() == ' ' || f.back() == ' ') return true;
  return f.find_first_of(",\"\r\n\t") != std::string::npos;
}

}  // namespace

std::string write_csv(const std::vector<std::vector<std::string>>& rows, bool with_bom) {
  std::string out = with_bom ? "\xEF\xBB\xBF" : "";
  for (const auto& row : rows) {
    for (size_t i = 0; i < row.size(); ++i) {
      if (i) out += ',';
      const auto& f = row[i];
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
