// The year's inspections as the store knows them, for caps and coverage (policy/
// eligibility.h) and for what earlier quarters drew (policy/size.h YearSoFar): read from
// the tasks revealed draws created, by every agency (a city's draw and its counties'
// overlap, 000:L10).
//
// Contracts: a task counts on its due date with its kind (routine for a draw's task);
// drawn_before counts the agency's tasks of one stratum in the year's quarters before
// `period` (none for a yearly period). Substituted and voided tasks count nowhere (the
// replacement's task counts instead); a merged task counts as drawn but not as an
// inspection (it is one visit with the task it merged into, 003:L27). Reads only.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "policy/calendar.h"
#include "policy/eligibility.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

struct DrawHistory {
  std::vector<policy::PastInspection> inspections;     // the year's, every agency
  std::map<std::string, int64_t> drawn_before;         // stratum id → the agency's tasks in earlier quarters
};

DrawHistory history_of(store::Store& db, int64_t agency_id, const policy::Period& period);

}  // namespace suiji::service
