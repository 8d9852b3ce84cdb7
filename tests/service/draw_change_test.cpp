// Changes after the draw (issue 13 §2–3, spec section 7): asked with a reason and
// evidence, endorsed by a 科室负责人 and approved by a 分管领导, appended to the record and
// replayed, with the tasks following — on both engines. Zhangdian's preset forbids a
// substitution outright (002:L9), so a 济南 agency under it is refused.
#include <set>

#include "draw/record.h"
#include "draw/verify.h"
#include "draw_cycle_fixture.h"
#include "service/audit/audit_trail.h"
#include "service/draws/draw_change.h"

namespace suiji::testing {
namespace {

const std::string kPng = std::string("\x89PNG\r\n\x1A\n", 8) + "请假条照片";

class DrawChange : public DrawCycle {
 protected:
  void SetUp() override {
    DrawCycle::SetUp();
    user("kezhang", city_id, Role::kTeamLead);
    users({"both", city_id, {Role::kTeamLead, Role::kApprover}});
    users({"opboss", city_id, {Role::kOperator, Role::kApprover}});
  }

  struct NewUser {
    std::string login;
    int64_t agency;
    std::vector<Role> roles;
  };
  void users(const NewUser& n) {
    User u;
    u.agency_id = n.agency;
    u.login = u.name = n.login;
    u.roles = n.roles;
    u.password_hash = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$aGFzaA";
    db->users().insert(u);
  }

  // A draw of 2027Q1, revealed.
  std::string revealed() {
    Json p = prepare();
    announce(p);
    witness(p);
    reveal(p);
    return p["draw_code"];
  }
  Json record(const std::string& code) { return Json::parse(db->draws().find(code)->record_json); }
  // The teams now: a record without changes has no final_assignments (spec section 7).
  static Json teams(const Json& rec) { return rec.contains("final_assignments") ? rec["final_assignments"] : rec["assignments"]; }
  Json current(const std::string& code) { return teams(record(code)); }
  bool verifies(const std::string& code) {
    auto parsed = draw::ParsedRecord::parse(db->draws().find(code)->record_json);
    auto v = draw::verify(parsed);
    EXPECT_TRUE(v.ok) << v.discrepancy;
    return v.ok;
  }

