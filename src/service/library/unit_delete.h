// Deleting a pollution source (污染源库 deletions, 002:L24: 需删除的污染源信息每季度更新一次，
// 删除的污染源信息需有现场照片; requirements 2: "deletions only quarterly, with evidence
// (photos) and approval; a deleted unit keeps its history"). A deletion is asked with a
// reason and the site photos, and approved by the 分管领导; only then is the unit
// soft-deleted (store/units.h: deleted_at, version + 1, the reason in its history). Each
// request carries its quarter; the quarter's requests are the 录入单位's quarterly summary.
//
//   suiji library delete-request --unit 913703…  --reason 企业已注销 --evidence 现场.jpg --as op
//   suiji library delete-approve --request 9 --as fenguan
//
// Contracts:
// - request_unit_delete: the unit is a live one, by draw id (抽查编号) or "#id" (kNotFound
//   "unit_not_found"); the actor is an operator of the unit's owning agency or above; a
//   reason ("reason_required") and evidence files (library_change.h: JPEG/PNG/PDF ≤ 10 MB,
//   "evidence_missing", "attachment_type", "attachment_too_large"); no other open deletion
//   request of the unit ("change_pending"); no open task of the unit (kConflict
//   "unit_has_open_task": a drawn unit is inspected, its closure recorded as a result).
//   One service::write ("library.unit_delete.request"): the request (kind unit_delete,
//   draw_id NULL, payload {"unit", "unit_id", "name", "quarter"}), its attachments and the
//   audit entry; the unit is untouched.
// - decide_unit_delete: one step (library_change.h): an approver of the owning agency or
//   above, neither the requester, approves or rejects with a note
//   ("library.unit_delete.approve|reject"). On approval, in the same write, the unit is
//   soft-deleted with the request's reason (kConflict "unit_deleted" when it is gone
//   already, "unit_has_open_task" when a draw took it meanwhile).
// - list_unit_deletions: the deletion requests of the agency's own units (of one quarter when given, e.g.
//   2026Q4: "period_invalid" otherwise); an operator, team lead, approver or 纪检监察 of it.
#pragma once
#include <string>
#include <vector>

#include "domain/json.h"
#include "service/library/library_change.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

struct UnitDeleteInput {
  std::string unit, reason, actor;
  std::vector<EvidenceFile> evidence;
};

// {"request", "status": "pending", "agency" (the unit's owner, whose request it is), "unit",
//  "unit_name", "quarter", "reason", "evidence": [...]}
Json request_unit_delete(store::Store& db, const UnitDeleteInput& input);

// decide_library_change's reply; "result" once approved: {"deleted": {"id", "unit", "name"}}
Json decide_unit_delete(store::Store& db, const LibraryDecision& decision);

// {"agency", "quarter", "requests": [change_request_json …]}
Json list_unit_deletions(store::Store& db, const std::string& agency, const std::string& quarter,
                         const std::string& actor);

}  // namespace suiji::service
