#include "service/tasks/task_adhoc.h"

#include "auth/scope.h"
#include "domain/error.h"
#include "domain/inspection_type.h"
#include "policy/calendar.h"
#include "service/acting_user.h"
#include "service/audit/audited_write.h"
#include "service/plans/plan_args.h"
#include "service/refs.h"
#include "store/store.h"

namespace suiji::service {
namespace {

InspectionType kind_arg(const std::string& text) {
  auto k = from_label<InspectionType>(text);
  if (!k)
    throw bad_input("kind_invalid", "检查类型须为 专项、有针对性、信访 或 后督察",
                    "the kind must be special_campaign, targeted, petition or follow_up", Json{{"field", "kind"}});
  if (drawn_type(*k))
    throw bad_input("kind_drawn", "日常随机和联合检查的任务由摇号产生，不能手工添加",
                    "routine and joint inspections come from draws: they cannot be added by hand",
                    Json{{"field", "kind"}});
  return *k;
}


}  // namespace

Json add_inspection_task(store::Store& db, const InspectionTaskRequest& in) {
  Agency agency = agency_arg(db, in.agency);
  User user = actor_for(db, in.actor, Role::kOperator, agency, "添加非随机检查任务");
  InspectionType kind = kind_arg(in.kind);
  policy::Period period = period_arg(in.period);
  auto unit = db.units().find_live(in.unit);
  if (!unit)
    throw Error(ErrorKind::kNotFound, "unit_not_found", "污染源库中没有抽查编号「" + in.unit + "」",
                "no unit with draw id \"" + in.unit + "\"", Json{{"field", "unit"}});
  if (!auth::unit_within(unit->region_code, unit->zone_agency_id, agency, db.agencies().lookup()))
    throw Error(ErrorKind::kForbidden, "unit_outside_jurisdiction",
                "污染源「" + unit->name + "」不在「" + agency.name + "」的辖区内",
                "unit \"" + unit->name + "\" is outside " + agency.name + "'s jurisdiction", Json{{"field", "unit"}});
  Json team = Json::array();
  std::optional<int64_t> lead;
  std::vector<std::string> names;
  for (const auto& code : comma_list(in.team)) {
    auto i = db.inspectors().find_live(code);
    if (!i)
      throw bad_input("inspector_unknown", "执法人员库中没有编号「" + code + "」", "no inspector with code \"" + code + "\"",
                      Json{{"field", "team"}});
    team.push_back(i->id);
    names.push_back(i->name);
    if (!lead) lead = i->id;
  }
  std::string due = in.due.empty() ? policy::format_date(period.last_day()) : in.due;
  if (!policy::parse_date(due))
    throw bad_input("due_invalid", "完成期限须为 YYYY-MM-DD", "the due date must be YYYY-MM-DD", Json{{"field", "due"}});

  return write(db, [&](Audit& audit) {
    store::TaskRow t;
    t.agency_id = agency.id;
    t.unit_id = unit->id;
    t.period = period.text();
    t.kind = std::string(key(kind));
    t.team_json = team.dump();
    t.lead_inspector_id = lead;
    t.due = due;
    std::vector<store::TaskRow> rows{t};
    db.tasks().insert_all(rows);
    Json out = {{"task", rows[0].id},  {"agency", agency.name}, {"unit", unit->draw_id_code},
                {"unit_name", unit->name}, {"kind", t.kind},     {"kind_label", std::string(label(kind))},
                {"period", t.period}, {"team", names},          {"due", due},
                {"status", "open"}};
    audit.record({user.login, "task.add", "task", std::to_string(rows[0].id), nullptr, out});
    return out;
  });
}

}  // namespace suiji::service
