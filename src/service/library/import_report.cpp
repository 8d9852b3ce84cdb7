#include "service/library/import_report.h"

#include <algorithm>

namespace suiji::service {

int ImportReport::count(RowOutcome o) const {
  return static_cast<int>(std::count_if(rows.begin(), rows.end(),
                                        [&](const ImportedRow& r) { return r.outcome == o; }));
}

void ImportReport::sort_errors() {
  std::stable_sort(errors.begin(), errors.end(),
                   [](const ImportIssue& a, const ImportIssue& b) { return a.row < b.row; });
}

std::string_view outcome_label(RowOutcome o) {
  switch (o) {
    case RowOutcome::kCreated: return "新增";
    case RowOutcome::kUpdated: return "更新";
    case RowOutcome::kUnchanged: return "未变";
  }
  return "";
}

namespace {

Json issues_json(const std::vector<ImportIssue>& issues) {
  Json a = Json::array();
  for (const auto& i : issues) a.push_back({{"row", i.row}, {"column", i.column}, {"message", i.message}});
  return a;
}

std::string_view outcome_key(RowOutcome o) {
  switch (o) {
    case RowOutcome::kCreated: return "created";
    case RowOutcome::kUpdated: return "updated";
    case RowOutcome::kUnchanged: return "unchanged";
  }
  return "";
}

}  // namespace

Json to_json(const ImportReport& r) {
  Json rows = Json::array();
  for (const auto& x : r.rows)
    rows.push_back({{"row", x.row}, {"key", x.key}, {"name", x.name}, {"outcome", outcome_key(x.outcome)}});
  return {{"kind", r.kind},
          {"ok", r.ok()},
          {"dry_run", r.dry_run},
          {"committed", r.committed},
          {"source_encoding", r.source_encoding},
          {"data_rows", r.data_rows},
          {"counts",
           {{"created", r.count(RowOutcome::kCreated)},
            {"updated", r.count(RowOutcome::kUpdated)},
            {"unchanged", r.count(RowOutcome::kUnchanged)}}},
          {"created_org_units", r.created_org_units},
          {"errors", issues_json(r.errors)},
          {"warnings", issues_json(r.warnings)},
          {"rows", rows}};
}

}  // namespace suiji::service
