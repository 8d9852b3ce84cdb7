#include "domain/unit.h"

#include <algorithm>

namespace suiji {

std::optional<UnitLevel> level_from_code(int code) {
  for (const auto& it : EnumLabels<UnitLevel>::items)
    if (level_code(it.value) == code) return it.value;
  return std::nullopt;
}

bool produces_in_month(const Unit& u, int month) {
  switch (u.production_status) {
    case ProductionStatus::kProducing:
      return true;
    case ProductionStatus::kSeasonal:
      return std::find(u.producing_months.begin(), u.producing_months.end(), month) !=
             u.producing_months.end();
    case ProductionStatus::kStopped:
    case ProductionStatus::kClosed:
      return false;
  }
  return false;
}

std::string format_months(const std::vector<int>& months) {
  std::string out;
  for (int m : months) {
    if (!out.empty()) out += ',';
    out += std::to_string(m);
  }
  return out;
}

std::optional<std::vector<int>> parse_months(std::string_view text) {
  std::vector<int> out;
  if (text.empty()) return out;
  size_t start = 0;
  for (;;) {
    size_t comma = text.find(',', start);
    std::string_view item = text.substr(start, comma == text.npos ? text.npos : comma - start);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (item.empty() || item.size() > 2) return std::nullopt;
    int m = 0;
    for (char c : item) {
      if (c < '0' || c > '9') return std::nullopt;
      m = m * 10 + (c - '0');
    }
    if (m < 1 || m > 12) return std::nullopt;
    if (std::find(out.begin(), out.end(), m) != out.end()) return std::nullopt;
    out.push_back(m);
    if (comma == text.npos) break;
    start = comma + 1;
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace suiji
