// Use case: import the pollution-source library (污染源库) from a spreadsheet.
//
//   auto table = io::read_table_file("units.xlsx");
//   ImportReport r = import_units(*db, table, {.agency_region = "330800"});
//
// Contracts:
// - Every data row is mapped (columns in docs/import-format.md) and validated: required
//   fields, 统一社会信用代码 check character, 组织机构代码, 行政区划代码 in GB/T 2260 and inside
//   the agency's jurisdiction, enum values, dates, coordinates, duplicate ids in the file,
//   unknown 录入单位. Every problem of every row is reported, not just the first.
// - Any error: nothing is written (report.committed == false).
// - Otherwise all rows are upserted by draw id in one transaction (the store versions
//   changed units in unit_history); report.rows says created/updated/unchanged per row.
// - For a unit already stored, columns the file has set their fields (empty cell =
//   clear) and columns it lacks keep the stored values; reviewed_at is kept unless the
//   level changes. New units need name, region and class/level whatever the columns.
// - Everything up to the write is read-only: rows are mapped and checked, and the store
//   checks them and decides each row's outcome (Units::check_all), part by part
//   (import_units_check.h), before the write lock is taken for the writes alone
//   (import_units_write.h); a commit by another connection in between means the rows are
//   checked again under the lock.
// - options.dry_run: the same checks and outcomes; never takes the write lock.
// - options.max_errors: reading stops once that many errors are found (stop_at_error_limit).
#pragma once
#include "io/table.h"
#include "service/library/import_common.h"
#include "service/library/import_report.h"

namespace suiji::service {

ImportReport import_units(store::Store& db, const io::Table& table, const ImportOptions& options);

}  // namespace suiji::service
