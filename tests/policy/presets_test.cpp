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
    if (name != "zibo-zhangdian") {  // 002's own preset cites it as "L22" after "q 002:L9"
      EXPECT_NE(p.changes.basis.find("002:L22"), std::string::npos) << name << ": " << p.changes.basis;
    }
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
  // seed 002:L11 "必须保证每个企业有两名执法人员": exactly two
  EXPECT_EQ(p.team.min_size, 2);
  EXPECT_EQ(p.team.max_size, 2);
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

// The 随机抽查事项清单 (inspection-item list) of each preset. Quzhou publishes one (001 附件2,
// header L111, row L112); every column is compared with the seed's text, <p> tags removed
// and nothing else changed (the two paragraphs of 抽查依据 and three of 抽查比例和频次 keep
// the single space that stood between "</p>" and "<p>"). The other seeds have no list:
// their one item quotes the seed where it says the column and leaves it empty ("i" in the
// basis) where it does not.
struct ItemText {
  const char *name, *legal_basis, *subject, *content, *ratio_and_frequency, *method;
};

void expect_item(const std::string& preset_name, const ItemText& t) {
  const Policy& p = preset(preset_name);
  ASSERT_EQ(p.items.size(), 1u) << preset_name;
  const InspectionItem& x = p.items[0];
  EXPECT_EQ(x.name, t.name) << preset_name;
  EXPECT_EQ(x.legal_basis, t.legal_basis) << preset_name;
  EXPECT_EQ(x.subject, t.subject) << preset_name;
  EXPECT_EQ(x.content, t.content) << preset_name;
  EXPECT_EQ(x.ratio_and_frequency, t.ratio_and_frequency) << preset_name;
  EXPECT_EQ(x.method, t.method) << preset_name;
}

TEST(Presets, QuzhouItemIsTheSeedsList) {
  // seed 001:L112, the one row of 附件2 衢州市环保部门随机抽查事项清单 (columns of L111)
  const ItemText quzhou = {
      // 事项名称
      "污染源日常环境监督管理",
      // 抽查依据
      "《中华人民共和国环境保护法》《主席令 9 号 2014.4.24 修订》第十一条 县级以上地方人民政府环境保护主管部门，对本行政区域环境保护工作实施统一监督管理。 第二十四条 县级以上人民政府环境保护主管部门和其他负有环境保护监督管理职责的部门，有权对排放污染物的企业事业单位和其他生产经营者进行现场检查。",
      // 抽查主体
      "市、县两级环境保护部门",
      // 抽查内容
      "对被抽查单位防治污染设施运行情况，固体废物排放情况，固体废物处置情况，以及环评、“三同时”、排污许可证、辐射安全许可证等环境管理制度落实情况进行检查。",
      // 抽查比例和频次
      "1. 重点排污单位最低抽查比例：市级环保部门每季度至少对本行政区域 5% 的重点排污单位进行抽查，县级环保部门每季度至少对本行政区域 25% 的重点排污单位进行抽查（原则上应保证每年对本行政区域所有重点排污单位进行一遍巡查）。 2. 一般排污单位最低抽查比例：市级环保部门每季度至少按照 1:1.25 的比例（在编在岗的环境监察人员数量：被抽查单位数量）对本行政区域一般排污单位进行抽查，县级环保部门每季度至少按照 1:2.5 的比例对本行政区域一般排污单位进行抽查。 3. 特殊监管对象抽查比例：市级环保部门每季度至少对本行政区域 10% 的特殊监管对象进行抽查，县级环保部门每季度至少对本行政区域 30% 的特殊监管对象进行抽查。",
      // 抽查方式及要求
      "按照抽查比例，采取摇号等方式随机确定被抽查单位名称和执法检查人员。",
  };
  expect_item("quzhou-city", quzhou);
  expect_item("quzhou-county", quzhou);  // one list for 市、县两级 (001:L112 抽查主体)
  EXPECT_EQ(preset("quzhou-city").items[0].basis, "q 001:L112");
  EXPECT_EQ(preset("quzhou-county").items[0].basis, "q 001:L112");
}

