#include "service/library/import_steps.h"

#include <utility>

namespace suiji::service {

namespace {

// Thrown inside the store transaction to roll a dry run back.
struct DryRunRollback {};

}  // namespace

ImportReport start_report(std::string kind, const io::Table& table, const ImportOptions& options) {
  ImportReport report;
  report.kind = std::move(kind);
  report.dry_run = options.dry_run;
  report.source_encoding = table.source_encoding;
  return report;
}

bool finish_checking(ImportReport& report, size_t data_rows, const HeaderMap& h) {
  report.data_rows = static_cast<int>(data_rows);
  if (data_rows == 0 && report.errors.empty())
    report.warnings.push_back({h.header_row(), "", "表头下没有数据行，未导入任何数据 (no data rows below the header)"});
  if (!report.ok()) report.sort_errors();
  return report.ok();
}

void write_all_or_nothing(store::Store& db, bool dry_run, ImportReport& report,
                          const std::function<void()>& write,
                          const std::function<void(const store::Invalid&)>& report_refusal) {
  try {
    db.transaction([&] {
      write();
      if (dry_run) throw DryRunRollback{};
    });
    report.committed = true;
  } catch (const DryRunRollback&) {
    // rolled back on purpose: the report holds what would have happened
  } catch (const store::Invalid& e) {
    report.rows.clear();
    report.created_org_units.clear();
    report_refusal(e);
  }
}

}  // namespace suiji::service
