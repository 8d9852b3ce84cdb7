#include "service/draws/draw_void.h"

#include <charconv>

#include "domain/error.h"
#include "domain/task_status.h"
#include "service/acting_user.h"
#include "service/refs.h"
#include "service/audit/audited_write.h"
#include "service/draws/draw_context.h"
#include "store/store.h"

namespace suiji::service {
namespace {

constexpr const char* kVoidKind = "void_draw";

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

void check_revealed(const store::DrawRow& d) {
  if (d.status == "voided")
    throw Error(ErrorKind::kConflict, "draw_voided", "抽取「" + d.draw_code + "」已作废", "draw " + d.draw_code + " is voided already",
                Json{{"field", "draw"}});
  if (d.status != "revealed")
    throw Error(ErrorKind::kConflict, "draw_not_revealed",
                "抽取「" + d.draw_code + "」当前状态为 " + d.status + "，只有已揭示、未公开的抽取可以作废",
                "draw " + d.draw_code + " is " + d.status + ": only a revealed, unpublished draw can be voided",
                Json{{"field", "draw"}});
}

// The tasks of the draw whose inspection has begun: closed, covered, or with a record.
void check_no_inspection_begun(store::Store& db, const store::DrawRow& d) {
  Json begun = Json::array();
  for (const auto& t : db.tasks().of_draw(d.id)) {
    auto s = from_label<TaskStatus>(t.status);
    bool done = s && (*s == TaskStatus::kClosed || *s == TaskStatus::kCovered);
    if (done || !db.inspection_records().of_task(t.id).empty()) begun.push_back(t.id);
  }
  if (!begun.empty())
    throw Error(ErrorKind::kConflict, "draw_inspections_begun",
                "抽取「" + d.draw_code + "」已有 " + std::to_string(begun.size()) +
                    " 项任务开始检查（已办结、已覆盖或已录入检查记录），不能作废",
                "draw " + d.draw_code + " has " + std::to_string(begun.size()) +
                    " tasks whose inspection has begun (closed, covered or with a record): it cannot be voided",
                Json{{"field", "draw"}, {"tasks", begun}});
}


}  // namespace

Json request_void(store::Store& db, const VoidRequest& in) {
  DrawContext c = draw_context(db, in.draw);
  User user = actor_for(db, in.actor, Role::kOperator, c.agency, "申请作废抽取");
  if (blank(in.reason))
    throw bad_input("reason_required", "作废抽取须写明原因", "voiding a draw needs a reason", Json{{"field", "reason"}});
  check_revealed(c.row);
  for (const auto& r : db.change_requests().of_draw(c.row.id))
    if (r.kind == kVoidKind && r.status == "pending")
      throw Error(ErrorKind::kConflict, "void_pending",
                  "抽取「" + c.row.draw_code + "」已有待审批的作废申请 " + std::to_string(r.id),
                  "draw " + c.row.draw_code + " already has void request " + std::to_string(r.id) + " awaiting approval",
                  Json{{"field", "draw"}, {"request", r.id}});
  check_no_inspection_begun(db, c.row);
  int64_t open = 0;
  for (const auto& t : db.tasks().of_draw(c.row.id)) open += t.status == "open";

  return write(db, [&](Audit& audit) {
    store::ChangeRequestRow row;
    row.agency_id = c.agency.id;
    row.draw_id = c.row.id;
    row.kind = kVoidKind;
    row.payload_json = Json{{"draw_code", c.row.draw_code}}.dump();
    row.reason = in.reason;
    row.created_by = user.login;
    db.change_requests().insert(row);
    audit.record({user.login, "draw.void.request", "change_request", std::to_string(row.id), nullptr,
                  {{"draw_code", c.row.draw_code}, {"kind", row.kind}, {"reason", row.reason}}});
    return Json{{"request", row.id},
                {"status", row.status},
                {"draw_code", c.row.draw_code},
                {"reason", row.reason},
                {"tasks_open", open}};
  });
}

Json decide_void(store::Store& db, const VoidDecision& d) {
  int64_t id = request_number(d.request);
  auto found = db.change_requests().get(id);
  if (!found || found->kind != kVoidKind || !found->draw_id)
    throw Error(ErrorKind::kNotFound, "change_request_not_found", "没有作废申请 " + std::to_string(id),
                "no void request " + std::to_string(id), Json{{"field", "request"}});
  store::ChangeRequestRow row = *found;
  DrawContext c = draw_context(db, "#" + std::to_string(*row.draw_id));
  User user = actor_for(db, d.actor, Role::kApprover, c.agency, d.approve ? "批准作废抽取" : "退回作废申请");
  if (row.status != "pending")
    throw Error(ErrorKind::kConflict, "change_request_decided",
                "作废申请 " + std::to_string(row.id) + " 已" + (row.status == "approved" ? "批准" : "退回") + "，不能再审批",
                "void request " + std::to_string(row.id) + " is already " + row.status, Json{{"field", "request"}});
  if (user.login == row.created_by)
    throw Error(ErrorKind::kForbidden, "same_signer", "申请人不能审批自己的作废申请",
                "the requester cannot decide their own void request", Json{{"field", "as"}});
  if (!d.approve && blank(d.note))
    throw bad_input("note_required", "退回作废申请须写明理由", "rejecting a void request needs a note",
                    Json{{"field", "note"}});

  std::string at = store::Store::now();
  Json approvals = Json::parse(row.approvals_json);
  approvals.push_back({{"step", "approver"},
                       {"login", user.login},
                       {"name", user.name},
                       {"at", at},
                       {"decision", d.approve ? "approve" : "reject"},
                       {"note", d.note}});
  row.approvals_json = approvals.dump();
  row.decided_at = at;
  Json before = {{"status", "pending"}};

  if (!d.approve) {
    row.status = "rejected";
    return write(db, [&](Audit& audit) {
      db.change_requests().advance(row, "pending");
      audit.record({user.login, "draw.void.reject", "change_request", std::to_string(row.id), before,
                    {{"status", row.status}, {"draw_code", c.row.draw_code}, {"note", d.note}}});
      return Json{{"request", row.id},
                  {"status", row.status},
                  {"draw_code", c.row.draw_code},
                  {"draw_status", c.row.status},
                  {"approvals", approvals}};
    });
  }

  check_revealed(c.row);
  check_no_inspection_begun(db, c.row);
  return write(db, [&](Audit& audit) {
    store::DrawRow voided = db.draws().void_draw(c.row.id);
    Json tasks = Json::array();
    for (const auto& t : db.tasks().of_draw(c.row.id))
      if (t.status == "open") {
        db.tasks().set_status(t.id, "open", "voided");
        tasks.push_back(t.id);
      }
    Json rejected = Json::array();
    for (auto other : db.change_requests().of_draw(c.row.id)) {
      if (other.id == row.id || (other.status != "pending" && other.status != "endorsed")) continue;
      std::string expected = other.status;
      Json signs = Json::parse(other.approvals_json);
      signs.push_back({{"step", "void"},
                       {"login", user.login},
                       {"name", user.name},
                       {"at", at},
                       {"decision", "reject"},
                       {"note", "抽取已作废（作废申请 " + std::to_string(row.id) + "） / the draw was voided"}});
      other.approvals_json = signs.dump();
      other.status = "rejected";
      other.decided_at = at;
      db.change_requests().advance(other, expected);
      rejected.push_back(other.id);
    }
    Json result = {{"voided_tasks", tasks}, {"rejected_requests", rejected}};
    row.status = "approved";
    row.result_json = result.dump();
    db.change_requests().advance(row, "pending");
    audit.record({user.login, "draw.void.approve", "change_request", std::to_string(row.id), before,
                  {{"status", row.status},
                   {"draw_code", c.row.draw_code},
                   {"draw_status", voided.status},
                   {"reason", row.reason},
                   {"voided_tasks", tasks},
                   {"rejected_requests", rejected}}});
    return Json{{"request", row.id},         {"status", row.status},  {"draw_code", c.row.draw_code},
                {"draw_status", voided.status}, {"approvals", approvals}, {"voided_tasks", tasks},
                {"rejected_requests", rejected}};
  });
}

}  // namespace suiji::service
