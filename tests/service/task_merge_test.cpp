// Several inspections of one unit in a period as one visit (003:L27): a drawn task and a
// 专项 task of the same unit merge; the merged one then counts once toward the unit's
// yearly cap (001:L51 ≤ 2 a year). Wrong unit, other period, closed task and a county
// operator on the city's task are refused. Both engines.
#include "draw_cycle_fixture.h"
#include "service/draws/draw_history.h"
#include "service/tasks/task_merge.h"

namespace suiji::testing {
namespace {

class TaskMerge : public DrawCycle {
 protected:
  // The first task of a revealed 2027Q1 draw.
  store::TaskRow drawn() {
    Json p = prepare();
    announce(p);
    witness(p);
    reveal(p);
    return db->tasks().of_draw(db->draws().find(p["draw_code"].get<std::string>())->id).front();
  }
  // A 专项 (not drawn) task of `unit` at the county.
  store::TaskRow campaign(int64_t unit, const std::string& period = "2027Q1") {
    store::TaskRow t;
    t.agency_id = county_id;
    t.unit_id = unit;
    t.period = period;
    t.kind = "special_campaign";
    t.due = "2027-03-31";
    std::vector<store::TaskRow> rows{t};
    db->tasks().insert_all(rows);
    return rows[0];
  }
  Json merge(int64_t a, int64_t b, const std::string& as = "operator") {
    return service::merge_tasks(*db, {std::to_string(a), std::to_string(b), as});
  }
  int inspections_of(int64_t unit) {
    int n = 0;
    for (const auto& i : service::history_of(*db, city_id, {2027, 2}).inspections) n += i.unit_id == unit;
    return n;
  }
};

TEST_P(TaskMerge, TwoInspectionsOfOneUnitBecomeOneVisit) {
  store::TaskRow t = drawn();
  store::TaskRow c = campaign(t.unit_id);
  EXPECT_EQ(inspections_of(t.unit_id), 2);
  Json m = merge(c.id, t.id);
  EXPECT_EQ(m["status"], "merged");
  auto got = db->tasks().get(c.id);
  EXPECT_EQ(got->status, "merged");
  EXPECT_EQ(got->covered_by, t.id);
  EXPECT_EQ(db->tasks().get(t.id)->status, "open");
  EXPECT_EQ(inspections_of(t.unit_id), 1);
  // Merged once is merged: neither can merge again.
  EXPECT_EQ(refused([&] { merge(c.id, t.id); }).code(), "task_not_open");
  EXPECT_EQ(refused([&] { merge(t.id, c.id); }).code(), "task_not_open");
}

TEST_P(TaskMerge, OnlyTheSameUnitInOverlappingPeriodsByAnOperatorOfBoth) {
  store::TaskRow t = drawn();
  store::TaskRow other = campaign(county_plain_ == t.unit_id ? county_special_ : county_plain_);
  EXPECT_EQ(refused([&] { merge(other.id, t.id); }).code(), "tasks_not_same_unit");
  store::TaskRow later = campaign(t.unit_id, "2027Q2");
  EXPECT_EQ(refused([&] { merge(later.id, t.id); }).code(), "periods_differ");
  store::TaskRow year = campaign(t.unit_id, "2027");  // a year's task and one of its quarters overlap
  EXPECT_EQ(refused([&] { merge(year.id, t.id, "kc_operator"); }).code(), "outside_jurisdiction");
  EXPECT_EQ(refused([&] { merge(t.id, t.id); }).code(), "task_same");
  EXPECT_EQ(refused([&] { merge(999999, t.id); }).code(), "task_not_found");
  EXPECT_EQ(merge(year.id, t.id)["into"], t.id);
}

SUIJI_IMPORT_BOTH_ENGINES(TaskMerge);

}  // namespace
}  // namespace suiji::testing
