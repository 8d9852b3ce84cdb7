// On-site records, review and follow-up (issue 13 §4), both engines: a drawn task's record
// is entered by an inspector, reviewed by someone else, and passing closes the task; a
// finding opens a rectification that keeps the unit special until a re-inspection closes
// it; bad fields, a closed task, a second record, one's own review and another county are
// refused and change nothing.
#include "draw_cycle_fixture.h"
#include "service/plans/special_carry_over.h"
#include "service/records/record_entry.h"
#include "service/records/record_review.h"
#include "service/records/record_views.h"
#include "service/tasks/task_adhoc.h"

namespace suiji::testing {
namespace {

// A JPEG's first bytes are all the type sniffing needs.
const std::string kJpeg = std::string("\xFF\xD8\xFF\xE0", 4) + "photo";

Json fields(const std::string& day = "2027-01-12") {
  return Json{{"production_status", "正常生产"},
              {"facility_construction", "正常"},
              {"facility_operation", "正常"},
              {"outfall", "已规范化整治"},
              {"discharge_compliance", "达标"},
              {"inspected_at", day + " 09:30"},
              {"problems", ""},
              {"handling", ""},
              {"remarks", ""}};
}
Json clean(const std::string& day = "2027-01-12") { return Json{{"fields", fields(day)}, {"result", "未发现问题"}}; }
Json finding() {
  Json f = fields();
  f["facility_operation"] = "异常";
  f["problems"] = "废气处理设施未运行";
  f["handling"] = "责令改正并罚款";
  f["rectification_deadline"] = "2027-02-15";
  return Json{{"fields", f},
              {"measures", Json::array({{{"kind", "责令改正"}, {"case_no", "衢环责改〔2027〕3号"}},
                                        {{"kind", "罚款"}, {"case_no", "衢环罚〔2027〕7号"}, {"amount", 50000}}})},
              {"result", "发现问题待后续处理"}};
}

class Records : public DrawCycle {
 protected:
  void SetUp() override {
    DrawCycle::SetUp();
    user("insp", city_id, Role::kInspector);
    user("rev", city_id, Role::kReviewer);
    user("insp_rev", city_id, {Role::kInspector, Role::kReviewer});
  }
  store::TaskRow drawn() { return revealed_tasks().front(); }
  Json enter(const store::TaskRow& t, const Json& r, const std::string& as = "insp", bool submit = true,
             std::vector<service::EvidenceFile> photos = {}) {
    return service::enter_record(*db, {std::to_string(t.id), as, r, std::move(photos), submit, "2027-01-13"});
  }
  Json pass(const Json& rec, const std::string& as = "rev") {
    return service::review_record(*db, {std::to_string(rec["record"].get<int64_t>()), as, true, ""});
  }
  std::string special_origin(int64_t unit, const std::string& period = "2027Q2") {
    auto m = service::special_carry_over(*db, *policy::parse_period(period));
    std::string all;
    for (const auto& o : m[unit]) all += o + "；";
    return all;
  }
};

TEST_P(Records, EnteredReviewedAndPassedClosesTheTask) {
  store::TaskRow t = drawn();
  Json r = enter(t, clean(), "insp", true, {{"现场照片.jpg", kJpeg}});
  EXPECT_EQ(r["status"], "submitted");
  EXPECT_EQ(r["entry_due"], "2027-01-21");  // 7 working days after Tue 2027-01-12 (001:L71)
  EXPECT_FALSE(r["late"].get<bool>());
  ASSERT_EQ(r["evidence"].size(), 1u);
  EXPECT_EQ(r["evidence"][0]["mime"], "image/jpeg");
  EXPECT_EQ(db->tasks().get(t.id)->status, "open");

  Json v = pass(r);
  EXPECT_EQ(v["status"], "passed");
  EXPECT_EQ(v["task_status"], "closed");
  EXPECT_EQ(db->tasks().get(t.id)->status, "closed");
  Json shown = service::show_record(*db, std::to_string(r["record"].get<int64_t>()), "operator");
  EXPECT_EQ(shown["reviewed_by"], "rev");
  EXPECT_EQ(shown["result_label"], "未发现问题");
  ASSERT_EQ(shown["history"].size(), 2u);
  EXPECT_EQ(shown["history"][1]["step"], "pass");
  // A closed task takes no second record.
  EXPECT_EQ(refused([&] { enter(t, clean()); }).code(), "task_not_open");
}

TEST_P(Records, BadFieldsAreAllReportedAndNothingIsWritten) {
  store::TaskRow t = drawn();
  Json r = finding();
  r["fields"]["facility_construction"] = "坏了";
  r["fields"]["inspected_at"] = "1月12日";
  r["measures"][1].erase("amount");
  r["result"] = "还行";
  int64_t before = count("inspection_record"), audit = count("audit");
  Error e = refused([&] { enter(t, r); });
  EXPECT_EQ(e.code(), "record_invalid");
  std::vector<std::string> fields;
  for (const auto& d : e.details()) fields.push_back(d["field"]);
  EXPECT_EQ(fields, (std::vector<std::string>{"fields.facility_construction", "fields.inspected_at",
                                              "measures[1].amount", "result"}));
  EXPECT_EQ(count("inspection_record"), before);
  EXPECT_EQ(count("audit"), audit);
  Json future = clean("2027-03-01");
  EXPECT_EQ(refused([&] { enter(t, future); }).code(), "inspected_in_future");
  EXPECT_EQ(refused([&] { enter(t, clean(), "insp", true, {{"notes.txt", "plain text"}}); }).code(), "attachment_type");
}

TEST_P(Records, NobodyReviewsTheirOwnRecordAndReturnsNeedAReason) {
  store::TaskRow t = drawn();
  Json r = enter(t, clean(), "insp_rev");
  std::string id = std::to_string(r["record"].get<int64_t>());
  EXPECT_EQ(refused([&] { pass(r, "insp_rev"); }).code(), "own_record");
  EXPECT_EQ(refused([&] { pass(r, "insp"); }).code(), "role_missing");
  EXPECT_EQ(refused([&] { service::review_record(*db, {id, "rev", false, ""}); }).code(), "reason_required");
  Json back = service::review_record(*db, {id, "rev", false, "检查时间与笔录不符"});
  EXPECT_EQ(back["status"], "returned");
  EXPECT_EQ(refused([&] { pass(r); }).code(), "record_not_submitted");
  // Entered again, the same record goes back for review; then it passes.
  Json again = enter(t, clean(), "insp_rev");
  EXPECT_EQ(again["record"], r["record"]);
  EXPECT_EQ(again["status"], "submitted");
  EXPECT_EQ(refused([&] { enter(t, clean()); }).code(), "record_exists");
  EXPECT_EQ(pass(again)["status"], "passed");
  Json shown = service::show_record(*db, id, "rev");
  std::vector<std::string> steps;
  for (const auto& h : shown["history"]) steps.push_back(h["step"]);
  EXPECT_EQ(steps, (std::vector<std::string>{"submit", "return", "submit", "pass"}));
}

TEST_P(Records, AFindingOpensARectificationUntilTheReInspection) {
  store::TaskRow t = drawn();
  Json v = pass(enter(t, finding()));
  ASSERT_FALSE(v["rectification"].is_null());
  EXPECT_EQ(v["rectification"]["deadline"], "2027-02-15");
  // Penalised and not yet rectified: special next quarter, with the origin.
  EXPECT_NE(special_origin(t.unit_id).find("整改未完成"), std::string::npos);
  Json open = service::list_rectifications(*db, "330800", "operator", "2027-02-16");
  ASSERT_EQ(open["total"], 1);
  EXPECT_TRUE(open["rectifications"][0]["overdue"].get<bool>());

  // The 后督察 re-inspection finds it put right and closes the rectification.
  Json follow = service::add_inspection_task(*db, {"330800", db->units().get(t.unit_id)->draw_id_code, "后督察",
                                                   "2027Q1", "", "", "operator"});
  store::TaskRow f = *db->tasks().get(follow["task"].get<int64_t>());
  Json re = clean("2027-01-13");
  re["result"] = "责令整改已改正";
  Json closed = pass(enter(f, re));
  EXPECT_EQ(closed["closed_rectifications"].size(), 1u);
  EXPECT_EQ(service::list_rectifications(*db, "330800", "operator", "2027-02-16")["total"], 0);
  // The fine keeps it special for the next quarter still (a penalty last quarter) …
  EXPECT_NE(special_origin(t.unit_id).find("处罚"), std::string::npos);
  EXPECT_EQ(special_origin(t.unit_id).find("整改未完成"), std::string::npos);
  // … but not the quarter after.
  EXPECT_EQ(special_origin(t.unit_id, "2027Q3"), "");
}

TEST_P(Records, ACountyUserNeitherEntersNorReadsTheCitysRecords) {
  store::TaskRow t = drawn();
  user("kc_insp", county_id, Role::kInspector);
  EXPECT_EQ(refused([&] { enter(t, clean(), "kc_insp"); }).code(), "outside_jurisdiction");
  Json r = enter(t, clean());
  EXPECT_EQ(refused([&] { service::show_record(*db, std::to_string(r["record"].get<int64_t>()), "kc_operator"); }).code(),
            "outside_jurisdiction");
  EXPECT_EQ(service::list_records(*db, {"330800", "operator", "待审核", ""})["total"], 1);
  EXPECT_EQ(service::list_records(*db, {"330800", "operator", "通过", ""})["total"], 0);
}

TEST_P(Records, ADraftIsKeptUntilSubmitted) {
  store::TaskRow t = drawn();
  Json d = enter(t, clean(), "insp", false);
  EXPECT_EQ(d["status"], "draft");
  EXPECT_EQ(refused([&] { pass(d); }).code(), "record_not_submitted");
  Json s = enter(t, clean());
  EXPECT_EQ(s["record"], d["record"]);
  EXPECT_EQ(s["status"], "submitted");
}

SUIJI_IMPORT_BOTH_ENGINES(Records);

}  // namespace
}  // namespace suiji::testing
