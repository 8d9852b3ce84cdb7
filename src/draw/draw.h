// sj-draw/1 end to end: from the frozen inputs to every computed field of the record
// (spec sections 4–7). Pure: no I/O, no clock, no randomness beyond the inputs.
#pragma once
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

}  // namespace suiji::draw
