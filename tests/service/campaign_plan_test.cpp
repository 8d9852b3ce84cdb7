// Campaign plans (专项 and 联合) on the plan machinery, on both engines: a campaign's own
// stratum over the agency's jurisdiction, whether it counts toward ratios and caps, the
// annual plan's count of joint inspections against the policy, approval by id, and every
// bad file refused with nothing written.
#include <gtest/gtest.h>

#include "domain/error.h"
#include "plan_fixture.h"
#include "service/plans/annual_plan.h"
#include "service/plans/campaign_plan.h"

namespace suiji::testing {
namespace {

class CampaignPlan : public PlanTest {
 protected:
  // A campaign over the city's 国控 and 省控 units, 50 % of them in the quarter.
  static Json campaign(const std::string& kind, const std::string& name = "涉气企业联合抽查") {
    Json c = Json::parse(R"({"stratum": {"id": "air", "name": "涉气重点企业", "select": {"levels": ["国控", "省控"]},
                          "cadence": "quarter", "size": {"kind": "percent", "min_percent": "50"},
                          "basis": "i 专项方案"}})");
    c["kind"] = kind;
    c["name"] = name;
    if (kind == "joint") c["departments"] = {"衢州市市场监督管理局"};
    return c;
  }

  Json plan(const Json& file, const std::string& period = "2027Q2", const std::string& agency = "330800") {
    std::string path = dir.file("campaign.json");
    write_text(path, file.dump());
    return service::campaign_plan(*db, {agency, period, path, "2027-04-01", "operator"});
  }

  // The refusal's code and path ("" when none).
  std::pair<std::string, std::string> refusal(const Json& file, const std::string& period = "2027Q2") {
    try {
      plan(file, period);
    } catch (const Error& e) {
      EXPECT_NE(std::string(e.what()).find(" / "), std::string::npos) << "中文 / English: " << e.what();
      return {e.code(), e.details().value("path", "")};
    }
    return {"", ""};
  }
};

// seed 003:L27: random joint inspections with other departments, at least 3 a year, drawn
// the same way and counted toward the ratios (000:L32, 001:L75).
TEST_P(CampaignPlan, AJointInspectionIsSizedOnItsOwnStratumAndCountedTowardTheYear) {
  fill();
  apply("330800", "baoding", 2027);
  Json p = plan(campaign("joint"));
  EXPECT_EQ(p["status"], "draft");
  EXPECT_EQ(p["kind"], "joint");
  EXPECT_EQ(p["departments"], Json({"衢州市市场监督管理局"}));
  EXPECT_TRUE(p["counts_toward_ratio"]);
  const Json& s = p["stratum"];
  EXPECT_EQ(s["population"], 5);    // 国控 3 (one stopped) + 省控 2; the deleted and the 济南 unit never count
  EXPECT_EQ(s["eligible"], 4);      // 停产 is out
  EXPECT_EQ(s["size_of_draw"], 3);  // ⌈5 × 50%⌉
  EXPECT_EQ(s["shortfall"], 0);
  ASSERT_EQ(s["exclusions"].size(), 1u);
  EXPECT_EQ(s["exclusions"][0]["reason"], "stopped");
  EXPECT_EQ(s["exclusions"][0]["units"][0]["id"], stopped_);
  EXPECT_EQ(s["definition"]["select"]["levels"], Json({"国控", "省控"}));  // what the draw will select

  Json annual = service::annual_plan(*db, "330800", 2027, "operator");
  EXPECT_EQ(annual["joint"]["required_per_year"], 3);
  EXPECT_EQ(annual["joint"]["planned"], 1);
  EXPECT_EQ(annual["joint"]["plans"][0]["id"], p["id"]);
  EXPECT_EQ(annual["joint"]["plans"][0]["size"], 3);
  EXPECT_EQ(annual["joint"]["warning"]["code"], "joint_short");  // 1 of 3
  plan(campaign("joint", "危废企业联合抽查"), "2027Q3");
  plan(campaign("joint", "涉水企业联合抽查"), "2027Q4");
  annual = service::annual_plan(*db, "330800", 2027, "operator");
  EXPECT_EQ(annual["joint"]["planned"], 3);
  EXPECT_FALSE(annual["joint"].contains("warning"));
  // The same name in the same period replaces the draft instead of adding a fourth.
  plan(campaign("joint", "涉水企业联合抽查"), "2027Q4");
  EXPECT_EQ(service::annual_plan(*db, "330800", 2027, "operator")["joint"]["planned"], 3);
}

