// Roster changes (执法人员库人员变动审批表, 002 form after L110; requirements 2): a person
// joins (录入) or leaves (剔除) the inspector library only after the 科室负责人 endorsed and
// the 分管领导 approved the request; the approver is neither the requester nor the
// endorser; the printed form shows both signatures. Both engines.
#include <soci/soci.h>

#include "draw_cycle_fixture.h"
#include "service/library/roster_change.h"

namespace suiji::testing {
namespace {

class RosterChange : public DrawCycle {
 protected:
  void SetUp() override {
    DrawCycle::SetUp();
    user("kezhang", city_id, Role::kTeamLead);
    User both;
    both.agency_id = city_id;
    both.login = both.name = "both";
    both.roles = {Role::kTeamLead, Role::kApprover};
    both.password_hash = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$aGFzaA";
    db->users().insert(both);
  }

  static Json person(const std::string& code = "ZF900") {
    return Json{{"code", code},
                {"name", "张新来"},
                {"on_staff", true},
                {"on_post", true},
                {"tags", {"危废"}},
                {"certificates",
                 {{{"kind", "行政执法证"}, {"number", "浙行执900"}, {"expires_on", "2029-06-30"}},
                  {{"kind", "环境监察执法证"}, {"number", "浙环监900"}, {"expires_on", "2029-06-30"}}}}};
  }
  Json add(const Json& p = person(), const std::string& as = "operator", const std::string& reason = "新调入执法人员") {
    return service::request_roster_change(*db, {"330800", as, "录入", "", p, reason});
  }
  Json remove(const std::string& code, const std::string& as = "operator") {
    return service::request_roster_change(*db, {"330800", as, "剔除", code, nullptr, "调离执法岗位"});
  }
  Json sign(const Json& req, const std::string& as, bool approve = true, const std::string& note = "") {
    return service::decide_roster_change(*db, {std::to_string(req["request"].get<int64_t>()), as, approve, note});
  }
  std::optional<Inspector> live(const std::string& code) { return db->inspectors().find(city_id, code); }
  // A live inspector of the city (the fixture's).
  Inspector member() {
    store::InspectorFilter f;
    f.agency_id = city_id;
    return db->inspectors().list(f).items.front();
  }
  std::vector<std::string> actions() {
    std::vector<std::string> out;
    std::string a;
    soci::statement st = (db->sql().prepare << "SELECT action FROM audit ORDER BY seq", soci::into(a));
    st.execute();
    while (st.fetch())
      if (a.starts_with("roster.")) out.push_back(a);
    return out;
  }
};

TEST_P(RosterChange, AnAdditionEntersTheLibraryOnlyWhenTheApproverSigns) {
  Json req = add();
  EXPECT_EQ(req["status"], "pending");
  EXPECT_EQ(req["kind"], "roster_add");
  EXPECT_FALSE(live("ZF900"));
  EXPECT_EQ(sign(req, "kezhang")["status"], "endorsed");
  EXPECT_FALSE(live("ZF900"));
  Json done = sign(req, "leader", true, "同意");
  EXPECT_EQ(done["status"], "approved");
  auto i = live("ZF900");
  ASSERT_TRUE(i);
  EXPECT_EQ(i->name, "张新来");
  EXPECT_EQ(i->certificates.size(), 2u);
  EXPECT_EQ(i->tags, std::vector<std::string>{"危废"});
  EXPECT_EQ(done["result"]["inserted"]["id"], i->id);
  EXPECT_EQ(actions(), (std::vector<std::string>{"roster.change.request", "roster.change.endorse", "roster.change.approve"}));

  Json form = service::roster_form(*db, std::to_string(req["request"].get<int64_t>()), "jijian");
  EXPECT_EQ(form["form"], "随机抽查执法人员库人员变动审批表");
  EXPECT_EQ(form["执法人员姓名"], "张新来");
  EXPECT_EQ(form["录入/剔除"], "录入");
  EXPECT_EQ(form["变动原因"], "新调入执法人员");
  EXPECT_EQ(form["科室负责人签字"]["login"], "kezhang");
  EXPECT_EQ(form["分管领导签字"]["login"], "leader");
  EXPECT_EQ(form["分管领导签字"]["note"], "同意");
  // Decided is decided.
  EXPECT_EQ(refused([&] { sign(req, "leader"); }).code(), "change_request_decided");
}

TEST_P(RosterChange, ARemovalTakesThePersonOffTheRosterOnlyOnApproval) {
  Inspector i = member();
  Json req = remove(i.code);
  EXPECT_EQ(req["kind"], "roster_remove");
  sign(req, "kezhang");
  EXPECT_TRUE(live(i.code));
  Json done = sign(req, "leader");
  EXPECT_FALSE(live(i.code));
  EXPECT_FALSE(db->inspectors().get(i.id)->deleted_at.empty());  // kept, marked removed
  EXPECT_EQ(done["result"]["removed"]["code"], i.code);
  EXPECT_TRUE(done["result"]["open_tasks"].is_array());
  Json form = service::roster_form(*db, std::to_string(req["request"].get<int64_t>()), "operator");
  EXPECT_EQ(form["录入/剔除"], "剔除");
  EXPECT_EQ(form["执法人员姓名"], i.name);
  // The removed inspector cannot be removed twice.
  EXPECT_EQ(refused([&] { remove(i.code); }).code(), "inspector_not_found");
}

TEST_P(RosterChange, TwoDifferentPeopleSignAfterTheRequester) {
  Json req = add();
  // Step one is the 科室负责人's: an approver alone cannot endorse.
  EXPECT_EQ(refused([&] { sign(req, "leader"); }).code(), "role_missing");
  EXPECT_EQ(refused([&] { sign(req, "operator"); }).code(), "role_missing");
  sign(req, "both");
  // The endorser cannot approve too.
  EXPECT_EQ(refused([&] { sign(req, "both"); }).code(), "same_signer");
  EXPECT_EQ(refused([&] { sign(req, "kezhang"); }).code(), "role_missing");
  EXPECT_FALSE(live("ZF900"));
  // The requester cannot approve their own request.
  User boss;
  boss.agency_id = city_id;
  boss.login = boss.name = "kezhang2";
  boss.roles = {Role::kTeamLead, Role::kApprover};
  boss.password_hash = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$aGFzaA";
  db->users().insert(boss);
  Json mine = service::request_roster_change(*db, {"330800", "kezhang2", "录入", "", person("ZF903"), "调入"});
  sign(mine, "kezhang");
  EXPECT_EQ(refused([&] { sign(mine, "kezhang2"); }).code(), "same_signer");
  EXPECT_FALSE(live("ZF903"));
}

TEST_P(RosterChange, ARejectionNeedsANoteAndChangesNothing) {
  Inspector i = member();
  Json req = remove(i.code);
  EXPECT_EQ(refused([&] { sign(req, "kezhang", false); }).code(), "note_required");
  Json r = sign(req, "kezhang", false, "人员未调离");
  EXPECT_EQ(r["status"], "rejected");
  EXPECT_TRUE(live(i.code));
  EXPECT_EQ(refused([&] { sign(req, "leader"); }).code(), "change_request_decided");
  // Once rejected, a new request for the same person may be made.
  EXPECT_EQ(remove(i.code)["status"], "pending");
}

TEST_P(RosterChange, BadRequestsAreRefusedBeforeAnythingIsWritten) {
  Inspector i = member();
  EXPECT_EQ(refused([&] { add(person(), "operator", " "); }).code(), "reason_required");
  EXPECT_EQ(refused([&] { service::request_roster_change(*db, {"330800", "operator", "调动", "", person(), "x"}); }).code(),
            "roster_kind_invalid");
  Json bad = person();
  bad["name"] = "";
  EXPECT_EQ(refused([&] { add(bad); }).code(), "inspector_invalid");
  bad = person();
  bad["grade"] = "一级";
  EXPECT_EQ(refused([&] { add(bad); }).code(), "inspector_json_invalid");
  bad = person();
  bad["org_unit"] = "不存在的大队";
  EXPECT_EQ(refused([&] { add(bad); }).code(), "org_unit_unknown");
  EXPECT_EQ(refused([&] { add(person(i.code)); }).code(), "inspector_exists");
  EXPECT_EQ(refused([&] { remove("ZF-NOBODY"); }).code(), "inspector_not_found");
  EXPECT_EQ(refused([&] { add(person(), "kc_operator"); }).code(), "outside_jurisdiction");
  EXPECT_EQ(refused([&] { add(person(), "jijian"); }).code(), "role_missing");
  EXPECT_EQ(count("change_request"), 0);
  add();
  EXPECT_EQ(refused([&] { add(); }).code(), "change_pending");
  EXPECT_EQ(refused([&] { service::decide_roster_change(*db, {"999", "leader", true, ""}); }).code(),
            "change_request_not_found");
  EXPECT_EQ(service::list_roster_changes(*db, "330800", "leader")["requests"].size(), 1u);
}

TEST_P(RosterChange, AnInspectorEnteredMeanwhileStopsTheApproval) {
  Json req = add();
  sign(req, "kezhang");
  Inspector same;
  same.code = "ZF900";
  same.name = "另一人";
  db->inspectors().upsert_all(city_id, {same}, "import");
  EXPECT_EQ(refused([&] { sign(req, "leader"); }).code(), "inspector_exists");
  EXPECT_EQ(db->change_requests().get(req["request"].get<int64_t>())->status, "endorsed");
}

SUIJI_IMPORT_BOTH_ENGINES(RosterChange);

}  // namespace
}  // namespace suiji::testing
