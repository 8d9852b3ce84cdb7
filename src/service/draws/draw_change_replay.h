// The engine side of a change after the draw (draw_change.h): what a requested change is
// in sj-draw/1 terms, what the engine would do with it now, and applying it — the record
// replayed with the change appended and the tasks made to follow. Internal to
// service/draws; the rules of who may ask and sign are draw_change.cpp's.
#pragma once
#include <string>

#include "domain/json.h"
#include "domain/user.h"
#include "draw/input.h"
#include "service/draws/draw_context.h"
#include "store/change_requests.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

// The change a user asks for, checked against the draw's current record: the unit is
// currently drawn (kBadInput "unit_not_drawn"), the inspector on its team
// ("inspector_not_on_team"); a substitution's stratum is the draw stratum holding the unit,
// `stratum` naming it or its policy stratum, or inferred when only one holds it
// ("stratum_ambiguous", "stratum_not_of_unit").
draw::Change proposed_change(const DrawContext& c, draw::ChangeType type, const std::string& unit,
                             const std::string& inspector, const std::string& stratum, const std::string& reason);

struct ChangePreview {
  std::string unit_name;
  Json json;  // {"replacement", "replacement_name", "team", "cap_relaxed"}
};
// What the engine gives if the change were approved now: the record replayed with it
// appended. Refuses a unit whose task is no longer open (kConflict "task_not_open") and
// passes on the engine's "draw_change_invalid" (no alternate left …). Reads only.
ChangePreview preview_change(store::Store& db, const DrawContext& c, const draw::Change& change);

struct AppliedChange {
  Json result;  // the record's new change_results entry
  Json tasks;   // [{"id", "unit", "status", "team"}] of the tasks touched or made
};
// Appends the request's change (approved by `approver`) to the record, replays it, stores
// the record (guarded) and updates the tasks. Call inside service::write.
AppliedChange apply_change(store::Store& db, const DrawContext& c, const store::ChangeRequestRow& request,
                           const User& approver);

}  // namespace suiji::service
