#include "service/refs.h"

#include <charconv>
#include <string_view>

#include "domain/error.h"

namespace suiji::service {

std::optional<int64_t> number_ref(const std::string& ref) {
  std::string_view t = ref;
  if (t.starts_with("#")) t.remove_prefix(1);
  int64_t id = 0;
  auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), id);
  if (ec != std::errc() || end != t.data() + t.size() || id <= 0) return std::nullopt;
  return id;
}

std::vector<std::string> comma_list(const std::string& text) {
  std::vector<std::string> out;
  std::string cur;
  for (char ch : text + ",") {
    if (ch == ',') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else if (ch != ' ') {
      cur += ch;
    }
  }
  return out;
}

int64_t request_number(const std::string& ref) {
  auto id = number_ref(ref);
  if (!id)
    throw bad_input("request_invalid", "申请号须为正整数", "the request number must be a positive integer",
                    Json{{"field", "request"}});
  return *id;
}

}  // namespace suiji::service
