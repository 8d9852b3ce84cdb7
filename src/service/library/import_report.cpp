#include "service/library/import_report.h"

#include <algorithm>
#include <map>
#include <utility>

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

std::vector<ErrorGroup> group_errors(const std::vector<ImportIssue>& errors, size_t max_groups) {
  std::vector<std::pair<ErrorGroup, std::vector<int>>> groups;
  std::map<std::pair<std::string, std::string>, size_t> index;
  for (const auto& e : errors) {
    auto [it, fresh] = index.emplace(std::pair{e.column, e.message}, groups.size());
    if (fresh) {
      if (groups.size() >= max_groups) { index.erase(it); continue; }
      groups.push_back({ErrorGroup{"", e.column, e.message, 0}, {}});
    }
    auto& g = groups[it->second];
    ++g.first.count;
    if (e.row > 0) g.second.push_back(e.row);
  }
  std::vector<ErrorGroup> out;
  for (auto& [g, rows] : groups) {
    std::sort(rows.begin(), rows.end());
    for (size_t i = 0; i < rows.size();) {
      size_t j = i;
      while (j + 1 < rows.size() && rows[j + 1] <= rows[j] + 1) ++j;
      if (!g.rows.empty()) g.rows += "、";
      g.rows += std::to_string(rows[i]);
      if (rows[j] != rows[i]) g.rows += "–" + std::to_string(rows[j]);
      i = j + 1;
    }
    out.push_back(std::move(g));
  }
  return out;
}

namespace {

Json groups_json(const std::vector<ImportIssue>& errors) {
  Json a = Json::array();
  for (const auto& g : group_errors(errors))
    a.push_back({{"rows", g.rows}, {"column", g.column}, {"message", g.message}, {"count", g.count}});
  return a;
}

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
          {"stopped_at_error_limit", r.stopped_at_error_limit},
          {"counts",
           {{"created", r.count(RowOutcome::kCreated)},
            {"updated", r.count(RowOutcome::kUpdated)},
            {"unchanged", r.count(RowOutcome::kUnchanged)}}},
          {"created_org_units", r.created_org_units},
          {"errors", issues_json(r.errors)},
          {"error_count", r.errors.size()},
          {"error_groups", groups_json(r.errors)},
          {"warnings", issues_json(r.warnings)},
          {"rows", rows}};
}

}  // namespace suiji::service
