// `plan preview --db`: an agency's policy over its own jurisdiction in the store, on both
// engines. Each case builds a small jurisdiction whose figures can be checked by hand.
#include <gtest/gtest.h>

#include "domain/error.h"
#include "service/plans/agency_policy.h"
#include "service/plans/agency_preview.h"
#include "service/plans/annual_plan.h"
#include "plan_fixture.h"

namespace suiji::testing {
namespace {

class AgencyPreview : public PlanTest {};

// seed 001:L45, L55: the city's key stratum is 国控+省控, its general stratum 市控, sized
// by 1.25 units per 在编在岗 inspector of the city itself each quarter.
TEST_P(AgencyPreview, CityStrataSizesAndExclusionsFromTheStore) {
  fill();
  apply("330800", "quzhou-city");
  Json out = preview("330800", "2026Q2");
  EXPECT_EQ(out["agency"]["id"], city_id);
  EXPECT_EQ(out["policy"]["preset"], "quzhou-city");
  EXPECT_EQ(out["policy"]["version"], 1);

  const Json& key = stratum(out, "key");
  EXPECT_EQ(key["population"], 5);  // the stopped unit counts in the stratum (附件3 数量) …
  EXPECT_EQ(key["eligible"], 4);    // … but cannot be drawn
  EXPECT_EQ(key["min_per_quarter"], 1);  // ⌈5 × 5%⌉
  EXPECT_EQ(key["shortfall"], 0);
  ASSERT_EQ(key["exclusions"].size(), 1u);
  EXPECT_EQ(key["exclusions"][0]["reason"], "stopped");
  EXPECT_EQ(key["exclusions"][0]["units"][0]["id"], stopped_);

  const Json& general = stratum(out, "general");
  EXPECT_EQ(general["population"], 4);
  EXPECT_EQ(general["headcount"]["count"], 5);
  EXPECT_EQ(general["headcount"]["counted_on"], "2026-04-01");
  EXPECT_EQ(general["min_per_quarter"], 7);  // ⌈5 × 1.25⌉
  EXPECT_EQ(general["eligible"], 3);         // the winter plant is out of Q2
  EXPECT_EQ(general["shortfall"], 4);
  EXPECT_EQ(general["exclusions"][0]["reason"], "out_of_season");
  EXPECT_EQ(general["exclusions"][0]["units"][0]["id"], winter_);
  EXPECT_NE(general["formula"].get<std::string>().find("5 人"), std::string::npos);

  // In Q1 the winter plant produces, so it is eligible.
  apply("330800", "quzhou-city");
  EXPECT_EQ(stratum(preview("330800", "2026Q1"), "general")["eligible"], 4);

  const Json& special = stratum(out, "special");
  EXPECT_EQ(special["population"], 2);
  EXPECT_EQ(special["min_per_quarter"], 1);
}

// seed 001:L45: the county's key stratum is 市控 and above, its general stratum 县控;
// seed 001:L51: a unit inspected twice at random this year is out, special units exempt,
// and inspections by every level count (000:L10).
TEST_P(AgencyPreview, CountyStrataAndTheYearlyCap) {
  fill();
  apply("330802", "quzhou-county");
  auto day = [](unsigned m, unsigned d) { return std::chrono::sys_days(std::chrono::year{2026} / m / d); };
  std::vector<policy::PastInspection> history = {
      {county_plain_, "routine", day(1, 5)},   {county_plain_, "joint", day(2, 5)},
      {county_special_, "routine", day(1, 5)}, {county_special_, "routine", day(2, 5)},
  };
  Json out = preview("330802", "2026Q2", history);
  EXPECT_EQ(stratum(out, "key")["population"], 9);
  const Json& general = stratum(out, "general");
  EXPECT_EQ(general["population"], 5);
  EXPECT_EQ(general["headcount"]["count"], 3);  // the county's own inspectors
  Json reasons = Json::object();
  for (const auto& e : general["exclusions"]) reasons[e["reason"].get<std::string>()] = e["units"];
  ASSERT_TRUE(reasons.contains("capped"));
  ASSERT_EQ(reasons["capped"].size(), 1u);
  EXPECT_EQ(reasons["capped"][0]["id"], county_plain_);  // the special one is exempt
  EXPECT_EQ(reasons["closed"].size(), 1u);
  EXPECT_EQ(general["eligible"], 3);
}

TEST_P(AgencyPreview, TheLatestPolicyVersionIsUsed) {
  fill();
  apply("330800", "quzhou-city");
  apply("330800", "shandong-city");  // an edit: version 2
  Json out = preview("330800", "2026Q2");
  EXPECT_EQ(out["policy"]["version"], 2);
  EXPECT_EQ(stratum(out, "key")["population"], 9);  // 市控及以上 now
  EXPECT_EQ(service::show_policy(*db, "330800", 2026, 1)["policy"]["preset"], "quzhou-city");
}

TEST_P(AgencyPreview, RefusesWhatItCannotPreview) {
  fill();
  try {
    preview("330800", "2026Q2");
    FAIL() << "no policy yet";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kNotFound);
    EXPECT_EQ(e.code(), "no_policy");
    EXPECT_NE(e.zh().find("suiji policy apply"), std::string::npos);
  }
  apply("330800", "quzhou-city");
  auto code_of = [&](const std::string& agency, const std::string& period) {
    try {
      preview(agency, period);
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kBadInput) << e.what();
      return e.code();
    }
    return std::string("ok");
  };
  EXPECT_EQ(code_of("330800", "2026Q5"), "period_invalid");
  EXPECT_EQ(code_of("999999", "2026Q2"), "agency_unknown");
  EXPECT_EQ(code_of("330800", "2026"), "no_yearly_strata");  // Quzhou draws every stratum quarterly
  EXPECT_THROW(service::apply_policy(*db, "330800", 2026, {"no-such-preset", ""}, operator_of("330800")), Error);
  EXPECT_THROW(service::apply_policy(*db, "330800", 1999, {"quzhou-city", ""}, operator_of("330800")), Error);
  EXPECT_EQ(db->policies().versions(city_id, 2026).size(), 1u);  // the refused ones wrote nothing
}

