#include "service/plans/agency_preview.h"

#include "domain/error.h"
#include "policy/schedule.h"
#include "policy/size.h"
#include "service/plans/agency_policy.h"
#include "service/plans/holiday_warnings.h"
#include "service/plans/jurisdiction_figures.h"
#include "service/plans/plan_args.h"
#include "service/plans/stratum_preview.h"
#include "store/store.h"

namespace suiji::service {

using policy::Cadence;

Json preview_agency(store::Store& db, const AgencyPreviewRequest& req) {
  policy::Period period = period_arg(req.period);
  Agency agency = agency_arg(db, req.agency);
  AgencyPolicy ap = current_policy(db, agency, period.year);
  const policy::Policy& p = ap.policy;
  std::string today = today_arg(req.today);

  std::vector<const policy::Stratum*> strata;
  for (const auto& s : p.strata)
    if (!period.is_year() || s.cadence == Cadence::kYear) strata.push_back(&s);
  if (strata.empty())
    throw bad_input("no_yearly_strata", "「" + agency.name + "」的抽查规则没有按年度抽取的类别，请按季度预览（如 " +
                                            std::to_string(period.year) + "Q1）",
                    "the agency's policy has no yearly strata: preview a quarter instead", Json{{"field", "period"}});

  JurisdictionFigures fig = figures_of(db, agency, p, period, strata, req.history);

  Json warnings = Json::array();
  Json out_strata = Json::array();
  for (std::size_t i = 0; i < strata.size(); ++i) {
    const policy::Stratum& s = *strata[i];
    const StratumFigures& t = fig.strata[i];
    policy::YearSoFar so_far;
    so_far.quarter = period.is_year() ? 1 : period.quarter;
    so_far.covered_this_year = t.covered;
    // drawn_this_year stays 0 until the cycle records draws per stratum.
    policy::StratumSize size = policy::size_of(s, t.population, t.headcount.value_or(0), so_far);
    out_strata.push_back(stratum_preview(t, size, period, today));
    if (s.size.of_last_quarter)
      warnings.push_back(plan_warning("last_quarter_from_current",
                                 "类别 " + s.id + " 按上季度数量计算，系统尚无上季度名单记录，暂以当前名单 " +
                                     std::to_string(t.population) + " 家计",
                                 "stratum " + s.id + " is sized on last quarter's count; with no record of last "
                                 "quarter's list yet, the current list (" + std::to_string(t.population) + ") is used"));
  }

  Json result = Json::object();
  result["agency"] = Json{{"id", agency.id}, {"name", agency.name}, {"level", std::string(key(agency.level))}};
  result["period"] = period.text();
  result["policy"] = Json{{"year", ap.year}, {"version", ap.version}, {"preset", p.preset}, {"title", p.title}};
  result["strata"] = std::move(out_strata);

  bool has_window = period.is_year() ? p.year_window.has_value() : p.quarter_window.has_value();
  if (has_window) {
    policy::WorkCalendar cal = store_calendar(db, period.year - 1, period.year + 1);
    policy::Schedule sched = policy::schedule_of(p, period, cal);
    Json sj = policy::to_json(sched, p.preset);
    result["draw_window"] = sj["draw_window"];
    result["deadlines"] = sj["deadlines"];
    for (auto& w : holiday_warnings(sched, cal)) warnings.push_back(std::move(w));
  } else {
    result["draw_window"] = nullptr;
    result["deadlines"] = Json::array();
  }
  result["warnings"] = std::move(warnings);
  return result;
}

}  // namespace suiji::service
