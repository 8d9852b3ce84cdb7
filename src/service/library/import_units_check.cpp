#include "service/library/import_units_check.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "domain/codes.h"
#include "service/library/import_steps.h"
#include "service/library/import_upsert.h"

namespace suiji::service {

namespace {

// One part of the rows: mapped, and each row's number in the file.
struct Part {
  std::vector<MappedUnit> mapped;
  std::vector<int> numbers;
};

// The checks of one mapped row that the unit alone does not decide: the domain rules,
// the agency's jurisdiction, an id the file repeats, the internal unit.
void check_row(const UnitCells& cells, const io::TableRow& row, const Agency& agency, const Unit* stored,
               const ImportOptions& options, OrgUnitResolver& org_units, OwnersOrgUnits& owners,
               std::unordered_map<std::string, int>& first_row_of_id, MappedUnit& m, RowIssues& issues) {
  const HeaderMap& h = cells.h;
  const Unit& u = m.record;
  auto column_of = [&](const std::string& field) {
    return field == "draw_id_code" ? cells.draw_id_column(row) : h.column(field);
  };
  for (const auto& fe : validate_unit(u)) issues.add(column_of(fe.field), fe.message);
  if (!u.region_code.empty() && check_region_code(u.region_code).ok() && !in_jurisdiction(agency, u.region_code))
    issues.add(h.column("region_code"), "行政区划代码 " + region_display(u.region_code) + " 不在本机构辖区 " +
                                            region_display(agency.region_code) +
                                            " 内 / outside the agency's jurisdiction");
  if (!u.draw_id_code.empty()) {
    auto [it, fresh] = first_row_of_id.emplace(u.draw_id_code, row.number);
    if (!fresh)
      issues.add(column_of("draw_id_code"), "「" + u.draw_id_code + "」与第 " + std::to_string(it->second) +
                                                " 行重复 / duplicate id, first on row " + std::to_string(it->second));
  }
  check_org_unit(m, stored ? std::optional<int64_t>(stored->agency_id) : std::nullopt, agency.id, org_units, owners,
                 options.create_org_units, h.column("org_unit"), issues);
}

// The store's decision on one part whose rows passed every check of the import: each
// row's line of the report, and the rows to write added to out.batch. The mapped rows
// are given up (moved into the batch or dropped).
void decide(store::Store& db, const HeaderMap& h, const Agency& agency, OrgUnitResolver& org_units,
            const std::unordered_map<std::string, Unit>& stored, Part& part, CheckedRows& out) {
  // A row naming an internal unit still to be created gets its id in the write phase.
  std::vector<bool> new_org_unit(part.mapped.size(), false);
  std::vector<Unit> records;
  records.reserve(part.mapped.size());
  for (size_t i = 0; i < part.mapped.size(); ++i) {
    auto& m = part.mapped[i];
    if (m.sets_org_unit && !m.org_unit_name.empty()) {
      m.record.org_unit_id = org_units.find(m.org_unit_name);
      new_org_unit[i] = !m.record.org_unit_id;
    }
    records.push_back(std::move(m.record));
  }
  try {
    // validate_unit has run on every record (check_row) and found nothing.
    store::CheckedUnits c = db.units().check_all(agency.id, std::move(records), &stored, true);
    for (size_t i = 0; i < c.rows.size(); ++i) {
      RowOutcome o = row_outcome(c.outcomes[i]);
      // A new internal unit has an id no stored unit can hold yet.
      if (new_org_unit[i] && o == RowOutcome::kUnchanged) o = RowOutcome::kUpdated;
      out.rows.push_back({part.numbers[i], c.rows[i].draw_id_code, c.rows[i].name, o});
      if (c.outcomes[i] == store::UpsertOutcome::kUnchanged) continue;
      out.batch_rows.push_back(out.rows.size() - 1);
      out.batch.rows.push_back(std::move(c.rows[i]));
      out.batch.outcomes.push_back(c.outcomes[i]);
      out.batch.diffs.push_back(std::move(c.diffs[i]));
      out.batch.given_zones.push_back(c.given_zones[i]);
    }
  } catch (const store::Invalid& e) {
    ImportReport refused;
    add_store_errors(e, part.numbers, [&](const std::string& f) { return store_column(h, f); }, refused);
    out.refusal.insert(out.refusal.end(), std::make_move_iterator(refused.errors.begin()),
                       std::make_move_iterator(refused.errors.end()));
  }
}

}  // namespace

std::string store_column(const HeaderMap& h, const std::string& field) {
  if (field == "draw_id_code") return h.column(h.has("draw_id_code") ? "draw_id_code" : "uscc");
  return h.column(field);
}

CheckedRows check_unit_rows(store::Store& db, const io::Table& table, const UnitCells& cells, const Agency& agency,
                            const ImportOptions& options, OrgUnitResolver& org_units, ImportReport& report) {
  const HeaderMap& h = cells.h;
  CheckedRows out;
  out.batch.agency_id = agency.id;
  out.batch.seen = db.units().state();  // before reading: a commit after this is noticed
  const size_t first = h.first_data_index();
  const size_t rows = table.rows.size() > first ? table.rows.size() - first : 0;
  out.rows.reserve(rows);
  OwnersOrgUnits owners(db, agency);
  std::unordered_map<std::string, int> first_row_of_id;
  first_row_of_id.reserve(rows);
  bool stopped = false;
  for (size_t from = first; from < table.rows.size() && !stopped; from += kRowsPerCheck) {
    const size_t to = std::min(from + kRowsPerCheck, table.rows.size());
    // The live units the part names, wherever they are (一企一档), in a few queries.
    std::vector<std::string> ids;
    ids.reserve(to - from);
    for (size_t i = from; i < to; ++i)
      if (std::string id = cells.draw_id(table.rows[i]); !id.empty()) ids.push_back(std::move(id));
    const std::unordered_map<std::string, Unit> stored = db.units().find_live_many(ids);
    Part part;
    part.mapped.reserve(to - from);
    part.numbers.reserve(to - from);
    for (size_t i = from; i < to; ++i) {
      const auto& row = table.rows[i];
      RowIssues issues(row.number, report.errors);
      auto it = stored.find(cells.draw_id(row));
      const Unit* old = it == stored.end() ? nullptr : &it->second;
      MappedUnit m = map_row(cells, row, agency, old, issues);
      check_row(cells, row, agency, old, options, org_units, owners, first_row_of_id, m, issues);
      part.mapped.push_back(std::move(m));
      part.numbers.push_back(row.number);
      ++out.data_rows;
      if ((stopped = stop_at_error_limit(report, options, row))) break;
    }
    // The store checks only rows the import found sound (a row in error is never written).
    if (report.errors.empty()) decide(db, h, agency, org_units, stored, part, out);
  }
  return out;
}

}  // namespace suiji::service
