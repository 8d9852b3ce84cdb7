// `suiji plan preview --db PATH --agency ID --period 2026Q2`: the agency's policy applied to
// its own jurisdiction — each stratum's population, size and formula, who is not eligible
// and why, the shortfall, and the period's draw window over the store's holiday table.
//
// Contracts:
// - The policy is the agency's current version for the period's year (agency_policy.h;
//   kNotFound "no_policy" when it has none). A quarter previews every stratum (a yearly
//   stratum as the annual draw of that year); a year previews the yearly strata only.
// - Populations are the live units within the agency's jurisdiction (auth/scope.h) that the
//   stratum's selector takes (policy/select.h), counted whole (the 数量 of 附件3);
//   exclusions (policy/eligibility.h) shrink the eligible count only, each unit listed by
//   reason; shortfall = size − eligible when positive, else 0 (null when the size is open).
// - A stratum defined by a named list needs the list imported (suiji list import): else
//   kBadInput "list_missing" naming the stratum and the list.
// - A staff ratio's headcount is the agency's own inspectors on its basis (never its
//   child agencies', 000:L20): 在编 and 在岗 for the on-staff bases, every inspector on
//   the roster for 系统中双随机执法人员 (003:L21); counted as the library stands on `today`.
// - `history` is the year's inspections of the jurisdiction's units by every level
//   (eligibility.h tally: caps and coverage). The cycle will fill it from tasks; until then
//   callers pass what they have and the CLI passes none.
// - warnings: the holiday table does not cover a year the window needs (working days are
//   then Monday–Friday); a size of "last quarter's" count read from the current list.
// Reads only; one read transaction's worth of queries.
#pragma once
#include <string>
#include <vector>

#include "domain/json.h"
#include "policy/eligibility.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

struct AgencyPreviewRequest {
  std::string agency;  // region code or id (plan_args.h)
  std::string period;  // 2026Q2 or 2027
  std::string today;   // YYYY-MM-DD the headcount is counted on ("" = today, UTC)
  std::vector<policy::PastInspection> history;
};

// {"agency": {"id","name","level"}, "period", "policy": {"year","version","preset","title"},
//  "strata": [{size fields as policy::to_json(StratumSize), "draw_period", "population",
//              "eligible", "shortfall", "headcount": {"basis","label","count","counted_on"}|null,
//              "exclusions": [{"reason","label","count","units": [{"id","draw_id","name"}]}]}],
//  "draw_window": {"from","to"}, "deadlines": [{"what","due"}], "warnings": [{"code","message"}]}
Json preview_agency(store::Store& db, const AgencyPreviewRequest& request);

}  // namespace suiji::service