  service::ChangeRequestInput replace(const std::string& code, int task = 0, const std::string& reason = "休假") {
    Json a = current(code)[task];
    return {code, "operator", "replace_inspector", a["unit"], a["team"][0], "", reason, {{"请假条.png", kPng}}};
  }
  // A unit drawn now by a stratum that still has an alternate (the fixture's strata are
  // small: a stratum may select its whole eligible population).
  std::string substitutable(const std::string& code, std::string* stratum = nullptr) {
    Json rec = record(code);
    std::set<std::string> drawn;
    for (const auto& a : teams(rec)) drawn.insert(a["unit"]);
    for (const auto& s : rec["strata"]) {
      size_t free = 0;
      for (const auto& u : s["population"]) free += !drawn.count(u);
      if (free > rec.value("changes", Json::array()).size())
        for (const auto& sel : s["selected"])
          if (drawn.count(sel["unit"])) {
            if (stratum) *stratum = s["id"];
            return sel["unit"];
          }
    }
    ADD_FAILURE() << "no stratum with an alternate";
    return "";
  }
  service::ChangeRequestInput substitute(const std::string& code, const std::string& reason = "停产") {
    std::string stratum;  // named: a unit drawn by two strata is ambiguous otherwise
    std::string unit = substitutable(code, &stratum);
    return {code, "operator", "substitute_unit", unit, "", stratum, reason, {{"停产证明.pdf", "%PDF-1.4 停产"}}};
  }
  Json ask(const service::ChangeRequestInput& in) { return service::request_change(*db, in); }
  Json sign(const Json& req, const std::string& as, bool approve = true, const std::string& note = "") {
    return service::decide_change(*db, {std::to_string(req["request"].get<int64_t>()), as, approve, note});
  }
  Json approved(const service::ChangeRequestInput& in) {
    Json req = ask(in);
    sign(req, "kezhang");
    return sign(req, "leader");
  }
  std::vector<store::TaskRow> tasks(const std::string& code) { return db->tasks().of_draw(db->draws().find(code)->id); }
  int64_t unit_id(const std::string& code) { return db->units().find_live_many({code}).at(code).id; }
  int64_t inspector_id(const std::string& code) {
    store::InspectorFilter f;
    for (const auto& i : db->inspectors().list(f).items)
      if (i.code == code) return i.id;
    return 0;
  }
};

TEST_P(DrawChange, AnInspectorOnLeaveIsReplacedAtRandomAndTheRecordStillVerifies) {
  std::string code = revealed();
  Json before = current(code)[0];
  std::string unit = before["unit"], leaving = before["team"][0];

  Json req = ask(replace(code));
  EXPECT_EQ(req["status"], "pending");
  std::string preview = req["preview"]["replacement"];
  EXPECT_NE(preview, leaving);
  for (const auto& m : before["team"]) EXPECT_NE(m, preview);  // not someone already on the team
  ASSERT_EQ(req["evidence"].size(), 1u);
  EXPECT_EQ(req["evidence"][0]["sha256"], draw::sha256_hex(kPng));
  EXPECT_EQ(*db->attachments().content(req["evidence"][0]["id"]), kPng);
  // Nothing changes until it is approved.
  EXPECT_EQ(current(code)[0], before);

  EXPECT_EQ(sign(req, "kezhang")["status"], "endorsed");
  Json done = sign(req, "leader");
  EXPECT_EQ(done["status"], "approved");
  EXPECT_EQ(done["result"]["replacement"], preview);

  // The record: the change with its reason, approver and evidence hash, the replacement in
  // the leaving inspector's place (the lead here), and it verifies.
  Json rec = record(code);
  ASSERT_EQ(rec["changes"].size(), 1u);
  EXPECT_EQ(rec["changes"][0]["reason"], "休假");
  EXPECT_EQ(rec["changes"][0]["approved_by"], "leader");
  EXPECT_EQ(rec["changes"][0]["evidence_sha256"][0], draw::sha256_hex(kPng));
  EXPECT_EQ(rec["change_results"][0]["replacement"], preview);
  EXPECT_EQ(rec["final_assignments"][0]["team"][0], preview);
  EXPECT_EQ(rec["final_assignments"][0]["team"][1], before["team"][1]);
  EXPECT_TRUE(verifies(code));

  // The unit's task has the new team, the new member as lead.
  for (const auto& t : tasks(code))
    if (t.unit_id == unit_id(unit)) {
      EXPECT_EQ(Json::parse(t.team_json)[0], inspector_id(preview));
      EXPECT_EQ(t.lead_inspector_id, inspector_id(preview));
    }
  std::vector<std::string> actions;
  db->audit_log().for_each([&](const AuditEntry& e) { actions.push_back(e.action); });
  for (const char* step : {"draw.change.request", "draw.change.endorse", "draw.change.approve"})
    EXPECT_NE(std::find(actions.begin(), actions.end(), step), actions.end()) << step;
  EXPECT_TRUE(service::verify_audit(*db).ok);
}

TEST_P(DrawChange, AClosedUnitIsSubstitutedByTheNextAlternateAndItsTaskFollows) {
  std::string code = revealed();
  Json before = record(code);
  std::string unit = substitutable(code);
  size_t open_before = tasks(code).size();

  // An enterprise that will not cooperate is inspected (拒绝检查 is a result), not replaced.
  Error e = refused([&] { ask(substitute(code, "企业不配合")); });
  EXPECT_EQ(e.code(), "change_reason_not_allowed");
  EXPECT_NE(e.zh().find("关闭、停产、重复"), std::string::npos) << e.zh();

  Json done = approved(substitute(code));
  std::string joining = done["result"]["replacement"];
  EXPECT_NE(joining, unit);
  for (const auto& a : teams(before)) EXPECT_NE(a["unit"], joining);  // not drawn already
  Json rec = record(code);
  EXPECT_EQ(rec["change_results"][0]["type"], "substitute_unit");
  EXPECT_EQ(rec["final_assignments"].back()["unit"], joining);
  for (const auto& a : rec["final_assignments"]) EXPECT_NE(a["unit"], unit);
  EXPECT_TRUE(verifies(code));

  auto after = tasks(code);
  ASSERT_EQ(after.size(), open_before + 1);
  for (const auto& t : after) {
    if (t.unit_id == unit_id(unit)) {
      EXPECT_EQ(t.status, "substituted");
    }
    if (t.unit_id == unit_id(joining)) {
      EXPECT_EQ(t.status, "open");
      EXPECT_EQ(t.due, after.front().due);
      EXPECT_EQ(Json::parse(t.team_json).size(), 2u);
    }
  }
  // The unit that left can change no more.
  auto again = replace(code);
  again.unit = unit;
  for (const auto& a : teams(before))
    if (a["unit"] == unit) again.inspector = a["team"][0];
  EXPECT_EQ(refused([&] { ask(again); }).code(), "unit_not_drawn");
}

TEST_P(DrawChange, ChangesAccumulateAndEachReplayKeepsTheEarlierResults) {
  std::string code = revealed();
  Json first = approved(replace(code, 0));
  Json second = approved(replace(code, 1, "依法回避"));
  Json third = approved(substitute(code, "重复"));
  Json rec = record(code);
  ASSERT_EQ(rec["change_results"].size(), 3u);
  EXPECT_EQ(rec["change_results"][0]["replacement"], first["result"]["replacement"]);
  EXPECT_EQ(rec["change_results"][1]["replacement"], second["result"]["replacement"]);
  EXPECT_EQ(rec["change_results"][2]["replacement"], third["result"]["replacement"]);
  EXPECT_TRUE(verifies(code));
  Json list = service::list_changes(*db, code, "jijian");
  ASSERT_EQ(list["requests"].size(), 3u);
  EXPECT_EQ(list["requests"][2]["approvals"].size(), 2u);
}

TEST_P(DrawChange, TheReasonMustBeOneThePolicyAllows) {
  std::string code = revealed();
  Error e = refused([&] { ask(replace(code, 0, "生病")); });
  EXPECT_EQ(e.code(), "change_reason_not_allowed");
  EXPECT_NE(e.zh().find("休假"), std::string::npos);
  EXPECT_EQ(count("change_request"), 0);
}

TEST_P(DrawChange, EvidenceIsRequiredAndMustBeAPhotoOrPdfOfAtMostTenMegabytes) {
  std::string code = revealed();
  auto in = replace(code);
  in.evidence.clear();
  EXPECT_EQ(refused([&] { ask(in); }).code(), "evidence_missing");
  in.evidence = {{"说明.txt", "我休假了"}};
  EXPECT_EQ(refused([&] { ask(in); }).code(), "attachment_type");
  in.evidence = {{"大图.jpg", "\xFF\xD8\xFF" + std::string(10 * 1024 * 1024, 'x')}};
  Error big = refused([&] { ask(in); });
  EXPECT_EQ(big.code(), "attachment_too_large");
  EXPECT_EQ(big.kind(), ErrorKind::kTooLarge);
  EXPECT_EQ(count("change_request"), 0);
  EXPECT_EQ(count("attachment"), 0);
}

TEST_P(DrawChange, TwoDifferentPeopleSignInOrderAndTheRequesterNeverApproves) {
  std::string code = revealed();
  Json req = ask(replace(code));
  // The approver cannot sign first: the 科室负责人 endorses before the 分管领导.
  EXPECT_EQ(refused([&] { sign(req, "leader"); }).code(), "role_missing");
  sign(req, "both");
  EXPECT_EQ(refused([&] { sign(req, "both"); }).code(), "same_signer");
  EXPECT_EQ(refused([&] { sign(req, "kezhang"); }).code(), "role_missing");  // no approver role
  EXPECT_EQ(record(code)["changes"].size(), 0u);

  // An operator who is also an approver cannot approve what they asked for.
  Json a = current(code)[1];
  Json own = ask({code, "opboss", "replace_inspector", a["unit"], a["team"][1], "", "学习", {{"x.pdf", "%PDF-1.7"}}});
  sign(own, "kezhang");
  EXPECT_EQ(refused([&] { sign(own, "opboss"); }).code(), "same_signer");
  sign(own, "leader");
  sign(req, "leader");
  EXPECT_EQ(record(code)["changes"].size(), 2u);
  EXPECT_EQ(refused([&] { sign(req, "leader"); }).code(), "change_request_decided");
}

TEST_P(DrawChange, ARejectionNeedsANoteAndChangesNothing) {
  std::string code = revealed();
  std::string before = db->draws().find(code)->record_json;
  Json req = ask(replace(code));
  EXPECT_EQ(refused([&] { sign(req, "kezhang", false); }).code(), "note_required");
  EXPECT_EQ(sign(req, "kezhang", false, "请假条未签字")["status"], "rejected");
  EXPECT_EQ(refused([&] { sign(req, "leader"); }).code(), "change_request_decided");
  EXPECT_EQ(db->draws().find(code)->record_json, before);
  // A rejected request no longer blocks a new one for the unit; a pending one does.
  Json again = ask(replace(code));
  EXPECT_EQ(refused([&] { ask(replace(code)); }).code(), "change_pending");
  EXPECT_EQ(again["status"], "pending");
}

TEST_P(DrawChange, OnlyARevealedDrawChangesAndOnlyWithinTheJurisdiction) {
  Json p = prepare();
  announce(p);
  auto in = service::ChangeRequestInput{p["draw_code"], "operator", "replace_inspector", "x", "y", "", "休假",
                                        {{"a.png", kPng}}};
  EXPECT_EQ(refused([&] { ask(in); }).code(), "draw_not_revealed");
  witness(p);
  reveal(p);
  in = replace(p["draw_code"]);
  in.actor = "kc_operator";  // a county operator, on the city's draw
  EXPECT_EQ(refused([&] { ask(in); }).code(), "outside_jurisdiction");
  in.actor = "operator";
  in.inspector = "ZF-nobody";
  EXPECT_EQ(refused([&] { ask(in); }).code(), "inspector_not_on_team");
  in = replace(p["draw_code"]);
  in.unit = "not-drawn";
  EXPECT_EQ(refused([&] { ask(in); }).code(), "unit_not_drawn");
}

TEST_P(DrawChange, ZhangdianForbidsSubstitutingADrawnUnit) {
  // 济南 (370100) under Zhangdian's rules: its window is the 30th of the month before.
  apply("370100", "zibo-zhangdian", 2027);
  for (int k = 0; k < 6; ++k) add(UnitLevel::kCounty, false, ProductionStatus::kProducing, {}, "370102");
  for (int k = 0; k < 4; ++k) {  // Zhangdian draws those who hold both certificates (002:L11)
    Inspector i;
    i.code = "JN" + std::to_string(k);
    i.name = "济南执法员" + std::to_string(k);
    i.certificates = {{CertificateKind::kLawEnforcement, "鲁行执" + i.code, "2028-12-31"},
                      {CertificateKind::kEnvSupervision, "鲁环监" + i.code, "2028-12-31"}};
    db->inspectors().upsert_all(other_id, {i}, "test");
  }
  users({"jn_operator", other_id, {Role::kOperator}});
  const std::string day = "2026-12-30";
  Json p = service::prepare_draw(*db, {"370100", "2027Q1", {"key", "general"}, day, "jn_operator"});  // special: size left open
  service::announce_draw(*db, {p["draw_code"], "jn_operator", day, ""});
  service::witness_draw(*db, {p["draw_code"], "jn_operator", "群众代表", "张三", "1234"});
  service::reveal_draw(*db, {p["draw_code"], "jn_operator"});
  Json a = current(p["draw_code"])[0];
  Error e = refused([&] {
    ask({p["draw_code"], "jn_operator", "substitute_unit", a["unit"], "", "", "关闭", {{"x.pdf", "%PDF-1.4"}}});
  });
  EXPECT_EQ(e.code(), "substitution_forbidden");
  EXPECT_NE(e.zh().find("不得变更"), std::string::npos) << e.zh();
  EXPECT_EQ(count("change_request"), 0);
}

SUIJI_IMPORT_BOTH_ENGINES(DrawChange);

}  // namespace
}  // namespace suiji::testing