// seed 000:L10, 001:L35–37: a special campaign (专项) does not count toward the ratios or
// the yearly cap of 001:L51; a joint inspection under the same policy does.
TEST_P(CampaignPlan, ASpecialCampaignNeverCountsAndIsNeverCapped) {
  fill();
  apply("330800", "quzhou-city", 2027);  // cap 2 random inspections a unit a year (001:L51)
  Json special = plan(campaign("special", "夏季臭氧专项"));
  EXPECT_FALSE(special["counts_toward_ratio"]);
  EXPECT_FALSE(special["capped"]);
  Json joint = plan(campaign("joint"));
  EXPECT_TRUE(joint["counts_toward_ratio"]);
  EXPECT_TRUE(joint["capped"]);
  Json annual = service::annual_plan(*db, "330800", 2027, "operator");
  ASSERT_EQ(annual["special_campaigns"].size(), 1u);
  EXPECT_EQ(annual["special_campaigns"][0]["name"], "夏季臭氧专项");
  EXPECT_TRUE(annual["joint"]["required_per_year"].is_null());  // Quzhou sets no yearly count
}

TEST_P(CampaignPlan, BadFilesAreRefusedAndNothingIsWritten) {
  fill();
  auto edited = [](auto edit) {
    Json c = campaign("joint");
    edit(c);
    return c;
  };
  using R = std::pair<std::string, std::string>;
  EXPECT_EQ(refusal(campaign("joint")), (R{"no_policy", ""}));  // no policy for 2027 yet
  apply("330800", "baoding", 2027);
  EXPECT_EQ(refusal(edited([](Json& c) { c["kind"] = "routine"; })), (R{"campaign_invalid", "kind"}));
  EXPECT_EQ(refusal(edited([](Json& c) { c.erase("departments"); })), (R{"campaign_invalid", "departments"}));
  EXPECT_EQ(refusal(edited([](Json& c) { c["name"] = ""; })), (R{"campaign_invalid", "name"}));
  EXPECT_EQ(refusal(edited([](Json& c) { c["dept"] = "x"; })), (R{"campaign_invalid", "dept"}));  // a typo
  EXPECT_EQ(refusal(edited([](Json& c) { c.erase("stratum"); })), (R{"campaign_invalid", "stratum"}));
  EXPECT_EQ(refusal(campaign("joint"), "2027"), (R{"campaign_invalid", "stratum.cadence"}));  // a quarterly stratum for a year
  EXPECT_EQ(refusal(edited([](Json& c) { c["stratum"]["size"]["min_percent"] = "150"; })),
            (R{"policy_invalid", "stratum.size.min_percent"}));
  EXPECT_EQ(refusal(campaign("joint"), "2027Q5").first, "period_invalid");
  std::string path = dir.file("broken.json");
  write_text(path, "{\"kind\": ");
  EXPECT_THROW(service::campaign_plan(*db, {"330800", "2027Q2", path, "", "operator"}), Error);
  EXPECT_TRUE(db->plans().of_year(city_id, 2027, "joint").empty());
  EXPECT_TRUE(db->plans().of_year(city_id, 2027, "special").empty());
}

TEST_P(CampaignPlan, ACampaignIsApprovedByItsAgencysApproverAndIsThenFinal) {
  fill();
  apply("330800", "baoding", 2027);
  user("leader", city_id, Role::kApprover);
  user("kc_leader", county_id, Role::kApprover);
  Json p = plan(campaign("joint"));
  int64_t id = p["id"];
  auto refused = [&](int64_t plan_id, const std::string& login) {
    try {
      service::approve_plan_by_id(*db, plan_id, login);
    } catch (const Error& e) {
      return e.code();
    }
    return std::string("approved");
  };
  EXPECT_EQ(refused(id, "kc_leader"), "not_approver");  // another agency's approver
  EXPECT_EQ(refused(id + 1000, "leader"), "no_plan");
  Json approved = service::approve_plan_by_id(*db, id, "leader");
  EXPECT_EQ(approved["status"], "approved");
  EXPECT_EQ(approved["approved_by"], "leader（leader）");
  EXPECT_EQ(approved["stratum"]["size_of_draw"], 3);
  EXPECT_EQ(refused(id, "leader"), "plan_approved");
  try {
    plan(campaign("joint"));  // the same campaign again
    FAIL() << "an approved plan changed";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), "plan_approved");
  }
  EXPECT_EQ(service::annual_plan(*db, "330800", 2027, "operator")["joint"]["plans"][0]["status"], "approved");
}

SUIJI_IMPORT_BOTH_ENGINES(CampaignPlan);

}  // namespace
}  // namespace suiji::testing
