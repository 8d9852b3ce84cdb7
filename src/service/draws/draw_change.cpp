#include "service/draws/draw_change.h"

#include <algorithm>
#include <charconv>
#include <optional>

#include "domain/error.h"
#include "domain/task_status.h"
#include "draw/draw.h"
#include "draw/record.h"
#include "service/acting_user.h"
#include "service/change_request_json.h"
#include "service/refs.h"
#include "service/audit/audited_write.h"
#include "service/crash_point.h"
#include "service/draws/draw_change_replay.h"
#include "service/draws/draw_context.h"
#include "service/evidence.h"
#include "store/store.h"

namespace suiji::service {
namespace {

// Spec section 7: a unit leaves the draw because the enterprise closed, ceased production
// or is a duplicate entry — nothing else.
const std::vector<std::string> kSubstitutionReasons = {"关闭", "停产", "重复"};

std::string joined(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

draw::ChangeType change_kind(const std::string& kind) {
  if (kind == "replace_inspector") return draw::ChangeType::kReplaceInspector;
  if (kind == "substitute_unit") return draw::ChangeType::kSubstituteUnit;
  throw bad_input("change_kind_invalid", "变动类型须为 replace_inspector（更换检查人员）或 substitute_unit（替换污染源）",
                  "the change kind must be replace_inspector or substitute_unit", Json{{"field", "kind"}});
}

void check_revealed(const DrawContext& c) {
  if (c.row.status != "revealed")
    throw Error(ErrorKind::kConflict, "draw_not_revealed",
                "抽取「" + c.row.draw_code + "」当前状态为 " + c.row.status + "，只有已揭示、未公开的抽取可以变动",
                "draw " + c.row.draw_code + " is " + c.row.status + ": only a revealed, unpublished draw can change",
                Json{{"field", "draw"}});
}

void check_reason(const DrawContext& c, draw::ChangeType type, const std::string& reason) {
  const auto& rules = c.policy.policy.changes;
  if (type == draw::ChangeType::kSubstituteUnit && !rules.unit_substitution_allowed)
    throw bad_input("substitution_forbidden",
                    "本机构的规则规定抽中的污染源不得变更（" + rules.basis +
                        "）：关闭、停产或拒绝检查的，以检查结果（关闭停产/未发现经营活动/拒绝检查）记录",
                    "this agency's policy forbids substituting a drawn unit: record a closed or refusing unit "
                    "with its result instead",
                    Json{{"field", "kind"}});
  const auto& allowed = type == draw::ChangeType::kReplaceInspector ? rules.inspector_change_reasons : kSubstitutionReasons;
  if (std::find(allowed.begin(), allowed.end(), reason) == allowed.end())
    throw bad_input("change_reason_not_allowed",
                    "变动原因「" + reason + "」不在允许的原因之内：" + joined(allowed, "、"),
                    "the reason \"" + reason + "\" is not one allowed: " + joined(allowed, ", "),
                    Json{{"field", "reason"}, {"allowed", allowed}});
}


store::ChangeRequestRow load_request(store::Store& db, int64_t id) {
  auto row = db.change_requests().get(id);
  if (!row || !row->draw_id)
    throw Error(ErrorKind::kNotFound, "change_request_not_found", "没有变动申请 " + std::to_string(id),
                "no change request " + std::to_string(id), Json{{"field", "request"}});
  return *row;
}


}  // namespace

Json request_change(store::Store& db, const ChangeRequestInput& in) {
  DrawContext c = draw_context(db, in.draw);
  User user = actor_for(db, in.actor, {Role::kOperator, Role::kTeamLead}, c.agency, "申请抽取结果变动");
  check_revealed(c);
  draw::ChangeType type = change_kind(in.kind);
  check_reason(c, type, in.reason);
  check_evidence(in.evidence, true, "变动须附证明材料（请假条、出差审批、关停证明等的照片或扫描件）",
                 "a change needs evidence attached (a photo or scan of the leave note, closure notice …)");

  for (const auto& r : db.change_requests().of_draw(c.row.id))
    if ((r.status == "pending" || r.status == "endorsed") && Json::parse(r.payload_json).value("unit", "") == in.unit)
      throw Error(ErrorKind::kConflict, "change_pending",
                  "污染源「" + in.unit + "」已有待审批的变动申请 " + std::to_string(r.id) + "，请先处理",
                  "unit " + in.unit + " already has change request " + std::to_string(r.id) + " awaiting approval",
                  Json{{"field", "unit"}, {"request", r.id}});

  draw::Change change = proposed_change(c, type, in.unit, in.inspector, in.stratum, in.reason);
  ChangePreview preview = preview_change(db, c, change);

  Json payload = type == draw::ChangeType::kReplaceInspector ? Json{{"unit", change.unit}, {"inspector", change.inspector}}
                                                             : Json{{"unit", change.unit}, {"stratum", change.stratum}};
  return write(db, [&](Audit& audit) {
    store::ChangeRequestRow row;
    row.agency_id = c.agency.id;
    row.draw_id = c.row.id;
    row.kind = in.kind;
    row.payload_json = payload.dump();
    row.reason = in.reason;
    row.created_by = user.login;
    db.change_requests().insert(row);
    Json evidence = store_evidence(db, "change_request", row.id, in.evidence, user.login);
    row.evidence_json = evidence.dump();
    db.change_requests().advance(row, "pending");
    audit.record({user.login, "draw.change.request", "change_request", std::to_string(row.id), nullptr,
                  {{"draw_code", c.row.draw_code}, {"kind", row.kind}, {"payload", payload}, {"reason", row.reason},
                   {"evidence", evidence}}});
    Json out = {{"request", row.id},         {"status", row.status}, {"draw_code", c.row.draw_code},
                {"kind", row.kind},          {"unit", change.unit},  {"unit_name", preview.unit_name},
                {"reason", row.reason},      {"evidence", evidence}, {"preview", preview.json}};
    if (type == draw::ChangeType::kReplaceInspector)
      out["inspector"] = change.inspector;
    else
      out["stratum"] = change.stratum;
    return out;
  });
}

Json decide_change(store::Store& db, const ChangeDecision& d) {
  store::ChangeRequestRow row = load_request(db, request_number(d.request));
  if (row.kind == "void_draw")  // service/draws/draw_void.h decides those
    throw bad_input("change_kind_invalid", "申请 " + std::to_string(row.id) + " 是作废抽取申请，请用 draw void-approve 审批",
                    "request " + std::to_string(row.id) + " voids a draw: decide it with draw void-approve",
                    Json{{"field", "request"}});
  DrawContext c = draw_context(db, "#" + std::to_string(*row.draw_id));
  if (row.status != "pending" && row.status != "endorsed")
    throw Error(ErrorKind::kConflict, "change_request_decided",
                "变动申请 " + std::to_string(row.id) + " 已" + (row.status == "approved" ? "批准" : "退回") + "，不能再审批",
                "change request " + std::to_string(row.id) + " is already " + row.status, Json{{"field", "request"}});
  const bool first_step = row.status == "pending";
  // Step one is the 科室负责人's; step two (and a rejection after step one) the 分管领导's.
  User user = first_step ? actor_for(db, d.actor, {Role::kTeamLead, Role::kApprover}, c.agency, "审批抽取结果变动")
                         : actor_for(db, d.actor, Role::kApprover, c.agency, "批准抽取结果变动");
  if (first_step && d.approve && !has_role(user, Role::kTeamLead))
    throw Error(ErrorKind::kForbidden, "role_missing", "变动申请须先由科室负责人签署意见，再由分管领导批准",
                "a change request is endorsed by a team lead (科室负责人) before an approver signs it",
                Json{{"field", "as"}, {"role", "team_lead"}});
  Json approvals = Json::parse(row.approvals_json);
  if (!first_step && d.approve) {
    for (const auto& a : approvals)
      if (a.value("login", "") == user.login)
        throw Error(ErrorKind::kForbidden, "same_signer", "同一人不能既签署科室负责人意见又批准同一变动",
                    "one person cannot both endorse and approve the same change", Json{{"field", "as"}});
    if (user.login == row.created_by)
      throw Error(ErrorKind::kForbidden, "same_signer", "申请人不能批准自己的变动申请",
                  "the requester cannot approve their own change request", Json{{"field", "as"}});
  }
  if (!d.approve && d.note.empty())
    throw bad_input("note_required", "退回变动申请须写明理由", "rejecting a change request needs a note",
                    Json{{"field", "note"}});

  std::string expected = row.status;
  std::string at = store::Store::now();
  approvals.push_back({{"step", first_step ? "team_lead" : "approver"},
                       {"login", user.login},
                       {"name", user.name},
                       {"at", at},
                       {"decision", d.approve ? "approve" : "reject"},
                       {"note", d.note}});
  row.approvals_json = approvals.dump();
  Json before = {{"status", expected}};

  if (!d.approve || first_step) {
    row.status = d.approve ? "endorsed" : "rejected";
    if (!d.approve) row.decided_at = at;
    return write(db, [&](Audit& audit) {
      db.change_requests().advance(row, expected);
      audit.record({user.login, d.approve ? "draw.change.endorse" : "draw.change.reject", "change_request",
                    std::to_string(row.id), before, {{"status", row.status}, {"note", d.note}}});
      return Json{{"request", row.id}, {"status", row.status}, {"approvals", approvals}};
    });
  }

  check_revealed(c);
  return write(db, [&](Audit& audit) {
    AppliedChange applied = apply_change(db, c, row, user);
    crash_point("change.tasks");
    row.status = "approved";
    row.decided_at = at;
    row.result_json = applied.result.dump();
    db.change_requests().advance(row, expected);
    audit.record({user.login, "draw.change.approve", "change_request", std::to_string(row.id), before,
                  {{"status", row.status}, {"draw_code", c.row.draw_code}, {"result", applied.result},
                   {"tasks", applied.tasks}}});
    crash_point("change.audited");
    return Json{{"request", row.id},
                {"status", row.status},
                {"approvals", approvals},
                {"result", applied.result},
                {"tasks", applied.tasks}};
  });
}

Json list_changes(store::Store& db, const std::string& draw, const std::string& actor) {
  DrawContext c = draw_context(db, draw);
  actor_for(db, actor, {Role::kOperator, Role::kTeamLead, Role::kApprover, Role::kSupervisor}, c.agency,
            "查看抽取结果变动");
  Json requests = Json::array();
  for (const auto& r : db.change_requests().of_draw(c.row.id)) requests.push_back(change_request_json(r));
  return Json{{"draw_code", c.row.draw_code}, {"requests", std::move(requests)}};
}

}  // namespace suiji::service
