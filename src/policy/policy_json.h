// A policy as JSON (schema "suiji-policy/1", docs/policy.md): how presets are written,
// how an agency's policy is stored and versioned, and what the API shows.
//
// Contracts:
// - policy_from_json accepts exactly the documented keys. A missing required key, an
//   unknown key (a typo must not silently drop a rule), a wrong type, an unknown label or
//   a value out of range throws suiji::Error kBadInput "policy_invalid", its message
//   naming the path ("strata[1].size.min_percent") in Chinese and English.
// - Ratios are decimal strings or integers ("1.25", "5", 5), never JSON floats: 1.25 as a
//   double is not 1.25, and sizes are exact (rational.h).
// - to_json(policy_from_json(j)) keeps every value of j (key order may differ, defaults
//   are written out), and policy_from_json(to_json(p)) == p field by field.
// Pure; thread-safe.
#pragma once
#include "domain/json.h"
#include "policy/policy.h"

namespace suiji::policy {

Policy policy_from_json(const Json& j);
Json to_json(const Policy& p);

// One stratum alone, as it appears in "strata" (a campaign plan's units,
// service/plans/campaign_plan.h); errors name paths under `path`.
Stratum stratum_from_json(const Json& j, const std::string& path);
Json to_json(const Stratum& s);

}  // namespace suiji::policy
