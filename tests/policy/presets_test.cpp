// Every row of requirements section 9, preset by preset: the sizes `plan preview` gives
// for one set of counts, the draw windows and deadlines of real 2026 quarters over the
// real holiday table, and the other rules of each seed. Each expectation names the seed
// clause it reproduces; the numbers are worked by hand from the clause, not read back
// from the code.
#include <gtest/gtest.h>

#include "domain/error.h"
#include "policy/presets.h"
#include "policy/schedule.h"
#include "policy/size.h"

namespace suiji::policy {
namespace {

// The counts every size test uses: 137 key units, 40 general, 12 special, 12 inspectors.
constexpr int64_t kKey = 137, kGeneral = 40, kSpecial = 12, kInspectors = 12;

struct Sizes {
  std::optional<int64_t> q, y, max;
};

Sizes size(const std::string& preset_name, const std::string& stratum) {
  const Policy& p = preset(preset_name);
  const Stratum* s = p.stratum(stratum);
  if (!s) ADD_FAILURE() << preset_name << " has no stratum " << stratum;
  if (!s) return {};
  int64_t n = stratum == "key" ? kKey : stratum == "general" ? kGeneral : kSpecial;
  StratumSize z = size_of(*s, n, kInspectors);
  return {z.min_per_quarter, z.min_per_year, z.max_per_quarter};
}

void expect_size(const std::string& preset_name, const std::string& stratum, std::optional<int64_t> q,
                 std::optional<int64_t> y, std::optional<int64_t> max = std::nullopt) {
  Sizes s = size(preset_name, stratum);
  EXPECT_EQ(s.q, q) << preset_name << " " << stratum << " min_per_quarter";
  EXPECT_EQ(s.y, y) << preset_name << " " << stratum << " min_per_year";
  EXPECT_EQ(s.max, max) << preset_name << " " << stratum << " max_per_quarter";
}

struct Dates {
  std::string from, to;
  std::vector<std::pair<std::string, std::string>> deadlines;  // due, what
};

Dates dates(const std::string& preset_name, const std::string& period) {
  Schedule s = schedule_of(preset(preset_name), *parse_period(period), WorkCalendar::builtin());
  Dates d{s.window_from ? format_date(*s.window_from) : "null", format_date(s.window_to), {}};
  for (const auto& x : s.deadlines) d.deadlines.emplace_back(format_date(x.due), x.what);
  return d;
}

std::vector<std::string> dues(const Dates& d) {
  std::vector<std::string> out;
  for (const auto& [due, what] : d.deadlines) out.push_back(due);
  return out;
}

using V = std::vector<std::string>;

TEST(Presets, AllEightExistWithTheirStrata) {
  ASSERT_EQ(preset_names().size(), 8u);
  for (const auto& name : preset_names()) {
    const Policy& p = preset(name);
    EXPECT_EQ(p.preset, name);
    for (const char* id : {"key", "general", "special"}) EXPECT_TRUE(p.stratum(id)) << name << " " << id;
    for (const auto& s : p.strata) EXPECT_TRUE(s.basis.rfind("q ", 0) == 0 || s.basis.rfind("i ", 0) == 0) << name;
  }
  EXPECT_THROW(preset("quzhou"), Error);
}

// The inspector change reasons (休假, 因公出差, 学习, 借调, 回避) are 002:L22's; only 001:L67
// adds 回避 of its own. Every preset carries the list, so every basis names 002:L22.
TEST(Presets, ChangeReasonsCite002L22) {
  for (const auto& name : preset_names()) {
    const Policy& p = preset(name);
    EXPECT_EQ(p.changes.inspector_change_reasons, (V{"休假", "因公出差", "学习", "借调", "依法回避"})) << name;
    EXPECT_NE(p.changes.basis.find("L22"), std::string::npos) << name << ": " << p.changes.basis;
    if (name != "zibo-zhangdian")  // 002's own preset cites it as "L22" after "q 002:L9"
      EXPECT_NE(p.changes.basis.find("002:L22"), std::string::npos) << name << ": " << p.changes.basis;
  }
}

TEST(Presets, ShandongCity) {
  expect_size("shandong-city", "key", 7, 28);        // seed 000:L19 ≥ 5 % of 市控及以上 per quarter: ⌈6.85⌉
  expect_size("shandong-city", "general", 15, 60);   // seed 000:L20 1:5 a year: 12 × 5 = 60, ⌈60 ÷ 4⌉
  expect_size("shandong-city", "special", std::nullopt, std::nullopt);  // seed 000:L21 "加大比例": no figure
  EXPECT_TRUE(size_of(*preset("shandong-city").stratum("special"), kSpecial, kInspectors).open);
  // seed 000:L19: the city's key stratum is 市控 and above (its own level and above)
  EXPECT_EQ(preset("shandong-city").stratum("key")->select.relative, Selector::Relative::kAtOrAbove);
  // seed 000:L17 "于每季度开始前5日内": the 5 calendar days before 1 April
  Dates q2 = dates("shandong-city", "2026Q2");
  EXPECT_EQ(q2.from, "2026-03-27");
  EXPECT_EQ(q2.to, "2026-03-31");
  EXPECT_EQ(dues(q2), V{"2026-07-15"});  // seed 000:L36 附件3/4 by the 15th of the next month
  // Q4 adds the year's: next year's plan by 31 December (000:L17), the annual report by 15 January (000:L36)
  Dates q4 = dates("shandong-city", "2026Q4");
  EXPECT_EQ(q4.from, "2026-09-26");  // calendar days: 中秋 does not move it
  EXPECT_EQ(dues(q4), (V{"2026-12-31", "2027-01-15", "2027-01-15"}));
}

TEST(Presets, ShandongCounty) {
  expect_size("shandong-county", "key", 35, 140);      // seed 000:L19 ≥ 25 % of 县控及以上: ⌈34.25⌉
  expect_size("shandong-county", "general", 30, 120);  // seed 000:L20 1:10 a year
  expect_size("shandong-county", "special", std::nullopt, std::nullopt);  // seed 000:L21
  EXPECT_EQ(dates("shandong-county", "2026Q3").from, "2026-06-26");       // seed 000:L17
}

TEST(Presets, QuzhouCity) {
  expect_size("quzhou-city", "key", 7, 28);        // seed 001:L53 ≥ 5 % of 国控+省控 (001:L45)
  expect_size("quzhou-city", "general", 15, 60);   // seed 001:L55 1:1.25 per quarter: 12 × 1.25
  expect_size("quzhou-city", "special", 2, 8);     // seed 001:L57 ≥ 10 %: ⌈1.2⌉
  const Policy& p = preset("quzhou-city");
  // seed 001:L45: the city's key units are 国控+省控 (above it), its general ones 市控 (its own level)
  EXPECT_EQ(p.stratum("key")->select.relative, Selector::Relative::kAbove);
  EXPECT_EQ(p.stratum("general")->select.relative, Selector::Relative::kAt);
  EXPECT_FALSE(p.stratum("key")->cover_all_per_year);  // 5 % could not reach every key unit
  // seed 001:L59 the last 5 working days of the quarter before: 中秋 takes 09-25 (a Friday)
  // and the weekend out, and the 09-20 make-up working day falls before the window
  Dates q4 = dates("quzhou-city", "2026Q4");
  EXPECT_EQ(q4.from, "2026-09-23");
  EXPECT_EQ(q4.to, "2026-09-30");
  EXPECT_EQ(dues(q4), V{"2026-12-31"});  // seed 001:L59 next year's plan by the end of December
  Dates q2 = dates("quzhou-city", "2026Q2");  // no holiday in late March
  EXPECT_EQ(q2.from, "2026-03-25");
  EXPECT_EQ(q2.to, "2026-03-31");
  EXPECT_EQ(dates("quzhou-city", "2026Q1").from, "2025-12-25");
  // seed 001:L71 results within 7 working days after the inspection
  ASSERT_EQ(p.event_deadlines.size(), 1u);
  EXPECT_EQ(p.event_deadlines[0].within, 7);
  EXPECT_TRUE(p.event_deadlines[0].working_days);
  // seed 001:L51 at most 2 random inspections a unit a year, special units exempt
  EXPECT_EQ(p.caps.max_random_per_unit_per_year, 2);
  EXPECT_TRUE(p.caps.special_exempt);
  // seed 001:L67 纪检监察 witnesses the draw
  EXPECT_EQ(p.ceremony.witness_roles, V{"纪检监察"});
  // seed 001:L25 the document's title, byte for byte (a plain space after ”)
  EXPECT_NE(p.source.find("衢州市污染源日常环境监管“双随机” 抽查办法落实细化方案"), std::string::npos) << p.source;
}

TEST(Presets, QuzhouCounty) {
  expect_size("quzhou-county", "key", 35, 140);      // seed 001:L53 ≥ 25 % of 市控 and above
  expect_size("quzhou-county", "general", 30, 120);  // seed 001:L55 1:2.5 per quarter
  expect_size("quzhou-county", "special", 4, 16);    // seed 001:L57 ≥ 30 %: ⌈3.6⌉
  const Policy& p = preset("quzhou-county");
  EXPECT_TRUE(p.stratum("key")->cover_all_per_year);  // seed 001:L53 原则上每年巡查一遍
  EXPECT_EQ(dates("quzhou-county", "2026Q4").from, "2026-09-23");  // as the city
  EXPECT_EQ(p.caps.max_random_per_unit_per_year, 2);               // seed 001:L51
  EXPECT_EQ(p.source, preset("quzhou-city").source);               // seed 001:L25, one document
}

TEST(Presets, ZiboZhangdian) {
  expect_size("zibo-zhangdian", "key", 35, 140);      // inherited: Shandong county 000:L19 (002:L9 按规定比例)
  expect_size("zibo-zhangdian", "general", 30, 120);  // inherited: 000:L20
  expect_size("zibo-zhangdian", "special", std::nullopt, std::nullopt);  // inherited: policy-set
  const Policy& p = preset("zibo-zhangdian");
  EXPECT_EQ(p.stratum("key")->basis.substr(0, 2), "i ");
  // seed 002:L16 每季度末30号: one draw on the 30th of the quarter's last month
  Dates q2 = dates("zibo-zhangdian", "2026Q2");
  EXPECT_EQ(q2.from, "2026-03-30");
  EXPECT_EQ(q2.to, "2026-03-30");
  // seed 002:L29 调度表 by the 3rd of each month, 附件3/4 by the 3rd of the next quarter;
  // seed 002:L9 every drawn unit done within the quarter
  EXPECT_EQ(dues(q2), (V{"2026-05-03", "2026-06-03", "2026-06-30", "2026-07-03", "2026-07-03"}));
  EXPECT_FALSE(p.changes.unit_substitution_allowed);  // seed 002:L9 不得变更
  EXPECT_EQ(p.changes.inspector_change_reasons, (V{"休假", "因公出差", "学习", "借调", "依法回避"}));  // seed 002:L22
  EXPECT_EQ(p.team.certificates, (V{"行政执法证", "环境监察执法证"}));  // seed 002:L11
  EXPECT_TRUE(p.team.first_drawn_leads);                              // seed 002:L20
  // seed 002:L11 "必须保证每个企业有两名执法人员": exactly two; TeamRules has no maximum,
  // so only the minimum is modelled (docs/presets/zibo-zhangdian.md)
  EXPECT_EQ(p.team.min_size, 2);
  EXPECT_NE(p.team.basis.find("必须保证每个企业有两名执法人员"), std::string::npos) << p.team.basis;
  ASSERT_EQ(p.event_deadlines.size(), 1u);  // seed 002:L27 records by the next day
  EXPECT_EQ(p.event_deadlines[0].within, 1);
}

TEST(Presets, Baoding) {
  expect_size("baoding", "key", 14, 56);      // seed 003:L21 ≥ 10 % per quarter: ⌈13.7⌉
  expect_size("baoding", "general", 15, 60);  // seed 003:L21 1:5 a year, one ratio for all levels
  expect_size("baoding", "special", 6, 24);   // seed 003:L21 ≥ 50 %, no maximum
  const Policy& p = preset("baoding");
  EXPECT_EQ(p.stratum("general")->size.headcount, HeadcountBasis::kSystemInspectors);  // 系统中双随机执法人员
  EXPECT_EQ(p.joint_per_year, 3);        // seed 003:L27 ≥ 3 joint inspections a year
  EXPECT_TRUE(p.team.mentor_pairing);    // seed 003:L25 以老带新
  Dates q2 = dates("baoding", "2026Q2");  // assumed: before the quarter (003:L25 says only 以季度为周期)
  EXPECT_EQ(q2.from, "null");
  EXPECT_EQ(q2.to, "2026-03-31");
  EXPECT_EQ(dues(q2), (V{"2026-04-30", "2026-05-31", "2026-06-30"}));  // seed 003:L15 results published monthly
  // 003:L15 says "每月" but no day: the month-end day is assumed ("i ")
  ASSERT_EQ(p.deadlines.size(), 1u);
  EXPECT_EQ(p.deadlines[0].basis.substr(0, 2), "i ");
  // 003 sets no team size or lead (inherited from 002), and 003:L29 narrows publication
  // rather than dating it (the embargo is requirements 3): both "i "
  EXPECT_EQ(p.team.basis.substr(0, 2), "i ");
  EXPECT_EQ(p.embargo.basis.substr(0, 2), "i ");
  EXPECT_NE(p.embargo.basis.find("对涉及国家秘密、商业机密和个人隐私的检查事项，可以调整抽查结果公示的方式和范围"),
            std::string::npos)
      << p.embargo.basis;  // 003:L29 verbatim
}

TEST(Presets, UrumqiCity) {
  // seed 004:L73 ≥ 20 % of the named 2019 list per quarter: ⌈27.4⌉ = 28, but every key
  // unit once a year needs ⌈137 ÷ 4⌉ = 35 a quarter
  expect_size("urumqi-city", "key", 35, 140);
  // seed 004:L75 1:5, one annual draw: a year's size, no quarter's
  expect_size("urumqi-city", "general", std::nullopt, 60);
  // seed 004:L77 50–60 % of last quarter's 12 special units: ⌈6⌉ … ⌊7.2⌋
  expect_size("urumqi-city", "special", 6, 24, 7);
  const Policy& p = preset("urumqi-city");
  EXPECT_EQ(p.stratum("key")->select.list_name, "乌鲁木齐市2019年重点排污单位名录");  // seed 004:L71
  EXPECT_EQ(p.stratum("key")->select.list_year, 2019);
  EXPECT_EQ(p.stratum("general")->cadence, Cadence::kYear);                              // seed 004:L75
  EXPECT_EQ(p.stratum("general")->select.any_of.size(), 2u);  // outside the list, and construction projects
  // seed 004:L53 the 支队's own 本级环境执法人员清单; 在编、在岗 as the 分局's list (004:L37)
  EXPECT_EQ(p.stratum("general")->size.headcount, HeadcountBasis::kEnforcementOnStaff);
  EXPECT_EQ(p.stratum("general")->basis.rfind("q 004:L53,75", 0), 0u) << p.stratum("general")->basis;
  // seed 004:L73,77 key and special by the 25th of the quarter's last month
  Dates q2 = dates("urumqi-city", "2026Q2");
  EXPECT_EQ(q2.from, "null");
  EXPECT_EQ(q2.to, "2026-03-25");
  // seed 004:L99 月报 within 3 days after each month, 附表1/2 within 3 days after the
  // quarter; seed 004:L103 publication within 20 days after the quarter (calendar days)
  EXPECT_EQ(dues(q2), (V{"2026-05-03", "2026-06-03", "2026-07-03", "2026-07-03", "2026-07-20"}));
  // seed 004:L75 the annual general draw by 31 December of the year before
  Dates y = dates("urumqi-city", "2027");
  EXPECT_EQ(y.from, "null");
  EXPECT_EQ(y.to, "2026-12-31");
}

TEST(Presets, UrumqiDistrict) {
  expect_size("urumqi-district", "general", std::nullopt, 120);  // seed 004:L75 区县级 1:10
  expect_size("urumqi-district", "key", 35, 140);                 // as the city (004:L73)
  expect_size("urumqi-district", "special", 6, 24, 7);            // as the city (004:L77)
  const Policy& p = preset("urumqi-district");
  // seed 004:L37 the 分局's list: 机构内在编、在岗所有环境执法人员 (the 区县分局 part, L33)
  EXPECT_EQ(p.stratum("general")->size.headcount, HeadcountBasis::kEnforcementOnStaff);
  EXPECT_EQ(p.stratum("general")->basis, "q 004:L37,75");
  // 004:L99 sets 月报 for 市支队、各分局 (q) but 附表1/2 for 支队各大队 only: the district's
  // is inherited "as city" (requirements 9); the city's own stays quoted
  ASSERT_EQ(p.deadlines.size(), 3u);
  EXPECT_EQ(p.deadlines[0].basis, "q 004:L99");
  EXPECT_EQ(p.deadlines[1].basis.substr(0, 2), "i ");
  EXPECT_EQ(preset("urumqi-city").deadlines[1].basis, "q 004:L99");
  EXPECT_EQ(dues(dates("urumqi-district", "2026Q2")), dues(dates("urumqi-city", "2026Q2")));  // as city
}

TEST(Presets, AYearPeriodNeedsAYearlyDraw) {
  // Only Urumqi draws a stratum once a year; the others refuse --period 2027 with a reason.
  for (const auto& name : preset_names()) {
    bool yearly = name.rfind("urumqi", 0) == 0;
    if (yearly) {
      EXPECT_NO_THROW(dates(name, "2027")) << name;
    } else {
      try {
        dates(name, "2027");
        ADD_FAILURE() << name << " accepted a year period";
      } catch (const Error& e) {
        EXPECT_EQ(e.code(), "no_draw_window");
        EXPECT_NE(e.zh().find("2027Q1"), std::string::npos) << e.what();
      }
    }
  }
}

}  // namespace
}  // namespace suiji::policy
