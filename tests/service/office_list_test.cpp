// Office lists (004:L43–61) and the special list's carry-over (requirements 4): a unit on
// last quarter's penalty, complaint or other list is special in this quarter's draw, with
// its origin shown and recorded; a bad row, a unit outside the jurisdiction, a wrong kind
// or period write nothing. Both engines.
#include "draw_cycle_fixture.h"
#include "service/lists/import_office_list.h"

namespace suiji::testing {
namespace {

class OfficeList : public DrawCycle {
 protected:
  std::string code_of(int64_t unit) { return db->units().get(unit)->draw_id_code; }
  service::OfficeListImport put(const std::string& csv, const std::string& kind = "处罚案件",
                                const std::string& period = "2026Q4", const std::string& as = "operator") {
    return service::import_office_list_bytes(*db, csv, {"330800", kind, period, as, 1000, "清单.csv", ""});
  }
  // The units of the prepared draw's special stratum (its parts, if split).
  std::vector<std::string> special_population(const Json& prepared) {
    Json input = Json::parse(db->draws().find(prepared["draw_code"].get<std::string>())->input_json);
    std::vector<std::string> out;
    for (const auto& s : input["strata"])
      if (s["policy_stratum"] == "special")
        for (const auto& u : s["population"]) out.push_back(u);
    return out;
  }
  bool contains(const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
  }
};

TEST_P(OfficeList, AUnitOnLastQuartersPenaltyListIsSpecialThisQuarterWithItsOrigin) {
  std::string plain = code_of(county_plain_);
  auto r = put("统一社会信用代码,案号,违法行为\n" + plain + ",衢环罚〔2026〕12号,超标排放\n" + plain +
               ",衢环罚〔2026〕15号,未批先建\n");
  ASSERT_TRUE(r.report.ok()) << to_json(r.report).dump();
  EXPECT_EQ(r.entries, 2);  // one unit, two cases
  auto stored = db->office_lists().list(city_id, "处罚案件", "2026Q4");
  ASSERT_EQ(stored.size(), 2u);
  EXPECT_EQ(stored[0].note, "超标排放");

  Json p = prepare();
  EXPECT_TRUE(contains(special_population(p), plain));
  ASSERT_EQ(p["special_carry_over"].size(), 1u);
  EXPECT_EQ(p["special_carry_over"][0]["unit"], plain);
  EXPECT_NE(p["special_carry_over"][0]["origins"][0].get<std::string>().find("衢环罚〔2026〕12号"), std::string::npos);
  // The record keeps it (an informational field, spec section 8).
  Json input = Json::parse(db->draws().find(p["draw_code"].get<std::string>())->input_json);
  EXPECT_EQ(input["special_carry_over"][0]["unit"], plain);
  EXPECT_EQ(input["special_carry_over"][0]["origins"].size(), 2u);
}

TEST_P(OfficeList, OnlyTheQuarterBeforeCarriesOver) {
  std::string plain = code_of(county_plain_);
  ASSERT_TRUE(put("抽查编号\n" + plain + "\n", "信访", "2027Q1").report.ok());  // this quarter's: next time
  Json p = prepare();
  EXPECT_FALSE(contains(special_population(p), plain));
  EXPECT_TRUE(p["special_carry_over"].empty());
}

TEST_P(OfficeList, AReimportReplacesTheQuartersListAndAnEmptyOneClearsIt) {
  std::string plain = code_of(county_plain_);
  ASSERT_TRUE(put("统一社会信用代码\n" + plain + "\n", "其他").report.ok());
  auto again = put("统一社会信用代码,单位名称\n", "其他");  // nothing to report this quarter
  ASSERT_TRUE(again.report.ok()) << to_json(again.report).dump();
  EXPECT_EQ(again.previous_entries, 1);
  EXPECT_EQ(again.entries, 0);
  EXPECT_TRUE(prepare()["special_carry_over"].empty());
}

TEST_P(OfficeList, BadRowsAndBadArgumentsWriteNothing) {
  std::string plain = code_of(county_plain_);
  int64_t jinan = 0;  // the fixture's 济南 unit, outside 衢州
  for (const auto& u : db->units().list_for_policy({}))
    if (u.region_code.starts_with("3701")) jinan = u.id;
  auto r = put("统一社会信用代码,单位名称\n" + plain + ",\n" + code_of(jinan) + ",\n" + plain + ",别的名字\n91330800XXXXXXXX\n");
  EXPECT_FALSE(r.report.ok());
  EXPECT_EQ(r.report.errors.size(), 3u) << to_json(r.report).dump();  // outside, wrong name, unknown
  EXPECT_EQ(count("office_list_entry"), 0);
  EXPECT_EQ(refused([&] { put("统一社会信用代码\n", "处罚"); }).code(), "office_list_kind_invalid");
  EXPECT_EQ(refused([&] { put("统一社会信用代码\n", "信访", "2026"); }).code(), "period_not_quarter");
  EXPECT_EQ(refused([&] { put("统一社会信用代码\n", "信访", "2026Q4", "jijian"); }).code(), "role_missing");
  EXPECT_EQ(count("office_list_entry"), 0);
}

SUIJI_IMPORT_BOTH_ENGINES(OfficeList);

}  // namespace
}  // namespace suiji::testing
