#include "service/library/import_audit.h"

#include <algorithm>

#include "service/audit/audited_write.h"

namespace suiji::service {

Json id_ranges(std::vector<int64_t> ids) {
  std::sort(ids.begin(), ids.end());
  Json out = Json::array();
  for (size_t i = 0; i < ids.size();) {
    size_t j = i;
    while (j + 1 < ids.size() && ids[j + 1] <= ids[j] + 1) ++j;
    out.push_back(Json::array({ids[i], ids[j]}));
    i = j + 1;
  }
  return out;
}

Json unit_history_of(const std::vector<store::UpsertResult>& results) {
  std::vector<int64_t> created;
  Json updated = Json::array();
  for (const auto& r : results) {
    if (r.outcome == store::UpsertOutcome::kInserted) created.push_back(r.id);
    if (r.outcome == store::UpsertOutcome::kUpdated) updated.push_back(Json::array({r.id, r.version}));
  }
  return Json{{"unit_history", {{"created", id_ranges(std::move(created))}, {"updated", std::move(updated)}}}};
}

Json written_keys(const ImportReport& report) {
  Json created = Json::array(), updated = Json::array();
  for (const auto& row : report.rows) {
    if (row.outcome == RowOutcome::kCreated) created.push_back(row.key);
    if (row.outcome == RowOutcome::kUpdated) updated.push_back(row.key);
  }
  return Json{{"created_keys", std::move(created)}, {"updated_keys", std::move(updated)}};
}

void record_import(Audit& audit, const ImportOptions& options, const Agency& agency, const ImportReport& report,
                   Json written) {
  Json after{{"file", options.source_name.empty() ? Json(nullptr) : Json(options.source_name)},
             {"sha256", options.source_sha256.empty() ? Json(nullptr) : Json(options.source_sha256)},
             {"agency", {{"id", agency.id}, {"name", agency.name}, {"region_code", agency.region_code}}},
             {"data_rows", report.data_rows},
             {"counts",
              {{"created", report.count(RowOutcome::kCreated)},
               {"updated", report.count(RowOutcome::kUpdated)},
               {"unchanged", report.count(RowOutcome::kUnchanged)}}},
             {"created_org_units", report.created_org_units}};
  for (auto& [k, v] : written.items()) after[k] = std::move(v);
  audit.record({options.actor, "library.import_" + report.kind, "agency", std::to_string(agency.id), nullptr,
                std::move(after)});
}

}  // namespace suiji::service
