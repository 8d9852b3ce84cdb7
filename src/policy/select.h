// Which units form a stratum: a policy's Selector (policy.h) applied to one unit.
//
//   SelectContext ctx{AgencyLevel::kCounty, &lists};
//   bool in = policy::selects(stratum.select, unit, ctx);
//
// Contracts:
// - Every condition the selector sets must hold; `any_of`, when not empty, must hold for
//   at least one of its selectors. An empty selector takes every unit.
// - Relative levels (001:L45) compare the unit's key level (11 国控 … 14 县控) with the
//   agency's own: a province is 省控 (12), a city 市控 (13), a county or zone agency 县控
//   (14). "above" is a code below the agency's, "at_or_above" at most it, "at" equal. A
//   general unit (23/24) is never selected by a relative level.
// - List conditions read the members given in the context, by (name, year). A list the
//   selector names but the context lacks is a caller error: lists_needed() says which
//   lists a policy names, and the service loads them (or refuses) before selecting.
// - Deleted units and production status are not the selector's business: the caller
//   passes live units, and exclusions (eligibility.h) come after selection.
// Pure; thread-safe over a shared context.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "domain/agency.h"
#include "domain/unit.h"
#include "policy/policy.h"

namespace suiji::policy {

using ListKey = std::pair<std::string, int>;  // (name, year); year 0 when the selector gives none
using ListMembers = std::map<ListKey, std::unordered_set<int64_t>>;  // unit ids

struct SelectContext {
  AgencyLevel agency_level = AgencyLevel::kCity;
  const ListMembers* lists = nullptr;
};

// The key level code an agency of this level supervises as its own: 12, 13 or 14.
int own_level_code(AgencyLevel level);

bool selects(const Selector& s, const Unit& u, const SelectContext& ctx);

// The named lists the policy's selectors refer to, each once, in order of first use.
std::vector<ListKey> lists_needed(const Policy& p);

}  // namespace suiji::policy
