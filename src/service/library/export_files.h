// `suiji export` as a use case: the table of service/library/export_library.h written as a
// .csv (UTF-8 with BOM, formula-neutralised, io/csv_writer.h) or an .xlsx file.
//
//   auto r = service::export_library_file(*db, Library::kUnits, "330800", "", "units.xlsx");
//   // r.rows == number of data rows; the file was written atomically
//
// Contract:
// - format "csv" or "xlsx"; "" = from the extension of `out` (".xlsx"), else csv.
// - out "" (csv only): nothing is written, the CSV text is returned in `csv` for stdout.
// - Throws Error kBadInput "xlsx_needs_out" (xlsx with no file) / "bad_export_format",
//   kNotFound "agency_not_found" (no agency with that region code), before writing;
//   io::WriteError (kUnavailable) when the file cannot be written (none is left half-done).
#pragma once
#include <cstddef>
#include <string>

#include "service/library/export_library.h"
#include "service/library/import_library.h"
#include "store/store.h"

namespace suiji::service {

struct ExportFileResult {
  std::size_t rows = 0;  // data rows, header excluded
  std::string format;    // "csv" or "xlsx", as resolved
  std::string csv;       // the CSV text when `out` was empty
};

ExportFileResult export_library_file(store::Store& db, Library lib, const std::string& agency_region,
                                     const std::string& format, const std::string& out);

// "csv" or "xlsx" as export_library_file resolves and checks it (the same errors), for
// any table a command writes (the inspection-item list, service/plans/inspection_items.h).
std::string table_format(const std::string& format, const std::string& out);
// Writes `t` as `format` (already resolved) to `out`, or returns the CSV when out is "".
ExportFileResult write_table_file(const std::string& format, const std::string& out, ExportTable t);

}  // namespace suiji::service
