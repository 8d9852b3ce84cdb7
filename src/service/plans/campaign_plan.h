// Campaign plans: special campaigns (专项) and random joint inspections with other
// departments (联合, drawn the same way: 000:L32, 001:L75, 003:L27; Baoding at least 3 a
// year). A campaign is one stratum of its own — a selector and a size rule in the policy
// JSON form — on the same machinery as the policy's strata: population, eligibility,
// size and formula over the agency's jurisdiction, stored as a draft plan that the
// agency's approver approves (plan_approval.h), and listed in the annual plan.
//
//   suiji plan campaign --db PATH --agency ID --period 2027Q2 --file CAMPAIGN.json [--as LOGIN]
//   suiji plan approve  --db PATH --plan ID --as LOGIN
//
// CAMPAIGN.json:
//   {"kind": "joint" | "special", "name": "2027年二季度涉气企业联合抽查",
//    "departments": ["衢州市市场监督管理局"],   // the other departments: required for joint
//    "stratum": {a policy stratum: "id", "name", "select", "cadence", "size", "basis"}}
//
// Contracts:
// - The agency needs a policy for the period's year (kNotFound "no_policy"): its caps,
//   counted types, lists and headcount bases apply.
// - A joint inspection counts toward ratios and caps when the policy counts "joint"
//   (counted_types): `counts_toward_ratio` and `capped` say so. Until the cycle records
//   tasks there is no history, so no unit is excluded at the cap yet and the quarterly
//   sizes do not subtract joint draws (docs/policy.md, Not yet). A special campaign
//   never counts and is never capped (000:L10, 001:L35–37).
// - The stratum's cadence matches the period: "quarter" for 2027Q2, "year" for 2027.
// - Bad files: kBadInput "campaign_invalid" naming the path (the stratum's own errors are
//   policy_json's "policy_invalid" under "stratum."); nothing is written.
// - The same (agency, kind, period, name) again replaces the draft; an approved one is
//   final (kConflict "plan_approved").
// One transaction per call.
#pragma once
#include <cstdint>
#include <string>

#include "domain/json.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

struct CampaignRequest {
  std::string agency;  // region code or id (plan_args.h)
  std::string period;  // 2027Q2 or 2027
  std::string file;    // CAMPAIGN.json ("-" = standard input)
  std::string today;   // the headcount's date ("" = today, UTC)
  std::string actor;
};

// {"id", "kind", "name", "departments", "agency": {"id","name"}, "period",
//  "policy": {"year","version","preset","title"}, "counts_toward_ratio", "capped",
//  "stratum": {stratum_preview.h fields, "size_of_draw", "definition": the stratum JSON},
//  "status", "created_at", "created_by", "approved_at", "approved_by"}
Json campaign_plan(store::Store& db, const CampaignRequest& request);

// Approves any plan by its id (kNotFound "no_plan"), by plan_approval.h's rule.
Json approve_plan_by_id(store::Store& db, int64_t plan_id, const std::string& approver);

}  // namespace suiji::service
