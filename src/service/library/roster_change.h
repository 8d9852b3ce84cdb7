// Roster changes (执法人员库人员变动审批表, seed 002's form after L110; requirements 2): a
// person joins (录入) or leaves (剔除) the inspector library only through a request with a
// reason, endorsed by the 科室负责人 and approved by the 分管领导; until then the library is
// as it was. The printed form's fields are 执法人员姓名, 录入/剔除, 变动原因, 科室负责人签字
// and 分管领导签字 (roster_form).
//
//   suiji roster change  --agency 370303 --kind 录入 --file zhang.json --reason 新调入 --as op
//   suiji roster approve --request 7 --as kezhang      (科室负责人 endorses)
//   suiji roster approve --request 7 --as fenguan      (分管领导 approves: the library changes)
//
// Contracts:
// - request_roster_change: the actor is an operator or team lead of the agency or above
//   (actor_for); the reason is given ("reason_required"); the kind is 录入 / roster_add or
//   剔除 / roster_remove ("roster_kind_invalid").
//   * 录入: the inspector as JSON {"code", "name", "org_unit" (an internal unit's name, or
//     absent), "on_staff", "on_post", "senior", "tags": [...], "certificates": [{"kind":
//     行政执法证|环境监察执法证, "number", "expires_on"}]} — unknown keys and wrong types are
//     kBadInput "inspector_json_invalid", rule violations "inspector_invalid" (validate_inspector,
//     details: [{"field", "message"}]), an unknown internal unit "org_unit_unknown"; no live
//     inspector may hold the code anywhere (kConflict "inspector_exists").
//   * 剔除: the inspector is a live one of this agency (kNotFound "inspector_not_found").
//   * No other pending or endorsed request for the same code ("change_pending").
//   One service::write ("roster.change.request"): the request (kind roster_add|roster_remove,
//   draw_id NULL) and its audit entry. The library is not touched.
// - decide_roster_change: library_change.h's two steps ("roster.change.endorse|approve|reject").
//   On approval, in the same write: 录入 inserts the inspector into the agency's library
//   (kConflict "inspector_exists" if someone entered the code meanwhile); 剔除 soft-deletes
//   the inspector (deleted_at set, history kept; kConflict "inspector_removed" when already
//   gone) and the result lists the open tasks whose team still names them ("open_tasks"):
//   those need a draw change (draws/draw_change.h), which this does not make.
// - list_roster_changes / roster_form read: the actor is an operator, team lead, approver or
//   纪检监察 of the agency or above.
#pragma once
#include <string>

#include "domain/json.h"
#include "service/library/library_change.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

struct RosterChangeInput {
  std::string agency, actor;
  std::string kind;       // 录入 | 剔除 (or roster_add | roster_remove)
  std::string inspector;  // 剔除: the inspector's code
  Json person;            // 录入: the inspector as JSON (see above)
  std::string reason;
};

// The 录入 form's inspector from a JSON file ("-" = standard input): kBadInput
// "file_unreadable" or "inspector_json_invalid" (not JSON at all).
Json person_file(const std::string& path);

// {"request", "status": "pending", "kind", "agency", "inspector": {"code", "name", …}, "reason"}
Json request_roster_change(store::Store& db, const RosterChangeInput& input);

// decide_library_change's reply; "result" once approved: {"inserted"|"removed": {"id", "code",
// "name"}, "open_tasks": [task numbers] (剔除)}
Json decide_roster_change(store::Store& db, const LibraryDecision& decision);

// {"agency", "requests": [change_request_json …]} of the agency's roster changes, by number.
Json list_roster_changes(store::Store& db, const std::string& agency, const std::string& actor);

// The printed form: {"form": "随机抽查执法人员库人员变动审批表", "request", "status", "agency",
//  "执法人员姓名", "执法人员编号", "录入/剔除", "变动原因", "申请人", "申请时间",
//  "科室负责人签字": {"name", "login", "at", "decision", "note"} | null, "分管领导签字": … | null}
Json roster_form(store::Store& db, const std::string& request, const std::string& actor);

}  // namespace suiji::service
