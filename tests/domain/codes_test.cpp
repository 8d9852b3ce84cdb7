// The code validators: what an importer relies on to refuse a mistyped 统一社会信用代码,
// 组织机构代码 or 行政区划代码 with a message a clerk can act on.
#include <gtest/gtest.h>

#include "domain/codes.h"

namespace suiji {
namespace {

// Valid codes computed by the GB 32100 / GB 11714 algorithms (independently, in Python).
constexpr const char* kGoodUscc[] = {
    "91350100M000100Y43",  // the GB 32100 standard's own example
    "91330802MA2DF3K506",  // 柯城区, MA-prefixed body
    "9133088114609875XN",  // 江山市, org code check 'X'
    "92330822MA28J6QX3G",  // 个体工商户 (9 2), 常山县
    "123308000026055214",  // 机关 (1 2)
};

TEST(Uscc, AcceptsValidCodes) {
  for (const char* c : kGoodUscc) EXPECT_TRUE(check_uscc(c).ok()) << c << ": " << check_uscc(c).error;
}

TEST(Uscc, ComputesTheCheckCharacter) {
  EXPECT_EQ(uscc_check_char("91350100M000100Y4"), '3');
  EXPECT_EQ(uscc_check_char("91330802MA2DF3K50"), '6');
  EXPECT_EQ(uscc_check_char("9133088114609875X"), 'N');
  EXPECT_EQ(uscc_check_char("9135010"), std::nullopt);             // too short
  EXPECT_EQ(uscc_check_char("91350100I000100Y4"), std::nullopt);   // I is not in the alphabet
}

TEST(Uscc, RejectsAWrongCheckCharacterNamingTheRightOne) {
  auto c = check_uscc("91350100M000100Y44");
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.error.find("校验位"), std::string::npos) << c.error;
  EXPECT_NE(c.error.find("expected '3'"), std::string::npos) << c.error;
}

TEST(Uscc, RejectsTransposedDigits) {
  // The classic typing error: two neighbours swapped.
  EXPECT_FALSE(check_uscc("91350010M000100Y43").ok());
  EXPECT_FALSE(check_uscc("91330820MA2DF3K506").ok());
}

TEST(Uscc, RejectsWrongLengthAndForbiddenLetters) {
  auto shortc = check_uscc("91350100M000100Y4");
  EXPECT_FALSE(shortc.ok());
  EXPECT_NE(shortc.error.find("18"), std::string::npos);
  EXPECT_FALSE(check_uscc("").ok());
  EXPECT_FALSE(check_uscc("91350100M000100Y430").ok());
  // I, O, S, V, Z are never used (they look like 1, 0, 5, U, 2).
  auto forbidden = check_uscc("91350100MO00100Y43");
  EXPECT_FALSE(forbidden.ok());
  EXPECT_NE(forbidden.error.find("第10位"), std::string::npos) << forbidden.error;
  // Lower case is not silently accepted.
  EXPECT_FALSE(check_uscc("91330802ma2df3k506").ok());
}

TEST(Uscc, EmbedsTheOrgCodeAndRegion) {
  EXPECT_EQ(org_code_from_uscc("91330802MA2DF3K506"), "MA2DF3K50");
  EXPECT_EQ(region_from_uscc("91330802MA2DF3K506"), "330802");
  // The embedded org code is itself valid by GB 11714.
  EXPECT_TRUE(check_org_code(org_code_from_uscc("91330802MA2DF3K506")).ok());
  EXPECT_TRUE(check_org_code(org_code_from_uscc("9133088114609875XN")).ok());
}

TEST(OrgCode, AcceptsWithAndWithoutHyphen) {
  EXPECT_TRUE(check_org_code("MA2DF3K5-0").ok());
  EXPECT_TRUE(check_org_code("MA2DF3K50").ok());
  EXPECT_TRUE(check_org_code("14609875-X").ok());
  EXPECT_TRUE(check_org_code("12345678-8").ok());
  EXPECT_EQ(normalize_org_code("14609875-x"), "14609875X");
  EXPECT_EQ(format_org_code("14609875X"), "14609875-X");
}

TEST(OrgCode, CheckDigitRulesTenIsXElevenIsZero) {
  EXPECT_EQ(org_code_check_char("14609875"), 'X');  // 11 - Σ mod 11 = 10
  EXPECT_EQ(org_code_check_char("00000000"), '0');  // 11 - 0 = 11
  EXPECT_EQ(org_code_check_char("12345678"), '8');
}

TEST(OrgCode, RejectsBadCodesClearly) {
  // Seed 000:L60's illustrative 12345678-9 is not a valid code: its check digit is 8.
  auto c = check_org_code("12345678-9");
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.error.find("expected '8'"), std::string::npos) << c.error;
  EXPECT_FALSE(check_org_code("1234567-8").ok());
  EXPECT_FALSE(check_org_code("12345678--8").ok());
  EXPECT_FALSE(check_org_code("1234*678-8").ok());
  EXPECT_FALSE(check_org_code("").ok());
}

TEST(RegionCode, AcceptsCodesOfTheNationalTable) {
  EXPECT_TRUE(check_region_code("330800").ok());  // 衢州市
  EXPECT_TRUE(check_region_code("330881").ok());  // 江山市
  EXPECT_TRUE(check_region_code("370114").ok());  // 济南市章丘区
}

TEST(RegionCode, RetiredCodesAreRejected) {
  // Seed 000:L60's example 370181 (章丘市) became 章丘区 370114 in 2016: the current table
  // no longer has it, and a unit filed under it must be corrected.
  EXPECT_FALSE(check_region_code("370181").ok());
  EXPECT_TRUE(check_region_shape("370181").ok());
}

TEST(RegionCode, RejectsMalformedAndUnknownCodes) {
  EXPECT_FALSE(check_region_code("33080").ok());
  EXPECT_FALSE(check_region_code("33080a").ok());
  auto province = check_region_code("990800");
  ASSERT_FALSE(province.ok());
  EXPECT_NE(province.error.find("99"), std::string::npos);
  // Right shape, valid province, but no such county.
  auto unknown = check_region_code("330899");
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.error.find("GB/T 2260"), std::string::npos) << unknown.error;
  EXPECT_TRUE(check_region_shape("330899").ok());
}

TEST(DrawIds, FollowSjDraw1) {
  EXPECT_TRUE(check_unit_id("91330802MA2DF3K506").ok());
  EXPECT_TRUE(check_unit_id("QZ-KC(2026)_001.a").ok());
  EXPECT_FALSE(check_unit_id("-starts-with-dash").ok());
  EXPECT_FALSE(check_unit_id("有中文").ok());
  EXPECT_FALSE(check_unit_id("").ok());
  EXPECT_FALSE(check_unit_id(std::string(65, 'a')).ok());
  EXPECT_TRUE(check_unit_id(std::string(64, 'a')).ok());
  EXPECT_TRUE(check_draw_id("370181-2026Q2-1").ok());
  EXPECT_FALSE(check_draw_id("370181-2026(Q2)").ok());  // parentheses are for unit ids only
  EXPECT_FALSE(check_draw_id("a b").ok());
}

TEST(Dates, IsoDatesMustBeRealDays) {
  EXPECT_TRUE(is_iso_date("2026-02-28"));
  EXPECT_TRUE(is_iso_date("2024-02-29"));
  EXPECT_FALSE(is_iso_date("2026-02-29"));
  EXPECT_FALSE(is_iso_date("2026-13-01"));
  EXPECT_FALSE(is_iso_date("2026/01/01"));
  EXPECT_FALSE(is_iso_date("2026-1-1"));
}

}  // namespace
}  // namespace suiji
