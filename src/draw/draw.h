// sj-draw/1 end to end: from the frozen inputs to every computed field of the record
// (spec sections 4–7). Pure: no I/O, no clock, no randomness beyond the inputs.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "draw/assign.h"
#include "draw/input.h"

namespace suiji::draw {

struct SelectedUnit {
  std::string unit;
  std::string ticket;
};

struct StratumResult {
  std::string population_hash;
  size_t n = 0;
  std::vector<SelectedUnit> selected;  // ascending ticket order
};

struct ChangeResult {
  ChangeType type = ChangeType::kReplaceInspector;
  std::string unit;
  std::string inspector;  // replace_inspector
  std::string stratum;    // substitute_unit
  std::string replacement;
  std::vector<std::string> team;  // substitute_unit: the replacement unit's team
  bool cap_relaxed = false;
};

struct DrawResult {
  std::string seed;
  std::vector<StratumResult> strata;  // same order as DrawInput::strata
  std::string pool_hash;
  std::string conflicts_hash;
  int64_t cap = 0;
  std::vector<Assignment> assignments;        // draw order
  std::vector<ChangeResult> change_results;   // one per DrawInput::changes entry
  std::vector<Assignment> final_assignments;  // after the changes
};

// Validates (see validate()) and computes. Throws InputError when the draw cannot be made.
DrawResult compute_draw(const DrawInput& in, Strictness strictness = Strictness::kCompute);

// For verification, which reports the first discrepancy in the order of spec section 9:
// computes as far as the inputs allow. A team that cannot be formed or a change that cannot
// be replayed stops the computation there instead of throwing: `failure` holds that error
// (its path is "assignments[j]" or "changes[i]") and `result` every field computed before
// it (strata, hashes and cap always; the teams before j; the change results before i;
// final_assignments only when nothing failed). Broken inputs still throw InputError:
// validate()'s, and a unit id twice in one population (code "draw_duplicate_id", the first
// such stratum in record order).
struct PartialDraw {
  enum class Stop { kNone, kAssignments, kChanges };
  DrawResult result;
  Stop stopped = Stop::kNone;
  std::optional<InputError> failure;  // set when stopped != kNone
};
PartialDraw compute_draw_partial(const DrawInput& in, Strictness strictness);

}  // namespace suiji::draw
