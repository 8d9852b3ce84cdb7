#include "domain/contact.h"

#include <string_view>

namespace suiji {

std::pair<std::string, std::string> split_contact(const std::string& contact) {
  auto looks_like_phone = [](std::string_view s) {
    int digits = 0;
    for (char c : s) {
      if (c >= '0' && c <= '9') ++digits;
      else if (std::string_view("+-()").find(c) == std::string_view::npos) return false;
    }
    return digits >= 5;
  };
  size_t sp = contact.rfind(' ');
  std::string tail = sp == std::string::npos ? contact : contact.substr(sp + 1);
  if (!looks_like_phone(tail)) return {contact, ""};
  std::string person = sp == std::string::npos ? "" : contact.substr(0, sp);
  while (!person.empty() && person.back() == ' ') person.pop_back();
  return {person, tail};
}

}  // namespace suiji
