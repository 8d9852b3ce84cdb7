#include "service/library/library_change.h"

#include <algorithm>
#include <charconv>

#include "domain/error.h"
#include "service/acting_user.h"
#include "service/refs.h"
#include "service/audit/audited_write.h"
#include "service/plans/plan_args.h"
#include "store/store.h"

namespace suiji::service {
namespace {

bool blank(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

[[noreturn]] void forbid_same_signer(const std::string& zh, const std::string& en) {
  throw Error(ErrorKind::kForbidden, "same_signer", zh, en, Json{{"field", "as"}});
}

// The approver is neither the requester nor an earlier signer.
void check_other_signer(const store::ChangeRequestRow& row, const Json& approvals, const User& user) {
  if (user.login == row.created_by)
    forbid_same_signer("申请人不能批准自己的申请", "the requester cannot approve their own request");
  for (const auto& a : approvals)
    if (a.value("login", "") == user.login)
      forbid_same_signer("同一人不能既签署科室负责人意见又批准同一申请",
                         "one person cannot both endorse and approve the same request");
}

}  // namespace


store::ChangeRequestRow library_request(store::Store& db, const std::string& ref, const std::vector<std::string>& kinds) {
  int64_t id = request_number(ref);
  auto row = db.change_requests().get(id);
  if (!row || row->draw_id || std::find(kinds.begin(), kinds.end(), row->kind) == kinds.end())
    throw Error(ErrorKind::kNotFound, "change_request_not_found", "没有这类申请 " + std::to_string(id),
                "no such request " + std::to_string(id), Json{{"field", "request"}});
  return *row;
}

void check_none_pending(const std::vector<store::ChangeRequestRow>& rows, const std::string& key,
                        const std::string& value, const std::string& field) {
  for (const auto& r : rows)
    if ((r.status == "pending" || r.status == "endorsed") && Json::parse(r.payload_json).value(key, "") == value)
      throw Error(ErrorKind::kConflict, "change_pending",
                  "「" + value + "」已有待审批的申请 " + std::to_string(r.id) + "，请先处理",
                  value + " already has request " + std::to_string(r.id) + " awaiting approval",
                  Json{{"field", field}, {"request", r.id}});
}

void check_reason_given(const std::string& reason) {
  if (blank(reason))
    throw bad_input("reason_required", "须写明变动原因", "a reason is required", Json{{"field", "reason"}});
}


Json decide_library_change(store::Store& db, const LibraryDecision& d, const LibraryChangeFlow& flow,
                           const ApplyApproved& apply) {
  store::ChangeRequestRow row = library_request(db, d.request, flow.kinds);
  if (row.status != "pending" && row.status != "endorsed")
    throw Error(ErrorKind::kConflict, "change_request_decided",
                "申请 " + std::to_string(row.id) + " 已" + (row.status == "approved" ? "批准" : "退回") + "，不能再审批",
                "request " + std::to_string(row.id) + " is already " + row.status, Json{{"field", "request"}});
  Agency agency = agency_arg(db, "#" + std::to_string(row.agency_id));
  const bool endorsing = flow.two_steps && row.status == "pending";
  User user = endorsing ? actor_for(db, d.actor, {Role::kTeamLead, Role::kApprover}, agency, flow.what)
                        : actor_for(db, d.actor, Role::kApprover, agency, flow.what);
  if (endorsing && d.approve && !has_role(user, Role::kTeamLead))
    throw Error(ErrorKind::kForbidden, "role_missing", "申请须先由科室负责人签署意见，再由分管领导批准",
                "a request is endorsed by a team lead (科室负责人) before an approver signs it",
                Json{{"field", "as"}, {"role", "team_lead"}});
  Json approvals = Json::parse(row.approvals_json);
  if (!endorsing && d.approve) check_other_signer(row, approvals, user);
  if (!d.approve && blank(d.note))
    throw bad_input("note_required", "退回申请须写明理由", "rejecting a request needs a note", Json{{"field", "note"}});

  const std::string expected = row.status;
  const std::string at = store::Store::now();
  // An approver who turns a request down before any endorsement signs as the approver.
  const bool as_team_lead = endorsing && has_role(user, Role::kTeamLead);
  approvals.push_back({{"step", as_team_lead ? "team_lead" : "approver"},
                       {"login", user.login},
                       {"name", user.name},
                       {"at", at},
                       {"decision", d.approve ? "approve" : "reject"},
                       {"note", d.note}});
  row.approvals_json = approvals.dump();
  row.status = !d.approve ? "rejected" : endorsing ? "endorsed" : "approved";
  if (row.status != "endorsed") row.decided_at = at;
  const std::string step = !d.approve ? "reject" : endorsing ? "endorse" : "approve";
  return write(db, [&](Audit& audit) {
    Json after = {{"status", row.status}, {"note", d.note}};
    Json out = {{"request", row.id}, {"kind", row.kind}, {"status", row.status}, {"approvals", approvals}};
    if (row.status == "approved") {
      Json result = apply(row, agency, user);
      row.result_json = result.dump();
      after["result"] = result;
      out["result"] = result;
    }
    db.change_requests().advance(row, expected);
    audit.record({user.login, flow.action + "." + step, "change_request", std::to_string(row.id),
                  Json{{"status", expected}}, after});
    return out;
  });
}

}  // namespace suiji::service
