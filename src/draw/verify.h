// Verification of a published record (spec section 9): recompute everything from the
// record's own inputs and compare with what the record claims.
#pragma once
#include <string>

#include "draw/record.h"

namespace suiji::draw {

struct Verdict {
  bool ok = false;
  // The field of the first discrepancy, machine-readable, e.g. "strata[key].selected[3]",
  // "strata[key].selected[3].ticket", "assignments[1].team[0]", "change_results[0].replacement".
  // The JavaScript verifier names the same path for the same record (tests/vectors/tamper_cases.json).
  std::string path;
  // The same, for people, bilingual:
  // "strata[key].selected[3]: 应为 X（签号 0.81…），记录为 Y / expected unit X ticket 0.81…, record has Y".
  std::string discrepancy;
};

// Reports the first discrepancy in the order of spec section 9: commitment, seed, each
// stratum in record order (population_hash, n, k — the number of selected entries —, then
// selected entry by entry), inspectors.pool_hash, inspectors.conflicts_hash, inspectors.cap,
// assignments entry by entry, change_results entry by entry, final_assignments entry by
// entry (an entry missing or in excess is named by its index). A replay that stops (a team
// that cannot be formed, a change that cannot be carried out) is reported in its turn as
// "assignments[j]" / "changes[i]", after the entries before it were compared.
// Throws MalformedRecord (check 1, before any other) when a computed field is missing or an
// input breaks the rules of spec sections 3–4 (ids, a unit id twice in one population, nonce
// format, k < 0, team_size …).
Verdict verify(const ParsedRecord& record);

}  // namespace suiji::draw
