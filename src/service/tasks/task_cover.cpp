#include "service/tasks/task_cover.h"

#include "domain/error.h"
#include "domain/inspection_type.h"
#include "service/acting_user.h"
#include "service/audit/audited_write.h"
#include "service/refs.h"
#include "service/tasks/task_ref.h"
#include "store/store.h"

namespace suiji::service {
namespace {

constexpr const char* kKind = "task_cover";

bool drawn(const store::TaskRow& t) {
  auto k = from_label<InspectionType>(t.kind);
  return k && drawn_type(*k);
}

store::ChangeRequestRow load_cover(store::Store& db, const std::string& ref) {
  std::optional<store::ChangeRequestRow> row;
  if (auto id = number_ref(ref)) row = db.change_requests().get(*id);
  if (!row || row->kind != kKind)
    throw Error(ErrorKind::kNotFound, "change_request_not_found", "没有“已由其他检查覆盖”的申请「" + ref + "」",
                "no covered-by-another-inspection request \"" + ref + "\"", Json{{"field", "request"}});
  return *row;
}

}  // namespace

Json request_cover(store::Store& db, const CoverRequest& in) {
  store::TaskRow a = task_arg(db, in.task, "task"), b = task_arg(db, in.by, "by");
  User user = actor_for(db, in.actor, Role::kOperator, task_agency(db, a), "申请以其他检查覆盖任务");
  if (a.status != "open")
    throw Error(ErrorKind::kConflict, "task_not_open", "任务 " + std::to_string(a.id) + " 已不是待检查状态",
                "task " + std::to_string(a.id) + " is no longer open", Json{{"field", "task"}});
  if (!drawn(a))
    throw bad_input("task_not_drawn", "只有摇号产生的任务可以由其他检查覆盖",
                    "only a drawn task can be covered by another inspection", Json{{"field", "task"}});
  if (a.unit_id != b.unit_id)
    throw bad_input("tasks_not_same_unit", "覆盖它的检查不是同一污染源", "the covering inspection is of another unit",
                    Json{{"field", "by"}});
  if (!periods_overlap(a.period, b.period))
    throw bad_input("periods_differ", "两项任务的期间（" + a.period + "、" + b.period + "）不重叠",
                    "the tasks' periods (" + a.period + ", " + b.period + ") do not overlap", Json{{"field", "by"}});
  if (drawn(b))
    throw bad_input("cover_by_drawn", "两项摇号任务是同一次检查的，请合并任务（task merge）",
                    "two drawn tasks of one visit merge (task merge) instead", Json{{"field", "by"}});
  bool inspected = false;
  for (const auto& r : db.inspection_records().of_task(b.id)) inspected |= r.status == "passed" || r.status == "published";
  if (!inspected)
    throw bad_input("cover_not_inspected", "任务 " + std::to_string(b.id) + " 还没有审核通过的检查记录，不能用来覆盖",
                    "task " + std::to_string(b.id) + " has no record that passed review yet", Json{{"field", "by"}});
  if (in.reason.empty())
    throw bad_input("reason_required", "须写明理由", "a reason is required", Json{{"field", "reason"}});
  for (const auto& r : db.change_requests().of_agency(a.agency_id, {kKind}))
    if (r.status == "pending" && Json::parse(r.payload_json).value("task", int64_t{0}) == a.id)
      throw Error(ErrorKind::kConflict, "cover_pending", "任务 " + std::to_string(a.id) + " 已有待审批的申请 " +
                                                             std::to_string(r.id),
                  "task " + std::to_string(a.id) + " already has request " + std::to_string(r.id) + " pending",
                  Json{{"field", "task"}, {"request", r.id}});

  return write(db, [&](Audit& audit) {
    store::ChangeRequestRow row;
    row.agency_id = a.agency_id;
    row.kind = kKind;
    row.payload_json = Json{{"task", a.id}, {"by", b.id}, {"unit", a.unit_id}}.dump();
    row.reason = in.reason;
    row.created_by = user.login;
    db.change_requests().insert(row);
    Json out = {{"request", row.id}, {"status", "pending"}, {"task", a.id}, {"by", b.id}, {"reason", in.reason}};
    audit.record({user.login, "task.cover.request", "change_request", std::to_string(row.id), nullptr, out});
    return out;
  });
}

Json decide_cover(store::Store& db, const CoverDecision& in) {
  store::ChangeRequestRow row = load_cover(db, in.request);
  Json payload = Json::parse(row.payload_json);
  store::TaskRow a = task_arg(db, std::to_string(payload["task"].get<int64_t>()));
  User user = actor_for(db, in.actor, Role::kApprover, task_agency(db, a), "审批以其他检查覆盖任务");
  if (row.status != "pending")
    throw Error(ErrorKind::kConflict, "change_request_decided", "申请 " + std::to_string(row.id) + " 已审批",
                "request " + std::to_string(row.id) + " was already decided", Json{{"field", "request"}});
  if (row.created_by == user.login)
    throw Error(ErrorKind::kForbidden, "same_signer", "申请人不能审批自己的申请", "the requester cannot approve their own request",
                Json{{"field", "as"}});
  if (!in.approve && in.note.empty())
    throw bad_input("note_required", "不批准须写明理由", "a rejection needs a note", Json{{"field", "note"}});

  return write(db, [&](Audit& audit) {
    Json approvals = Json::parse(row.approvals_json);
    approvals.push_back({{"step", "approve"}, {"login", user.login}, {"name", user.name}, {"at", store::Store::now()},
                         {"decision", in.approve ? "approved" : "rejected"}, {"note", in.note}});
    row.approvals_json = approvals.dump();
    row.status = in.approve ? "approved" : "rejected";
    row.decided_at = store::Store::now();
    db.change_requests().advance(row, "pending");
    if (in.approve) db.tasks().cover(a.id, payload["by"].get<int64_t>());
    Json out = {{"request", row.id}, {"status", row.status}, {"task", a.id}, {"task_status", in.approve ? "covered" : a.status}};
    audit.record({user.login, in.approve ? "task.cover.approve" : "task.cover.reject", "change_request",
                  std::to_string(row.id), Json{{"status", "pending"}}, out});
    return out;
  });
}

}  // namespace suiji::service
