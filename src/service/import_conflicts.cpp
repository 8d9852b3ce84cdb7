#include "service/import_conflicts.h"

#include <map>

#include "service/import_columns.h"

namespace suiji::service {

ImportReport import_conflicts(store::Store& db, const io::Table& table, const ImportOptions& options) {
  ImportReport report;
  report.kind = "conflicts";
  report.dry_run = options.dry_run;
  report.source_encoding = table.source_encoding;
  auto agency = resolve_agency(db, options.agency_region, report);
  HeaderMap h = HeaderMap::locate(table, conflict_columns(), report);
  if (!h.found() || !agency || !report.ok()) return report;

  std::map<std::pair<std::string, std::string>, std::string> stored;  // (unit, inspector) -> reason
  for (const auto& v : db.conflicts().list(agency->id))
    stored[{v.unit_draw_id, v.inspector_code}] = v.conflict.reason;

  std::vector<store::ConflictRow> rows;
  std::vector<int> row_numbers;
  std::vector<std::string> names;
  std::map<std::pair<std::string, std::string>, int> first_row_of_pair;
  for (size_t r = h.first_data_index(); r < table.rows.size(); ++r) {
    const auto& row = table.rows[r];
    RowIssues issues(row.number, report.errors);
    store::ConflictRow c{h.cell(row, "unit"), h.cell(row, "inspector"), h.cell(row, "reason")};
    std::string name;
    if (c.unit_draw_id.empty()) {
      issues.add(h.column("unit"), "缺少单位的统一社会信用代码或抽查编号 (unit id is missing)");
    } else {
      auto u = db.units().find(agency->id, c.unit_draw_id);
      if (!u || !u->deleted_at.empty())
        issues.add(h.column("unit"), "污染源库中没有「" + c.unit_draw_id + "」 (unknown unit; import the units first)");
      else
        name = u->name;
    }
    if (c.inspector_code.empty()) {
      issues.add(h.column("inspector"), "缺少执法人员编号 (inspector code is missing)");
    } else {
      auto i = db.inspectors().find(agency->id, c.inspector_code);
      if (!i || !i->deleted_at.empty())
        issues.add(h.column("inspector"), "执法人员名录库中没有「" + c.inspector_code + "」 (unknown inspector; import the inspectors first)");
      else
        name += " / " + i->name;
    }
    if (c.reason.empty()) issues.add(h.column("reason"), "缺少回避原因 (reason is missing)");
    if (!c.unit_draw_id.empty() && !c.inspector_code.empty()) {
      auto [it, fresh] = first_row_of_pair.emplace(std::pair{c.unit_draw_id, c.inspector_code}, row.number);
      if (!fresh)
        issues.add(h.column("inspector"), "该单位与该执法人员的回避关系与第 " + std::to_string(it->second) +
                                              " 行重复 (duplicate pair, first on row " + std::to_string(it->second) + ")");
    }
    rows.push_back(std::move(c));
    row_numbers.push_back(row.number);
    names.push_back(std::move(name));
  }
  report.data_rows = static_cast<int>(rows.size());
  if (rows.empty() && report.errors.empty())
    report.errors.push_back({h.header_row(), "", "表头下没有数据行 (no data rows below the header)"});
  if (!report.ok()) {
    report.sort_errors();
    return report;
  }

  for (size_t i = 0; i < rows.size(); ++i) {
    auto it = stored.find({rows[i].unit_draw_id, rows[i].inspector_code});
    RowOutcome o = it == stored.end()                 ? RowOutcome::kCreated
                   : it->second == rows[i].reason     ? RowOutcome::kUnchanged
                                                      : RowOutcome::kUpdated;
    report.rows.push_back({row_numbers[i], rows[i].unit_draw_id + "," + rows[i].inspector_code, names[i], o});
  }
  try {
    db.transaction([&] {
      db.conflicts().upsert_all(agency->id, rows);
      if (options.dry_run) throw DryRunRollback{};
    });
    report.committed = true;
  } catch (const DryRunRollback&) {
  } catch (const store::Invalid& e) {
    report.rows.clear();
    std::map<std::string, std::string> cols = {{"unit_draw_id", "unit"}, {"unit_id", "unit"}, {"unit", "unit"},
                                               {"inspector_code", "inspector"}, {"inspector_id", "inspector"},
                                               {"inspector", "inspector"}, {"reason", "reason"}};
    add_store_errors(e, row_numbers, [&](const std::string& f) {
      auto it = cols.find(f);
      return it == cols.end() ? f : h.column(it->second);
    }, report);
    report.sort_errors();
  }
  return report;
}

}  // namespace suiji::service
