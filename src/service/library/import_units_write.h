// The write phase of the units import (issue 11 items 7 and 8). The store checks the
// whole batch and decides each row's outcome by reading only (Units::check_all); only
// then does the import take the write lock, for the writes alone (Units::write_checked).
// A dry run stops after the check: it never takes the write lock, so it neither waits
// for a running import nor makes readers wait.
#pragma once
#include <string>
#include <unordered_map>
#include <vector>

#include "service/library/import_columns.h"
#include "service/library/import_common.h"
#include "service/library/import_report.h"
#include "service/library/import_upsert.h"
#include "store/store.h"

namespace suiji::service {

using MappedUnit = MappedRecord<Unit>;  // the internal unit is the 录入单位 column

// Checks and (unless options.dry_run) writes `mapped` (rows `row_numbers` of the file,
// already checked by the service), all or nothing. `stored` is Units::find_live_many of
// the rows' draw ids. Fills report.rows and report.created_org_units and marks the report
// committed; the store's refusal becomes row errors (and nothing is written).
// Internal units to create (--create-org-units) are created in the write transaction;
// in a dry run a row naming one counts as created or updated.
void write_units(store::Store& db, const ImportOptions& options, const HeaderMap& h, const Agency& agency,
                 OrgUnitResolver& org_units, const std::unordered_map<std::string, Unit>& stored,
                 std::vector<MappedUnit>& mapped, const std::vector<int>& row_numbers, ImportReport& report);

}  // namespace suiji::service
