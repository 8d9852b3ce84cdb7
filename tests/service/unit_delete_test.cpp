// Deleting a pollution source (002:L24: quarterly, with site photos kept as evidence,
// approved): the unit stays in the library until the 分管领导 approves; then it is
// soft-deleted with the reason in its history, its photos kept by SHA-256. A unit with an
// open task (a draw took it) cannot leave. Both engines.
#include "domain/attachment_rules.h"
#include "draw/sha256.h"
#include "draw_cycle_fixture.h"
#include "service/library/unit_delete.h"

namespace suiji::testing {
namespace {

const std::string kJpeg = std::string("\xFF\xD8\xFF\xE0", 4) + "现场照片：厂房已拆除";

class UnitDelete : public DrawCycle {
 protected:
  void SetUp() override {
    DrawCycle::SetUp();
    User u;
    u.agency_id = city_id;
    u.login = u.name = "opboss";
    u.roles = {Role::kOperator, Role::kApprover};
    u.password_hash = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$aGFzaA";
    db->users().insert(u);
    user("kezhang", city_id, Role::kTeamLead);
  }
  Unit unit(int64_t id) { return *db->units().get(id); }
  Json ask(int64_t id, std::vector<service::EvidenceFile> files = {{"现场/照片.jpg", kJpeg}},
           const std::string& as = "operator", const std::string& reason = "企业已注销") {
    return service::request_unit_delete(*db, {unit(id).draw_id_code, reason, as, std::move(files)});
  }
  Json decide(const Json& req, const std::string& as, bool approve = true, const std::string& note = "") {
    return service::decide_unit_delete(*db, {std::to_string(req["request"].get<int64_t>()), as, approve, note});
  }
  static std::string this_quarter() {
    std::string now = store::Store::now();
    return now.substr(0, 4) + "Q" + std::to_string((std::stoi(now.substr(5, 2)) - 1) / 3 + 1);
  }
};

TEST_P(UnitDelete, TheUnitLeavesOnlyWhenTheApproverSignsAndKeepsItsHistory) {
  Json req = ask(county_plain_);
  EXPECT_EQ(req["status"], "pending");
  EXPECT_EQ(req["quarter"], this_quarter());
  ASSERT_EQ(req["evidence"].size(), 1u);
  EXPECT_EQ(req["evidence"][0]["filename"], "照片.jpg");
  EXPECT_EQ(req["evidence"][0]["sha256"], draw::sha256_hex(kJpeg));
  auto files = db->attachments().of("change_request", req["request"].get<int64_t>());
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(*db->attachments().content(files[0].id), kJpeg);
  EXPECT_TRUE(unit(county_plain_).deleted_at.empty());

  Json done = decide(req, "leader");
  EXPECT_EQ(done["status"], "approved");
  EXPECT_EQ(done["result"]["deleted"]["id"], county_plain_);
  EXPECT_FALSE(unit(county_plain_).deleted_at.empty());
  auto history = db->units().history(county_plain_);
  EXPECT_EQ(history.back().diff["delete_reason"]["to"], "企业已注销");
  EXPECT_EQ(history.back().changed_by, "leader");
  // The quarter's summary lists it; another quarter's does not.
  EXPECT_EQ(service::list_unit_deletions(*db, "330800", this_quarter(), "jijian")["requests"].size(), 1u);
  EXPECT_EQ(service::list_unit_deletions(*db, "330800", "2020Q1", "jijian")["requests"].size(), 0u);
  EXPECT_EQ(refused([&] { ask(county_plain_); }).code(), "unit_not_found");
  EXPECT_EQ(refused([&] { decide(req, "leader"); }).code(), "change_request_decided");
}

TEST_P(UnitDelete, EvidenceIsAPhotoOrScanAndAReasonIsGiven) {
  EXPECT_EQ(refused([&] { ask(county_plain_, {}); }).code(), "evidence_missing");
  EXPECT_EQ(refused([&] { ask(county_plain_, {{"说明.txt", "只是文字"}}); }).code(), "attachment_type");
  EXPECT_EQ(refused([&] { ask(county_plain_, {{"大.jpg", kJpeg + std::string(kMaxAttachmentBytes, 'x')}}); }).kind(),
            ErrorKind::kTooLarge);
  EXPECT_EQ(refused([&] { ask(county_plain_, {{"照片.jpg", kJpeg}}, "operator", ""); }).code(), "reason_required");
  EXPECT_EQ(refused([&] { service::request_unit_delete(*db, {"NO-SUCH-UNIT", "注销", "operator", {{"a.jpg", kJpeg}}}); })
                .code(),
            "unit_not_found");
  EXPECT_EQ(refused([&] { ask(county_plain_, {{"照片.jpg", kJpeg}}, "kc_operator"); }).code(), "outside_jurisdiction");
  EXPECT_EQ(refused([&] { ask(county_plain_, {{"照片.jpg", kJpeg}}, "kezhang"); }).code(), "role_missing");
  EXPECT_EQ(count("change_request"), 0);
  EXPECT_EQ(count("attachment"), 0);
}

TEST_P(UnitDelete, OnlyAnotherPersonWhoIsAnApproverDecides) {
  Json req = ask(county_plain_, {{"照片.png", std::string("\x89PNG\r\n\x1A\n", 8) + "x"}}, "opboss");
  EXPECT_EQ(refused([&] { ask(county_plain_); }).code(), "change_pending");
  EXPECT_EQ(refused([&] { decide(req, "opboss"); }).code(), "same_signer");
  EXPECT_EQ(refused([&] { decide(req, "kezhang"); }).code(), "role_missing");
  EXPECT_EQ(refused([&] { decide(req, "operator"); }).code(), "role_missing");
  EXPECT_EQ(refused([&] { decide(req, "leader", false); }).code(), "note_required");
  EXPECT_EQ(decide(req, "leader", false, "照片不能证明已关闭")["status"], "rejected");
  EXPECT_TRUE(unit(county_plain_).deleted_at.empty());
}

TEST_P(UnitDelete, AUnitWithAnOpenTaskStays) {
  Json req = ask(county_plain_);
  // A task opened meanwhile (a draw took the unit): the approval is refused.
  store::TaskRow t;
  t.agency_id = city_id;
  t.unit_id = county_plain_;
  t.period = "2027Q1";
  t.due = "2027-03-31";
  std::vector<store::TaskRow> rows{t};
  db->tasks().insert_all(rows);
  const int64_t plain_task = rows[0].id;
  EXPECT_EQ(refused([&] { decide(req, "leader"); }).code(), "unit_has_open_task");
  EXPECT_TRUE(unit(county_plain_).deleted_at.empty());
  EXPECT_EQ(db->change_requests().get(req["request"].get<int64_t>())->status, "pending");
  // A unit with an open task cannot even be asked for.
  rows[0].unit_id = county_special_;
  db->tasks().insert_all(rows);
  EXPECT_EQ(refused([&] { ask(county_special_); }).code(), "unit_has_open_task");
  // Once the task is done, the approval goes through.
  db->tasks().set_status(plain_task, "open", "closed");
  EXPECT_EQ(decide(req, "leader")["status"], "approved");
}

SUIJI_IMPORT_BOTH_ENGINES(UnitDelete);

}  // namespace
}  // namespace suiji::testing
