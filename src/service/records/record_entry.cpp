#include "service/records/record_entry.h"

#include "domain/error.h"
#include "domain/inspection_record.h"
#include "io/file_bytes.h"
#include "policy/calendar.h"
#include "service/acting_user.h"
#include "service/audit/audited_write.h"
#include "service/plans/agency_policy.h"
#include "service/plans/holiday_warnings.h"
#include "service/plans/plan_args.h"
#include "service/records/record_json.h"
#include "service/tasks/task_ref.h"
#include "store/store.h"

namespace suiji::service {
namespace {

void check_fields(const Json& record) {
  auto problems = validate_record(record);
  if (problems.empty()) return;
  Json details = Json::array();
  for (const auto& p : problems) details.push_back({{"field", p.field}, {"zh", p.zh}, {"en", p.en}});
  throw bad_input("record_invalid",
                  "检查记录有 " + std::to_string(problems.size()) + " 处需要改正，第一处：" + problems.front().zh,
                  "the record has " + std::to_string(problems.size()) + " problem(s), the first: " + problems.front().en,
                  details);
}

}  // namespace

Json record_from_file(const std::string& path) {
  std::string text = io::read_file_bytes(path);
  try {
    return Json::parse(text);
  } catch (const Json::parse_error& e) {
    throw bad_input("record_not_json", "文件「" + path + "」不是有效的 JSON：" + e.what(),
                    "the file \"" + path + "\" is not valid JSON: " + e.what(), Json{{"field", "file"}});
  }
}

std::string record_entry_due(store::Store& db, int64_t agency_id, const std::string& inspected) {
  auto day = policy::parse_date(inspected.substr(0, 10));
  if (!day) return "";
  Agency agency = agency_arg(db, "#" + std::to_string(agency_id));
  int year = static_cast<int>(std::chrono::year_month_day(*day).year());
  std::optional<AgencyPolicy> p;
  try {
    p = current_policy(db, agency, year);
  } catch (const Error& e) {
    if (e.code() != "no_policy") throw;
    return "";
  }
  for (const auto& d : p->policy.event_deadlines) {
    if (d.after != "inspection") continue;
    if (!d.working_days) return policy::format_date(*day + std::chrono::days(d.within));
    policy::WorkCalendar cal = store_calendar(db, year, year + 1);
    return policy::format_date(cal.add_working_days(*day, d.within));
  }
  return "";
}

Json enter_record(store::Store& db, const RecordEntry& in) {
  store::TaskRow task = task_arg(db, in.task);
  Agency agency = task_agency(db, task);
  User user = actor_for(db, in.actor, {Role::kInspector, Role::kTeamLead, Role::kOperator}, agency, "录入检查记录");
  if (task.status != "open")
    throw Error(ErrorKind::kConflict, "task_not_open",
                "任务 " + std::to_string(task.id) + " 已不是待检查状态（" + task.status + "），不能再录入检查记录",
                "task " + std::to_string(task.id) + " is " + task.status + ": no record can be entered",
                Json{{"field", "task"}});
  check_fields(in.record);
  Json n = normalize_record(in.record);
  std::string today = today_arg(in.today);
  std::string inspected = n["fields"]["inspected_at"].get<std::string>();
  if (inspected.substr(0, 10) > today)
    throw bad_input("inspected_in_future", "检查时间（" + inspected + "）晚于今天（" + today + "）",
                    "the inspection time (" + inspected + ") is after today (" + today + ")",
                    Json{{"field", "fields.inspected_at"}});
  check_evidence(in.evidence, false);

  std::optional<store::InspectionRecordRow> earlier;
  for (auto& r : db.inspection_records().of_task(task.id)) {
    if (r.status == "draft" || r.status == "returned") {
      earlier = r;
    } else {
      throw Error(ErrorKind::kConflict, "record_exists",
                  "任务 " + std::to_string(task.id) + " 已有检查记录 " + std::to_string(r.id) + "（" + r.status + "）",
                  "task " + std::to_string(task.id) + " already has record " + std::to_string(r.id) + " (" + r.status + ")",
                  Json{{"field", "task"}, {"record", r.id}});
    }
  }
  auto unit = db.units().get(task.unit_id);
  std::string due = record_entry_due(db, task.agency_id, inspected);
  bool late = in.submit && !due.empty() && today > due;

  return write(db, [&](Audit& audit) {
    store::InspectionRecordRow row = earlier.value_or(store::InspectionRecordRow{});
    std::string before = row.status;
    row.task_id = task.id;
    row.fields_json = n["fields"].dump();
    row.measures_json = n["measures"].dump();
    row.result_category = n["result"].get<std::string>();
    row.author = user.login;
    row.status = in.submit ? "submitted" : "draft";
    row.return_reason.clear();
    if (in.submit) row.submitted_at = store::Store::now();
    if (!earlier) db.inspection_records().insert(row);
    Json evidence = row.evidence_json.empty() ? Json::array() : Json::parse(row.evidence_json);
    for (auto& e : store_evidence(db, "inspection_record", row.id, in.evidence, user.login)) evidence.push_back(e);
    row.evidence_json = evidence.dump();
    append_history(row, in.submit ? "submit" : "draft", user.login, late ? "late" : "");
    db.inspection_records().advance(row, earlier ? before : row.status);
    audit.record({user.login, in.submit ? "record.submit" : "record.draft", "inspection_record",
                  std::to_string(row.id), before.empty() ? Json(nullptr) : Json{{"status", before}},
                  {{"task", task.id}, {"status", row.status}, {"result", row.result_category}, {"late", late},
                   {"evidence", evidence}}});
    return Json{{"record", row.id},
                {"task", task.id},
                {"status", row.status},
                {"unit", unit ? unit->draw_id_code : ""},
                {"unit_name", unit ? unit->name : ""},
                {"result", row.result_category},
                {"entry_due", due.empty() ? Json(nullptr) : Json(due)},
                {"late", late},
                {"opens_rectification", record_opens_rectification(n)},
                {"evidence", evidence}};
  });
}

}  // namespace suiji::service
