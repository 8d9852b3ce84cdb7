#include "service/plans/jurisdiction_figures.h"

#include "service/plans/special_carry_over.h"

#include "auth/scope.h"
#include "domain/error.h"
#include "policy/select.h"
#include "store/store.h"

namespace suiji::service {

namespace {

using policy::Cadence;
using policy::Exclusion;

// Members of every named list the policy's strata use, found at the agency or above it.
policy::ListMembers load_lists(store::Store& db, const Agency& a, const policy::Policy& p) {
  policy::ListMembers out;
  auto chain = auth::agency_chain(a.id, db.agencies().lookup());
  for (const auto& key : policy::lists_needed(p)) {
    auto list = db.named_lists().find(chain, key.first, key.second);
    if (!list) {
      std::string year = std::to_string(key.second);
      throw bad_input("list_missing",
                      "名单「" + key.first + "」(" + year + ") 尚未导入：先用 suiji list import --agency " + std::to_string(a.id) +
                          " --name " + key.first + " --year " + year + " 文件 导入",
                      "the list \"" + key.first + "\" (" + year + ") has not been imported: import it with suiji list import",
                      Json{{"field", "list"}, {"list", key.first}, {"year", key.second}});
    }
    auto members = db.named_lists().members(list->id);
    out[key] = std::unordered_set<int64_t>(members.begin(), members.end());
  }
  return out;
}

int64_t headcount_of(store::Store& db, const Agency& a, policy::HeadcountBasis basis) {
  store::InspectorFilter f;
  f.agency_id = a.id;  // the agency's own, not its children's (000:L20)
  if (basis != policy::HeadcountBasis::kSystemInspectors) f.on_staff = f.on_post = true;
  return db.inspectors().count(f);
}

}  // namespace

JurisdictionFigures figures_of(store::Store& db, const Agency& agency, const policy::Policy& p,
                               const policy::Period& period, const std::vector<const policy::Stratum*>& strata,
                               const std::vector<policy::PastInspection>& history) {
  policy::ListMembers lists = load_lists(db, agency, p);
  policy::SelectContext ctx{agency.level, &lists};
  policy::YearTally year = policy::tally(p, period.year, history);

  JurisdictionFigures fig;
  store::UnitFilter within;
  within.within_agency = agency.id;
  fig.units = db.units().list_for_policy(within);
  auto carry = special_carry_over(db, period);
  for (Unit& u : fig.units)
    if (auto it = carry.find(u.id); it != carry.end() && !u.special) {
      u.special = true;
      fig.carried_over.emplace(u.id, it->second);
    }
  fig.strata.resize(strata.size());
  for (std::size_t i = 0; i < strata.size(); ++i) {
    fig.strata[i].stratum = strata[i];
    if (strata[i]->size.kind == policy::SizeRule::Kind::kStaffRatio)
      fig.strata[i].headcount = headcount_of(db, agency, strata[i]->size.headcount);
  }

  // One pass over the jurisdiction: a unit's exclusion is the same for every stratum of
  // a cadence, so it is decided once per unit and cadence.
  policy::Period whole_year{period.year, 0};
  for (const Unit& u : fig.units) {
    std::optional<std::optional<Exclusion>> quarter_out, year_out;
    for (auto& t : fig.strata) {
      const policy::Stratum& s = *t.stratum;
      if (!policy::selects(s.select, u, ctx)) continue;
      ++t.population;
      if (year.count(u.id)) ++t.covered;
      auto& out = s.cadence == Cadence::kYear ? year_out : quarter_out;
      if (!out) out = policy::exclusion_of(u, s.cadence == Cadence::kYear ? whole_year : period, p.caps, year);
      if (*out)
        t.excluded[**out].push_back(&u);
      else {
        ++t.eligible;
        t.eligible_units.push_back(&u);
      }
    }
  }
  return fig;
}

}  // namespace suiji::service
