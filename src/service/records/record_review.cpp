#include "service/records/record_review.h"

#include "domain/error.h"
#include "domain/inspection_record.h"
#include "policy/calendar.h"
#include "service/acting_user.h"
#include "service/audit/audited_write.h"
#include "service/refs.h"
#include "service/records/record_json.h"
#include "service/tasks/task_ref.h"
#include "store/store.h"

namespace suiji::service {
namespace {

// No seed gives a rectification deadline: a record names its own (责令改正's 期限), else this.
constexpr int kDefaultRectificationDays = 30;

store::InspectionRecordRow load_record(store::Store& db, const std::string& ref) {
  auto row = db.inspection_records().get(record_number(ref));
  if (!row)
    throw Error(ErrorKind::kNotFound, "record_not_found", "没有检查记录「" + ref + "」",
                "no inspection record \"" + ref + "\"", Json{{"field", "record"}});
  return *row;
}

std::string rectification_deadline(const Json& fields) {
  if (fields.contains("rectification_deadline")) return fields["rectification_deadline"].get<std::string>();
  auto day = policy::parse_date(fields.value("inspected_at", "").substr(0, 10));
  return day ? policy::format_date(*day + std::chrono::days(kDefaultRectificationDays)) : "";
}

}  // namespace

int64_t record_number(const std::string& ref) {
  auto id = number_ref(ref);
  if (!id)
    throw Error(ErrorKind::kNotFound, "record_not_found", "没有检查记录「" + ref + "」",
                "no inspection record \"" + ref + "\"", Json{{"field", "record"}});
  return *id;
}

Json review_record(store::Store& db, const RecordReview& in) {
  store::InspectionRecordRow row = load_record(db, in.record);
  store::TaskRow task = task_arg(db, std::to_string(row.task_id));
  User user = actor_for(db, in.actor, Role::kReviewer, task_agency(db, task), "审核检查记录");
  if (row.status != "submitted")
    throw Error(ErrorKind::kConflict, "record_not_submitted",
                "检查记录 " + std::to_string(row.id) + " 当前为「" + row.status + "」，只有待审核的记录可以审核",
                "record " + std::to_string(row.id) + " is " + row.status + ": only a submitted record is reviewed",
                Json{{"field", "record"}});
  if (row.author == user.login)
    throw Error(ErrorKind::kForbidden, "own_record", "审核人不能审核自己录入的检查记录",
                "a reviewer cannot review a record they entered", Json{{"field", "as"}});
  if (!in.pass && in.reason.empty())
    throw bad_input("reason_required", "退回检查记录须写明原因", "returning a record needs a reason",
                    Json{{"field", "reason"}});

  return write(db, [&](Audit& audit) {
    Json out = {{"record", row.id}, {"task", task.id}, {"rectification", nullptr},
                {"closed_rectifications", Json::array()}};
    row.reviewed_by = user.login;
    row.reviewed_at = store::Store::now();
    if (!in.pass) {
      row.status = "returned";
      row.return_reason = in.reason;
      append_history(row, "return", user.login, in.reason);
      db.inspection_records().advance(row, "submitted");
      audit.record({user.login, "record.return", "inspection_record", std::to_string(row.id),
                    Json{{"status", "submitted"}}, Json{{"status", "returned"}, {"reason", in.reason}}});
      out["status"] = row.status;
      out["task_status"] = task.status;
      return out;
    }
    row.status = "passed";
    append_history(row, "pass", user.login);
    db.inspection_records().advance(row, "submitted");
    db.tasks().set_status(task.id, "open", "closed");

    Json fields = Json::parse(row.fields_json);
    Json normalized = {{"fields", fields}, {"measures", Json::parse(row.measures_json)}, {"result", row.result_category}};
    if (record_opens_rectification(normalized)) {
      store::RectificationRow r;
      r.record_id = row.id;
      r.unit_id = task.unit_id;
      r.deadline = rectification_deadline(fields);
      db.inspection_records().open_rectification(r);
      out["rectification"] = rectification_json(r);
    } else if (row.result_category == key(RecordResult::kNoProblem) ||
               row.result_category == key(RecordResult::kRectified)) {
      for (const auto& r : db.inspection_records().open_rectifications_of_unit(task.unit_id)) {
        db.inspection_records().close_rectification(r.id, row.id);
        out["closed_rectifications"].push_back(r.id);
      }
    }
    audit.record({user.login, "record.pass", "inspection_record", std::to_string(row.id),
                  Json{{"status", "submitted"}, {"task_status", task.status}},
                  Json{{"status", "passed"}, {"task_status", "closed"}, {"rectification", out["rectification"]},
                       {"closed_rectifications", out["closed_rectifications"]}}});
    out["status"] = row.status;
    out["task_status"] = "closed";
    return out;
  });
}

}  // namespace suiji::service
