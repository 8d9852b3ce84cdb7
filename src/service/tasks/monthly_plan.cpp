#include "service/tasks/monthly_plan.h"

#include <map>

#include "domain/error.h"
#include "policy/calendar.h"
#include "service/acting_user.h"
#include "service/audit/audited_write.h"
#include "service/plans/plan_args.h"
#include "service/refs.h"
#include "service/tasks/task_ref.h"
#include "store/store.h"

namespace suiji::service {
namespace {

// "2027-01" → its first day; kBadInput "month_invalid" otherwise.
policy::Date month_arg(const std::string& month) {
  auto d = month.size() == 7 ? policy::parse_date(month + "-01") : std::nullopt;
  if (!d)
    throw bad_input("month_invalid", "月份须为 YYYY-MM，如 2027-01", "the month must be YYYY-MM, e.g. 2027-01",
                    Json{{"field", "month"}});
  return *d;
}


}  // namespace

Json schedule_tasks(store::Store& db, const ScheduleRequest& in) {
  policy::Date first = month_arg(in.month);
  std::vector<store::TaskRow> tasks;
  std::string login;
  for (const auto& ref : comma_list(in.tasks)) {
    store::TaskRow t = task_arg(db, ref, "tasks");
    login = actor_for(db, in.actor, {Role::kTeamLead, Role::kOperator}, task_agency(db, t), "安排月检查计划").login;
    if (t.status != "open")
      throw Error(ErrorKind::kConflict, "task_not_open", "任务 " + std::to_string(t.id) + " 已不是待检查状态",
                  "task " + std::to_string(t.id) + " is no longer open", Json{{"field", "tasks"}});
    auto p = policy::parse_period(t.period);
    if (!p || first < p->first_day() || first > p->last_day())
      throw bad_input("month_outside_period", in.month + " 不在任务 " + std::to_string(t.id) + " 的期间 " + t.period + " 内",
                      in.month + " is outside task " + std::to_string(t.id) + "'s period " + t.period,
                      Json{{"field", "month"}, {"task", t.id}});
    tasks.push_back(t);
  }
  if (tasks.empty())
    throw bad_input("tasks_missing", "请列出要安排的任务编号", "name the tasks to schedule", Json{{"field", "tasks"}});
  return write(db, [&](Audit& audit) {
    Json ids = Json::array(), before = Json::object();
    for (const auto& t : tasks) {
      db.tasks().schedule(t.id, in.month);
      ids.push_back(t.id);
      before[std::to_string(t.id)] = t.planned_month;
    }
    audit.record({login, "task.schedule", "task", ids.dump(), before, Json{{"month", in.month}, {"tasks", ids}}});
    return Json{{"month", in.month}, {"tasks", ids}};
  });
}

Json monthly_plan(store::Store& db, const MonthlyPlanQuery& q) {
  Agency agency = agency_arg(db, q.agency);
  actor_for(db, q.actor,
            {Role::kInspector, Role::kTeamLead, Role::kOperator, Role::kReviewer, Role::kApprover, Role::kSupervisor},
            agency, "查看月检查计划");
  policy::Date first = month_arg(q.month);
  std::string today = today_arg(q.today);
  bool month_over = policy::format_date(policy::month_start(first, 1)) <= today;
  std::map<std::string, Json> groups;
  int planned = 0, done = 0, overdue = 0, unscheduled = 0;
  for (const auto& t : db.tasks().of_agency(agency.id)) {
    auto p = policy::parse_period(t.period);
    bool in_period = p && first >= p->first_day() && first <= p->last_day();
    if (t.planned_month.empty()) {
      unscheduled += in_period && t.status == "open";
      continue;
    }
    if (t.planned_month != q.month) continue;
    std::string org = "未分配";
    Json team = Json::array();
    for (const Json& id : Json::parse(t.team_json))
      if (auto i = db.inspectors().get(id.get<int64_t>())) {
        if (team.empty() && i->org_unit_id)
          if (auto o = db.org_units().get(*i->org_unit_id)) org = o->name;
        team.push_back(i->name);
      }
    auto unit = db.units().get(t.unit_id);
    bool late = month_over && t.status == "open";
    ++planned;
    done += t.status != "open";
    overdue += late;
    groups[org].push_back({{"task", t.id},
                           {"unit", unit ? unit->draw_id_code : ""},
                           {"unit_name", unit ? unit->name : ""},
                           {"team", team},
                           {"due", t.due},
                           {"status", t.status},
                           {"overdue", late}});
  }
  Json out_groups = Json::array();
  for (auto& [org, tasks] : groups) out_groups.push_back({{"org_unit", org}, {"tasks", tasks}});
  return Json{{"agency", agency.name}, {"month", q.month}, {"groups", out_groups}, {"planned", planned},
              {"done", done},          {"overdue", overdue}, {"unscheduled", unscheduled}};
}

}  // namespace suiji::service
