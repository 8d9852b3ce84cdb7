#include "service/plans/annual_plan.h"

#include <algorithm>

#include "domain/error.h"
#include "policy/schedule.h"
#include "policy/size.h"
#include "service/acting_user.h"
#include "service/audit/audited_write.h"
#include "service/plans/agency_policy.h"
#include "service/plans/holiday_warnings.h"
#include "service/plans/jurisdiction_figures.h"
#include "service/plans/plan_approval.h"
#include "service/plans/plan_args.h"
#include "store/store.h"

namespace suiji::service {

namespace {

constexpr const char* kAnnual = "annual";

Json stratum_plan(const StratumFigures& f) {
  const policy::Stratum& s = *f.stratum;
  int64_t heads = f.headcount.value_or(0);
  Json j{{"id", s.id},           {"name", s.name}, {"cadence", std::string(key(s.cadence))},
         {"population", f.population}, {"headcount", f.headcount ? Json(*f.headcount) : Json(nullptr)},
         {"basis", s.basis}};
  if (s.cadence == policy::Cadence::kYear) {
    policy::StratumSize size = policy::size_of(s, f.population, heads);
    j["per_quarter"] = nullptr;
    j["per_year"] = size.min_per_year ? Json(*size.min_per_year) : Json(nullptr);
    j["formula"] = size.formula;
    return j;
  }
  Json quarters = Json::array();
  int64_t drawn = 0;
  std::string formula;
  bool open = false;
  for (int q = 1; q <= 4; ++q) {
    policy::YearSoFar so_far{q, drawn, std::min(drawn, f.population)};
    policy::StratumSize size = policy::size_of(s, f.population, heads, so_far);
    if (q == 1) formula = size.formula;
    if (size.open || !size.min_per_quarter) {
      open = true;
      break;
    }
    quarters.push_back(*size.min_per_quarter);
    drawn += *size.min_per_quarter;
  }
  j["per_quarter"] = open ? Json(nullptr) : quarters;
  j["per_year"] = open ? Json(nullptr) : Json(drawn);
  j["formula"] = formula;
  return j;
}

Json filing_of(const policy::Policy& p, int year, store::Store& db) {
  policy::Period before{year - 1, 0};
  policy::WorkCalendar cal = store_calendar(db, year - 1, year - 1);
  Json out = Json::array();
  for (const auto& d : p.deadlines) {
    if (d.every != policy::Deadline::Every::kYear) continue;
    policy::Date due = policy::resolve(d.due, before.first_day(), before.last_day(), cal);
    if (due <= before.last_day()) out.push_back(Json{{"what", d.what}, {"due", policy::format_date(due)}, {"basis", d.basis}});
  }
  return out;
}

Agency plan_agency(store::Store& db, const std::string& ref, int year) {
  year_arg(year);
  return agency_arg(db, ref);
}

// The year's campaign plans of `kind` as the annual plan lists them.
Json campaigns_of(store::Store& db, const Agency& a, int year, const char* kind) {
  Json out = Json::array();
  for (const auto& row : db.plans().of_year(a.id, year, kind)) {
    Json c = Json::parse(row.json);
    out.push_back(Json{{"id", row.id}, {"name", row.name}, {"period", row.period}, {"status", row.status},
                       {"size", c["stratum"]["size_of_draw"]}});
  }
  return out;
}

// Random joint inspections with other departments: how many the policy asks a year
// (Baoding ≥ 3, 003:L27) against the joint plans made for the year.
Json joint_of(store::Store& db, const Agency& a, const policy::Policy& p, int year) {
  Json plans = campaigns_of(db, a, year, "joint");
  Json j{{"required_per_year", p.joint_per_year ? Json(*p.joint_per_year) : Json(nullptr)},
         {"planned", plans.size()},
         {"plans", plans}};
  if (p.joint_per_year && static_cast<int>(plans.size()) < *p.joint_per_year)
    j["warning"] = plan_warning("joint_short",
                                "本年度联合抽查计划 " + std::to_string(plans.size()) + " 次，少于规则要求的每年至少 " +
                                    std::to_string(*p.joint_per_year) + " 次（suiji plan campaign，计划文件 kind 为 joint）",
                                std::to_string(plans.size()) + " joint inspection plans this year, fewer than the " +
                                    std::to_string(*p.joint_per_year) + " a year the policy asks (suiji plan campaign with kind joint in the file)");
  return j;
}

[[noreturn]] void no_plan(const Agency& a, int year) {
  throw Error(ErrorKind::kNotFound, "no_plan",
              "「" + a.name + "」还没有 " + std::to_string(year) + " 年度计划；先运行 suiji plan annual --agency " +
                  std::to_string(a.id) + " --year " + std::to_string(year),
              a.name + " has no " + std::to_string(year) + " annual plan yet: run suiji plan annual first",
              Json{{"field", "year"}});
}

}  // namespace

Json annual_plan(store::Store& db, const std::string& agency_ref, int year, const std::string& actor) {
  {
    // An approved plan is final (store/plans.h): asking again only reads it.
    Agency a = plan_agency(db, agency_ref, year);
    auto stored = db.plans().find(a.id, std::to_string(year), kAnnual);
    if (stored && stored->status == "approved") return printed_plan(*stored);
  }
  return write(db, [&](Audit& audit) {
    Agency a = plan_agency(db, agency_ref, year);
    User user = operator_for(db, actor, a, "起草年度计划");
    std::string period = std::to_string(year);
    auto stored = db.plans().find(a.id, period, kAnnual);  // approved since: put_draft refuses
    AgencyPolicy ap = current_policy(db, a, year);
    std::vector<const policy::Stratum*> strata;
    for (const auto& s : ap.policy.strata) strata.push_back(&s);
    JurisdictionFigures fig = figures_of(db, a, ap.policy, policy::Period{year, 1}, strata, {});

    Json plan = Json::object();
    plan["kind"] = kAnnual;
    plan["agency"] = Json{{"id", a.id}, {"name", a.name}};
    plan["year"] = year;
    plan["status"] = "draft";
    plan["policy"] = Json{{"year", ap.year}, {"version", ap.version}, {"preset", ap.policy.preset}, {"title", ap.policy.title}};
    plan["filing"] = filing_of(ap.policy, year, db);
    plan["strata"] = Json::array();
    Json total = 0;
    for (const auto& f : fig.strata) {
      Json j = stratum_plan(f);
      if (j["per_year"].is_null())
        total = nullptr;
      else if (!total.is_null())
        total = total.get<int64_t>() + j["per_year"].get<int64_t>();
      plan["strata"].push_back(std::move(j));
    }
    plan["total_per_year"] = total;  // null while a figure is open
    plan["joint"] = joint_of(db, a, ap.policy, year);
    plan["special_campaigns"] = campaigns_of(db, a, year, "special");
    Json out = printed_plan(db.plans().put_draft(a.id, period, kAnnual, "", ap.version, plan.dump(), user.login));
    audit.record({user.login, "plan.draft", "plan", std::to_string(out["id"].get<int64_t>()),
                  stored ? printed_plan(*stored) : Json(nullptr), out});
    return out;
  });
}

Json approve_annual_plan(store::Store& db, const std::string& agency_ref, int year, const std::string& approver) {
  return write(db, [&](Audit& audit) {
    Agency a = plan_agency(db, agency_ref, year);
    auto stored = db.plans().find(a.id, std::to_string(year), kAnnual);
    if (!stored) no_plan(a, year);
    return approve_plan(db, audit, a, *stored, approver);
  });
}

}  // namespace suiji::service
