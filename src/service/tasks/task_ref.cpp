#include "service/tasks/task_ref.h"

#include "domain/error.h"
#include "policy/calendar.h"
#include "service/plans/plan_args.h"
#include "service/refs.h"
#include "store/store.h"

namespace suiji::service {

store::TaskRow task_arg(store::Store& db, const std::string& ref, const char* field) {
  std::optional<store::TaskRow> row;
  if (auto id = number_ref(ref)) row = db.tasks().get(*id);
  if (!row)
    throw Error(ErrorKind::kNotFound, "task_not_found", "没有检查任务「" + ref + "」", "no task \"" + ref + "\"",
                Json{{"field", field}});
  return *row;
}

Agency task_agency(store::Store& db, const store::TaskRow& task) {
  return agency_arg(db, "#" + std::to_string(task.agency_id));
}

bool periods_overlap(const std::string& a, const std::string& b) {
  auto pa = policy::parse_period(a), pb = policy::parse_period(b);
  if (!pa || !pb || pa->year != pb->year) return false;
  return pa->is_year() || pb->is_year() || pa->quarter == pb->quarter;
}

}  // namespace suiji::service
