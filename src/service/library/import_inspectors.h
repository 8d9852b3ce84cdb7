// Use case: import the inspector library (执法人员名录库) from a spreadsheet.
//
// Contracts (as import_units.h): every row mapped and validated (执法人员编号 a valid
// sj-draw/1 id and unique in the file, 姓名, 在编/在岗 given as 是/否, certificates with a
// known type, a number and a real expiry date, a known 所属单位); every problem listed
// with row and column; any error writes nothing; otherwise one transaction upserts by
// code (a re-import replaces an inspector's certificate list when the file has
// certificate columns); columns a file lacks keep the stored values; dry_run rolls back.
#pragma once
#include "io/table.h"
#include "service/library/import_common.h"
#include "service/library/import_report.h"

namespace suiji::service {

ImportReport import_inspectors(store::Store& db, const io::Table& table, const ImportOptions& options);

}  // namespace suiji::service
