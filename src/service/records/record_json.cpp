#include "service/records/record_json.h"

#include "domain/inspection_record.h"
#include "store/store.h"

namespace suiji::service {

void append_history(store::InspectionRecordRow& row, const std::string& step, const std::string& login,
                    const std::string& note) {
  Json h = row.history_json.empty() ? Json::array() : Json::parse(row.history_json);
  Json e = {{"step", step}, {"login", login}, {"at", store::Store::now()}};
  if (!note.empty()) e["note"] = note;
  h.push_back(e);
  row.history_json = h.dump();
}

Json rectification_json(const store::RectificationRow& r) {
  return Json{{"rectification", r.id},
              {"record", r.record_id},
              {"deadline", r.deadline},
              {"status", r.status},
              {"opened_at", r.opened_at},
              {"closed_at", r.closed_at},
              {"closed_by_record", r.closed_by_record_id ? Json(*r.closed_by_record_id) : Json(nullptr)}};
}

Json record_json(store::Store& db, const store::InspectionRecordRow& row) {
  auto task = db.tasks().get(row.task_id);
  auto unit = task ? db.units().get(task->unit_id) : std::nullopt;
  auto status = from_label<RecordStatus>(row.status);
  auto result = from_label<RecordResult>(row.result_category);
  Json rects = Json::array();
  for (const auto& r : db.inspection_records().rectifications_of_record(row.id)) rects.push_back(rectification_json(r));
  return Json{{"record", row.id},
              {"task", row.task_id},
              {"period", task ? task->period : ""},
              {"kind", task ? task->kind : ""},
              {"unit", unit ? unit->draw_id_code : ""},
              {"unit_name", unit ? unit->name : ""},
              {"status", row.status},
              {"status_label", status ? std::string(label(*status)) : row.status},
              {"fields", Json::parse(row.fields_json)},
              {"measures", Json::parse(row.measures_json)},
              {"result", row.result_category},
              {"result_label", result ? std::string(label(*result)) : row.result_category},
              {"author", row.author},
              {"submitted_at", row.submitted_at},
              {"reviewed_by", row.reviewed_by},
              {"reviewed_at", row.reviewed_at},
              {"return_reason", row.return_reason},
              {"evidence", Json::parse(row.evidence_json)},
              {"history", Json::parse(row.history_json)},
              {"rectifications", rects}};
}

}  // namespace suiji::service