// seed 004:L71: Urumqi's key stratum is the 2019 list; until it is imported there is no
// key stratum to size, and the preview says how to import it.
TEST_P(AgencyPreview, ANamedListStratumNeedsTheList) {
  fill();
  apply("330800", "urumqi-city");
  try {
    preview("330800", "2026Q2");
    FAIL() << "the list is missing";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), "list_missing");
    EXPECT_NE(e.zh().find("suiji list import"), std::string::npos);
  }
  db->named_lists().put(city_id, "乌鲁木齐市2019年重点排污单位名录", 2019, {stopped_, winter_});
  Json out = preview("330800", "2026Q2");
  EXPECT_EQ(stratum(out, "key")["population"], 2);
  // A yearly stratum (004:L75): the general stratum is previewed as the 2026 annual draw.
  const Json& general = stratum(out, "general");
  EXPECT_EQ(general["draw_period"], "2026");
  EXPECT_EQ(general["population"], 15);  // 17 live in 柯城, minus the two on the list
  Json year = preview("330800", "2026");
  ASSERT_EQ(year["strata"].size(), 1u);
  EXPECT_EQ(year["strata"][0]["id"], "general");
}

// The draw window is computed over the store's holiday table, and a year missing from it
// is said, not silently counted Monday–Friday.
TEST_P(AgencyPreview, TheWindowUsesTheStoresHolidayTable) {
  fill();
  apply("330800", "quzhou-city");
  Json bare = preview("330800", "2026Q4");
  ASSERT_FALSE(bare["warnings"].empty());
  EXPECT_EQ(bare["warnings"][0]["code"], "holidays_missing");
  EXPECT_EQ(bare["draw_window"]["from"], "2026-09-24");  // Monday–Friday only: 中秋 not known
  db->holidays().add_missing(builtin_holidays(), "test");
  Json out = preview("330800", "2026Q4");
  EXPECT_TRUE(out["warnings"].empty()) << out["warnings"].dump();
  EXPECT_EQ(out["draw_window"]["from"], "2026-09-23");  // 001:L59, 中秋 takes 09-25 out
  EXPECT_EQ(out["draw_window"]["to"], "2026-09-30");
}

