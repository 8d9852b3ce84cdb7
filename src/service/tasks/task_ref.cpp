#include "service/tasks/task_ref.h"

#include <charconv>

#include "domain/error.h"
#include "policy/calendar.h"
#include "service/plans/plan_args.h"
#include "store/store.h"

namespace suiji::service {

store::TaskRow task_arg(store::Store& db, const std::string& ref, const char* field) {
  std::string_view t = ref;
  if (t.starts_with("#")) t.remove_prefix(1);
  int64_t id = 0;
  auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), id);
  std::optional<store::TaskRow> row;
  if (ec == std::errc() && end == t.data() + t.size()) row = db.tasks().get(id);
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
