// Changes after the draw (变动, spec section 7; issue 13 §2–3): `suiji draw change` asks,
// `suiji draw change-approve` signs, and the approved change is appended to the draw's
// record and replayed, so the record still verifies and the tasks follow it. The paper
// form is seed 002's 随机抽查检查人员变动审批表 (企业名称, 所属大队, 原定随机抽查人员,
// 变动原因, 现定随机抽查人员, 科室负责人 then 分管领导 signatures): 现定人员 is the engine's
// random replacement, never a person someone picks (the 大队's own choice, 002:L22, waits
// for a later spec revision).
//
// Contracts:
// - request_change: the actor is an operator or team lead (大队长/科室负责人) of the draw's
//   agency or above; the draw is revealed (kConflict "draw_not_revealed"; a published
//   record is final) and not yet void.
//   * replace_inspector: the reason is one the policy lists (changes.inspector_change_reasons:
//     休假, 因公出差, 学习, 借调, 依法回避, 002:L22), else kBadInput "change_reason_not_allowed"
//     naming them; the unit is currently drawn ("unit_not_drawn") and the inspector on its
//     team ("inspector_not_on_team").
//   * substitute_unit: refused with kBadInput "substitution_forbidden" where the policy says
//     不得变更 (changes.unit_substitution_allowed false, Zhangdian 002:L9: the unit gets a
//     result such as 关闭停产 instead); the reason is one of spec section 7's — 关闭, 停产,
//     重复 — else "change_reason_not_allowed" (a unit that will not cooperate is inspected:
//     拒绝检查 is a result, not a reason to draw another). The stratum is the draw stratum
//     that holds the unit, given or inferred ("stratum_ambiguous" when two do).
//   * at least one evidence file ("evidence_missing"), each JPEG, PNG or PDF ("attachment_type")
//     of at most 10 MB (kTooLarge "attachment_too_large"), stored by SHA-256.
//   * the unit's task must still be open ("task_not_open"), and no other request for the
//     same unit may be pending ("change_pending").
//   * the change must replay (the engine's "draw_change_invalid", e.g. no alternate left):
//     the reply previews the replacement the engine picks if nothing else changes first.
//   One service::write ("draw.change.request"): request, attachments and audit entry.
// - decide_change, in two steps, never one person for both and never the requester as the
//   approver: a team lead (科室负责人) endorses a pending request, then an approver
//   (分管领导) approves it; either may reject with a note (kBadInput "note_required").
//   A decided request is kConflict "change_request_decided"; a "void_draw" request is
//   draw_void.h's (kBadInput "change_kind_invalid"). On approval, in the same
//   write ("draw.change.approve"): the change is appended to the record's changes (reason,
//   approved_by, and the request, evidence hashes and signatures as informational fields),
//   the whole draw is replayed from its record (earlier change results must come out the
//   same: kInternal "replay_diverged" otherwise), the record is replaced (guarded:
//   kConflict "draw_changed" when another change landed meanwhile) and the tasks follow:
//   replace_inspector gives the unit's task the new team (the replacement takes the
//   leaving inspector's place; lead = first), substitute_unit closes the unit's task as
//   "substituted" and opens one for the replacement with its team and the same due date.
//   Crash points "change.record", "change.tasks", "change.audited" (crash_point.h): a
//   process killed at any of them leaves the request endorsed and the record as it was.
// - list_changes: every request of a draw with its signatures; actor of the agency or above.
#pragma once
#include <string>
#include <vector>

#include "domain/json.h"
#include "service/evidence.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

struct ChangeRequestInput {
  std::string draw, actor;
  std::string kind;       // replace_inspector | substitute_unit
  std::string unit;       // the unit's draw id (抽查编号)
  std::string inspector;  // replace_inspector: the leaving inspector's code
  std::string stratum;    // substitute_unit: optional, the draw stratum or its policy stratum
  std::string reason;
  std::vector<EvidenceFile> evidence;
};

// {"request", "status": "pending", "draw_code", "kind", "unit", "unit_name", "inspector"|"stratum",
//  "reason", "evidence": [{"id", "filename", "sha256", "mime", "size"}],
//  "preview": {"replacement", "replacement_name", "team", "cap_relaxed"}}
Json request_change(store::Store& db, const ChangeRequestInput& input);

struct ChangeDecision {
  std::string request;  // the request's number
  std::string actor;
  bool approve = true;
  std::string note;  // required to reject
};

// {"request", "status": "endorsed"|"approved"|"rejected", "approvals": [...],
//  and once approved "result": the record's change_results entry and "tasks": what changed}
Json decide_change(store::Store& db, const ChangeDecision& decision);

// {"draw_code", "requests": [{"request", "kind", "payload", "reason", "status", "approvals",
//  "evidence", "created_by", "created_at", "decided_at", "result"}]}
Json list_changes(store::Store& db, const std::string& draw, const std::string& actor);

}  // namespace suiji::service
