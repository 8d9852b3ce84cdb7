// Sizes are exact: every ⌈n × p⌉ and ⌊n × p⌋ is checked against plain integer
// arithmetic (the slow reference), and the history rules (a yearly ratio drawn quarterly,
// coverage of every key unit, a tiny stratum whose minimum beats its maximum) each get a
// worked case.
#include <gtest/gtest.h>

#include "policy/rational.h"
#include "policy/size.h"

namespace suiji::policy {
namespace {

TEST(Rational, ParsesDecimalsExactly) {
  EXPECT_EQ(Rational::parse("1.25"), Rational(5, 4));
  EXPECT_EQ(Rational::parse("5"), Rational(5));
  EXPECT_EQ(Rational::parse("0.05"), Rational(1, 20));
  EXPECT_EQ(Rational::parse("-2.5"), Rational(-5, 2));
  for (const char* bad : {"", "-", "1.", ".5x", "1e2", "1,5", " 5", "5%", "1/3", "0.0000000001"})
    EXPECT_FALSE(Rational::parse(bad)) << bad;
}

TEST(Rational, PrintsTheExactValue) {
  EXPECT_EQ((Rational(137) * Rational(5) / Rational(100)).to_string(), "6.85");
  EXPECT_EQ(Rational(15).to_string(), "15");
  EXPECT_EQ(Rational(1, 2).to_string(), "0.5");
  EXPECT_EQ(Rational(1, 20).to_string(), "0.05");
  EXPECT_EQ(Rational(2, 3).to_string(), "2/3");
  EXPECT_EQ(Rational(-7, 4).to_string(), "-1.75");
}

// ⌈n × a/b %⌉ and ⌊…⌋ by integer division, for every n up to 2000 and the seeds' ratios.
TEST(Rational, CeilAndFloorAgreeWithIntegerArithmetic) {
  struct P { const char* text; int64_t a, b; };  // text = a / b
  for (P p : {P{"5", 5, 1}, P{"25", 25, 1}, P{"10", 10, 1}, P{"30", 30, 1}, P{"50", 50, 1}, P{"60", 60, 1},
              P{"20", 20, 1}, P{"12.5", 25, 2}, P{"33.3", 333, 10}}) {
    Rational pct = *Rational::parse(p.text);
    for (int64_t n = 0; n <= 2000; ++n) {
      Rational x = Rational(n) * pct / Rational(100);
      int64_t num = n * p.a, den = p.b * 100;
      ASSERT_EQ(x.ceil(), (num + den - 1) / den) << n << " × " << p.text << "%";
      ASSERT_EQ(x.floor(), num / den) << n << " × " << p.text << "%";
    }
  }
}

Stratum percent(const char* min, const char* max = nullptr) {
  Stratum s;
  s.id = "special";
  s.name = "特殊监管对象";
  s.size.kind = SizeRule::Kind::kPercent;
  s.size.min_percent = Rational::parse(min);
  if (max) s.size.max_percent = Rational::parse(max);
  s.basis = "q 004:L77";
  s.clause = "004 二(二)3";
  return s;
}

TEST(Size, FormulaShowsTheNumbers) {
  Stratum s = percent("5");
  s.population = "市控及以上重点排污单位";
  s.clause = "000 二(五)1";
  EXPECT_EQ(size_of(s, 137, 0).formula, "市控及以上重点排污单位 137 家 × 5% = 6.85 → 7 家/季度，全年 28 家（000 二(五)1）");
}

TEST(Size, ATinyStratumsMinimumBeatsItsMaximum) {
  // 50–60 % of 1 special unit: ⌈0.5⌉ = 1 > ⌊0.6⌋ = 0; the minimum wins, and says so (seed 004:L77)
  StratumSize z = size_of(percent("50", "60"), 1, 0);
  EXPECT_EQ(z.min_per_quarter, 1);
  EXPECT_EQ(z.max_per_quarter, 1);
  EXPECT_TRUE(z.min_exceeds_max);
  EXPECT_NE(z.formula.find("取下限 1 家"), std::string::npos) << z.formula;
  StratumSize ok = size_of(percent("50", "60"), 12, 0);
  EXPECT_EQ(ok.min_per_quarter, 6);
  EXPECT_EQ(ok.max_per_quarter, 7);
  EXPECT_FALSE(ok.min_exceeds_max);
  EXPECT_EQ(size_of(percent("50", "60"), 0, 0).min_per_quarter, 0);  // nothing to draw
}

Stratum staff(const char* ratio, Cadence per, Cadence cadence) {
  Stratum s;
  s.id = "general";
  s.name = "一般排污单位";
  s.cadence = cadence;
  s.size.kind = SizeRule::Kind::kStaffRatio;
  s.size.units_per_inspector = *Rational::parse(ratio);
  s.size.per = per;
  s.basis = "q 000:L20";
  return s;
}

TEST(Size, AYearlyStaffRatioDrawnQuarterlyTakesWhatTheYearStillNeeds) {
  // 1:5 a year, drawn each quarter (seed 000:L17 + L20): 13 inspectors → 65 a year
  Stratum s = staff("5", Cadence::kYear, Cadence::kQuarter);
  EXPECT_EQ(size_of(s, 0, 13).min_per_year, 65);
  EXPECT_EQ(size_of(s, 0, 13).min_per_quarter, 17);  // ⌈65 ÷ 4⌉
  // Q2 after 17 drawn: ⌈48 ÷ 3⌉ = 16; Q4 after 60: 5; a year already met: 0
  EXPECT_EQ(size_of(s, 0, 13, YearSoFar{2, 17, 0}).min_per_quarter, 16);
  EXPECT_EQ(size_of(s, 0, 13, YearSoFar{4, 60, 0}).min_per_quarter, 5);
  EXPECT_EQ(size_of(s, 0, 13, YearSoFar{3, 70, 0}).min_per_quarter, 0);
  EXPECT_NE(size_of(s, 0, 13, YearSoFar{2, 17, 0}).formula.find("本年已抽 17 家"), std::string::npos);
  // A quarterly ratio (seed 001:L55): 9 inspectors × 1.25 = 11.25 → 12 a quarter
  StratumSize q = size_of(staff("1.25", Cadence::kQuarter, Cadence::kQuarter), 0, 9);
  EXPECT_EQ(q.min_per_quarter, 12);
  EXPECT_EQ(q.min_per_year, 48);
  // One annual draw (seed 004:L75): no quarter's size
  StratumSize y = size_of(staff("10", Cadence::kYear, Cadence::kYear), 0, 7);
  EXPECT_EQ(y.min_per_year, 70);
  EXPECT_FALSE(y.min_per_quarter);
}

TEST(Size, CoverageRaisesAQuarterSoTheYearCoversEveryUnit) {
  // seed 004:L73: ≥ 20 % a quarter and every key unit at least once a year
  Stratum s = percent("20");
  s.cover_all_per_year = true;
  EXPECT_EQ(size_of(s, 100, 0).min_per_quarter, 25);  // ⌈100 ÷ 4⌉ beats ⌈20⌉
  // Q3 with 70 covered: ⌈30 ÷ 2⌉ = 15 is below 20, so the ratio's 20 stands
  EXPECT_EQ(size_of(s, 100, 0, YearSoFar{3, 0, 70}).min_per_quarter, 20);
  // Q4 with 50 covered: the last quarter must take the other 50
  StratumSize last = size_of(s, 100, 0, YearSoFar{4, 0, 50});
  EXPECT_EQ(last.min_per_quarter, 50);
  EXPECT_NE(last.formula.find("已覆盖 50 家"), std::string::npos) << last.formula;
  s.cover_all_per_year = false;
  EXPECT_EQ(size_of(s, 100, 0, YearSoFar{4, 0, 50}).min_per_quarter, 20);
}

TEST(Size, AnOpenRatioIsNullWithItsReason) {
  Stratum s = percent("5");
  s.size.min_percent.reset();
  s.size.open_reason = "种子只说“应加大抽查比例”";
  StratumSize z = size_of(s, 12, 0);
  EXPECT_TRUE(z.open);
  EXPECT_FALSE(z.min_per_quarter);
  EXPECT_FALSE(z.min_per_year);
  EXPECT_NE(z.formula.find("加大抽查比例"), std::string::npos);
  Json j = to_json(z);
  EXPECT_TRUE(j["min_per_quarter"].is_null());
  EXPECT_EQ(j["basis"], "q 004:L77");
}

}  // namespace
}  // namespace suiji::policy
