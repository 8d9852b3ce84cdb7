// The policy JSON (suiji-policy/1): every preset round-trips, and each kind of bad input
// is refused with a message naming where it is, so a typo never drops a rule silently.
#include <gtest/gtest.h>

#include "domain/error.h"
#include "policy/policy_json.h"
#include "policy/presets.h"

namespace suiji::policy {
namespace {

Json minimal() {
  return Json::parse(R"({
    "schema": "suiji-policy/1", "title": "测试局",
    "strata": [{"id": "key", "name": "重点排污单位", "select": {"class": "重点"}, "cadence": "quarter",
                "size": {"kind": "percent", "min_percent": "5"}, "basis": "q 000:L19"}]
  })");
}

// The path policy_from_json names for `j`, or "" when it accepts j.
std::string refusal(const Json& j) {
  try {
    policy_from_json(j);
    return "";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    EXPECT_EQ(e.code(), "policy_invalid");
    EXPECT_NE(std::string(e.what()).find(" / "), std::string::npos) << "中文 / English: " << e.what();
    return e.details()["path"].get<std::string>();
  }
}

TEST(PolicyJson, EveryPresetRoundTrips) {
  for (const auto& name : preset_names()) {
    Json once = to_json(preset(name));
    Json twice = to_json(policy_from_json(once));
    EXPECT_EQ(once, twice) << name;
  }
}

TEST(PolicyJson, AMinimalPolicyReads) {
  Policy p = policy_from_json(minimal());
  ASSERT_EQ(p.strata.size(), 1u);
  EXPECT_EQ(p.strata[0].size.min_percent, Rational(5));
  EXPECT_EQ(p.team.min_size, 2);
  EXPECT_FALSE(p.quarter_window);
}

TEST(PolicyJson, BadInputNamesItsPath) {
  auto with = [](auto edit) {
    Json j = minimal();
    edit(j);
    return refusal(j);
  };
  EXPECT_EQ(refusal(minimal()), "");
  EXPECT_EQ(with([](Json& j) { j["strata"][0]["size"]["min_pct"] = "5"; }), "strata[0].size.min_pct");  // a typo
  EXPECT_EQ(with([](Json& j) { j["strata"][0]["size"]["min_percent"] = 1.25; }), "strata[0].size.min_percent");  // a float
  EXPECT_EQ(with([](Json& j) { j["strata"][0]["size"]["min_percent"] = "-5"; }), "strata[0].size.min_percent");
  EXPECT_EQ(with([](Json& j) { j["strata"][0]["size"]["min_percent"] = "120"; }), "strata[0].size.min_percent");
  EXPECT_EQ(with([](Json& j) { j["strata"][0]["size"]["max_percent"] = "4"; }), "strata[0].size.max_percent");
  EXPECT_EQ(with([](Json& j) { j["strata"][0]["size"].erase("min_percent"); }), "strata[0].size.min_percent");
  EXPECT_EQ(with([](Json& j) { j["strata"][0]["select"]["levels"] = {"国控", "国家级"}; }), "strata[0].select.levels[1]");
  EXPECT_EQ(with([](Json& j) { j["strata"][0]["cadence"] = "month"; }), "strata[0].cadence");
  // A named list is dated (004:L71 《2019年重点排污单位名录》): no year, no list to find.
  EXPECT_EQ(with([](Json& j) { j["strata"][0]["select"] = Json::parse(R"({"list": {"name": "名录"}})"); }),
            "strata[0].select.list.year");
  EXPECT_EQ(with([](Json& j) { j["strata"][0]["basis"] = "000:L19"; }), "strata[0].basis");  // neither q nor i
  EXPECT_EQ(with([](Json& j) { j["strata"].push_back(j["strata"][0]); }), "strata[1].id");    // a repeated id
  EXPECT_EQ(with([](Json& j) { j["strata"] = Json::array(); }), "strata");
  EXPECT_EQ(with([](Json& j) { j["schema"] = "suiji-policy/2"; }), "schema");
  // a team of at most 1 under a minimum of 2 (002:L11 exactly two is min 2, max 2)
  EXPECT_EQ(with([](Json& j) { j["team"] = Json{{"min_size", 3}, {"max_size", 2}, {"basis", "i"}}; }), "team.max_size");
  EXPECT_EQ(with([](Json& j) { j["team"] = Json{{"max_size", 2}, {"basis", "i"}}; }), "");
  EXPECT_EQ(with([](Json& j) { j["counted_types"] = {"routine", "special_campaign"}; }), "counted_types[1]");  // 000:L10
  EXPECT_EQ(with([](Json& j) {
              j["calendar"] = Json::parse(R"({"quarter_window": {"to": {"ref": "start", "calendar_days": -1, "day": 3}, "basis": "q"}})");
            }),
            "calendar.quarter_window.to");  // two units at once
  EXPECT_EQ(with([](Json& j) {
              j["calendar"] = Json::parse(R"({"quarter_window": {"to": {"ref": "start", "working_days": 0}, "basis": "q"}})");
            }),
            "calendar.quarter_window.to.working_days");
  EXPECT_EQ(with([](Json& j) {
              j["calendar"] = Json::parse(R"({"quarter_window": {"to": {"ref": "start", "calendar_days": -1, "month_offset": -1}, "basis": "q"}})");
            }),
            "calendar.quarter_window.to.month_offset");  // not dropped silently
}

// The inspection-item list (随机抽查事项清单, 001:L112): every column read as written, an
// absent one empty (an empty 抽查比例和频次 is written from the strata by whoever prints it).
TEST(PolicyJson, ItemsRead) {
  Json j = minimal();
  j["items"] = Json::parse(R"([{"name": "污染源日常环境监督管理", "subject": "市、县两级环境保护部门",
                                "method": "按照抽查比例，采取摇号等方式随机确定被抽查单位名称和执法检查人员。",
                                "basis": "q 001:L112"}])");
  Policy p = policy_from_json(j);
  ASSERT_EQ(p.items.size(), 1u);
  EXPECT_EQ(p.items[0].name, "污染源日常环境监督管理");
  EXPECT_EQ(p.items[0].subject, "市、县两级环境保护部门");
  EXPECT_EQ(p.items[0].legal_basis, "");
  EXPECT_EQ(p.items[0].ratio_and_frequency, "");
  EXPECT_EQ(p.items[0].basis, "q 001:L112");
  Json out = to_json(p);
  EXPECT_EQ(out["items"][0]["ratio_and_frequency"], "");  // every column written out
  EXPECT_EQ(policy_from_json(out).items[0].method, p.items[0].method);
  EXPECT_TRUE(policy_from_json(minimal()).items.empty());  // no list: no items
  EXPECT_EQ(to_json(policy_from_json(minimal()))["items"], Json::array());
}

