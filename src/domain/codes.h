// Validators for the codes that identify units, agencies and draws. Each returns a
// CodeCheck whose `error` is empty when the code is good, or a message in Chinese and
// English that a user can act on ("统一社会信用代码校验位错误 … bad check character …").
//
// - 统一社会信用代码 (USCC, GB 32100-2015): 18 chars over 0-9 A-Z minus I O S V Z;
//   position 18 is a check character (weights 3^(i-1) mod 31, check = (31 − Σ mod 31) mod 31).
//   Positions 3–8 are the registering 行政区划代码, 9–17 the 组织机构代码 body+check.
// - 组织机构代码 (GB 11714-1997): 8 body chars (0-9 A-Z) + check (weights 3,7,9,10,5,8,4,2,
//   C9 = 11 − Σ mod 11; 10 → 'X', 11 → '0'); accepted as "123456789" or "12345678-9".
// - 行政区划代码 (GB/T 2260): 6 digits, present in the embedded table (region_table.h).
// - sj-draw/1 ids: unit/inspector id ^[0-9A-Za-z][0-9A-Za-z()._-]{0,63}$,
//   draw_id ^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace suiji {

struct CodeCheck {
  std::string error;  // "" = valid
  bool ok() const { return error.empty(); }
  explicit operator bool() const { return ok(); }
};

// --- 统一社会信用代码 ---
inline constexpr std::string_view kUsccAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
// The check character for the first 17 characters; nullopt when `first17` is not 17
// characters of the alphabet.
std::optional<char> uscc_check_char(std::string_view first17);
CodeCheck check_uscc(std::string_view uscc);
// Positions 9–17 of a (structurally valid) USCC: its 组织机构代码, without hyphen.
std::string org_code_from_uscc(std::string_view uscc);
// Positions 3–8: the 行政区划代码 of the registering authority.
std::string region_from_uscc(std::string_view uscc);

// --- 组织机构代码 ---
std::optional<char> org_code_check_char(std::string_view body8);
CodeCheck check_org_code(std::string_view code);
// "12345678-9" or "123456789" -> "123456789" (upper-cased). Returns "" when the shape is
// wrong; does not verify the check character (use check_org_code for that).
std::string normalize_org_code(std::string_view code);
// "123456789" -> "12345678-9" (the form printed on certificates and in 固定编码).
std::string format_org_code(std::string_view code9);

// --- 行政区划代码 ---
// Shape only: 6 digits, and the first two a province code of GB/T 2260 (11–15, 21–23,
// 31–37, 41–46, 50–54, 61–65, 71, 81, 82).
CodeCheck check_region_shape(std::string_view code);
// Shape and presence in the embedded GB/T 2260 table.
CodeCheck check_region_code(std::string_view code);

// --- sj-draw/1 ids ---
CodeCheck check_unit_id(std::string_view id);       // also inspector ids
CodeCheck check_inspector_id(std::string_view id);  // same rule as units
CodeCheck check_draw_id(std::string_view id);

// --- dates ---
// "YYYY-MM-DD" naming a real calendar day.
bool is_iso_date(std::string_view s);

}  // namespace suiji
