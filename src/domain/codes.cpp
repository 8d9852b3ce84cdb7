#include "domain/codes.h"

#include <array>

#include "domain/region_table.h"
#include "domain/sj_ids.h"

namespace suiji {
namespace {

int uscc_value(char c) {
  auto pos = kUsccAlphabet.find(c);
  return pos == std::string_view::npos ? -1 : static_cast<int>(pos);
}

// GB 11714 body characters: digits and upper-case Latin letters, A = 10 … Z = 35.
int org_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return -1;
}

std::string quoted(std::string_view s) { return "「" + std::string(s) + "」"; }

CodeCheck fail(std::string msg) { return CodeCheck{std::move(msg)}; }

}  // namespace

std::optional<char> uscc_check_char(std::string_view first17) {
  if (first17.size() != 17) return std::nullopt;
  int sum = 0;
  int weight = 1;  // 3^(i-1) mod 31
  for (char c : first17) {
    int v = uscc_value(c);
    if (v < 0) return std::nullopt;
    sum += v * weight;
    weight = weight * 3 % 31;
  }
  return kUsccAlphabet[(31 - sum % 31) % 31];
}

CodeCheck check_uscc(std::string_view s) {
  if (s.size() != 18)
    return fail("统一社会信用代码" + quoted(s) + "应为18位，实为" + std::to_string(s.size()) +
                "位 / USCC must be 18 characters, got " + std::to_string(s.size()));
  for (size_t i = 0; i < s.size(); ++i) {
    if (uscc_value(s[i]) < 0)
      return fail("统一社会信用代码" + quoted(s) + "第" + std::to_string(i + 1) + "位「" +
                  std::string(1, s[i]) + "」不是允许的字符 / USCC character " +
                  std::to_string(i + 1) +
                  " is not in 0-9 A-Z without I O S V Z; letters must be upper case");
  }
  char expect = *uscc_check_char(s.substr(0, 17));
  if (s[17] != expect)
    return fail("统一社会信用代码" + quoted(s) + "校验位错误：应为「" + std::string(1, expect) +
                "」 / USCC check character is wrong: expected '" + std::string(1, expect) + "'");
  return {};
}

std::string org_code_from_uscc(std::string_view uscc) {
  return uscc.size() == 18 ? std::string(uscc.substr(8, 9)) : std::string();
}

std::string region_from_uscc(std::string_view uscc) {
  return uscc.size() == 18 ? std::string(uscc.substr(2, 6)) : std::string();
}

std::optional<char> org_code_check_char(std::string_view body8) {
  static constexpr std::array<int, 8> kWeights = {3, 7, 9, 10, 5, 8, 4, 2};
  if (body8.size() != 8) return std::nullopt;
  int sum = 0;
  for (size_t i = 0; i < 8; ++i) {
    int v = org_value(body8[i]);
    if (v < 0) return std::nullopt;
    sum += v * kWeights[i];
  }
  int c9 = 11 - sum % 11;
  if (c9 == 10) return 'X';
  if (c9 == 11) return '0';
  return static_cast<char>('0' + c9);
}

std::string normalize_org_code(std::string_view code) {
  std::string s;
  if (code.size() == 10 && code[8] == '-') {
    s = std::string(code.substr(0, 8)) + code[9];
  } else if (code.size() == 9) {
    s = std::string(code);
  } else {
    return {};
  }
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

std::string format_org_code(std::string_view code9) {
  if (code9.size() != 9) return std::string(code9);
  return std::string(code9.substr(0, 8)) + "-" + code9[8];
}

CodeCheck check_org_code(std::string_view code) {
  std::string s = normalize_org_code(code);
  if (s.empty())
    return fail("组织机构代码" + quoted(code) +
                "格式错误：应为9位，如12345678-9 / organisation code must be 8 characters + check, "
                "e.g. 12345678-9");
  for (size_t i = 0; i < 8; ++i)
    if (org_value(s[i]) < 0)
      return fail("组织机构代码" + quoted(code) + "第" + std::to_string(i + 1) +
                  "位不是数字或大写字母 / organisation code character " + std::to_string(i + 1) +
                  " must be 0-9 or A-Z");
  char expect = *org_code_check_char(std::string_view(s).substr(0, 8));
  if (s[8] != expect)
    return fail("组织机构代码" + quoted(code) + "校验码错误：应为「" + std::string(1, expect) +
                "」 / organisation code check character is wrong: expected '" +
                std::string(1, expect) + "'");
  return {};
}

CodeCheck check_region_shape(std::string_view code) {
  bool digits = code.size() == 6;
  for (char c : code) digits = digits && c >= '0' && c <= '9';
  if (!digits)
    return fail("行政区划代码" + quoted(code) + "应为6位数字 / region code must be 6 digits");
  static constexpr std::array<int, 34> kProvinces = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34,
                                                     35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
                                                     53, 54, 61, 62, 63, 64, 65, 71, 81, 82};
  int p = (code[0] - '0') * 10 + (code[1] - '0');
  for (int q : kProvinces)
    if (p == q) return {};
  return fail("行政区划代码" + quoted(code) + "的省级代码「" + std::string(code.substr(0, 2)) +
              "」不存在 / no province has code " + std::string(code.substr(0, 2)));
}

CodeCheck check_region_code(std::string_view code) {
  if (auto c = check_region_shape(code); !c) return c;
  if (!RegionTable::builtin().find(code))
    return fail("行政区划代码" + quoted(code) + "不在GB/T 2260代码表中 / region code is not in the "
                "GB/T 2260 table, " + RegionTable::builtin().source());
  return {};
}

CodeCheck check_unit_id(std::string_view id) {
  if (!is_valid_id(id))
    return fail("编号" + quoted(id) +
                "不合规：须以字母或数字开头，只含字母、数字和 ( ) . _ -，最长64位 / id must match "
                "^[0-9A-Za-z][0-9A-Za-z()._-]{0,63}$, sj-draw/1");
  return {};
}

CodeCheck check_inspector_id(std::string_view id) { return check_unit_id(id); }

CodeCheck check_draw_id(std::string_view id) {
  if (!is_valid_draw_id(id))
    return fail("抽查编号" + quoted(id) +
                "不合规：须以字母或数字开头，只含字母、数字和 . _ -，最长64位 / draw id must match "
                "^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$, sj-draw/1");
  return {};
}

bool is_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  auto num = [&](size_t at, size_t n) {
    int v = 0;
    for (size_t i = 0; i < n; ++i) v = v * 10 + (s[at + i] - '0');
    return v;
  };
  int y = num(0, 4), m = num(5, 2), d = num(8, 2);
  if (y < 1900 || m < 1 || m > 12 || d < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  int max = kDays[m - 1] + (m == 2 && leap ? 1 : 0);
  return d <= max;
}

}  // namespace suiji
