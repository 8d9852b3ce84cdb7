// Verification of a published record (spec section 9): recompute everything from the
// record's own inputs and compare with what the record claims.
#pragma once
#include <string>

#include "draw/record.h"

namespace suiji::draw {

struct Verdict {
  bool ok = false;
  // The first discrepancy, bilingual, naming the field, e.g.
  // "strata[key].selected[3]: 应为 X（签号 0.81…），记录为 Y / expected unit X ticket 0.81…, record has Y".
  std::string discrepancy;
};

// Checks, in order: commitment, seed, each stratum (population_hash, n, selected),
// pool_hash, conflicts_hash, cap, assignments, change_results, final_assignments.
Verdict verify(const ParsedRecord& record);

}  // namespace suiji::draw
