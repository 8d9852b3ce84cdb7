// One stratum of a plan as a user checks it: its size and formula (policy/size.h) beside
// the figures of the jurisdiction (jurisdiction_figures.h) — population, eligible count,
// shortfall, headcount and every exclusion with its units. Shared by the quarterly
// preview (agency_preview.h) and campaign plans (campaign_plan.h), so both print a
// stratum the same way.
// Pure (values in, JSON out).
#pragma once
#include <string>

#include "domain/json.h"
#include "policy/calendar.h"
#include "policy/size.h"
#include "service/plans/jurisdiction_figures.h"

namespace suiji::service {

// policy::to_json(size) plus "draw_period", "population", "eligible", "shortfall" (size −
// eligible when positive, else 0; null when the size is open), "headcount" ({"basis",
// "label", "count", "counted_on": today} for a staff ratio, else null) and "exclusions"
// ([{"reason", "label", "count", "units": [{"id", "draw_id", "name"}]}], units by id).
Json stratum_preview(const StratumFigures& f, const policy::StratumSize& size, const policy::Period& period,
                     const std::string& today);

}  // namespace suiji::service
