// "Covered by another inspection" (001:L51: a drawn unit already inspected this period by
// a 专项, 信访 or other inspection need not be visited again): `suiji task cover --task A
// --by B --reason TEXT --as OPERATOR` asks, `suiji task cover-approve --request N --as
// APPROVER` (or `cover-reject --note`) decides. Approved, task A becomes "covered" with B
// as what covered it; the unit still counts one inspection (B's).
//
// Contracts:
// - request: an operator of A's agency or above; A is open and was drawn (routine or
//   joint: "task_not_drawn"); B is another task of the same unit ("tasks_not_same_unit")
//   in an overlapping period ("periods_differ"), not drawn itself ("cover_by_drawn": two
//   drawn tasks merge instead, task_merge.h), whose record passed review
//   ("cover_not_inspected"); a reason ("reason_required"); no other request for A pending
//   (kConflict "cover_pending"). Stored as a change request of kind "task_cover".
// - decide: an approver (审批人) of A's agency or above who did not ask (kForbidden
//   "same_signer"); a decided request is kConflict "change_request_decided"; rejecting
//   needs a note ("note_required"). Approval moves A open → covered (kConflict
//   "task_not_open" if it moved meanwhile).
// One service::write each ("task.cover.request", "task.cover.approve" / ".reject").
#pragma once
#include <string>

#include "domain/json.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

struct CoverRequest {
  std::string task, by, reason, actor;
};
// {"request", "status": "pending", "task", "by", "unit", "reason"}
Json request_cover(store::Store& db, const CoverRequest& request);

struct CoverDecision {
  std::string request, actor;
  bool approve = true;
  std::string note;
};
// {"request", "status": "approved"|"rejected", "task", "task_status"}
Json decide_cover(store::Store& db, const CoverDecision& decision);

}  // namespace suiji::service
