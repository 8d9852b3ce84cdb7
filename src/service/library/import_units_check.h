// The read-only pass of a units import (issue 11 items 7 and 8): every data row mapped
// and checked, and the store's decision of what each would do (Units::check_all), with
// nothing written and no write lock taken.
//
// The rows go through in parts of kRowsPerCheck: each part's stored units are looked up,
// its rows mapped onto them and checked, and the store decides their outcomes; then the
// part's stored units and its unchanged rows are let go, keeping only each row's line of
// the report and the rows to write. A re-import of an unchanged file so keeps next to
// nothing, where holding every stored unit and every mapped copy of it took 390 MB for
// 100,000 rows, and most of the time went to filling and freeing that memory.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "io/table.h"
#include "service/library/import_common.h"
#include "service/library/import_report.h"
#include "service/library/import_units_map.h"
#include "store/store.h"

namespace suiji::service {

inline constexpr std::size_t kRowsPerCheck = 1000;

struct CheckedRows {
  // The rows to write (created or updated), checked: batch.seen is the database state
  // taken before the first part was read, so a commit by another connection during the
  // pass is noticed (write_units checks again then).
  store::CheckedUnits batch;
  std::vector<std::size_t> batch_rows;  // for each row of `batch`, its index in `rows`
  std::vector<ImportedRow> rows;        // every data row read, with its outcome
  // The store's refusal as row errors (only when the rows had no errors of their own,
  // as the store checks only rows that passed the import's own checks).
  std::vector<ImportIssue> refusal;
  std::size_t data_rows = 0;  // data rows read (fewer than the table's at the error limit)
};

// The column of the user's file that a field of the store's refusal names: the draw id
// comes from the 抽查编号 column when the file has one, else from the USCC.
std::string store_column(const HeaderMap& h, const std::string& field);

// The pass over `table`'s data rows below the header of `cells`. The rows' own problems
// go to report.errors (reading stops at options.max_errors, stop_at_error_limit); once
// there is one, the store is asked nothing more. Internal units are looked up with
// `org_units` (a row naming one still to be created counts as updated, not unchanged).
CheckedRows check_unit_rows(store::Store& db, const io::Table& table, const UnitCells& cells, const Agency& agency,
                            const ImportOptions& options, OrgUnitResolver& org_units, ImportReport& report);

}  // namespace suiji::service
