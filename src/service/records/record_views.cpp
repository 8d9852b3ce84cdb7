#include "service/records/record_views.h"

#include <set>

#include "domain/error.h"
#include "domain/inspection_record.h"
#include "service/acting_user.h"
#include "service/plans/plan_args.h"
#include "service/records/record_json.h"
#include "service/records/record_review.h"
#include "service/tasks/task_ref.h"
#include "store/store.h"

namespace suiji::service {
namespace {

const std::vector<Role> kReaders = {Role::kInspector, Role::kTeamLead, Role::kOperator,
                                    Role::kReviewer,  Role::kApprover, Role::kSupervisor};

}  // namespace

Json show_record(store::Store& db, const std::string& ref, const std::string& actor) {
  auto row = db.inspection_records().get(record_number(ref));
  if (!row)
    throw Error(ErrorKind::kNotFound, "record_not_found", "没有检查记录「" + ref + "」",
                "no inspection record \"" + ref + "\"", Json{{"field", "record"}});
  actor_for(db, actor, kReaders, task_agency(db, task_arg(db, std::to_string(row->task_id))), "查看检查记录");
  return record_json(db, *row);
}

Json list_records(store::Store& db, const RecordQuery& q) {
  Agency agency = agency_arg(db, q.agency);
  actor_for(db, q.actor, kReaders, agency, "查看检查记录");
  std::string status;
  if (!q.status.empty()) {
    auto s = from_label<RecordStatus>(q.status);
    if (!s)
      throw bad_input("status_invalid", "记录状态须为 " + all_labels<RecordStatus>() + " 之一",
                      "the status must be one of " + all_labels<RecordStatus>(), Json{{"field", "status"}});
    status = key(*s);
  }
  Json items = Json::array();
  for (const auto& r : db.inspection_records().of_agency(agency.id)) {
    if (!status.empty() && r.status != status) continue;
    Json j = record_json(db, r);
    if (!q.period.empty() && j["period"] != q.period) continue;
    j.erase("history");
    items.push_back(std::move(j));
  }
  return Json{{"agency", agency.name}, {"records", items}, {"total", items.size()}};
}

Json list_rectifications(store::Store& db, const std::string& agency_ref, const std::string& actor,
                         const std::string& today_text) {
  Agency agency = agency_arg(db, agency_ref);
  actor_for(db, actor, kReaders, agency, "查看整改");
  std::string today = today_arg(today_text);
  std::set<int64_t> own;
  for (const auto& r : db.inspection_records().of_agency(agency.id)) own.insert(r.id);
  Json items = Json::array();
  for (const auto& r : db.inspection_records().open_rectifications()) {
    if (!own.count(r.record_id)) continue;
    Json j = rectification_json(r);
    auto unit = db.units().get(r.unit_id);
    j["unit"] = unit ? unit->draw_id_code : "";
    j["unit_name"] = unit ? unit->name : "";
    j["overdue"] = !r.deadline.empty() && today > r.deadline;
    items.push_back(std::move(j));
  }
  return Json{{"agency", agency.name}, {"rectifications", items}, {"total", items.size()}};
}

}  // namespace suiji::service
