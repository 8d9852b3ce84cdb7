#include "service/plans/special_carry_over.h"

#include "domain/inspection_record.h"
#include "store/store.h"

namespace suiji::service {
namespace {

// Measures that are a penalty (处罚), as opposed to an order to correct.
bool is_penalty(const std::string& kind) {
  return kind != key(RecordMeasure::kImmediate) && kind != key(RecordMeasure::kOrderCorrection);
}

}  // namespace

policy::Period previous_quarter(const policy::Period& p) {
  if (p.is_year() || p.quarter == 1) return policy::Period{p.year - 1, 4};
  return policy::Period{p.year, p.quarter - 1};
}

std::map<int64_t, std::vector<std::string>> special_carry_over(store::Store& db, const policy::Period& period) {
  std::map<int64_t, std::vector<std::string>> out;
  std::string last = previous_quarter(period).text();
  for (const auto& e : db.office_lists().of_period(last)) out[e.unit_id].push_back(e.origin);
  // Last quarter's reviewed records that imposed a penalty.
  for (const auto& r : db.inspection_records().of_period(last)) {
    if (r.status != "passed" && r.status != "published") continue;
    bool penalty = false;
    for (const Json& m : Json::parse(r.measures_json)) penalty |= is_penalty(m.value("kind", ""));
    if (!penalty) continue;
    auto task = db.tasks().get(r.task_id);
    if (task) out[task->unit_id].push_back("检查记录 " + std::to_string(r.id) + " 处罚（" + last + "）");
  }
  // Problems not yet put right, whenever they were found.
  for (const auto& r : db.inspection_records().open_rectifications())
    out[r.unit_id].push_back("整改未完成（检查记录 " + std::to_string(r.record_id) + "，期限 " + r.deadline + "）");
  return out;
}

}  // namespace suiji::service
