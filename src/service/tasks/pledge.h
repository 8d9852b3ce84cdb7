// The 承诺书 (integrity pledge, issue 13 §3; requirements 5): each member of a task's team
// signs seed 002's 随机抽查任务现场检查承诺书 — its text word for word (domain/pledge.h,
// 002:L205), 承诺人 and date — in the app. `suiji pledge sign --task N --inspector CODE
// [--date YYYY-MM-DD] --as LOGIN`; `suiji pledge list --draw ID --as LOGIN`.
//
// Contracts:
// - sign_pledge: the task exists (kNotFound "task_not_found") and is open (kConflict
//   "task_not_open": the pledge comes before the visit; a voided, merged or substituted
//   task has none); the inspector — by code (执法证号, as the draw names them) or "#id" — is
//   on the task's team (kBadInput "inspector_not_on_team"; the lead and every member sign,
//   extra participants do not); one signature per inspector and task (kConflict
//   "pledge_already_signed"). The actor is an inspector, team lead or operator whose
//   jurisdiction holds the task's agency (actor_for): users are not yet linked to inspector
//   records, so the login that entered the signature is kept beside the 承诺人 (an operator
//   entering a paper pledge is then visible as such). The date is `date` (checked) or today
//   (UTC). The stored row keeps the text as signed, so a later edition of the text never
//   rewrites a signature. One service::write ("pledge.sign").
// - list_pledges: a read by an operator, team lead, approver, inspector or 纪检监察 of the
//   draw's agency or above: every task of the draw still to visit or visited (open or
//   closed) with each team member (lead first) and their signature or null.
#pragma once
#include <string>

#include "domain/json.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

struct PledgeSign {
  std::string task, inspector, actor;
  std::string date;  // YYYY-MM-DD; "" = today (UTC)
};

// {"pledge", "task", "inspector", "inspector_name", "title", "text", "signed_on",
//  "signed_by", "signed_at"}
Json sign_pledge(store::Store& db, const PledgeSign& request);

// {"draw_code", "title", "text", "signed", "unsigned",
//  "tasks": [{"task", "unit", "unit_name", "status",
//             "team": [{"inspector", "name", "lead", "pledge": null | {"pledge", "text",
//                       "signed_on", "signed_by", "signed_at"}}]}]}
Json list_pledges(store::Store& db, const std::string& draw, const std::string& actor);

}  // namespace suiji::service
