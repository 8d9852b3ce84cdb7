// The figures a plan is made of, read from the store for one agency, policy and period:
// each stratum's population in the agency's jurisdiction, who of it may be drawn (and why
// not), how many were already inspected this year, and the headcount of a staff ratio.
// Shared by plan preview (agency_preview.h) and the annual plan (annual_plan.h).
//
// Contracts:
// - Units are the live units within the agency's jurisdiction (auth/scope.h), read once
//   (Units::list_for_policy); each stratum takes those its selector selects
//   (policy/select.h); exclusions follow policy/eligibility.h, over the period for a
//   quarterly stratum and over the period's whole year for a yearly one.
// - Units on last quarter's office lists count as special (special_carry_over.h), with
//   their origins in `carried_over`.
// - Named lists are looked up at the agency, then each agency above it; a missing one
//   throws kBadInput "list_missing" naming the list and how to import it.
// - headcount is set for staff-ratio strata only: the agency's own inspectors on the
//   rule's basis (not its children's, 000:L20), on_staff && on_post except for
//   系统中双随机执法人员, which counts every inspector on the roster (003:L21).
// Reads only.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/agency.h"
#include "domain/unit.h"
#include "policy/eligibility.h"
#include "policy/policy.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

struct StratumFigures {
  const policy::Stratum* stratum = nullptr;
  int64_t population = 0, eligible = 0;
  int64_t covered = 0;  // units of the stratum with a counted inspection this year
  std::optional<int64_t> headcount;
  std::map<policy::Exclusion, std::vector<const Unit*>> excluded;  // into JurisdictionFigures::units
  std::vector<const Unit*> eligible_units;  // who may be drawn, by id (a draw's population)
};

struct JurisdictionFigures {
  std::vector<Unit> units;  // the jurisdiction's units (selection fields only)
  // Units made special for this period by last quarter's office lists (special_carry_over.h),
  // id → origins; units the library already flags special are not in it.
  std::map<int64_t, std::vector<std::string>> carried_over;
  std::vector<StratumFigures> strata;  // in the order asked
};

JurisdictionFigures figures_of(store::Store& db, const Agency& agency, const policy::Policy& p,
                               const policy::Period& period, const std::vector<const policy::Stratum*>& strata,
                               const std::vector<policy::PastInspection>& history);

}  // namespace suiji::service
