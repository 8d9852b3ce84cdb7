#include "service/plans/plan_approval.h"

#include "domain/error.h"
#include "domain/user.h"
#include "service/acting_user.h"
#include "service/audit/audited_write.h"
#include "store/store.h"

namespace suiji::service {

Json printed_plan(const store::PlanRow& row) {
  Json plan = Json::parse(row.json);
  plan["id"] = row.id;
  plan["status"] = row.status;
  plan["created_at"] = row.created_at;
  plan["created_by"] = row.created_by;
  plan["approved_at"] = row.approved_at.empty() ? Json(nullptr) : Json(row.approved_at);
  plan["approved_by"] = row.approved_by.empty() ? Json(nullptr) : Json(row.approved_by);
  return plan;
}

Json approve_plan(store::Store& db, Audit& audit, const Agency& a, const store::PlanRow& stored,
                  const std::string& approver) {
  auto user = acting_user(db, approver);
  if (user.agency_id != a.id || !has_role(user, Role::kApprover))
    throw Error(ErrorKind::kForbidden, "not_approver",
                "「" + user.name + "」不是「" + a.name + "」的审批人，只有本机构的审批人可以批准其计划",
                user.login + " is not an approver of " + a.name + ": only the agency's own approvers approve its plans",
                Json{{"field", "as"}});
  std::string at = store::Store::now();
  std::string by = user.name + "（" + user.login + "）";
  store::PlanRow row = stored;
  row.status = "approved";
  row.approved_at = at;
  row.approved_by = by;
  Json plan = printed_plan(row);
  row = db.plans().approve(stored.id, by, at, plan.dump());
  audit.record({user.login, "plan.approve", "plan", std::to_string(stored.id), Json{{"status", stored.status}},
                Json{{"status", row.status}, {"approved_at", row.approved_at}, {"approved_by", row.approved_by}}});
  return printed_plan(row);
}

}  // namespace suiji::service
