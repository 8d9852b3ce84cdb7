// The steps the three imports (units, inspectors, conflicts) take around their own row
// mapping, so that each importer keeps only what differs: its columns, how a row becomes
// a record, and how the store writes the batch.
//
//   ImportReport report = start_report("units", table, options);
//   … resolve the agency, locate the header, map and check every row …
//   if (!finish_checking(report, mapped.size(), h)) return report;
//   write_all_or_nothing(db, options.dry_run, report, write_rows, report_refusal, record);
#pragma once
#include <cstddef>
#include <functional>
#include <string>

#include "io/table.h"
#include "service/library/import_columns.h"
#include "service/library/import_common.h"
#include "service/library/import_report.h"
#include "store/store.h"

namespace suiji::service {

class Audit;

// An empty report for an import of `kind` ("units", "inspectors", "conflicts").
ImportReport start_report(std::string kind, const io::Table& table, const ImportOptions& options);

// True once the report holds options.max_errors errors (0 = no limit): the importer
// stops reading after the row it just checked. Marks the report stopped and adds a
// warning naming the limit and the row where checking stopped (issue 11 item 6).
bool stop_at_error_limit(ImportReport& report, const ImportOptions& options, const io::TableRow& last);

// Ends the checking phase once every data row has been mapped: records how many there
// were, warns when the header has none below it, and sorts the errors by row. A row the
// reader found broken (TableRow::defect: an unterminated quote, a control character) or
// a CSV record with fewer fields than the header (a cut-off file) gets that one error in
// place of whatever its mapping reported (issue 11 item 7). Returns whether the import
// may go on to write (no errors).
bool finish_checking(ImportReport& report, const io::Table& table, size_t data_rows, const HeaderMap& h);

// That structural problem of one row ("中文 / English"), or "" when the row is sound:
// the reader's defect, or fewer fields than the header's `width` in a CSV record.
std::string broken_row(const io::Table& table, const io::TableRow& row, size_t width);

// Runs `write` in one transaction and marks the report committed. `write` fills in
// report.rows; a dry run then rolls back on purpose, so the report says what would have
// happened and nothing is written. When the store refuses the batch (store::Invalid),
// nothing is written either: the report keeps no rows or created internal units, and
// `report_refusal` turns the store's errors into row errors. Other errors propagate.
// The transaction is a service::write: after `write_rows`, `record` appends the import's
// audit entry (import_audit.h), which commits with the rows.
void write_all_or_nothing(store::Store& db, bool dry_run, ImportReport& report,
                          const std::function<void()>& write_rows,
                          const std::function<void(const store::Invalid&)>& report_refusal,
                          const std::function<void(Audit&)>& record);

}  // namespace suiji::service
