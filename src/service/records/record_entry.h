// Entering an on-site record (检查记录, issue 13 §4): `suiji record enter --task N --file
// RECORD.json [--photo FILE …] [--draft] --as LOGIN`. The fields are Shandong 附件4's
// (domain/inspection_record.h); the result goes to review next (record_review.h).
//
//   status: (none) → draft (未录入, --draft) → submitted (待审核) → returned (退回) → submitted …
//
// Contracts:
// - The actor is an inspector (执法人员), team lead or operator of the task's agency or an
//   agency above it (actor_for; an operator types in the paper record of a team).
// - The task is open (kConflict "task_not_open"); one record per task: a draft or returned
//   record is replaced by the new entry (kept as the same record, history appended), a
//   submitted, passed or published one is kConflict "record_exists".
// - Every field problem is reported at once: kBadInput "record_invalid" with details
//   [{"field", "zh", "en"}] (validate_record); 检查时间 after today is "inspected_in_future".
// - Photos and scans (现场照片, 现场勘查笔录, 监测报告) are optional evidence, each JPEG, PNG
//   or PDF of at most 10 MB (service/evidence.h), stored by SHA-256 with the record.
// - The entry deadline is the policy's event deadline after "inspection" (Zhangdian: the
//   next day, 002:L27; Quzhou: 7 working days, 001:L71), counted from 检查时间 over the
//   store's holiday table; a record entered after it is accepted and flagged "late".
// One service::write ("record.submit" or "record.draft").
#pragma once
#include <string>
#include <vector>

#include "domain/json.h"
#include "service/evidence.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

struct RecordEntry {
  std::string task, actor;
  Json record;                         // domain/inspection_record.h's JSON
  std::vector<EvidenceFile> evidence;  // optional photos and scans
  bool submit = true;                  // false: keep it as a draft
  std::string today;                   // "" = today (UTC)
};

// The record JSON in the file at `path` ("-" not accepted): kBadInput "file_unreadable" or
// "record_not_json" (with the parser's position) when it cannot be read as JSON.
Json record_from_file(const std::string& path);

// {"record", "task", "status", "unit", "unit_name", "result", "entry_due" (or null), "late",
//  "opens_rectification", "evidence": [...]}
Json enter_record(store::Store& db, const RecordEntry& entry);

// The entry deadline of a record inspected on `inspected` (YYYY-MM-DD…) under the task's
// agency policy; "" when the policy sets none.
std::string record_entry_due(store::Store& db, int64_t agency_id, const std::string& inspected);

}  // namespace suiji::service
