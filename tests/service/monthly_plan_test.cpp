// Monthly plans (月检查计划, 002:L16–18), both engines: a quarter's drawn tasks are put into
// its months; a month outside the period, a closed task and a county user on the city's
// tasks are refused; a month that ended with tasks still open shows them overdue.
#include "draw_cycle_fixture.h"
#include "service/tasks/monthly_plan.h"

namespace suiji::testing {
namespace {

class MonthlyPlan : public DrawCycle {
 protected:
  std::vector<store::TaskRow> drawn() { return revealed_tasks(); }
  Json plan(const std::string& month, const std::string& today) {
    return service::monthly_plan(*db, {"330800", month, "operator", today});
  }
};

TEST_P(MonthlyPlan, TasksPlannedInAMonthAndOverdueOnceItEnds) {
  auto tasks = drawn();
  ASSERT_GE(tasks.size(), 2u);
  std::string a = std::to_string(tasks[0].id), b = std::to_string(tasks[1].id);
  Json s = service::schedule_tasks(*db, {a + "," + b, "2027-02", "operator"});
  EXPECT_EQ(s["tasks"].size(), 2u);
  Json feb = plan("2027-02", "2027-02-20");
  EXPECT_EQ(feb["planned"], 2);
  EXPECT_EQ(feb["overdue"], 0);
  EXPECT_EQ(feb["unscheduled"], static_cast<int>(tasks.size()) - 2);
  int listed = 0;
  for (const auto& g : feb["groups"]) listed += g["tasks"].size();
  EXPECT_EQ(listed, 2);
  EXPECT_EQ(plan("2027-02", "2027-03-01")["overdue"], 2);  // 当月检查计划必须当月完成
  EXPECT_EQ(plan("2027-01", "2027-03-01")["planned"], 0);
  // Moved to March: February is empty again.
  service::schedule_tasks(*db, {a, "2027-03", "operator"});
  EXPECT_EQ(plan("2027-02", "2027-02-20")["planned"], 1);
}

TEST_P(MonthlyPlan, WrongMonthClosedTaskAndAnotherCountyAreRefused) {
  auto tasks = drawn();
  std::string a = std::to_string(tasks[0].id);
  EXPECT_EQ(refused([&] { service::schedule_tasks(*db, {a, "2027-04", "operator"}); }).code(), "month_outside_period");
  EXPECT_EQ(refused([&] { service::schedule_tasks(*db, {a, "2027-1", "operator"}); }).code(), "month_invalid");
  EXPECT_EQ(refused([&] { service::schedule_tasks(*db, {a, "2027-01", "kc_operator"}); }).code(), "outside_jurisdiction");
  db->tasks().set_status(tasks[0].id, "open", "closed");
  EXPECT_EQ(refused([&] { service::schedule_tasks(*db, {a, "2027-01", "operator"}); }).code(), "task_not_open");
  EXPECT_EQ(plan("2027-01", "2027-01-10")["planned"], 0);  // nothing written
}

SUIJI_IMPORT_BOTH_ENGINES(MonthlyPlan);

}  // namespace
}  // namespace suiji::testing
