// The write phase the units and inspectors imports share. Both map each row to a record
// that may name an internal unit (录入单位 / 所属单位) which only exists once this phase
// creates it (--create-org-units), and both upsert the whole batch with one store call.
#pragma once
#include <string>
#include <vector>

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

// In one transaction, all or nothing (see write_all_or_nothing): creates the missing
// internal units, points each record at its internal unit, upserts the batch with
// upsert_all(records) and lists each row's outcome under the record's `key`. The store's
// refusal becomes errors on the rows of `row_numbers` and the columns of `h`.
template <class Mapped, class Record, class UpsertAll>
void upsert_mapped_rows(store::Store& db, const ImportOptions& options, const HeaderMap& h,
                        OrgUnitResolver& org_units, std::vector<Mapped>& mapped,
                        const std::vector<int>& row_numbers, std::string Record::*key,
                        UpsertAll upsert_all, ImportReport& report) {
  write_all_or_nothing(
      db, options.dry_run, report,
      [&] {
        org_units.create_missing();
        report.created_org_units.assign(org_units.missing().begin(), org_units.missing().end());
        std::vector<Record> records;
        for (auto& m : mapped) {
          if (m.sets_org_unit && !m.org_unit_name.empty()) m.record.org_unit_id = org_units.find(m.org_unit_name);
          records.push_back(m.record);
        }
        auto results = upsert_all(records);
        for (size_t i = 0; i < results.size() && i < records.size(); ++i)
          report.rows.push_back({row_numbers[i], records[i].*key, records[i].name, row_outcome(results[i].outcome)});
      },
      [&](const store::Invalid& e) {
        add_store_errors(e, row_numbers, [&](const std::string& f) { return h.column(f); }, report);
        report.sort_errors();
      });
}

}  // namespace suiji::service
