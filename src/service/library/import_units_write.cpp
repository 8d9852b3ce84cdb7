#include "service/library/import_units_write.h"

#include <set>
#include <utility>

namespace suiji::service {

namespace {

void report_refusal(const store::Invalid& e, const HeaderMap& h, const std::vector<int>& row_numbers,
                    ImportReport& report) {
  report.rows.clear();
  report.created_org_units.clear();
  // The draw id comes from the 抽查编号 column when the file has one, else from the USCC.
  auto column_of = [&](const std::string& f) {
    if (f == "draw_id_code") return h.column(h.has("draw_id_code") ? "draw_id_code" : "uscc");
    return h.column(f);
  };
  add_store_errors(e, row_numbers, column_of, report);
  report.sort_errors();
}

}  // namespace

void write_units(store::Store& db, const ImportOptions& options, const HeaderMap& h, const Agency& agency,
                 OrgUnitResolver& org_units, const std::unordered_map<std::string, Unit>& stored,
                 std::vector<MappedUnit>& mapped, const std::vector<int>& row_numbers, ImportReport& report) {
  // Rows naming an internal unit still to be created get its id in the transaction.
  std::vector<bool> new_org_unit(mapped.size(), false);
  std::vector<Unit> records;
  records.reserve(mapped.size());
  for (size_t i = 0; i < mapped.size(); ++i) {
    auto& m = mapped[i];
    if (m.sets_org_unit && !m.org_unit_name.empty()) {
      m.record.org_unit_id = org_units.find(m.org_unit_name);
      new_org_unit[i] = !m.record.org_unit_id;
    }
    records.push_back(std::move(m.record));
  }
  const bool creates = !org_units.missing().empty();
  report.created_org_units.assign(org_units.missing().begin(), org_units.missing().end());
  try {
    store::CheckedUnits checked = db.units().check_all(agency.id, std::move(records), &stored);
    for (size_t i = 0; i < checked.rows.size(); ++i) {
      RowOutcome o = row_outcome(checked.outcomes[i]);
      // A new internal unit has an id no stored unit can hold yet.
      if (new_org_unit[i] && o == RowOutcome::kUnchanged) o = RowOutcome::kUpdated;
      report.rows.push_back({row_numbers[i], checked.rows[i].draw_id_code, checked.rows[i].name, o});
    }
    if (options.dry_run) return;
    db.transaction([&] {
      if (creates) {
        org_units.create_missing();
        for (size_t i = 0; i < checked.rows.size(); ++i)
          if (new_org_unit[i]) checked.rows[i].org_unit_id = org_units.find(mapped[i].org_unit_name);
        checked.seen.clear();  // the rows changed: check them again, now under the lock
      }
      auto results = db.units().write_checked(std::move(checked), options.actor);
      for (size_t i = 0; i < results.size() && i < report.rows.size(); ++i)
        report.rows[i].outcome = row_outcome(results[i].outcome);
    });
    report.committed = true;
  } catch (const store::Invalid& e) {
    report_refusal(e, h, row_numbers, report);
  }
}

}  // namespace suiji::service
