#include "service/library/unit_delete.h"

#include <charconv>

#include "domain/error.h"
#include "policy/calendar.h"
#include "service/acting_user.h"
#include "service/audit/audited_write.h"
#include "service/plans/plan_args.h"
#include "store/store.h"

namespace suiji::service {
namespace {

const LibraryChangeFlow kDeleteFlow{{"unit_delete"}, false, "library.unit_delete", "批准删除污染源"};

[[noreturn]] void no_unit(const std::string& ref) {
  throw Error(ErrorKind::kNotFound, "unit_not_found", "污染源库中没有「" + ref + "」", "no live unit \"" + ref + "\"",
              Json{{"field", "unit"}});
}

// A live unit by draw id or "#id".
Unit live_unit(store::Store& db, const std::string& ref) {
  if (ref.starts_with("#")) {
    int64_t id = 0;
    auto [end, ec] = std::from_chars(ref.data() + 1, ref.data() + ref.size(), id);
    std::optional<Unit> u;
    if (ec == std::errc() && end == ref.data() + ref.size()) u = db.units().get(id);
    if (!u || !u->deleted_at.empty()) no_unit(ref);
    return *u;
  }
  auto u = db.units().find_live(ref);
  if (!u) no_unit(ref);
  return *u;
}

void check_no_open_task(store::Store& db, const Unit& u) {
  auto open = db.tasks().open_of_unit(u.id);
  if (!open.empty())
    throw Error(ErrorKind::kConflict, "unit_has_open_task",
                "污染源「" + u.name + "」有待检查的任务 " + std::to_string(open.front().id) +
                    "：抽中的企业须完成检查，关闭停产以检查结果记录",
                "unit " + u.draw_id_code + " has open task " + std::to_string(open.front().id) +
                    ": a drawn unit is inspected and its closure recorded as the result",
                Json{{"field", "unit"}, {"task", open.front().id}});
}

// "2026Q4" of an ISO timestamp.
std::string quarter_of(const std::string& at) {
  int month = std::stoi(at.substr(5, 2));
  return at.substr(0, 4) + "Q" + std::to_string((month - 1) / 3 + 1);
}

Json apply_delete(store::Store& db, const store::ChangeRequestRow& row, const User& signer) {
  Json payload = Json::parse(row.payload_json);
  auto u = db.units().get(payload["unit_id"].get<int64_t>());
  if (!u || !u->deleted_at.empty())
    throw Error(ErrorKind::kConflict, "unit_deleted", "污染源「" + payload.value("name", "") + "」已删除",
                "unit " + payload.value("unit", "") + " was deleted already", Json{{"field", "request"}});
  check_no_open_task(db, *u);
  db.units().soft_delete(u->id, signer.login, row.reason);
  return Json{{"deleted", {{"id", u->id}, {"unit", u->draw_id_code}, {"name", u->name}}}};
}

}  // namespace

Json request_unit_delete(store::Store& db, const UnitDeleteInput& in) {
  Unit u = live_unit(db, in.unit);
  Agency owner = agency_arg(db, "#" + std::to_string(u.agency_id));
  User user = actor_for(db, in.actor, Role::kOperator, owner, "申请删除污染源");
  check_reason_given(in.reason);
  check_evidence(in.evidence, true, "须附证明材料（现场照片或扫描件）", "evidence is required (a photo or scan from the site)");
  check_none_pending(db.change_requests().of_agency(owner.id, kDeleteFlow.kinds), "unit", u.draw_id_code, "unit");
  check_no_open_task(db, u);
  const std::string quarter = quarter_of(store::Store::now());
  Json payload = {{"unit", u.draw_id_code}, {"unit_id", u.id}, {"name", u.name}, {"quarter", quarter}};
  return write(db, [&](Audit& audit) {
    store::ChangeRequestRow row;
    row.agency_id = owner.id;
    row.kind = "unit_delete";
    row.payload_json = payload.dump();
    row.reason = in.reason;
    row.created_by = user.login;
    db.change_requests().insert(row);
    Json evidence = store_evidence(db, "change_request", row.id, in.evidence, user.login);
    row.evidence_json = evidence.dump();
    db.change_requests().advance(row, "pending");
    audit.record({user.login, "library.unit_delete.request", "change_request", std::to_string(row.id), nullptr,
                  {{"payload", payload}, {"reason", in.reason}, {"evidence", evidence}}});
    return Json{{"request", row.id}, {"status", row.status}, {"agency", owner.id}, {"unit", u.draw_id_code}, {"unit_name", u.name},
                {"quarter", quarter}, {"reason", row.reason},   {"evidence", evidence}};
  });
}

Json decide_unit_delete(store::Store& db, const LibraryDecision& decision) {
  return decide_library_change(db, decision, kDeleteFlow,
                               [&](const store::ChangeRequestRow& row, const Agency&, const User& signer) {
                                 return apply_delete(db, row, signer);
                               });
}

Json list_unit_deletions(store::Store& db, const std::string& agency_ref, const std::string& quarter,
                         const std::string& actor) {
  Agency agency = agency_arg(db, agency_ref);
  actor_for(db, actor, {Role::kOperator, Role::kTeamLead, Role::kApprover, Role::kSupervisor}, agency, "查看污染源删除申请");
  if (!quarter.empty()) {
    auto p = policy::parse_period(quarter);
    if (!p || p->is_year())
      throw bad_input("period_invalid", "季度「" + quarter + "」须写作 2026Q4", "the quarter \"" + quarter + "\" must look like 2026Q4",
                      Json{{"field", "quarter"}});
  }
  Json requests = Json::array();
  for (const auto& r : db.change_requests().of_agency(agency.id, kDeleteFlow.kinds))
    if (quarter.empty() || Json::parse(r.payload_json).value("quarter", "") == quarter)
      requests.push_back(change_request_json(r));
  return Json{{"agency", agency.id}, {"quarter", quarter}, {"requests", std::move(requests)}};
}

}  // namespace suiji::service
