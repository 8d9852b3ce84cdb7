// The write phase the units and inspectors imports share. Both map each row to a record
// that may name an internal unit (录入单位 / 所属单位) which only exists once this phase
// creates it (--create-org-units), and both upsert the whole batch with one store call.
#pragma once
#include <string>
#include <vector>

#include "service/library/import_audit.h"
#include "service/library/import_columns.h"
#include "service/library/import_common.h"
#include "service/library/import_report.h"
#include "service/library/import_steps.h"
#include "store/store.h"

namespace suiji::service {

// One row of the units or inspectors import, mapped. The internal unit stays a name
// until the write phase: a unit to be created has no id before then.
template <class Record>
struct MappedRecord {
  Record record;
  bool sets_org_unit = false;  // the file has the internal-unit column
  std::string org_unit_name;
};

// Checks the internal unit a mapped row names. For a record that another agency owns (a
// city's sheet updating a county's record, `stored_owner` its agency) the name is the
// owner's internal unit, resolved now and never created; otherwise it is the importer's,
// checked by `org_units` and resolved in the write phase.
template <class Record>
void check_org_unit(MappedRecord<Record>& m, std::optional<int64_t> stored_owner, int64_t importer,
                    OrgUnitResolver& org_units, OwnersOrgUnits& owners, bool may_create,
                    const std::string& column, RowIssues& issues) {
  if (stored_owner && *stored_owner != importer && m.sets_org_unit) {
    m.sets_org_unit = false;
    // Not the importer's to change: the store's refusal names the owner, and the owner's
    // internal units are not looked up (nor listed in an error) for another agency.
    if (!owners.importer_may_change(*stored_owner)) return;
    if (!m.org_unit_name.empty()) m.record.org_unit_id = owners.resolve(*stored_owner, m.org_unit_name, column, issues);
  } else {
    org_units.check_known(m.org_unit_name, may_create, column, issues);
  }
}

// In one transaction, all or nothing (see write_all_or_nothing): creates the missing
// internal units, points each record at its internal unit, upserts the batch with
// upsert_all(records) and lists each row's outcome under the record's `key`. A dry run
// reads only (issue 11 item 7: it never takes the write lock): check_all(records) decides
// each outcome and nothing is created. The store's refusal becomes errors on the rows of
// `row_numbers` and the columns of `h`. The write appends the import's one audit entry
// for `agency` (import_audit.h), naming the keys written.
template <class Mapped, class Record, class CheckAll, class UpsertAll>
void upsert_mapped_rows(store::Store& db, const ImportOptions& options, const Agency& agency, const HeaderMap& h,
                        OrgUnitResolver& org_units, std::vector<Mapped>& mapped,
                        const std::vector<int>& row_numbers, std::string Record::*key,
                        CheckAll check_all, UpsertAll upsert_all, ImportReport& report) {
  auto records_of = [&](std::vector<bool>* names_new_org_unit) {
    std::vector<Record> records;
    for (auto& m : mapped) {
      bool named = m.sets_org_unit && !m.org_unit_name.empty();
      if (named) m.record.org_unit_id = org_units.find(m.org_unit_name);
      if (names_new_org_unit) names_new_org_unit->push_back(named && !m.record.org_unit_id);
      records.push_back(m.record);
    }
    return records;
  };
  auto refuse = [&](const store::Invalid& e) {
    report.rows.clear();
    report.created_org_units.clear();
    add_store_errors(e, row_numbers, [&](const std::string& f) { return h.column(f); }, report);
    report.sort_errors();
  };
  if (options.dry_run) {
    std::vector<bool> names_new_org_unit;
    auto records = records_of(&names_new_org_unit);
    report.created_org_units.assign(org_units.missing().begin(), org_units.missing().end());
    try {
      auto outcomes = check_all(records);
      for (size_t i = 0; i < outcomes.size() && i < records.size(); ++i) {
        RowOutcome o = row_outcome(outcomes[i]);
        // An internal unit still to be created: no stored record names it yet.
        if (names_new_org_unit[i] && o == RowOutcome::kUnchanged) o = RowOutcome::kUpdated;
        report.rows.push_back({row_numbers[i], records[i].*key, records[i].name, o});
      }
    } catch (const store::Invalid& e) {
      refuse(e);
    }
    return;
  }
  write_all_or_nothing(
      db, false, report,
      [&] {
        org_units.create_missing();
        report.created_org_units.assign(org_units.missing().begin(), org_units.missing().end());
        auto records = records_of(nullptr);
        auto results = upsert_all(records);
        for (size_t i = 0; i < results.size() && i < records.size(); ++i)
          report.rows.push_back({row_numbers[i], records[i].*key, records[i].name, row_outcome(results[i].outcome)});
      },
      refuse, [&](Audit& audit) { record_import(audit, options, agency, report, written_keys(report)); });
}

}  // namespace suiji::service