// seed 000:L17, 001:L59: next year's 家次 per stratum, filed with the parent by the end of
// December, final only when the agency's approver approves it.
TEST_P(AgencyPreview, TheAnnualPlanIsADraftUntilTheAgencysApproverApprovesIt) {
  fill();
  apply("330800", "quzhou-city", 2027);
  user("leader", city_id, Role::kApprover);
  user("kc_leader", county_id, Role::kApprover);

  Json plan = service::annual_plan(*db, "330800", 2027, "operator");
  EXPECT_EQ(plan["status"], "draft");
  EXPECT_EQ(plan["strata"][0]["per_quarter"], Json({1, 1, 1, 1}));  // ⌈5 × 5%⌉ each quarter
  EXPECT_EQ(plan["strata"][0]["per_year"], 4);
  EXPECT_EQ(plan["strata"][1]["per_quarter"], Json({7, 7, 7, 7}));  // ⌈5 × 1.25⌉
  EXPECT_EQ(plan["strata"][2]["per_year"], 4);
  EXPECT_EQ(plan["total_per_year"], 36);
  ASSERT_EQ(plan["filing"].size(), 1u);
  EXPECT_EQ(plan["filing"][0]["due"], "2026-12-31");

  auto refused = [&](const std::string& login) {
    try {
      service::approve_annual_plan(*db, "330800", 2027, login);
    } catch (const Error& e) {
      return e.code();
    }
    return std::string("approved");
  };
  EXPECT_EQ(refused("operator"), "not_approver");   // not an approver
  EXPECT_EQ(refused("kc_leader"), "not_approver");  // an approver of another agency
  EXPECT_EQ(refused("nobody"), "user_unknown");
  EXPECT_EQ(db->plans().find(city_id, "2027", "annual")->status, "draft");

  Json approved = service::approve_annual_plan(*db, "330800", 2027, "leader");
  EXPECT_EQ(approved["status"], "approved");
  EXPECT_EQ(approved["approved_by"], "leader（leader）");
  EXPECT_EQ(refused("leader"), "plan_approved");
  // An approved plan is final: more units later do not change it.
  add(UnitLevel::kNational);
  EXPECT_EQ(service::annual_plan(*db, "330800", 2027, "operator"), approved);
  try {
    service::approve_annual_plan(*db, "330802", 2027, "kc_leader");
    FAIL() << "the county has no plan";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), "no_plan");
  }
}

// seed 000:L17 + L20: a yearly ratio drawn quarterly adds up to the year's figure exactly.
TEST_P(AgencyPreview, AYearlyRatioDrawnQuarterlyAddsUpToTheYear) {
  fill();
  apply("330800", "shandong-city", 2027);  // general: 在编在岗 5 × 5 = 25 a year
  Json plan = service::annual_plan(*db, "330800", 2027, "operator");
  const Json& general = plan["strata"][1];
  EXPECT_EQ(general["per_quarter"], Json({7, 6, 6, 6}));  // ⌈25/4⌉, ⌈18/3⌉, ⌈12/2⌉, 6
  EXPECT_EQ(general["per_year"], 25);
  EXPECT_TRUE(plan["strata"][2]["per_year"].is_null());  // 加大比例: open, 000:L21
  EXPECT_TRUE(plan["total_per_year"].is_null());
}

SUIJI_IMPORT_BOTH_ENGINES(AgencyPreview);

}  // namespace
}  // namespace suiji::testing
