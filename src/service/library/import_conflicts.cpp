#include "service/library/import_conflicts.h"

#include <algorithm>
#include <map>

#include "auth/scope.h"

#include "service/library/import_audit.h"
#include "service/library/import_columns.h"
#include "service/library/import_steps.h"

namespace suiji::service {

ImportReport import_conflicts(store::Store& db, const io::Table& table, const ImportOptions& options) {
  ImportReport report = start_report("conflicts", table, options);
  auto agency = resolve_agency(db, options.agency_region, report);
  HeaderMap h = HeaderMap::locate(table, conflict_columns(), report);
  if (!h.found() || !agency || !report.ok()) return report;

  std::map<std::pair<std::string, std::string>, std::string> stored;  // (unit, inspector) -> reason
  for (const auto& v : db.conflicts().list(agency->id))
    stored[{v.unit_draw_id, v.inspector_code}] = v.conflict.reason;

  // An inspector belongs to one agency; a city's inspectors are drawn for its counties'
  // units, so a county records their conflicts too: this agency's and those above it.
  auth::AgencyLookup lookup = db.agencies().lookup();
  auto inspector_agencies = auth::agency_chain(agency->id, lookup);
  auto find_inspector = [&](const std::string& code) -> std::optional<Inspector> {
    auto i = db.inspectors().find_live(code);
    if (i && std::find(inspector_agencies.begin(), inspector_agencies.end(), i->agency_id) != inspector_agencies.end())
      return i;
    return std::nullopt;
  };

  std::vector<store::ConflictRow> rows;
  std::vector<Conflict> pairs;  // by stored ids, in row order
  std::vector<int> row_numbers;
  std::vector<std::string> names;
  std::map<std::pair<std::string, std::string>, int> first_row_of_pair;
  for (size_t r = h.first_data_index(); r < table.rows.size(); ++r) {
    const auto& row = table.rows[r];
    RowIssues issues(row.number, report.errors);
    store::ConflictRow c{h.cell(row, "unit"), h.cell(row, "inspector"), h.cell(row, "reason")};
    std::string name;
    Conflict pair;
    pair.reason = c.reason;
    if (c.unit_draw_id.empty()) {
      issues.add(h.column("unit"), "缺少单位的统一社会信用代码或抽查编号 / unit id is missing");
    } else {
      // The unit is one record in the whole database; this agency must see it.
      auto u = db.units().find_live(c.unit_draw_id);
      if (u && !auth::unit_within(u->region_code, u->zone_agency_id, *agency, lookup)) u.reset();
      if (!u || !u->deleted_at.empty())
        issues.add(h.column("unit"), "污染源库中没有「" + c.unit_draw_id + "」 / unknown unit; import the units first");
      else {
        name = u->name;
        pair.unit_id = u->id;
      }
    }
    if (c.inspector_code.empty()) {
      issues.add(h.column("inspector"), "缺少执法人员编号 / inspector code is missing");
    } else {
      auto i = find_inspector(c.inspector_code);
      if (!i) {
        issues.add(h.column("inspector"), "执法人员名录库中没有「" + c.inspector_code + "」 / unknown inspector; import the inspectors first");
      } else {
        name += " / " + i->name;
        pair.inspector_id = i->id;
      }
    }
    if (c.reason.empty()) issues.add(h.column("reason"), "缺少回避原因 / reason is missing");
    if (!c.unit_draw_id.empty() && !c.inspector_code.empty()) {
      auto [it, fresh] = first_row_of_pair.emplace(std::pair{c.unit_draw_id, c.inspector_code}, row.number);
      if (!fresh)
        issues.add(h.column("inspector"), "该单位与该执法人员的回避关系与第 " + std::to_string(it->second) +
                                              " 行重复 / duplicate pair, first on row " + std::to_string(it->second));
    }
    rows.push_back(std::move(c));
    pairs.push_back(pair);
    row_numbers.push_back(row.number);
    names.push_back(std::move(name));
    if (stop_at_error_limit(report, options, row)) break;
  }
  if (!finish_checking(report, table, rows.size(), h)) return report;

  for (size_t i = 0; i < rows.size(); ++i) {
    auto it = stored.find({rows[i].unit_draw_id, rows[i].inspector_code});
    RowOutcome o = it == stored.end()                 ? RowOutcome::kCreated
                   : it->second == rows[i].reason     ? RowOutcome::kUnchanged
                                                      : RowOutcome::kUpdated;
    report.rows.push_back({row_numbers[i], rows[i].unit_draw_id + "," + rows[i].inspector_code, names[i], o});
  }
  // A dry run ends here: every check the store makes (the unit and the inspector exist and
  // are live, a reason is given) was made above, reading only, so it never takes the
  // write lock (issue 11 item 7).
  if (options.dry_run) return report;
  // Row by row (not Conflicts::upsert_all, which resolves inspectors in one agency only),
  // inside one transaction: any failure rolls every row back.
  size_t current = 0;
  write_all_or_nothing(
      db, options.dry_run, report,
      [&] {
        for (current = 0; current < pairs.size(); ++current) db.conflicts().upsert(pairs[current]);
      },
      [&](const store::Invalid& e) {
        // The failing row is the one being written; its fields name the conflict's columns.
        std::map<std::string, std::string> cols = {{"unit_id", "unit"}, {"unit", "unit"}, {"inspector_id", "inspector"},
                                                   {"inspector", "inspector"}, {"reason", "reason"}};
        int row = current < row_numbers.size() ? row_numbers[current] : 0;
        for (const auto& re : e.rows)
          for (const auto& fe : re.errors) {
            auto it = cols.find(fe.field);
            report.errors.push_back({row, it == cols.end() ? fe.field : h.column(it->second), fe.message});
          }
        if (e.rows.empty()) report.errors.push_back({row, "", e.what()});
      },
      [&](Audit& audit) { record_import(audit, options, *agency, report, written_keys(report)); });
  return report;
}

}  // namespace suiji::service
