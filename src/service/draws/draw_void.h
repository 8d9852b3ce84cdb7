// Voiding a revealed draw (作废, issue 13 §2): `suiji draw void --draw ID --reason TEXT --as
// LOGIN` asks, `suiji draw void-approve --request N --as LOGIN` (or void-reject with a
// note) decides. Never a redraw that erases the previous one (requirements 3): the voided
// draw keeps its row, its record and its tasks, all visible; only statuses move, and a new
// draw of the period is prepared the ordinary way.
//
// The request is a change request (store/change_requests.h) of kind "void_draw" with
// draw_id set and payload {"draw_code"}: one table for every change to a revealed draw, so
// `suiji draw changes` lists it with the others.
//
// Contracts:
// - request_void: the actor is an operator (Role::kOperator) whose jurisdiction holds the
//   draw's agency (actor_for: kForbidden "role_missing" / "outside_jurisdiction"); the reason
//   is not blank (kBadInput "reason_required"); the draw is revealed and unpublished
//   (kConflict "draw_voided" when voided already, "draw_not_revealed" otherwise: a prepared or
//   announced draw has no result to void, a published record is final); no other void
//   request of the draw is pending (kConflict "void_pending").
// - Inspections begun: a draw none of whose inspections has begun can be voided. A task of
//   the draw that is closed (已办结) or covered (已由其他检查覆盖), or any task with an
//   inspection record (检查记录, even a draft), means an inspection took place under the draw:
//   kConflict "draw_inspections_begun" naming those tasks, at request and again at approval.
//   (Voiding then would leave a done inspection belonging to a void draw; such a case is for
//   the changes of spec section 7, or for a note in the record, not for voiding.)
//   Substituted and merged tasks stay as they are.
// - decide_void: the request exists and is a void_draw request (kNotFound
//   "change_request_not_found"), still pending (kConflict "change_request_decided"); the
//   actor is an approver (Role::kApprover, 分管领导) whose jurisdiction holds the draw's agency
//   and not the requester (kForbidden "same_signer"); rejecting needs a note (kBadInput
//   "note_required"). On approval, in one service::write ("draw.void.approve"): the draw
//   revealed → "voided" (guarded in the store), each open task of the draw → "voided"
//   (domain/task_status.h: they count nowhere toward caps and coverage), every other change
//   request of the draw still pending or endorsed → "rejected" with a note that the draw was
//   voided (it could never be applied), and the request → "approved" with the approver's
//   signature and result {"voided_tasks", "rejected_requests"}. A rejection is
//   "draw.void.reject" and changes nothing else.
// - request_void is one service::write ("draw.void.request").
#pragma once
#include <string>

#include "domain/json.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

struct VoidRequest {
  std::string draw, reason, actor;
};

// {"request", "status": "pending", "draw_code", "reason", "tasks_open"}
Json request_void(store::Store& db, const VoidRequest& request);

struct VoidDecision {
  std::string request;  // the change request's number
  std::string actor;
  bool approve = true;
  std::string note;  // required to reject
};

// {"request", "status": "approved"|"rejected", "draw_code", "draw_status", "approvals",
//  and once approved "voided_tasks": [task ids], "rejected_requests": [request ids]}
Json decide_void(store::Store& db, const VoidDecision& decision);

}  // namespace suiji::service
