// The 承诺书 (issue 13 §3): each member of a task's team signs seed 002's pledge, its text
// word for word, with a date; a second signature, someone not on the team, a task that is
// not open and a user outside the jurisdiction are refused; the list shows who signed.
// Both engines.
#include "dispatch_fixture.h"
#include "domain/pledge.h"
#include "draw/sha256.h"
#include "service/tasks/pledge.h"

namespace suiji::testing {
namespace {

class Pledge : public DispatchTest {
 protected:
  Json sign(int64_t task, const std::string& inspector, const std::string& as = "zhifa", const std::string& date = "2027-01-05") {
    return service::sign_pledge(*db, {std::to_string(task), inspector, as, date});
  }
};

// The text is seed 002:L205 exactly: its SHA-256 taken from the seed file's line.
TEST(PledgeText, IsTheSeedsWordForWord) {
  EXPECT_EQ(draw::sha256_hex(kPledgeText), "2d36fd2715b34a5ebe7597a7a6c6f51127968dac13296e1dfaf8c604d17d4f95");
  EXPECT_EQ(kPledgeTitle, "随机抽查任务现场检查承诺书");
}

TEST_P(Pledge, EachTeamMemberSignsOnceWithTheDate) {
  std::string code = revealed();
  store::TaskRow t = tasks(code).front();
  Json team = Json::parse(t.team_json);
  ASSERT_EQ(team.size(), 2u);
  std::string lead = inspector(team[0]).code, second = inspector(team[1]).code;

  Json s = sign(t.id, lead);
  EXPECT_EQ(s["text"], std::string(kPledgeText));
  EXPECT_EQ(s["title"], "随机抽查任务现场检查承诺书");
  EXPECT_EQ(s["inspector"], lead);
  EXPECT_EQ(s["inspector_name"], inspector(team[0]).name);
  EXPECT_EQ(s["signed_on"], "2027-01-05");
  EXPECT_EQ(s["signed_by"], "zhifa");
  EXPECT_EQ(refused([&] { sign(t.id, lead, "operator"); }).code(), "pledge_already_signed");
  // By id as well as by code; the operator may enter a paper pledge.
  EXPECT_EQ(sign(t.id, "#" + std::to_string(team[1].get<int64_t>()), "operator", "")["inspector"], second);

  Json l = service::list_pledges(*db, code, "leader");
  EXPECT_EQ(l["text"], std::string(kPledgeText));
  EXPECT_EQ(l["signed"], 2);
  EXPECT_EQ(l["unsigned"], 2 * (tasks(code).size() - 1));
  ASSERT_EQ(l["tasks"][0]["task"], t.id);
  EXPECT_EQ(l["tasks"][0]["team"][0]["inspector"], lead);
  EXPECT_TRUE(l["tasks"][0]["team"][0]["lead"].get<bool>());
  EXPECT_EQ(l["tasks"][0]["team"][0]["pledge"]["signed_on"], "2027-01-05");
  EXPECT_EQ(l["tasks"][0]["team"][1]["pledge"]["signed_by"], "operator");
  EXPECT_EQ(l["tasks"][0]["team"][1]["pledge"]["signed_on"].get<std::string>().size(), 10u);  // today
  if (l["tasks"].size() > 1) {
    EXPECT_TRUE(l["tasks"][1]["team"][0]["pledge"].is_null());
  }
  EXPECT_EQ(db->pledges().of_task(t.id).size(), 2u);

  std::vector<std::string> actions;
  db->audit_log().for_each([&](const AuditEntry& e) { actions.push_back(e.action); });
  EXPECT_EQ(std::count(actions.begin(), actions.end(), "pledge.sign"), 2);
}

TEST_P(Pledge, OnlyTheTeamOfAnOpenTaskWithinTheJurisdiction) {
  std::string code = revealed();
  auto all = tasks(code);
  store::TaskRow t = all.front();
  std::string lead = inspector(Json::parse(t.team_json)[0]).code;
  // Someone of the city's staff not on this team.
  std::string stranger;
  store::InspectorFilter f;
  f.agency_id = city_id;
  for (const auto& i : db->inspectors().list(f).items) {
    bool on = false;
    for (const auto& m : Json::parse(t.team_json)) on = on || m == i.id;
    if (!on) stranger = i.code;
  }
  ASSERT_FALSE(stranger.empty());
  EXPECT_EQ(refused([&] { sign(t.id, stranger); }).code(), "inspector_not_on_team");
  EXPECT_EQ(refused([&] { sign(t.id, "ZF-none"); }).code(), "inspector_not_on_team");
  EXPECT_EQ(refused([&] { sign(999999, lead); }).code(), "task_not_found");
  EXPECT_EQ(refused([&] { sign(t.id, lead, "kc_operator"); }).code(), "outside_jurisdiction");
  EXPECT_EQ(refused([&] { sign(t.id, lead, "leader"); }).code(), "role_missing");
  EXPECT_EQ(refused([&] { sign(t.id, lead, "zhifa", "2027-13-01"); }).code(), "date_invalid");
  db->tasks().set_status(t.id, "open", "closed");
  EXPECT_EQ(refused([&] { sign(t.id, lead); }).code(), "task_not_open");
  EXPECT_TRUE(db->pledges().of_task(t.id).empty());
  EXPECT_EQ(refused([&] { service::list_pledges(*db, code, "kc_operator"); }).code(), "outside_jurisdiction");
}

SUIJI_IMPORT_BOTH_ENGINES(Pledge);

}  // namespace
}  // namespace suiji::testing
