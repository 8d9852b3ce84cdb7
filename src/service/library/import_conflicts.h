// Use case: import conflicts of interest (回避) from a spreadsheet: one row per
// unit–inspector pair, the unit by its 统一社会信用代码 (or 抽查编号), the inspector by
// 执法人员编号, with the reason.
//
// Contracts (as import_units.h): the unit must already be in the agency's 污染源库 and the
// inspector in the 执法人员名录库 of the agency or an agency above it (both live); a pair may appear once per file; the reason is required.
// Any error writes nothing. A pair already stored with the same reason is unchanged, with
// another reason updated. dry_run rolls back.
#pragma once
#include "io/table.h"
#include "service/library/import_common.h"
#include "service/library/import_report.h"

namespace suiji::service {

ImportReport import_conflicts(store::Store& db, const io::Table& table, const ImportOptions& options);

}  // namespace suiji::service
