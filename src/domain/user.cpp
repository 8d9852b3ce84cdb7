#include "domain/user.h"

#include <algorithm>

namespace suiji {

bool has_role(const User& u, Role r) {
  return std::find(u.roles.begin(), u.roles.end(), r) != u.roles.end();
}

std::string format_roles(const std::vector<Role>& roles) {
  std::string out;
  for (Role r : roles) {
    if (!out.empty()) out += ',';
    out += key(r);
  }
  return out;
}

std::optional<std::vector<Role>> parse_roles(std::string_view text) {
  std::vector<Role> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t comma = text.find(',', start);
    std::string_view item = text.substr(start, comma == text.npos ? text.npos : comma - start);
    auto r = from_label<Role>(item);
    if (!r) return std::nullopt;
    if (std::find(out.begin(), out.end(), *r) == out.end()) out.push_back(*r);
    if (comma == text.npos) break;
    start = comma + 1;
  }
  return out;
}

}  // namespace suiji
