// The 抽查比例和频次 an agency publishes, written from its strata (policy/describe.h): the
// rule in words, never a count of units, for every kind of size rule the presets use.
#include <gtest/gtest.h>

#include "policy/describe.h"
#include "policy/presets.h"

namespace suiji::policy {
namespace {

std::string rule(const std::string& preset, const std::string& stratum) {
  const Policy p = policy::preset(preset);
  return rule_text(*p.stratum(stratum));
}

TEST(Describe, EachKindOfRuleInWords) {
  EXPECT_EQ(rule("shandong-city", "key"), "每季度抽查比例不低于 5%");  // seed 000:L19
  // seed 000:L20: a yearly staff ratio drawn quarterly
  EXPECT_EQ(rule("shandong-city", "general"), "每年按在编在岗环境监察人员与被抽查单位不低于 1:5 的比例抽查，按季度抽取");
  // seed 000:L21 "加大抽查比例": no figure, and the preset's own note stays out of the list
  EXPECT_EQ(rule("shandong-city", "special"), "每季度加大抽查比例（比例由本机构确定）");
  // seed 004:L77: 50–60 % of last quarter's special units
  EXPECT_EQ(rule("urumqi-city", "special"), "每季度按上季度数量的 50%–60% 抽查");
  // seed 004:L73, L75: key units all covered in the year; the general stratum drawn once a year
  EXPECT_NE(rule("urumqi-city", "key").find("每年至少覆盖一遍"), std::string::npos) << rule("urumqi-city", "key");
  EXPECT_NE(rule("urumqi-city", "general").find("年度一次抽取"), std::string::npos) << rule("urumqi-city", "general");
}

TEST(Describe, EveryStratumNumberedInOrder) {
  std::string t = ratio_and_frequency(preset("shandong-county"));
  EXPECT_EQ(t.rfind("1. 重点排污单位：每季度抽查比例不低于 ", 0), 0u) << t;
  EXPECT_NE(t.find(" 2. 一般排污单位："), std::string::npos) << t;
  EXPECT_NE(t.find(" 3. 特殊监管对象："), std::string::npos) << t;
}

TEST(Describe, FixedAndAllSizes) {
  Stratum s;
  s.name = "重点排污单位";
  s.size.kind = SizeRule::Kind::kFixed;
  s.size.fixed = 3;
  EXPECT_EQ(rule_text(s), "每季度抽查 3 家");
  s.size.kind = SizeRule::Kind::kAll;
  s.cadence = Cadence::kYear;
  EXPECT_EQ(rule_text(s), "每年全部抽查，年度一次抽取");
}

}  // namespace
}  // namespace suiji::policy
