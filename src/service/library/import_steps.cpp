#include "service/library/import_steps.h"

#include <utility>

#include "service/audit/audited_write.h"

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

bool stop_at_error_limit(ImportReport& report, const ImportOptions& options, const io::TableRow& last) {
  if (options.max_errors == 0 || report.errors.size() < options.max_errors) return false;
  report.stopped_at_error_limit = true;
  std::string limit = std::to_string(options.max_errors), row = std::to_string(last.number);
  report.warnings.push_back({last.number, "",
                             "错误已达上限 " + limit + " 个，检查到第 " + row + " 行为止，其后各行未检查 / stopped at " +
                                 limit + " errors on row " + row + "; the rows after it were not checked"});
  return true;
}

namespace {

// Fields up to the header's last named column.
size_t header_width(const io::TableRow& header) {
  size_t w = header.cells.size();
  while (w > 0 && header.cells[w - 1].find_first_not_of(" \t") == std::string::npos) --w;
  return w;
}

}  // namespace

bool finish_checking(ImportReport& report, const io::Table& table, size_t data_rows, const HeaderMap& h) {
  report.data_rows = static_cast<int>(data_rows);
  if (h.found()) {
    size_t first = h.first_data_index();
    size_t width = header_width(table.rows[first - 1]);
    for (size_t i = first; i < table.rows.size() && i < first + data_rows; ++i) {
      std::string why = broken_row(table, table.rows[i], width);
      if (why.empty()) continue;
      int n = table.rows[i].number;
      std::erase_if(report.errors, [&](const ImportIssue& e) { return e.row == n; });
      report.errors.push_back({n, "", why});
    }
  }
  if (data_rows == 0 && report.errors.empty())
    report.warnings.push_back({h.header_row(), "", "表头下没有数据行，未导入任何数据 / no data rows below the header"});
  if (!report.ok()) report.sort_errors();
  return report.ok();
}

void write_all_or_nothing(store::Store& db, bool dry_run, ImportReport& report,
                          const std::function<void()>& write_rows,
                          const std::function<void(const store::Invalid&)>& report_refusal,
                          const std::function<void(Audit&)>& record) {
  try {
    write(db, [&](Audit& audit) {
      write_rows();
      if (dry_run) throw DryRunRollback{};
      record(audit);
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

std::string broken_row(const io::Table& table, const io::TableRow& row, size_t width) {
  if (!row.defect.empty()) return row.defect;
  if (table.rows_have_all_fields && row.cells.size() < width)
    return "该行只有 " + std::to_string(row.cells.size()) + " 个字段，表头有 " + std::to_string(width) +
           " 个，文件可能被截断 / the row has " + std::to_string(row.cells.size()) + " fields, the header " +
           std::to_string(width) + " (is the file cut off?)";
  return "";
}

}  // namespace suiji::service
