// One audit entry per import (issue 13 §1: imports write through the audit too): who
// imported which file into which agency, what came of each row, and where each record's
// before and after can be read — one entry, not one per row, so a 100,000-row import
// seals one entry and keeps its speed (bench/import_bench.sh).
//
//   write(db, [&](Audit& audit) {
//     auto results = db.units().write_checked(…);
//     record_import(audit, options, agency, report, unit_history_of(results));
//   });
//
// The entry: actor options.actor, action "library.import_<report.kind>" (units,
// inspectors, conflicts), entity "agency", entity_id the importing agency's id, before
// null, after {"file", "sha256", "agency", "data_rows", "counts": {"created", "updated",
// "unchanged"}, "created_org_units", …written}. Imports never delete, so there is no
// deleted count.
#pragma once
#include <cstdint>
#include <vector>

#include "domain/agency.h"
#include "domain/json.h"
#include "service/library/import_common.h"
#include "service/library/import_report.h"
#include "store/store.h"

namespace suiji::service {

class Audit;

// Sorted ids as closed ranges, [[1,5],[9,9]]: a new-units import's ids come in one block
// (Store::next_ids), so even 100,000 of them are one pair.
Json id_ranges(std::vector<int64_t> ids);

// Where the units' before/after lives: {"unit_history": {"created": id_ranges (each unit's
// version 1), "updated": [[unit_id, version], …]}} — unit_history's primary keys, whose
// diff_json holds each change (store/units.h).
Json unit_history_of(const std::vector<store::UpsertResult>& results);

// The keys (ImportedRow::key) of the rows created and of those updated:
// {"created_keys": […], "updated_keys": […]} — for the inspectors and conflicts imports,
// whose tables keep no history of their own.
Json written_keys(const ImportReport& report);

// Appends the import's one entry; `written` is merged into "after".
void record_import(Audit& audit, const ImportOptions& options, const Agency& agency, const ImportReport& report,
                   Json written);

}  // namespace suiji::service
