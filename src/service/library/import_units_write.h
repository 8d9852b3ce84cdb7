// The write phase of the units import (issue 11 items 7 and 8). The read-only pass
// (import_units_check.h) has checked every row and the store has decided each row's
// outcome; only then does the import take the write lock, for the writes alone
// (Units::write_checked). A dry run stops after the pass: it never takes the write lock,
// so it neither waits for a running import nor makes readers wait.
#pragma once
#include <functional>

#include "service/library/import_columns.h"
#include "service/library/import_common.h"
#include "service/library/import_report.h"
#include "service/library/import_upsert.h"
#include "store/store.h"

namespace suiji::service {

using MappedUnit = MappedRecord<Unit>;  // the internal unit is the 录入单位 column

struct CheckedRows;  // import_units_check.h

// Writes the rows `checked` holds (unless options.dry_run), all or nothing, and fills
// report.rows and report.created_org_units and marks the report committed; a refusal
// (the pass's or the store's) becomes row errors, and nothing is written.
// Under the write lock, when another connection has committed since the pass began, or
// when the import creates internal units (--create-org-units) that its rows then name,
// `check_again` runs the whole pass anew (its row errors into the report it is given),
// so that what is written follows from what the database holds now.
// The write appends the import's one audit entry (import_audit.h) for `agency`.
void write_units(store::Store& db, const ImportOptions& options, const Agency& agency, const HeaderMap& h,
                 OrgUnitResolver& org_units,
                 CheckedRows checked, const std::function<CheckedRows(ImportReport&)>& check_again,
                 ImportReport& report);

}  // namespace suiji::service
