#include "service/tasks/pledge.h"

#include <charconv>
#include <map>
#include <optional>

#include "domain/error.h"
#include "domain/pledge.h"
#include "policy/calendar.h"
#include "service/acting_user.h"
#include "service/audit/audited_write.h"
#include "service/draws/draw_context.h"
#include "service/plans/plan_args.h"
#include "store/store.h"

namespace suiji::service {
namespace {

std::optional<int64_t> number(std::string_view t) {
  if (t.starts_with("#")) t.remove_prefix(1);
  int64_t id = 0;
  auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), id);
  if (ec != std::errc() || end != t.data() + t.size() || id <= 0) return std::nullopt;
  return id;
}

store::TaskRow task_arg(store::Store& db, const std::string& ref) {
  std::optional<store::TaskRow> row;
  if (auto id = number(ref)) row = db.tasks().get(*id);
  if (!row)
    throw Error(ErrorKind::kNotFound, "task_not_found", "没有检查任务「" + ref + "」", "no task \"" + ref + "\"",
                Json{{"field", "task"}});
  return *row;
}

std::vector<Inspector> team_of(store::Store& db, const store::TaskRow& t) {
  std::vector<Inspector> team;
  for (const auto& id : Json::parse(t.team_json))
    if (auto i = db.inspectors().get(id.get<int64_t>())) team.push_back(std::move(*i));
  return team;
}

Json pledge_json(const store::PledgeRow& p) {
  return Json{{"pledge", p.id},
              {"text", p.text},
              {"signed_on", p.signed_on},
              {"signed_by", p.signed_by},
              {"signed_at", p.signed_at}};
}

const std::vector<Role> kReaders = {Role::kOperator, Role::kTeamLead, Role::kApprover, Role::kInspector,
                                    Role::kSupervisor};

}  // namespace

Json sign_pledge(store::Store& db, const PledgeSign& req) {
  store::TaskRow task = task_arg(db, req.task);
  User user = actor_for(db, req.actor, {Role::kInspector, Role::kTeamLead, Role::kOperator},
                        agency_arg(db, "#" + std::to_string(task.agency_id)), "签署现场检查承诺书");
  if (task.status != "open")
    throw Error(ErrorKind::kConflict, "task_not_open",
                "任务 " + std::to_string(task.id) + " 当前状态为 " + task.status + "，只有待检查的任务签署承诺书",
                "task " + std::to_string(task.id) + " is " + task.status + ": pledges are signed for open tasks",
                Json{{"field", "task"}});
  std::string date = req.date.empty() ? today_arg("") : req.date;
  if (!policy::parse_date(date))
    throw bad_input("date_invalid", "日期「" + date + "」格式有误，应如 2027-01-05",
                    "malformed date \"" + date + "\": expected e.g. 2027-01-05", Json{{"field", "date"}});

  std::vector<Inspector> team = team_of(db, task);
  auto id = req.inspector.starts_with("#") ? number(req.inspector) : std::nullopt;
  const Inspector* who = nullptr;
  for (const auto& i : team)
    if (id ? i.id == *id : i.code == req.inspector) who = &i;
  if (!who)
    throw bad_input("inspector_not_on_team",
                    "执法人员「" + req.inspector + "」不是任务 " + std::to_string(task.id) + " 的检查人员，不能签署其承诺书",
                    "inspector " + req.inspector + " is not on the team of task " + std::to_string(task.id),
                    Json{{"field", "inspector"}});
  for (const auto& p : db.pledges().of_task(task.id))
    if (p.inspector_id == who->id)
      throw Error(ErrorKind::kConflict, "pledge_already_signed",
                  "「" + who->name + "」已于 " + p.signed_on + " 为任务 " + std::to_string(task.id) + " 签署承诺书",
                  who->code + " already signed the pledge for task " + std::to_string(task.id) + " on " + p.signed_on,
                  Json{{"field", "inspector"}, {"pledge", p.id}});

  return write(db, [&](Audit& audit) {
    store::PledgeRow row;
    row.task_id = task.id;
    row.inspector_id = who->id;
    row.text = std::string(kPledgeText);
    row.signed_on = date;
    row.signed_by = user.login;
    db.pledges().insert(row);
    audit.record({user.login, "pledge.sign", "pledge", std::to_string(row.id), nullptr,
                  {{"task", task.id}, {"inspector", who->code}, {"signed_on", row.signed_on}}});
    return Json{{"pledge", row.id},          {"task", task.id},         {"inspector", who->code},
                {"inspector_name", who->name}, {"title", std::string(kPledgeTitle)},  {"text", row.text},
                {"signed_on", row.signed_on}, {"signed_by", row.signed_by}, {"signed_at", row.signed_at}};
  });
}

Json list_pledges(store::Store& db, const std::string& draw, const std::string& actor) {
  DrawContext c = draw_context(db, draw);
  actor_for(db, actor, kReaders, c.agency, "查看现场检查承诺书");
  std::map<std::pair<int64_t, int64_t>, store::PledgeRow> signed_by;
  for (auto& p : db.pledges().of_draw(c.row.id)) signed_by.emplace(std::pair{p.task_id, p.inspector_id}, std::move(p));
  Json tasks = Json::array();
  int64_t done = 0, missing = 0;
  for (const auto& t : db.tasks().of_draw(c.row.id)) {
    if (t.status != "open" && t.status != "closed") continue;
    auto unit = db.units().get(t.unit_id);
    Json team = Json::array();
    for (const auto& i : team_of(db, t)) {
      auto p = signed_by.find({t.id, i.id});
      bool has = p != signed_by.end();
      (has ? done : missing) += 1;
      team.push_back({{"inspector", i.code},
                      {"name", i.name},
                      {"lead", t.lead_inspector_id == i.id},
                      {"pledge", has ? pledge_json(p->second) : Json(nullptr)}});
    }
    tasks.push_back({{"task", t.id},
                     {"unit", unit ? unit->draw_id_code : ""},
                     {"unit_name", unit ? unit->name : ""},
                     {"status", t.status},
                     {"team", std::move(team)}});
  }
  return Json{{"draw_code", c.row.draw_code}, {"title", std::string(kPledgeTitle)}, {"text", std::string(kPledgeText)},
              {"signed", done},               {"unsigned", missing},   {"tasks", std::move(tasks)}};
}

}  // namespace suiji::service
