// Inspections that were not drawn (issue 13 §4: 专项, 有针对性, 信访, 后督察): `suiji task add
// --agency ID --unit DRAWID --kind 专项|有针对性|信访|后督察 --period 2027Q1 [--team A,B]
// [--due DATE] --as OPERATOR`. They get a task like a drawn unit, so their records are
// entered and reviewed the same way; their type keeps them out of ratios and caps (only
// the policy's counted_types count, policy.h) and lets them cover a drawn task (task_cover.h).
//
// Contracts:
// - The actor is an operator of the agency or above; the unit is live and within the
//   agency's jurisdiction ("unit_not_found" / kForbidden "unit_outside_jurisdiction").
// - kind is one of the types that are not drawn (domain/inspection_type.h), by key or
//   label; 日常随机 and 联合 come from draws only ("kind_drawn").
// - team: inspector codes of the library, the first leads; each live (kBadInput
//   "inspector_unknown"). Empty: the team is named on the record.
// - due: YYYY-MM-DD, default the period's last day.
// One service::write ("task.add").
#pragma once
#include <string>

#include "domain/json.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

struct InspectionTaskRequest {
  std::string agency, unit, kind, period, team, due, actor;
};

// {"task", "agency", "unit", "unit_name", "kind", "kind_label", "period", "team", "due", "status"}
Json add_inspection_task(store::Store& db, const InspectionTaskRequest& request);

}  // namespace suiji::service
