// The 双随机任务派遣单 (dispatch order, issue 13 §2; requirements 5): seed 002:L16 — at the
// end of each quarter the 系统管理人员 writes the drawn enterprises and inspectors into the
// 《双随机任务派遣单》, and after the 分管局长 signs it, it is sent to each 环境监察大队 and the
// 危管应急中心. So: `suiji dispatch request --draw ID --as OPERATOR` → `suiji dispatch
// approve --draw ID --as APPROVER` → `suiji dispatch show --draw ID [--org-unit NAME]
// --format json|csv|xlsx [--out FILE] --as LOGIN`.
//
// The order (its form follows seed 002:L36–L44): title "2027年第1季度双随机抽查任务派遣单"
// ("2027年度…" for a yearly draw), columns 序号, 污染源名称, 污染源地址, 地市, 县（市、区）,
// 执法人员名称. One row per task of the draw that is to be (or was) visited — status open or
// closed; substituted, merged, covered and voided tasks are left out — in draw order, the
// team's names lead first joined by "," as on the seed's form ("xxx,xxx"). 地市 and
// 县（市、区） are the names of the unit's 行政区划代码 in the GB/T 2260 table
// (domain/region_table.h): a county-level code gives its prefecture and itself, a
// prefecture-level code the prefecture and "" (a "市辖区" placeholder gives the province's
// name, 北京市).
//
// Sliced per internal unit (大队/科室/中心): a task belongs to the slice of its lead
// inspector's (牵头人, 002:L20) org unit — the one who answers for the visit — so the slices
// partition the order; a lead with no org unit gives the slice "" (shown as 未分配内部单位).
// Slices are ordered by name, "" last; 序号 counts from 1 in each slice. Without --org-unit
// the whole order is shown: the JSON keeps the slices; a csv/xlsx table is the six columns
// with every row once, slice after slice, 序号 from 1 to n.
//
// Contracts:
// - request_dispatch: an operator (Role::kOperator) whose jurisdiction holds the draw's
//   agency (actor_for); the draw is revealed or published (kConflict "draw_voided" for a
//   voided draw, "draw_not_revealed" before reveal); one order per draw (kConflict
//   "dispatch_already_requested"). One service::write ("dispatch.request").
// - approve_dispatch: an approver (Role::kApprover, 分管局长) of the agency or above, not the
//   requester (kForbidden "same_signer"); the order was requested (kConflict
//   "dispatch_not_requested") and not yet approved ("dispatch_already_approved"); the draw
//   not voided meanwhile. Stores the SHA-256 of the draw's record as it stands. One
//   service::write ("dispatch.approve").
// - show_dispatch: a read by any of operator, team lead, approver, inspector or 纪检监察
//   of the agency or above; refused with kConflict "dispatch_not_approved" until approved
//   (and "draw_voided" once the draw is void: a void draw's order must not be used); an
//   --org-unit no slice has is kNotFound "org_unit_not_found" (details: the slices).
//   "record_changed" in the JSON tells whether an approved change altered the record (and so
//   possibly the teams) after the order was approved; the rows always follow the current
//   tasks. format "json" (default when out has no .csv/.xlsx ending), "csv" or "xlsx"
//   (kBadInput "bad_export_format", "xlsx_needs_out"); written atomically to `out`, or
//   returned as text for stdout when out is "" (json, csv).
#pragma once
#include <cstddef>
#include <string>

#include "domain/json.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

struct DispatchStep {
  std::string draw, actor;
};

// {"draw_code", "status": "requested", "requested_by", "requested_at", "tasks"}
Json request_dispatch(store::Store& db, const DispatchStep& step);
// {"draw_code", "status": "approved", "requested_by", "approved_by", "approved_at", "tasks"}
Json approve_dispatch(store::Store& db, const DispatchStep& step);

struct DispatchShow {
  std::string draw, actor;
  std::string org_unit;  // "" = every slice
  std::string format;    // json | csv | xlsx; "" = from out's extension, else json
  std::string out;       // "" = returned in `text`
};

struct DispatchOutput {
  Json order;          // the order as JSON (always)
  std::string format;  // as resolved
  std::size_t rows = 0;
  std::string text;  // the JSON or CSV when out was ""
};

// order: {"draw_code", "period", "agency", "title", "columns": [6 headers], "status",
//         "requested_by", "approved_by", "approved_at", "record_changed", "org_unit",
//         "slices": [{"org_unit", "rows": [{"no", "task", "unit", "unit_name",
//                     "unit_address", "city", "county", "inspectors"}]}]}
DispatchOutput show_dispatch(store::Store& db, const DispatchShow& request);

}  // namespace suiji::service
