// The draw life cycle as services (issue 13 §2): prepare → announce → witness → reveal →
// record → publish on the plan fixture's 柯城 jurisdiction under Quzhou's city policy
// (纪检监察 must witness, 001:L67; the draw window is the five working days before the
// quarter, 001:L59), on both engines.
#include "draw/record.h"
#include "draw/sha256.h"
#include "draw/verify.h"
#include "draw_cycle_fixture.h"
#include "service/audit/audit_trail.h"

namespace suiji::testing {
namespace {

TEST_P(DrawCycle, ACycleDrawsTheEligibleUnitsAndItsRecordVerifies) {
  Json p = prepare();
  EXPECT_EQ(p["draw_code"], "330800-2027Q1-1");
  EXPECT_EQ(p["status"], "prepared");
  // The stopped 国控 unit is not eligible, and the prepared draw says so.
  const Json& key = stratum(p, "key");
  ASSERT_FALSE(key["exclusions"].empty());
  EXPECT_EQ(key["exclusions"][0]["reason"], "stopped");
  EXPECT_EQ(key["exclusions"][0]["units"][0]["id"], stopped_);
  EXPECT_EQ(key["k"], 1);  // 5 % of the 5 key units of the city (国控+省控), rounded up
  // The city's pool: its 6 on-post inspectors (the one off post is out, with the reason).
  EXPECT_EQ(p["pool"]["members"], 6);
  ASSERT_EQ(p["pool"]["excluded"].size(), 1u);
  EXPECT_EQ(p["pool"]["excluded"][0]["reason"], "not_on_post");

  Json a = announce(p);
  EXPECT_EQ(a["status"], "announced");
  EXPECT_EQ(a["commitment"].get<std::string>().size(), 64u);
  Json w = witness(p);
  EXPECT_EQ(w["witnesses"][0]["input"], "482771");  // spaces removed
  EXPECT_TRUE(w["missing_roles"].empty());
  Json r = reveal(p);
  EXPECT_EQ(r["status"], "revealed");

  // One task per drawn unit, with its team (lead first) and the quarter's last working day.
  auto row = db->draws().find("330800-2027Q1-1");
  auto tasks = db->tasks().of_draw(row->id);
  ASSERT_EQ(tasks.size(), r["tasks"].size());
  ASSERT_FALSE(tasks.empty());
  EXPECT_EQ(tasks[0].due, "2027-03-31");
  EXPECT_EQ(tasks[0].status, "open");
  EXPECT_EQ(Json::parse(tasks[0].team_json).size(), 2u);

  // The stored record is a valid sj-draw/1 record: it verifies, its nonce matches the
  // commitment, and it carries the exclusions with their reasons.
  std::string record = service::draw_record(*db, "330800-2027Q1-1", "jijian");
  auto parsed = draw::ParsedRecord::parse(record);
  EXPECT_TRUE(draw::verify(parsed).ok) << draw::verify(parsed).discrepancy;
  EXPECT_EQ(draw::sha256_hex(parsed.input.nonce), a["commitment"]);
  Json rec = Json::parse(record);
  EXPECT_EQ(rec["strata"][0]["exclusions"][0]["reason"], "stopped");
  EXPECT_EQ(rec["inspector_exclusions"][0]["reason"], "not_on_post");
  EXPECT_FALSE(rec["inspector_exclusions"][0].contains("name"));  // no names in a published record
  EXPECT_EQ(rec["witnesses"][0]["name"], "吴丽华");

  // Every step is in the audit chain, which verifies.
  std::vector<std::string> actions;
  db->audit_log().for_each([&](const AuditEntry& e) { actions.push_back(e.action); });
  for (const char* step : {"draw.prepare", "draw.announce", "draw.witness", "draw.reveal"})
    EXPECT_NE(std::find(actions.begin(), actions.end(), step), actions.end()) << step;
  EXPECT_TRUE(service::verify_audit(*db).ok);
}

TEST_P(DrawCycle, TheNonceStaysSecretUntilReveal) {
  Json p = prepare();
  Json a = announce(p);
  std::string everything = p.dump() + a.dump();
  db->audit_log().for_each([&](const AuditEntry& e) { everything += e.before.dump() + e.after.dump(); });
  auto row = db->draws().find(p["draw_code"].get<std::string>());
  everything += row->input_json + row->witnesses_json + row->record_json;
  std::string nonce;
  db->sql() << "SELECT nonce FROM draw_secret WHERE draw_id = :id", soci::into(nonce), soci::use(row->id);
  ASSERT_EQ(nonce.size(), 64u);
  EXPECT_EQ(draw::sha256_hex(nonce), a["commitment"]);
  EXPECT_EQ(everything.find(nonce), std::string::npos);
  // And the record is not readable before reveal, nor by anyone outside before publication.
  EXPECT_EQ(refused([&] { service::draw_record(*db, p["draw_code"], "operator"); }).code(), "draw_not_revealed");
  witness(p);
  reveal(p);
  EXPECT_EQ(refused([&] { service::draw_record(*db, p["draw_code"], ""); }).code(), "record_embargoed");
  EXPECT_EQ(refused([&] { service::draw_record(*db, p["draw_code"], "kc_operator"); }).code(), "outside_jurisdiction");
}

TEST_P(DrawCycle, RevealIsRefusedUntilTheRequiredWitnessesHaveEntered) {
  Json p = prepare();
  announce(p);
  Error none = refused([&] { reveal(p); });
  EXPECT_EQ(none.code(), "witnesses_missing");
  EXPECT_EQ(none.kind(), ErrorKind::kBadInput);
  EXPECT_NE(std::string(none.what()).find("纪检监察"), std::string::npos) << none.what();
  // A media representative alone is not enough under Quzhou's rule.
  Json w = witness(p, "媒体代表", "operator");
  EXPECT_EQ(w["missing_roles"], Json::array({"纪检监察"}));
  Error still = refused([&] { reveal(p); });
  EXPECT_EQ(still.code(), "witnesses_missing");
  EXPECT_EQ(still.details()["missing_roles"], Json::array({"纪检监察"}));
  EXPECT_EQ(status(p), "announced");
  EXPECT_EQ(count("task"), 0);
  witness(p);
  reveal(p);
  EXPECT_EQ(status(p), "revealed");
  // Never recomputed: a second reveal is refused and the tasks stay as they were.
  int64_t tasks = count("task");
  EXPECT_EQ(refused([&] { reveal(p); }).code(), "draw_already_revealed");
  EXPECT_EQ(count("task"), tasks);
}

TEST_P(DrawCycle, EachStepChecksWhoActs) {
  EXPECT_EQ(refused([&] { prepare(kDay, "kc_operator"); }).code(), "outside_jurisdiction");
  EXPECT_EQ(refused([&] { prepare(kDay, "leader"); }).code(), "role_missing");
  EXPECT_EQ(refused([&] { prepare(kDay, "nobody"); }).code(), "user_unknown");
  EXPECT_EQ(count("draw"), 0);
  Json p = prepare();
  EXPECT_EQ(refused([&] { service::announce_draw(*db, {p["draw_code"], "jijian", kDay, ""}); }).code(), "role_missing");
  announce(p);
  EXPECT_EQ(refused([&] { witness(p, "纪检监察", "kc_operator"); }).code(), "outside_jurisdiction");
  EXPECT_EQ(refused([&] { witness(p, "纪检监察", "leader"); }).code(), "role_missing");
  witness(p);
  EXPECT_EQ(refused([&] { reveal(p, "jijian"); }).code(), "role_missing");
  reveal(p);
  EXPECT_EQ(refused([&] { service::publish_draw(*db, {p["draw_code"], "operator", "2027-04-30"}); }).code(),
            "role_missing");
}

TEST_P(DrawCycle, OutsideTheWindowAnnounceNeedsARecordedReason) {
  Json p = prepare("2027-01-11");
  Error e = refused([&] { announce(p, "2027-01-11"); });
  EXPECT_EQ(e.code(), "outside_window");
  EXPECT_NE(std::string(e.what()).find("2026-12-31"), std::string::npos) << e.what();
  EXPECT_EQ(status(p), "prepared");
  Json a = announce(p, "2027-01-11", "系统故障，经局长同意延期抽取");
  EXPECT_EQ(a["override_reason"], "系统故障，经局长同意延期抽取");
  EXPECT_EQ(db->draws().find(p["draw_code"].get<std::string>())->override_reason, "系统故障，经局长同意延期抽取");
  bool audited = false;
  db->audit_log().for_each([&](const AuditEntry& x) {
    audited = audited || (x.action == "draw.announce" && x.after.value("override_reason", "") == "系统故障，经局长同意延期抽取");
  });
  EXPECT_TRUE(audited);
}

TEST_P(DrawCycle, AnnounceOnAnotherDayThanTheListsWereTakenIsStale) {
  Json p = prepare("2026-12-28");
  EXPECT_EQ(refused([&] { announce(p, "2026-12-29"); }).code(), "draw_stale");
  EXPECT_EQ(status(p), "prepared");
  EXPECT_EQ(count("draw_secret"), 0);
}

TEST_P(DrawCycle, AnAbsentOrUncertifiedInspectorIsOutOfThePool) {
  store::InspectorFilter f;
  f.agency_id = city_id;
  auto staff = db->inspectors().list(f).items;
  // One on leave over the announce date, one whose only certificate lapsed the day before.
  db->inspectors().add_absence({0, staff[0].id, AbsenceKind::kLeave, "2026-12-27", "2027-01-03", ""});
  Inspector lapsed = staff[1];
  lapsed.certificates[0].expires_on = "2026-12-27";
  db->inspectors().upsert_all(city_id, {lapsed}, "test");
  Json p = prepare();
  EXPECT_EQ(p["pool"]["members"], 4);
  std::map<std::string, std::string> why;
  for (const auto& x : p["pool"]["excluded"]) why[x["id"]] = x["reason"];
  EXPECT_EQ(why[staff[0].code], "absent");
  EXPECT_EQ(why[staff[1].code], "no_valid_certificate");
}

TEST_P(DrawCycle, PublicationWaitsForTheEmbargoAndAnApprover) {
  Json p = prepare();
  announce(p);
  witness(p);
  reveal(p);
  Error e = refused([&] { service::publish_draw(*db, {p["draw_code"], "leader", "2027-04-30"}); });
  EXPECT_EQ(e.code(), "embargo_not_over");  // Quzhou: once every task is closed
  EXPECT_EQ(status(p), "revealed");
  db->sql() << "UPDATE task SET status = 'closed'";  // until records exist (issue 13 §4)
  Json out = service::publish_draw(*db, {p["draw_code"], "leader", "2027-04-30"});
  EXPECT_EQ(out["status"], "published");
  EXPECT_EQ(out["published_by"], "leader（leader）");
  // Public now: anyone may read the record.
  EXPECT_FALSE(service::draw_record(*db, p["draw_code"], "").empty());
  EXPECT_EQ(refused([&] { service::publish_draw(*db, {p["draw_code"], "leader", "2027-04-30"}); }).code(),
            "draw_not_revealed");
}

TEST_P(DrawCycle, CapsAreCountedFromTheYearsTasksOfEveryLevel) {
  Json p1 = prepare();
  announce(p1);
  witness(p1);
  Json r1 = reveal(p1);
  // The county inspected the city's first drawn unit too this year (every level counts,
  // 000:L10): with Quzhou's cap of 2 random inspections a year (001:L51) that unit is out
  // of the next quarter's draw, and the Q2 draw says why.
  // (The key stratum's unit: neither special, which is exempt from the cap, nor seasonal,
  // which Q2 would leave out for its season first.)
  int64_t unit_id = 0;
  for (const auto& t : r1["tasks"])
    if (t["stratum"] == "key") unit_id = db->units().find_live(t["unit"].get<std::string>())->id;
  ASSERT_NE(unit_id, 0) << r1["tasks"].dump();
  std::vector<store::TaskRow> county_task(1);
  county_task[0].agency_id = county_id;
  county_task[0].unit_id = unit_id;
  county_task[0].period = "2027Q1";
  county_task[0].due = "2027-03-31";
  db->tasks().insert_all(county_task);
  Json p2 = service::prepare_draw(*db, {"330800", "2027Q2", {}, "2027-03-29", "operator"});
  EXPECT_EQ(p2["draw_code"], "330800-2027Q2-1");
  std::vector<int64_t> capped;
  for (const auto& s : p2["strata"])
    for (const auto& x : s["exclusions"])
      if (x["reason"] == "capped")
        for (const auto& u : x["units"]) capped.push_back(u["id"]);
  EXPECT_NE(std::find(capped.begin(), capped.end(), unit_id), capped.end()) << p2["strata"].dump();
  // Units drawn once are still in.
  for (const auto& t : r1["tasks"]) {
    int64_t other = db->units().find_live(t["unit"].get<std::string>())->id;
    if (other != unit_id) {
      EXPECT_EQ(std::find(capped.begin(), capped.end(), other), capped.end());
    }
  }
}

SUIJI_IMPORT_BOTH_ENGINES(DrawCycle);

}  // namespace
}  // namespace suiji::testing
