#include "service/tasks/task_list.h"

#include "domain/error.h"
#include "domain/inspection_type.h"
#include "domain/task_status.h"
#include "service/acting_user.h"
#include "service/plans/plan_args.h"
#include "store/store.h"

namespace suiji::service {

Json list_tasks(store::Store& db, const TaskQuery& q) {
  Agency agency = agency_arg(db, q.agency);
  actor_for(db, q.actor,
            {Role::kInspector, Role::kTeamLead, Role::kOperator, Role::kReviewer, Role::kApprover, Role::kSupervisor},
            agency, "查看检查任务");
  std::string status;
  if (!q.status.empty()) {
    auto s = from_label<TaskStatus>(q.status);
    if (!s)
      throw bad_input("status_invalid", "任务状态须为 " + all_labels<TaskStatus>() + " 之一",
                      "the status must be one of " + all_labels<TaskStatus>(), Json{{"field", "status"}});
    status = key(*s);
  }
  Json items = Json::array();
  for (const auto& t : db.tasks().of_agency(agency.id)) {
    if (!status.empty() && t.status != status) continue;
    if (!q.period.empty() && t.period != q.period) continue;
    auto unit = db.units().get(t.unit_id);
    Json team = Json::array();
    for (const Json& id : Json::parse(t.team_json))
      if (auto i = db.inspectors().get(id.get<int64_t>())) team.push_back(i->name);
    auto kind = from_label<InspectionType>(t.kind);
    auto st = from_label<TaskStatus>(t.status);
    items.push_back({{"task", t.id},
                     {"period", t.period},
                     {"kind", t.kind},
                     {"kind_label", kind ? std::string(label(*kind)) : t.kind},
                     {"stratum", t.stratum},
                     {"unit", unit ? unit->draw_id_code : ""},
                     {"unit_name", unit ? unit->name : ""},
                     {"team", team},
                     {"due", t.due},
                     {"status", t.status},
                     {"status_label", st ? std::string(label(*st)) : t.status},
                     {"covered_by", t.covered_by ? Json(*t.covered_by) : Json(nullptr)},
                     {"draw", t.draw_id ? Json(*t.draw_id) : Json(nullptr)}});
  }
  return Json{{"agency", agency.name}, {"tasks", items}, {"total", items.size()}};
}

}  // namespace suiji::service
