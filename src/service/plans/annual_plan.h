// The annual plan (年度抽查计划): 家次 per stratum for the year from the agency's policy and
// its jurisdiction, to be filed with the parent agency by the end of December (000:L17,
// 001:L59), and final only once the agency's approver has approved it.
//
//   suiji plan annual  --db PATH --agency ID --year 2027 [--as LOGIN]
//   suiji plan approve --db PATH --agency ID --year 2027 --as LOGIN
//
// Contracts:
// - annual_plan computes the plan from the current policy of `year` (kNotFound "no_policy"
//   without one) and the store as it stands, and stores it as the draft (replacing an
//   earlier draft); once approved, the stored plan is printed as it was approved and
//   never recomputed.
// - Each stratum: its population today, and the size of each of the four quarterly draws
//   as size_of gives it with the year so far taken from the plan's own earlier quarters
//   (a yearly ratio drawn quarterly takes ⌈what the year still needs ÷ quarters left⌉,
//   so the quarters add up to the year's figure; coverage assumes the earlier quarters
//   drew distinct units); a yearly stratum has one annual draw. per_year is 家次.
//   An open figure (加大比例, 000:L21) is null and the plan says it must be set.
// - filing: the policy's yearly deadlines of the year before that fall due by its end.
// - joint: the policy's joint inspections a year (Baoding ≥ 3, 003:L27) against the joint
//   plans of the year (campaign_plan.h), with a "joint_short" warning when fewer;
//   special_campaigns: the year's 专项 plans. Both as they stand when the draft is made.
// - approve_annual_plan: the plan must exist (kNotFound "no_plan"); who may approve is
//   plan_approval.h's rule (user_unknown, not_approver, plan_approved).
// One transaction per call.
#pragma once
#include <string>

#include "domain/json.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

// {"kind": "annual", "agency", "year", "status", "policy", "filing": [{"what", "due"}],
//  "strata": [{"id", "name", "cadence", "population", "headcount", "per_quarter": [4]|null,
//  "per_year", "formula", "basis"}], "total_per_year",
//  "joint": {"required_per_year", "planned", "plans": [{"id","name","period","status","size"}], "warning"?},
//  "special_campaigns": [same as joint plans], "id", "created_at", "created_by", "approved_at", "approved_by"}
Json annual_plan(store::Store& db, const std::string& agency_ref, int year, const std::string& actor);
Json approve_annual_plan(store::Store& db, const std::string& agency_ref, int year, const std::string& approver);

}  // namespace suiji::service
