#include "domain/sj_ids.h"

namespace suiji {
namespace {

constexpr bool alnum(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

template <typename Extra>
bool matches(std::string_view s, size_t max_len, bool first_alnum, Extra extra) {
  if (s.empty() || s.size() > max_len) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (alnum(c)) continue;
    if (i == 0 && first_alnum) return false;
    if (!extra(c)) return false;
  }
  return true;
}

// Unit ids are checked a million at a time: a table beats the branches of matches().
struct IdTable {
  bool rest[256] = {};
  constexpr IdTable() {
    for (int c = 0; c < 256; ++c) rest[c] = alnum(static_cast<char>(c)) || c == '(' || c == ')' || c == '.' || c == '_' || c == '-';
  }
};
constexpr IdTable kId;

}  // namespace

bool is_valid_id(std::string_view s) {
  if (s.empty() || s.size() > 64 || !alnum(s[0])) return false;
  bool ok = true;
  for (char c : s) ok &= kId.rest[static_cast<unsigned char>(c)];
  return ok;
}


bool is_valid_draw_id(std::string_view s) {
  return matches(s, 64, true, [](char c) { return c == '.' || c == '_' || c == '-'; });
}

bool is_valid_witness_input(std::string_view s) {
  return matches(s, 64, true, [](char) { return false; });
}

bool is_valid_beacon(std::string_view s) {
  return matches(s, 256, false, [](char c) { return c == ':' || c == '.' || c == '_' || c == '-'; });
}

bool is_lower_hex64(std::string_view s) {
  if (s.size() != 64) return false;
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

}  // namespace suiji
