#include "service/library/import_units_write.h"

#include <utility>

#include "service/audit/audited_write.h"
#include "service/library/import_audit.h"
#include "service/library/import_units_check.h"

namespace suiji::service {

namespace {

// A pass under the write lock that found errors: they are the import's answer.
struct Refused {
  std::vector<ImportIssue> errors;
};

void refuse(std::vector<ImportIssue> errors, ImportReport& report) {
  report.rows.clear();
  report.created_org_units.clear();
  report.errors.insert(report.errors.end(), std::make_move_iterator(errors.begin()),
                       std::make_move_iterator(errors.end()));
  report.sort_errors();
}

}  // namespace

void write_units(store::Store& db, const ImportOptions& options, const Agency& agency, const HeaderMap& h,
                 OrgUnitResolver& org_units,
                 CheckedRows checked, const std::function<CheckedRows(ImportReport&)>& check_again,
                 ImportReport& report) {
  if (!checked.refusal.empty()) return refuse(std::move(checked.refusal), report);
  report.created_org_units.assign(org_units.missing().begin(), org_units.missing().end());
  report.rows = std::move(checked.rows);
  if (options.dry_run) return;
  std::vector<size_t> batch_rows = std::move(checked.batch_rows);
  try {
    write(db, [&](Audit& audit) {
      const bool creates = !org_units.missing().empty();
      if (creates) org_units.create_missing();
      if (creates || checked.batch.seen.empty() || checked.batch.seen != db.units().state()) {
        ImportReport again;
        CheckedRows fresh = check_again(again);
        if (!again.errors.empty()) throw Refused{std::move(again.errors)};
        if (!fresh.refusal.empty()) throw Refused{std::move(fresh.refusal)};
        report.rows = std::move(fresh.rows);
        batch_rows = std::move(fresh.batch_rows);
        checked.batch = std::move(fresh.batch);
      }
      std::vector<int> numbers;  // of the batch's rows, for the store's refusal
      numbers.reserve(batch_rows.size());
      for (size_t r : batch_rows) numbers.push_back(report.rows[r].row);
      try {
        auto results = db.units().write_checked(std::move(checked.batch), options.actor);
        for (size_t i = 0; i < results.size() && i < batch_rows.size(); ++i)
          report.rows[batch_rows[i]].outcome = row_outcome(results[i].outcome);
        record_import(audit, options, agency, report, unit_history_of(results));
      } catch (const store::Invalid& e) {
        ImportReport refused;
        add_store_errors(e, numbers, [&](const std::string& f) { return store_column(h, f); }, refused);
        throw Refused{std::move(refused.errors)};
      }
    });
    report.committed = true;
  } catch (const Refused& r) {
    refuse(r.errors, report);
  }
}

}  // namespace suiji::service
