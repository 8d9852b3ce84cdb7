// Monthly plans (月检查计划, 002:L16–18): each 大队 puts the tasks the 派遣单 gave it into the
// months of the quarter, tells each inspector, and does each month's plan within that month.
//   suiji task schedule --tasks 12,13 --month 2027-01 --as TEAM_LEAD
//   suiji task monthly --agency ID --month 2027-01 [--today D] --as LOGIN
//
// Contracts:
// - schedule: a team lead (大队长/科室负责人) or operator of each task's agency or above; each
//   task open (kConflict "task_not_open") and the month inside its period
//   ("month_outside_period"); the month YYYY-MM ("month_invalid"). Rescheduling an open
//   task moves it. One service::write ("task.schedule") for all of them.
// - monthly: the agency's tasks planned in the month, grouped by 大队 (the lead inspector's
//   internal unit; "未分配" when none), each with unit, team, due date and status; a task of
//   a month already over that is still open is "overdue" (当月检查计划必须当月完成); and
//   the count of the period's open tasks not yet in any month. Reads only.
#pragma once
#include <string>

#include "domain/json.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

struct ScheduleRequest {
  std::string tasks;  // numbers, comma-separated
  std::string month, actor;
};
// {"month", "tasks": [ids]}
Json schedule_tasks(store::Store& db, const ScheduleRequest& request);

struct MonthlyPlanQuery {
  std::string agency, month, actor, today;
};
// {"agency", "month", "groups": [{"org_unit", "tasks": [{"task", "unit", "unit_name", "team",
//  "due", "status", "overdue"}]}], "planned", "done", "overdue", "unscheduled"}
Json monthly_plan(store::Store& db, const MonthlyPlanQuery& query);

}  // namespace suiji::service
