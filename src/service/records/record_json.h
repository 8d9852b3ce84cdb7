// How a record is shown (`suiji record show`, the lists, the API next) and how each step is
// appended to its history — one place for the record views of every records use case.
#pragma once
#include <string>

#include "domain/json.h"
#include "store/inspection_records.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

// Appends {"step", "login", "at", "note"} to row.history_json.
void append_history(store::InspectionRecordRow& row, const std::string& step, const std::string& login,
                    const std::string& note = "");

// {"record", "task", "period", "kind", "unit", "unit_name", "status", "status_label",
//  "fields", "measures", "result", "result_label", "author", "submitted_at", "reviewed_by",
//  "reviewed_at", "return_reason", "evidence", "history", "rectifications": [...]}
Json record_json(store::Store& db, const store::InspectionRecordRow& row);

Json rectification_json(const store::RectificationRow& r);

}  // namespace suiji::service
