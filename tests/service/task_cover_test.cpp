// Inspections that were not drawn and "covered by another inspection" (issue 13 §3–4,
// 001:L51), both engines: a 信访 inspection of a drawn unit, once its record passed, covers
// the drawn task with an approver's approval; it never counts toward the ratio or caps
// (only counted_types do); every wrong pairing and the requester approving are refused.
#include "draw_cycle_fixture.h"
#include "service/draws/draw_history.h"
#include "service/records/record_entry.h"
#include "service/records/record_review.h"
#include "service/tasks/task_adhoc.h"
#include "service/tasks/task_cover.h"

namespace suiji::testing {
namespace {

class TaskCover : public DrawCycle {
 protected:
  void SetUp() override {
    DrawCycle::SetUp();
    user("insp", city_id, Role::kInspector);
    user("rev", city_id, Role::kReviewer);
    user("op_approver", city_id, {Role::kOperator, Role::kApprover});
  }
  store::TaskRow drawn() { return revealed_tasks().front(); }
  std::string code(int64_t unit) { return db->units().get(unit)->draw_id_code; }
  int64_t add(int64_t unit, const std::string& kind = "信访", const std::string& period = "2027Q1") {
    return service::add_inspection_task(*db, {"330800", code(unit), kind, period, "", "", "operator"})["task"];
  }
  void inspect(int64_t task) {
    Json r = {{"fields", {{"facility_construction", "正常"}, {"facility_operation", "正常"}, {"inspected_at", "2027-01-05"}}},
              {"result", "未发现问题"}};
    Json e = service::enter_record(*db, {std::to_string(task), "insp", r, {}, true, "2027-01-06"});
    service::review_record(*db, {std::to_string(e["record"].get<int64_t>()), "rev", true, ""});
  }
  Json cover(int64_t a, int64_t b, const std::string& as = "operator") {
    return service::request_cover(*db, {std::to_string(a), std::to_string(b), "信访检查已查同一事项", as});
  }
};

TEST_P(TaskCover, APetitionInspectionCoversTheDrawnTaskOnceApproved) {
  store::TaskRow t = drawn();
  int64_t p = add(t.unit_id);
  EXPECT_EQ(db->tasks().get(p)->kind, "petition");
  // Not counted: the unit has one counted inspection (the drawn one) in the year.
  int counted = 0;
  for (const auto& i : service::history_of(*db, city_id, {2027, 2}).inspections)
    counted += i.unit_id == t.unit_id && (i.type == "routine" || i.type == "joint");
  EXPECT_EQ(counted, 1);

  EXPECT_EQ(refused([&] { cover(t.id, p); }).code(), "cover_not_inspected");
  inspect(p);
  Json req = cover(t.id, p);
  EXPECT_EQ(req["status"], "pending");
  EXPECT_EQ(refused([&] { cover(t.id, p); }).code(), "cover_pending");
  std::string n = std::to_string(req["request"].get<int64_t>());
  EXPECT_EQ(refused([&] { service::decide_cover(*db, {n, "rev", true, ""}); }).code(), "role_missing");
  EXPECT_EQ(refused([&] { service::decide_cover(*db, {n, "leader", false, ""}); }).code(), "note_required");
  Json ok = service::decide_cover(*db, {n, "leader", true, ""});
  EXPECT_EQ(ok["task_status"], "covered");
  auto got = db->tasks().get(t.id);
  EXPECT_EQ(got->status, "covered");
  EXPECT_EQ(got->covered_by, p);
  EXPECT_EQ(refused([&] { service::decide_cover(*db, {n, "leader", true, ""}); }).code(), "change_request_decided");
}

TEST_P(TaskCover, WrongPairingsAndSelfApprovalAreRefused) {
  store::TaskRow t = drawn();
  int64_t other = add(t.unit_id == county_plain_ ? county_special_ : county_plain_);
  int64_t later = add(t.unit_id, "专项", "2027Q2");
  int64_t same = add(t.unit_id, "有针对性");
  inspect(other);
  inspect(later);
  inspect(same);
  EXPECT_EQ(refused([&] { cover(t.id, other); }).code(), "tasks_not_same_unit");
  EXPECT_EQ(refused([&] { cover(t.id, later); }).code(), "periods_differ");
  int64_t open_petition = add(t.unit_id);  // open, but not drawn: nothing to cover
  EXPECT_EQ(refused([&] { cover(open_petition, same); }).code(), "task_not_drawn");
  EXPECT_EQ(refused([&] { cover(t.id, same, "kc_operator"); }).code(), "outside_jurisdiction");
  Json req = cover(t.id, same, "op_approver");
  std::string n = std::to_string(req["request"].get<int64_t>());
  EXPECT_EQ(refused([&] { service::decide_cover(*db, {n, "op_approver", true, ""}); }).code(), "same_signer");
  EXPECT_EQ(service::decide_cover(*db, {n, "leader", false, "信访检查内容不同"})["status"], "rejected");
  EXPECT_EQ(db->tasks().get(t.id)->status, "open");
}

TEST_P(TaskCover, OnlyUndrawnKindsAreAddedByHand) {
  store::TaskRow t = drawn();
  EXPECT_EQ(refused([&] { add(t.unit_id, "日常随机"); }).code(), "kind_drawn");
  EXPECT_EQ(refused([&] { add(t.unit_id, "巡查"); }).code(), "kind_invalid");
  EXPECT_EQ(refused([&] {
              service::add_inspection_task(*db, {"330800", "NOSUCHUNIT", "专项", "2027Q1", "", "", "operator"});
            }).code(),
            "unit_not_found");
  EXPECT_EQ(refused([&] {
              service::add_inspection_task(*db, {"330800", code(t.unit_id), "专项", "2027Q1", "NOBODY", "", "operator"});
            }).code(),
            "inspector_unknown");
  Json a = service::add_inspection_task(*db, {"330800", code(t.unit_id), "special_campaign", "2027Q1", "", "", "operator"});
  EXPECT_EQ(a["kind_label"], "专项");
  EXPECT_EQ(a["due"], "2027-03-31");
}

SUIJI_IMPORT_BOTH_ENGINES(TaskCover);

}  // namespace
}  // namespace suiji::testing
