// What the library's change requests share (两库, requirements 2): a roster change
// (roster_change.h: 执法人员库人员变动审批表) and a unit deletion (unit_delete.h) are rows of
// change_request with draw_id NULL, asked by one person and signed by others, each move one
// audited service::write. The draw's own changes (draws/draw_change.h) follow the same
// rules with their own record replay.
//
// Contracts of decide_library_change:
// - The request exists with draw_id NULL and one of the flow's kinds (kNotFound
//   "change_request_not_found"; "request_invalid" for a number that is not one), and is
//   pending or endorsed (kConflict "change_request_decided").
// - Two steps (flow.two_steps): a team lead (科室负责人, Role::kTeamLead) endorses the
//   pending request (an approver may only reject it at that step: kForbidden
//   "role_missing"), then an approver (分管领导, Role::kApprover) approves it. One step: the
//   approver approves the pending request. The approver is neither the requester nor the
//   endorser (kForbidden "same_signer"). Either signer may reject with a note (kBadInput
//   "note_required"). Every signer acts on the request's agency or above (actor_for).
// - Each signature {"step", "login", "name", "at", "decision", "note"} is appended to the
//   request's approvals; the status moves guarded (store: kConflict
//   "change_request_changed" when someone signed first).
// - Only on approval does `apply` run, in the same write as the status move and the audit
//   entry `<flow.action>.approve` (before: status; after: status and apply's result, which
//   is kept as the request's result). Endorse and reject write `<action>.endorse|reject`.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "domain/agency.h"
#include "domain/json.h"
#include "domain/user.h"
#include "service/evidence.h"
#include "service/change_request_json.h"
#include "service/refs.h"

namespace suiji::store {
class Store;
struct ChangeRequestRow;
}

namespace suiji::service {


// The library request numbered `ref` of one of `kinds` (see the contracts above).
store::ChangeRequestRow library_request(store::Store& db, const std::string& ref, const std::vector<std::string>& kinds);

// kConflict "change_pending" when one of `rows` is still pending or endorsed and its payload's
// `key` is `value` (one open request per inspector, per unit).
void check_none_pending(const std::vector<store::ChangeRequestRow>& rows, const std::string& key,
                        const std::string& value, const std::string& field);

// kBadInput "reason_required" for an empty (or blank) reason.
void check_reason_given(const std::string& reason);

struct LibraryDecision {
  std::string request, actor;
  bool approve = true;
  std::string note;  // required to reject
};

struct LibraryChangeFlow {
  std::vector<std::string> kinds;  // the change_request kinds this flow decides
  bool two_steps = true;           // team lead endorses, then approver approves
  std::string action;              // audit action prefix: "roster.change", "library.unit_delete"
  std::string what;                // what signing does, for refusals: "审批执法人员库人员变动"
};

// Runs in the write, after the checks, only on approval: makes the change to the library
// and returns what it did (kept as the request's result).
using ApplyApproved = std::function<Json(const store::ChangeRequestRow& row, const Agency& agency, const User& signer)>;

// {"request", "kind", "status": "endorsed"|"approved"|"rejected", "approvals", and once
//  approved "result"}
Json decide_library_change(store::Store& db, const LibraryDecision& decision, const LibraryChangeFlow& flow,
                           const ApplyApproved& apply);

}  // namespace suiji::service
