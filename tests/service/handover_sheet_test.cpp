// The monthly hand-over of paper records (文书交接单, 002:L27): a sheet lists the month's
// tasks that have an on-site record, ordered by inspection day, with the team's names;
// without records it lists the month's closed tasks. The 接收人 signs once, and is not
// the 交接人. Both engines.
#include "draw_cycle_fixture.h"
#include "service/handover/handover_sheet.h"

namespace suiji::testing {
namespace {

class HandoverSheet : public DrawCycle {
 protected:
  void SetUp() override {
    DrawCycle::SetUp();
    user("zhangsan", city_id, Role::kInspector);
    Json p = prepare();
    announce(p);
    witness(p);
    reveal(p);
    tasks_ = db->tasks().of_draw(db->draws().find(p["draw_code"].get<std::string>())->id);
    ASSERT_GE(tasks_.size(), 3u);
  }
  void record(const store::TaskRow& t, const std::string& inspected_at) {
    store::InspectionRecordRow r;
    r.task_id = t.id;
    r.fields_json = Json{{"inspected_at", inspected_at}, {"production_status", "在产"}}.dump();
    r.status = "submitted";
    r.author = "zhangsan";
    db->inspection_records().insert(r);
  }
  std::string team(const store::TaskRow& t) {
    std::string out;
    for (const auto& id : Json::parse(t.team_json)) out += (out.empty() ? "" : "、") + db->inspectors().get(id.get<int64_t>())->name;
    return out;
  }
  Json create(const std::string& month, const std::string& as = "zhangsan") {
    return service::create_handover(*db, {"330800", month, as});
  }
  std::string name_of(const store::TaskRow& t) { return db->units().get(t.unit_id)->name; }
  std::vector<store::TaskRow> tasks_;
};

TEST_P(HandoverSheet, ListsTheMonthsRecordedTasksByInspectionDay) {
  record(tasks_[0], "2027-01-15 09:30");
  record(tasks_[1], "2027-01-10");
  record(tasks_[1], "2027-01-20");  // a second record of the same task: one line
  record(tasks_[2], "2027-02-03");  // next month's sheet
  Json s = create("2027-01");
  EXPECT_EQ(s["form"], "随机抽查企业现场检查执法文书交接单");
  EXPECT_EQ(s["basis"], "records");
  EXPECT_EQ(s["status"], "handed_over");
  ASSERT_EQ(s["lines"].size(), 2u);
  const Json& first = s["lines"][0];
  EXPECT_EQ(first["序号"], 1);
  EXPECT_EQ(first["task"], tasks_[1].id);
  EXPECT_EQ(first["污染源名称"], name_of(tasks_[1]));
  EXPECT_EQ(first["执法人员名称"], team(tasks_[1]));
  EXPECT_EQ(first["交接人签字"], "zhangsan");
  EXPECT_EQ(first["接收人签字"], "");
  EXPECT_EQ(s["lines"][1]["序号"], 2);
  EXPECT_EQ(s["lines"][1]["task"], tasks_[0].id);
  EXPECT_EQ(s["lines"][1]["inspected_at"], "2027-01-15");

  std::string sheet = std::to_string(s["sheet"].get<int64_t>());
  Json signed_ = service::sign_handover(*db, {sheet, "operator"});
  EXPECT_EQ(signed_["status"], "received");
  EXPECT_EQ(signed_["lines"][0]["接收人签字"], "operator");
  EXPECT_FALSE(signed_["接收时间"].get<std::string>().empty());
  EXPECT_EQ(refused([&] { service::sign_handover(*db, {sheet, "operator"}); }).code(), "handover_signed");
  EXPECT_EQ(service::show_handover(*db, sheet, "jijian")["接收人"], "operator");

  std::string csv = service::handover_csv(signed_);
  EXPECT_NE(csv.find("序号,污染源名称,执法人员名称,交接人签字,交接时间,接收人签字\r\n"), std::string::npos);
  EXPECT_NE(csv.find("1," + name_of(tasks_[1]) + ","), std::string::npos);

  EXPECT_EQ(create("2027-02")["lines"].size(), 1u);
  EXPECT_EQ(refused([&] { create("2027-01"); }).code(), "handover_exists");
}

TEST_P(HandoverSheet, WithoutRecordsTheMonthsClosedTasksAreListed) {
  db->tasks().set_status(tasks_[2].id, "open", "closed");
  std::string month = tasks_[2].due.substr(0, 7);
  Json s = create(month);
  EXPECT_EQ(s["basis"], "closed_tasks");
  ASSERT_EQ(s["lines"].size(), 1u);
  EXPECT_EQ(s["lines"][0]["task"], tasks_[2].id);
  EXPECT_TRUE(s["lines"][0]["record"].is_null());
}

TEST_P(HandoverSheet, RefusesWhatCannotBeHandedOver) {
  EXPECT_EQ(refused([&] { create("2027-13"); }).code(), "month_invalid");
  EXPECT_EQ(refused([&] { create("202701"); }).code(), "month_invalid");
  EXPECT_EQ(refused([&] { create("2027-01"); }).code(), "handover_empty");
  record(tasks_[0], "2027-01-05");
  EXPECT_EQ(refused([&] { create("2027-01", "kc_operator"); }).code(), "outside_jurisdiction");
  EXPECT_EQ(refused([&] { create("2027-01", "leader"); }).code(), "role_missing");
  Json s = create("2027-01", "operator");
  std::string sheet = std::to_string(s["sheet"].get<int64_t>());
  EXPECT_EQ(refused([&] { service::sign_handover(*db, {sheet, "operator"}); }).code(), "same_signer");
  EXPECT_EQ(refused([&] { service::sign_handover(*db, {sheet, "zhangsan"}); }).code(), "role_missing");
  EXPECT_EQ(refused([&] { service::sign_handover(*db, {"99", "operator"}); }).code(), "handover_not_found");
  EXPECT_EQ(db->handover_sheets().get(s["sheet"].get<int64_t>())->status, "handed_over");
}

SUIJI_IMPORT_BOTH_ENGINES(HandoverSheet);

}  // namespace
}  // namespace suiji::testing
