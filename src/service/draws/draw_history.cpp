#include "service/draws/draw_history.h"

#include "store/store.h"

namespace suiji::service {

DrawHistory history_of(store::Store& db, int64_t agency_id, const policy::Period& period) {
  DrawHistory h;
  for (const auto& t : db.tasks().of_year(period.year)) {
    auto on = policy::parse_date(t.due);
    h.inspections.push_back({t.unit_id, t.kind, on.value_or(period.first_day())});
    if (t.agency_id != agency_id || t.stratum.empty() || period.is_year()) continue;
    auto p = policy::parse_period(t.period);
    if (p && !p->is_year() && p->quarter < period.quarter) ++h.drawn_before[t.stratum];
  }
  return h;
}

}  // namespace suiji::service