TEST(PolicyJson, BadItemsNameTheirPath) {
  auto with = [](const char* items) {
    Json j = minimal();
    j["items"] = Json::parse(items);
    return refusal(j);
  };
  EXPECT_EQ(with(R"([{"name": "污染源日常环境监督管理", "basis": "q 001:L112"}])"), "");
  EXPECT_EQ(with(R"([{"subject": "市、县两级环境保护部门", "basis": "q 001:L112"}])"), "items[0].name");  // missing
  EXPECT_EQ(with(R"([{"name": "", "basis": "q 001:L112"}])"), "items[0].name");                             // empty
  EXPECT_EQ(with(R"([{"name": 1, "basis": "q 001:L112"}])"), "items[0].name");
  EXPECT_EQ(with(R"([{"name": "甲", "basis": "q 001:L112"}, {"name": "乙", "basis": "q 001:L112", "ratio": "5%"}])"),
            "items[1].ratio");  // an unknown key (the column is ratio_and_frequency)
  EXPECT_EQ(with(R"([{"name": "甲"}])"), "items[0].basis");
  EXPECT_EQ(with(R"([{"name": "甲", "basis": "001:L112"}])"), "items[0].basis");  // neither q nor i
  EXPECT_EQ(with(R"([{"name": "甲", "basis": "q 001:L112", "content": ["a"]}])"), "items[0].content");
  EXPECT_EQ(with(R"(["污染源日常环境监督管理"])"), "items[0]");  // not an object
  EXPECT_EQ(with(R"({"name": "甲", "basis": "q 001:L112"})"), "items");  // not an array
}

}  // namespace
}  // namespace suiji::policy
