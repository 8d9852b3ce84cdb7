// The pollution-source library (污染源库): units with full version history.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "domain/json.h"
#include "domain/unit.h"

namespace suiji::store {

class Store;
struct UpsertResult;
enum class UpsertOutcome;  // store.h
template <class T>
struct Page;

struct UnitFilter {
  std::optional<int64_t> agency_id;      // owned by this agency (it entered them)
  std::optional<int64_t> within_agency;  // in this agency's jurisdiction (auth/scope.h)
  std::vector<int64_t> agency_ids;  // non-empty: any of these (a jurisdiction subtree)
  std::string region_prefix;        // "3308" = every unit in 衢州; "330802" = 柯城区
  std::optional<UnitLevel> level;
  std::optional<UnitClass> unit_class;
  std::optional<bool> special;
  std::optional<ProductionStatus> production_status;
  std::optional<bool> is_project;
  std::optional<int64_t> org_unit_id;
  std::string name_contains;     // substring of the name
  bool include_deleted = false;  // soft-deleted units are hidden unless asked for
  int64_t offset = 0;
  int64_t limit = 0;  // 0 = all
};

struct UnitHistoryEntry {
  int64_t unit_id = 0;
  int version = 0;
  std::string changed_at;
  std::string changed_by;
  // {"field": {"from": old, "to": new}, ...}; version 1 holds every field the new unit has
  // (from=null; fields left empty, "" or false, are absent: created_fields), rebuilt
  // from the unit and the later entries (stored as kCreatedDiff, unit_codec.h);
  // a deletion holds {"deleted_at": {...}, "delete_reason": {...}}.
  Json diff;
};

// A batch that Units::check_all has checked by reading only (no write lock): the rows as
// upsert_all would store them and what each would do. Units::write_checked writes it.
struct CheckedUnits {
  int64_t agency_id = 0;
  std::vector<Unit> rows;  // owner and zone resolved; id and version of the matched unit
  std::vector<UpsertOutcome> outcomes;
  std::vector<Json> diffs;  // the history diff of each update (null for other rows)
  std::vector<std::optional<int64_t>> given_zones;  // zone_agency_id as given, to check again
  std::string seen;  // the database state the check read (see write_checked)
};

class Units {
 public:
  explicit Units(Store& s) : s_(s) {}

  // Inserts the unit (version 1) or, if a live unit with that draw_id_code exists anywhere
  // in the database (一企一档: one record across levels), updates it: changed fields go to
  // unit_history and version + 1; an identical unit is left alone (kUnchanged). u.id,
  // u.version and u.deleted_at are ignored.
  // Ownership: a new unit belongs to the importing agency; an existing one keeps its owner.
  // The owner or an agency above it (a city for its county's unit) may update it; any other
  // agency gets a row error on draw_id_code ("该污染源已由「X」录入… / this unit was already
  // entered by X …"). An update by an agency above the owner must leave the unit within the
  // owner's jurisdiction (row error on region_code otherwise).
  // Zones: importing into a zone agency puts the unit in that zone (zone_agency_id);
  // otherwise an update keeps the unit's zone.
  // Throws Invalid (validate_unit, unknown agency, an org unit of another agency, a unit
  // outside the agency's jurisdiction, another owner), writing nothing. A soft-deleted unit
  // with the same code stays as it is: the new one is a new unit.
  UpsertResult upsert(const Unit& u, std::string_view actor);
  // Every unit, with agency_id forced to `agency_id`, in one transaction. All rows are
  // validated first (every problem collected, duplicates in the batch too); then either
  // all are written or, on any failure, nothing.
  std::vector<UpsertResult> upsert_all(int64_t agency_id, const std::vector<Unit>& units,
                                       std::string_view actor);
  // upsert_all in two steps, so that an import checks its whole batch before it takes the
  // write lock and a dry run never takes it (issue 11 item 7):
  // check_all makes every check upsert_all makes and decides each row's outcome, reading
  // only; throws Invalid as upsert_all does. `known` is find_live_many() of the units'
  // draw ids when the caller has it already (else check_all looks them up).
  // `validated`: the caller ran validate_unit on these very units and it found nothing
  // (an import does, to name the column of each problem), so it is not run twice.
  CheckedUnits check_all(int64_t agency_id, std::vector<Unit> units,
                         const std::unordered_map<std::string, Unit>* known = nullptr, bool validated = false);
  // What other connections' commits change, as check_all records it in CheckedUnits::seen
  // ("" when the engine cannot tell): a caller that checks a batch in parts takes it
  // before the first part, and compares it under the write lock.
  std::string state();
  // Writes a checked batch in one transaction (joining an enclosing one). When another
  // connection has committed since check_all read the database, checks again first
  // (which may throw Invalid), so the outcome is the one upsert_all would have had.
  std::vector<UpsertResult> write_checked(CheckedUnits batch, std::string_view actor);
  // The live units with these draw ids, wherever they are, by draw id (a few queries for
  // a whole file, not one per row).
  std::unordered_map<std::string, Unit> find_live_many(const std::vector<std::string>& codes);

  // Edits the unit with id u.id. draw_id_code cannot change. Throws NotFound/Invalid.
  UpsertResult update(const Unit& u, std::string_view actor);

  std::optional<Unit> get(int64_t id);  // deleted ones too (see deleted_at)
  // The live unit with this draw id owned by `agency_id`.
  std::optional<Unit> find(int64_t agency_id, std::string_view draw_id_code);
  // The live unit with this draw id, whoever owns it (there is at most one).
  std::optional<Unit> find_live(std::string_view draw_id_code);
  Page<Unit> list(const UnitFilter& f);  // ordered by id
  // The units of the filter (offset and limit ignored) with only the fields a policy
  // selects and excludes by (policy/select.h, eligibility.h): id, agency_id,
  // zone_agency_id, draw_id_code, name, region_code, level, special, permit_class, credit,
  // risk, positive_list, production_status, producing_months, is_project, approved_by,
  // approved_year; every other field is left empty. In no particular order: no ORDER BY,
  // which over the jurisdiction's IN lists would sort through a temporary file. A whole
  // province is read in one pass without the full unit's 36 columns (bench/RESULTS.md,
  // plan preview).
  std::vector<Unit> list_for_policy(const UnitFilter& f);
  int64_t count(const UnitFilter& f);

  // Soft delete: sets deleted_at, bumps version, records who and why in history.
  // Throws NotFound, or Invalid when already deleted.
  void soft_delete(int64_t id, std::string_view actor, std::string_view reason);
  std::vector<UnitHistoryEntry> history(int64_t unit_id);  // ascending version

 private:
  Store& s_;
};

}  // namespace suiji::store
