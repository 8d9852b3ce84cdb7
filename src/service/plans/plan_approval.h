// Approving a plan (annual or campaign): a plan is a draft until an approver (审批人) of
// its own agency approves it, and final after (store/plans.h). One rule for every kind of
// plan, so an annual plan and a joint inspection plan are approved the same way.
//
// Contracts (approve_plan):
// - `approver` must be a user (kBadInput "user_unknown", field "as") of the plan's agency
//   holding Role::kApprover (kForbidden "not_approver", also for another agency's approver).
// - The plan must still be a draft (the store's kConflict "plan_approved").
// - The stored JSON gains "status": "approved", "approved_at", "approved_by" ("姓名（登录名）")
//   and keeps "created_at" / "created_by"; the approved JSON is returned.
// Runs inside the caller's service::write and records "plan.approve" in its Audit.
#pragma once
#include <string>

#include "domain/agency.h"
#include "domain/json.h"
#include "store/plans.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

class Audit;

Json approve_plan(store::Store& db, Audit& audit, const Agency& agency, const store::PlanRow& plan,
                  const std::string& approver);

// The stored plan's JSON as printed: its "id", and who made and approved it.
Json printed_plan(const store::PlanRow& row);

}  // namespace suiji::service
