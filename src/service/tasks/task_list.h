// `suiji task list --agency ID [--period P] [--status S] --as LOGIN`: an agency's own tasks
// with unit, team, due date and status. The drawn list is confidential until inspected
// (requirements 3, 001:L79): only users of the agency or above see it (actor_for), and
// nothing here goes to the public.
#pragma once
#include <string>

#include "domain/json.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

struct TaskQuery {
  std::string agency, actor;
  std::string period;  // "" = every period
  std::string status;  // "" = every status; a TaskStatus key or label
};

// {"agency", "tasks": [{"task", "period", "kind", "kind_label", "stratum", "unit",
//  "unit_name", "team": [names, lead first], "due", "status", "status_label",
//  "covered_by", "draw"}], "total"}
Json list_tasks(store::Store& db, const TaskQuery& query);

}  // namespace suiji::service
