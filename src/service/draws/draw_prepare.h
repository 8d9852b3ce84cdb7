// `suiji draw prepare --agency ID --period 2027Q1 [--stratum key,special] --as LOGIN`: the
// first step of the draw life cycle (issue 13 §2). Builds the sj-draw/1 input from the
// store and the agency's policy and stores it as a prepared draw; nothing is random yet.
//
// Contracts:
// - The actor is an operator (双随机操作员) of the agency or an agency above it
//   (acting_user.h actor_for).
// - Strata: a quarter prepares the policy's quarterly strata, a year (2027) the annual
//   draw of its yearly strata; `strata` names a subset (kBadInput "stratum_unknown" for
//   an id the policy lacks or of the other cadence).
// - Each stratum's population is its eligible units in the agency's jurisdiction on
//   `today` (jurisdiction_figures.h, with caps and coverage counted from the store's tasks,
//   draw_history.h); k is the policy's size for the period (policy/size.h), lowered to the
//   eligible count when fewer are eligible (the shortfall is recorded, never hidden). A
//   stratum that must cover every unit within the year (cover_all_per_year) is drawn as
//   two disjoint strata, "<id>.uncovered" (at least ⌈not yet covered ÷ quarters left⌉) and
//   "<id>.covered" (the rest of the size); each carries "policy_stratum": "<id>". A
//   size the policy leaves open is kBadInput "size_open"; a stratum without anyone
//   eligible is left out with a warning "stratum_empty" (kBadInput "nothing_to_draw" when
//   every stratum is).
// - The pool is draw_pool.h's on `today`, the 回避 pairs between its members and the populations; team size
//   and 以老带新 are the policy's. Fewer pool members than the team size is kBadInput
//   "pool_too_small".
// - The stored input carries, as informational fields (spec section 8), the agency,
//   period, policy version, the date the lists were taken (`as_of`), each stratum's
//   formula, shortfall and exclusions (unit ids and reasons) and the excluded inspectors
//   (ids and reasons): the published record says who was not eligible and why. Units
//   special this quarter only because last quarter's office lists named them
//   (special_carry_over.h) are listed with their origins ("special_carry_over").
// - Draw code: "<region code>-<period>-<n>", n the agency's next draw of the period.
// One service::write: the draw row and its audit entry ("draw.prepare").
#pragma once
#include <string>
#include <vector>

#include "domain/json.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

struct PrepareRequest {
  std::string agency;                // region code or id (plan_args.h)
  std::string period;                // 2027Q1 or 2027
  std::vector<std::string> strata;   // empty: every stratum of the period's cadence
  std::string today;                 // "" = today (UTC): the announce date the lists are taken on
  std::string actor;                 // --as
};

// {"id", "draw_code", "status": "prepared", "agency", "period", "as_of", "policy",
//  "strata": [stratum_preview fields + "id", "label", "k"], "team_size", "mentor_pairing",
//  "pool": {"members", "excluded": [{"id","name","reason","detail"}]}, "conflicts",
//  "special_carry_over": [{"unit", "name", "origins"}], "warnings": [{"code", "message"}]}
Json prepare_draw(store::Store& db, const PrepareRequest& request);

}  // namespace suiji::service
