// Voiding a revealed draw (issue 13 §2): asked by an operator with a reason, approved by an
// approver who did not ask; the draw stays visible with its record untouched, its open
// tasks become "voided", and changes still pending on it are rejected. A draw whose
// inspections have begun, an unrevealed draw, a blank reason, a county operator on the
// city's draw and a requester approving their own void are refused. Both engines.
#include "draw_cycle_fixture.h"
#include "service/audit/audit_trail.h"
#include "service/draws/draw_change.h"
#include "service/draws/draw_publish.h"
#include "service/draws/draw_void.h"

namespace suiji::testing {
namespace {

const std::string kPng = std::string("\x89PNG\r\n\x1A\n", 8) + "请假条照片";

class DrawVoid : public DrawCycle {
 protected:
  void SetUp() override {
    DrawCycle::SetUp();
    User u;
    u.agency_id = city_id;
    u.login = u.name = "opboss";
    u.roles = {Role::kOperator, Role::kApprover};
    u.password_hash = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$aGFzaA";
    db->users().insert(u);
  }
  std::string revealed() {
    Json p = prepare();
    announce(p);
    witness(p);
    reveal(p);
    return p["draw_code"];
  }
  Json ask(const std::string& code, const std::string& reason = "抽取输入的污染源库数据有误（重复录入）",
           const std::string& as = "operator") {
    return service::request_void(*db, {code, reason, as});
  }
  Json decide(const Json& req, const std::string& as, bool approve = true, const std::string& note = "") {
    return service::decide_void(*db, {std::to_string(req["request"].get<int64_t>()), as, approve, note});
  }
  std::vector<store::TaskRow> tasks(const std::string& code) { return db->tasks().of_draw(db->draws().find(code)->id); }
};

TEST_P(DrawVoid, ARequestChangesNothingUntilAnApproverSignsIt) {
  std::string code = revealed();
  size_t n = tasks(code).size();
  ASSERT_GT(n, 0u);
  Json req = ask(code);
  EXPECT_EQ(req["status"], "pending");
  EXPECT_EQ(req["tasks_open"], n);
  EXPECT_EQ(db->draws().find(code)->status, "revealed");
  for (const auto& t : tasks(code)) EXPECT_EQ(t.status, "open");
  EXPECT_EQ(refused([&] { ask(code, "重复", "opboss"); }).code(), "void_pending");
  EXPECT_EQ(refused([&] { decide(req, "operator"); }).code(), "role_missing");
  EXPECT_EQ(refused([&] { decide(req, "jijian"); }).code(), "role_missing");
}

TEST_P(DrawVoid, ApprovalVoidsTheDrawAndItsOpenTasks) {
  std::string code = revealed();
  store::DrawRow before = *db->draws().find(code);
  Json a = Json::parse(before.record_json)["assignments"][0];
  Json change = service::request_change(
      *db, {code, "operator", "replace_inspector", a["unit"], a["team"][0], "", "休假", {{"请假条.png", kPng}}});
  Json req = ask(code, "抽取输入的污染源库数据有误", "opboss");
  EXPECT_EQ(refused([&] { decide(req, "opboss"); }).code(), "same_signer");
  // A void request is not decided as a change.
  EXPECT_EQ(refused([&] { service::decide_change(*db, {std::to_string(req["request"].get<int64_t>()), "leader", true, ""}); })
                .code(),
            "change_kind_invalid");

  Json done = decide(req, "leader");
  EXPECT_EQ(done["status"], "approved");
  EXPECT_EQ(done["draw_status"], "voided");
  EXPECT_EQ(done["voided_tasks"].size(), tasks(code).size());
  ASSERT_EQ(done["rejected_requests"].size(), 1u);
  EXPECT_EQ(done["rejected_requests"][0], change["request"]);

  store::DrawRow after = *db->draws().find(code);
  EXPECT_EQ(after.status, "voided");
  EXPECT_EQ(after.record_json, before.record_json);  // never deleted or recomputed
  EXPECT_EQ(after.input_json, before.input_json);
  EXPECT_EQ(service::draw_record(*db, code, "jijian"), before.record_json);  // still readable
  for (const auto& t : tasks(code)) EXPECT_EQ(t.status, "voided");
  EXPECT_EQ(db->change_requests().get(change["request"])->status, "rejected");
  auto stored = db->change_requests().get(req["request"]);
  EXPECT_EQ(stored->kind, "void_draw");
  EXPECT_EQ(stored->draw_id, after.id);
  EXPECT_EQ(Json::parse(stored->approvals_json)[0]["login"], "leader");

  // Void once is void.
  EXPECT_EQ(refused([&] { ask(code); }).code(), "draw_voided");
  EXPECT_EQ(refused([&] { decide(req, "leader"); }).code(), "change_request_decided");
  EXPECT_EQ(refused([&] { service::decide_change(*db, {std::to_string(change["request"].get<int64_t>()), "leader", true, ""}); })
                .code(),
            "change_request_decided");

  std::vector<std::string> actions;
  db->audit_log().for_each([&](const AuditEntry& e) { actions.push_back(e.action); });
  for (const char* step : {"draw.void.request", "draw.void.approve"})
    EXPECT_NE(std::find(actions.begin(), actions.end(), step), actions.end()) << step;
  EXPECT_TRUE(service::verify_audit(*db).ok);
}

TEST_P(DrawVoid, RefusedWithoutReasonBeforeRevealOutsideJurisdictionOrOnceInspectionsBegan) {
  Json p = prepare();
  std::string code = p["draw_code"];
  EXPECT_EQ(refused([&] { ask(code); }).code(), "draw_not_revealed");
  announce(p);
  witness(p);
  EXPECT_EQ(refused([&] { ask(code); }).code(), "draw_not_revealed");
  reveal(p);
  EXPECT_EQ(refused([&] { ask(code, "  "); }).code(), "reason_required");
  EXPECT_EQ(refused([&] { ask(code, "重复", "kc_operator"); }).code(), "outside_jurisdiction");
  EXPECT_EQ(refused([&] { ask(code, "重复", "leader"); }).code(), "role_missing");

  // Rejecting needs a note and leaves the draw as it was.
  Json req = ask(code);
  EXPECT_EQ(refused([&] { decide(req, "leader", false); }).code(), "note_required");
  EXPECT_EQ(decide(req, "leader", false, "理由不充分")["status"], "rejected");
  EXPECT_EQ(status(p), "revealed");
  for (const auto& t : tasks(code)) EXPECT_EQ(t.status, "open");

  // An inspection record entered on one task: the inspection began.
  auto all = tasks(code);
  store::InspectionRecordRow rec;
  rec.task_id = all.front().id;
  rec.author = "operator";
  db->inspection_records().insert(rec);
  Error e = refused([&] { ask(code); });
  EXPECT_EQ(e.code(), "draw_inspections_begun");
  EXPECT_EQ(e.details()["tasks"][0], all.front().id);
}

TEST_P(DrawVoid, AClosedTaskFoundAtApprovalStopsTheVoid) {
  std::string code = revealed();
  Json req = ask(code);
  auto all = tasks(code);
  db->tasks().set_status(all.back().id, "open", "closed");
  EXPECT_EQ(refused([&] { decide(req, "leader"); }).code(), "draw_inspections_begun");
  EXPECT_EQ(db->draws().find(code)->status, "revealed");
  EXPECT_EQ(db->change_requests().get(req["request"])->status, "pending");
}

SUIJI_IMPORT_BOTH_ENGINES(DrawVoid);

}  // namespace
}  // namespace suiji::testing
