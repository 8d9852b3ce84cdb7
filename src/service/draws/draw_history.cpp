#include "service/draws/draw_history.h"

#include "domain/task_status.h"
#include "store/store.h"

namespace suiji::service {

DrawHistory history_of(store::Store& db, int64_t agency_id, const policy::Period& period) {
  DrawHistory h;
  for (const auto& t : db.tasks().of_year(period.year)) {
    auto status = from_label<TaskStatus>(t.status);
    // A substituted unit was not inspected and its replacement's task counts instead; a
    // voided draw's tasks never happened.
    if (status == TaskStatus::kSubstituted || status == TaskStatus::kVoided) continue;
    auto on = policy::parse_date(t.due);
    // A merged task is visited by the task it merged into: one inspection (003:L27).
    if (status != TaskStatus::kMerged) h.inspections.push_back({t.unit_id, t.kind, on.value_or(period.first_day())});
    if (t.agency_id != agency_id || t.stratum.empty() || period.is_year()) continue;
    auto p = policy::parse_period(t.period);
    if (p && !p->is_year() && p->quarter < period.quarter) ++h.drawn_before[t.stratum];
  }
  return h;
}

}  // namespace suiji::service
