#include "domain/inspector.h"

namespace suiji {

bool holds_valid(const Inspector& i, CertificateKind kind, std::string_view date) {
  for (const auto& c : i.certificates)
    if (c.kind == kind && valid_on(c, date)) return true;
  return false;
}

std::string join_tags(const std::vector<std::string>& tags) {
  std::string out;
  for (const auto& t : tags) {
    if (!out.empty()) out += ';';
    out += t;
  }
  return out;
}

std::vector<std::string> split_tags(std::string_view text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t semi = text.find(';', start);
    std::string_view item = text.substr(start, semi == text.npos ? text.npos : semi - start);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty()) out.emplace_back(item);
    if (semi == text.npos) break;
    start = semi + 1;
  }
  return out;
}

}  // namespace suiji