TEST(Presets, ItemsOfTheOtherSeeds) {
  // seed 000: L5 the document the 方案 rests on, L10 二(一)抽查主体, L14 二(三)抽查内容,
  // L16 二(四)抽查方式 (its second sentence); no 比例和频次 text (the strata say it)
  const ItemText shandong = {
      // 事项名称 i 001:L112
      "污染源日常环境监督管理",
      // seed 000:L5
      "环保部办公厅《关于在污染源日常环境监管领域推广随机抽查制度的实施方案》(环办〔2015〕88号)",
      // seed 000:L10
      "市、县两级环保部门",
      // seed 000:L14
      "重点对被抽查单位污染防治设施运行、污染物排放、环评和“三同时”执行情况、排污许可等环境管理制度落实情况进行抽查。",
      // i: from the strata (000:L19–21)
      "",
      // seed 000:L16
      "市、县两级环保部门结合重点流域、区域环境污染状况，根据日常环境监管、自动监控、环境信访等其它途径掌握的线索，确定抽查区域，按照抽查比例，采用摇号、抽签等方式确定被抽查排污单位名单。",
  };
  expect_item("shandong-city", shandong);
  expect_item("shandong-county", shandong);
  // seed 002: L5 the document the 办法 rests on, L1 the agency, L20 what the inspection
  // follows, L16 the draw (its first sentence); ratios only "按规定比例" (L9)
  const ItemText zhangdian = {
      // 事项名称 i 001:L112
      "污染源日常环境监督管理",
      // seed 002:L5
      "市局《关于印发<淄博市污染源日常环境监管随机抽查制度实施方案>的通知》",
      // seed 002:L1
      "淄博市环境保护局张店分局",
      // seed 002:L20
      "依据《山东省污染源现场检查工作指南》（鲁环办[2016]35号）规定的工作程序和内容做好现场检查",
      // i: 002:L9 "按规定比例"; the strata inherit 000
      "",
      // seed 002:L16
      "污染源抽查由系统管理人员负责每季度末30号通过《山东省污染源日常环境监管随机抽查系统》按规定要求比例随机抽取季度检查企业名单和执法人员名单。",
  };
  expect_item("zibo-zhangdian", zhangdian);
  // seed 003: L11 the ministry's 方案, L39 实施主体, L25 the draw and the inspection; its
  // items are the province's list (L23 省生态环境厅公布的随机抽查事项清单), not in the seed
  const ItemText baoding = {
      // 事项名称 i 001:L112
      "污染源日常环境监督管理",
      // seed 003:L11
      "生态环境部《关于在污染源日常环境监管领域推广随机抽查制度的实施方案》",
      // seed 003:L39
      "市、县两级生态环境部门",
      // i: not in the seed (003:L15, L23)
      "",
      // i: from the strata (003:L21)
      "",
      // seed 003:L25
      "通过双随机系统随机抽取企业和执法人员，按照“以老带新”原则统筹执法力量，执法任务通过移动执法系统推送，执法人员在规定时限内对随机抽查对象开展现场检查，通过移动执法 APP 现场实时录入上传《污染源现场检查记录表》，依法依规处理抽查发现的环境违法问题。",
  };
  expect_item("baoding", baoding);
  // seed 004: L19 the documents the 方案 carries out, L23 who and what, L81 the inspection
  const ItemText urumqi = {
      // 事项名称 i 001:L112
      "污染源日常环境监督管理",
      // seed 004:L19
      "《关于印发<关于自治区污染源日常环境监管领域推广随机抽查制度的实施方案>的通知》（新环发〔2015〕521号）、《乌鲁木齐市污染源日常环境监管随机抽查制度落实方案》（乌环保〔2015〕162号）",
      // seed 004:L23
      "市、各分局两级环境执法机构",
      // seed 004:L23
      "重点对被抽查单位污染防治设施运行、污染物排放、环评办理、执行“三同时”、排污许可证等环境管理制度落实情况进行抽查",
      // i: from the strata (004:L73–77)
      "",
      // seed 004:L81 (its "162 号" with a space, unlike L19)
      "市、区两级环境执法机构应根据污染源现场监督检查相关要求、《乌鲁木齐市污染源日常环境监管随机抽查制度落实方案》（乌环保〔2015〕162 号）及本方案工作要求，按照制定的年度、季度“双随机”抽查任务开展现场抽查工作，并做好相关记录及后续工作。",
  };
  expect_item("urumqi-city", urumqi);
  expect_item("urumqi-district", urumqi);
}

// Every item's basis is q or i, and says "i" for each column it leaves empty and for the
// name, which only 001:L112 gives.
TEST(Presets, EveryItemSaysWhereItsTextIsFrom) {
  for (const auto& name : preset_names()) {
    const Policy& p = preset(name);
    ASSERT_EQ(p.items.size(), 1u) << name;
    const InspectionItem& x = p.items[0];
    EXPECT_TRUE(x.basis.rfind("q ", 0) == 0 || x.basis.rfind("i ", 0) == 0) << name;
    EXPECT_EQ(x.name, "污染源日常环境监督管理") << name;
    if (name.rfind("quzhou", 0) == 0) continue;  // quoted whole from 001:L112
    EXPECT_NE(x.basis.find("事项名称 i 001:L112"), std::string::npos) << name << ": " << x.basis;
    const std::pair<const std::string*, std::string> columns[] = {{&x.legal_basis, "抽查依据"},
                                                                  {&x.subject, "抽查主体"},
                                                                  {&x.content, "抽查内容"},
                                                                  {&x.ratio_and_frequency, "抽查比例和频次"},
                                                                  {&x.method, "抽查方式"}};
    for (const auto& [text, column] : columns) {
      if (text->empty()) {
        EXPECT_NE(x.basis.find(column + " i "), std::string::npos) << name << " " << column << ": " << x.basis;
      } else {
        EXPECT_NE(x.basis.find(column), std::string::npos) << name << " " << column << ": " << x.basis;
      }
    }
  }
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
