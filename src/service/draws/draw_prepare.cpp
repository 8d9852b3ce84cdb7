#include "service/draws/draw_prepare.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "domain/error.h"
#include "domain/user.h"
#include "policy/size.h"
#include "service/acting_user.h"
#include "service/audit/audited_write.h"
#include "service/draws/draw_history.h"
#include "service/draws/draw_pool.h"
#include "service/plans/agency_policy.h"
#include "service/plans/holiday_warnings.h"
#include "service/plans/jurisdiction_figures.h"
#include "service/plans/plan_args.h"
#include "service/plans/stratum_preview.h"
#include "store/store.h"

namespace suiji::service {
namespace {

using policy::Cadence;

std::vector<const policy::Stratum*> strata_of(const policy::Policy& p, const policy::Period& period,
                                              const std::vector<std::string>& asked) {
  Cadence cadence = period.is_year() ? Cadence::kYear : Cadence::kQuarter;
  std::vector<const policy::Stratum*> out;
  if (asked.empty()) {
    for (const auto& s : p.strata)
      if (s.cadence == cadence) out.push_back(&s);
  } else {
    for (const auto& id : asked) {
      const policy::Stratum* s = p.stratum(id);
      if (!s || s->cadence != cadence)
        throw bad_input("stratum_unknown",
                        "抽查规则中没有" + std::string(period.is_year() ? "按年度" : "按季度") + "抽取的类别「" + id + "」",
                        "the policy has no " + std::string(period.is_year() ? "yearly" : "quarterly") + " stratum \"" +
                            id + "\"",
                        Json{{"field", "stratum"}});
      if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
    }
  }
  if (out.empty())
    throw bad_input("no_strata", "抽查规则没有" + std::string(period.is_year() ? "按年度" : "按季度") + "抽取的类别，期间「" +
                                     period.text() + "」无可准备的抽取",
                    "the policy has no " + std::string(period.is_year() ? "yearly" : "quarterly") +
                        " strata: nothing to prepare for " + period.text(),
                    Json{{"field", "period"}});
  return out;
}

std::string next_draw_code(store::Store& db, const Agency& a, const policy::Period& period) {
  store::DrawFilter f;
  f.agency_id = a.id;
  f.period = period.text();
  auto n = static_cast<int64_t>(db.draws().list(f).size()) + 1;
  std::string code;
  do code = a.region_code + "-" + period.text() + "-" + std::to_string(n++);
  while (db.draws().find(code));
  return code;
}

// The stored exclusions: unit ids and reasons only (names stay out of a published record).
Json stored_exclusions(const StratumFigures& t) {
  Json out = Json::array();
  for (auto [why, units] : t.excluded) {
    std::sort(units.begin(), units.end(), [](const Unit* a, const Unit* b) { return a->draw_id_code < b->draw_id_code; });
    Json ids = Json::array();
    for (const Unit* u : units) ids.push_back(u->draw_id_code);
    out.push_back({{"reason", std::string(key(why))}, {"label", std::string(label(why))}, {"units", std::move(ids)}});
  }
  return out;
}

// One sj-draw/1 stratum of a policy stratum's draw.
struct Part {
  std::string id, label;
  std::vector<const Unit*> units;
  int64_t k = 0;
};

// A stratum is drawn whole, except one that must cover every unit within the year
// (cover_all_per_year, docs/policy.md "Coverage"): its units not yet inspected this year
// form their own stratum ("<id>.uncovered"), drawing at least ⌈not covered ÷ quarters
// left⌉ of them (more when the covered ones cannot fill the size), and the rest of the
// size is drawn from those already covered ("<id>.covered"). Both are random draws; the
// parts never overlap, so the size is exact and the last quarter takes every unit left.
std::vector<Part> draw_parts(const policy::Stratum& s, const StratumFigures& t, int64_t k,
                             const policy::YearTally& tally, const policy::Period& period) {
  if (!s.cover_all_per_year || period.is_year()) return {Part{s.id, "", t.eligible_units, k}};
  Part open{s.id + ".uncovered", "本年尚未检查", {}, 0}, done{s.id + ".covered", "本年已检查", {}, 0};
  for (const Unit* u : t.eligible_units) (tally.count(u->id) ? done : open).units.push_back(u);
  auto n_open = static_cast<int64_t>(open.units.size()), n_done = static_cast<int64_t>(done.units.size());
  int64_t quarters_left = 5 - period.quarter;
  int64_t share = (n_open + quarters_left - 1) / quarters_left;
  open.k = std::min(n_open, std::max(share, k - n_done));
  done.k = std::min(n_done, k - open.k);
  std::vector<Part> out;
  if (!open.units.empty()) out.push_back(std::move(open));
  if (done.k > 0) out.push_back(std::move(done));
  if (out.empty()) out.push_back(Part{s.id, "", t.eligible_units, k});
  return out;
}

}  // namespace

Json prepare_draw(store::Store& db, const PrepareRequest& req) {
  policy::Period period = period_arg(req.period);
  Agency agency = agency_arg(db, req.agency);
  User user = actor_for(db, req.actor, Role::kOperator, agency, "准备抽取");
  std::string today = today_arg(req.today);
  AgencyPolicy ap = current_policy(db, agency, period.year);
  const policy::Policy& p = ap.policy;
  auto strata = strata_of(p, period, req.strata);

  DrawHistory history = history_of(db, agency.id, period);
  JurisdictionFigures fig = figures_of(db, agency, p, period, strata, history.inspections);
  policy::YearTally tally = policy::tally(p, period.year, history.inspections);
  DrawPool pool = pool_of(db, agency, p.team, today);
  int team_size = p.team.min_size;
  if (static_cast<int>(pool.members.size()) < team_size)
    throw bad_input("pool_too_small",
                    "可抽取的执法人员只有 " + std::to_string(pool.members.size()) + " 名，少于每组 " +
                        std::to_string(team_size) + " 名（不可抽取的人员及原因见执法人员名录库）",
                    "only " + std::to_string(pool.members.size()) + " inspectors may be drawn, fewer than a team of " +
                        std::to_string(team_size),
                    Json{{"field", "agency"}, {"excluded", to_json(pool.excluded, true)}});

  Json in_strata = Json::array(), out_strata = Json::array(), warnings = Json::array();
  std::unordered_map<int64_t, const Unit*> in_population;
  for (std::size_t i = 0; i < strata.size(); ++i) {
    const policy::Stratum& s = *strata[i];
    const StratumFigures& t = fig.strata[i];
    policy::YearSoFar so_far;
    so_far.quarter = period.is_year() ? 1 : period.quarter;
    so_far.covered_this_year = t.covered;
    so_far.drawn_this_year = history.drawn_before.count(s.id) ? history.drawn_before.at(s.id) : 0;
    policy::StratumSize size = policy::size_of(s, t.population, t.headcount.value_or(0), so_far);
    std::optional<int64_t> need = period.is_year() ? size.min_per_year : size.min_per_quarter;
    if (size.open || !need)
      throw bad_input("size_open",
                      "类别「" + s.name + "」的抽查比例尚未确定（" + s.size.open_reason + "），请先在抽查规则中设定",
                      "the size of stratum " + s.id + " is left open by the policy: set it before drawing",
                      Json{{"field", "stratum"}, {"stratum", s.id}});
    if (t.eligible == 0) {
      // Nothing to draw from (every unit stopped, closed or at its cap): the other strata
      // are still drawn, and the output says why this one is not.
      warnings.push_back(plan_warning("stratum_empty",
                                      "类别「" + s.name + "」本期没有可抽取的污染源（应抽 " + std::to_string(*need) +
                                          " 家），不参与本次抽取",
                                      "no unit of stratum " + s.id + " may be drawn this period: it is left out"));
      Json shown = stratum_preview(t, size, period, today);
      shown["id"] = s.id;
      shown["label"] = s.name;
      shown["k"] = 0;
      out_strata.push_back(std::move(shown));
      continue;
    }
    int64_t k = std::min(*need, t.eligible);
    Json shortfall = std::max<int64_t>(0, *need - t.eligible);
    Json size_json{{"required", *need}, {"formula", size.formula}, {"basis", size.basis}};
    Json parts = Json::array();
    for (auto& part : draw_parts(s, t, k, tally, period)) {
      Json population = Json::array();
      for (const Unit* u : part.units) {
        population.push_back(u->draw_id_code);
        in_population.emplace(u->id, u);
      }
      parts.push_back({{"id", part.id}, {"population", part.units.size()}, {"k", part.k}});
      in_strata.push_back({{"id", part.id},
                           {"label", part.label.empty() ? s.name : s.name + "（" + part.label + "）"},
                           {"population", std::move(population)},
                           {"k", part.k},
                           {"policy_stratum", s.id},
                           {"size", size_json},
                           {"shortfall", shortfall},
                           {"exclusions", parts.size() == 1 ? stored_exclusions(t) : Json::array()}});
    }
    Json shown = stratum_preview(t, size, period, today);
    shown["id"] = s.id;
    shown["label"] = s.name;
    shown["k"] = k;
    if (parts.size() > 1 || parts[0]["id"] != s.id) shown["parts"] = std::move(parts);
    out_strata.push_back(std::move(shown));
  }

  if (in_strata.empty())
    throw bad_input("nothing_to_draw", "本期各类别均没有可抽取的污染源，无法准备抽取",
                    "no stratum has a unit that may be drawn this period: nothing to prepare", Json{{"field", "period"}});

  Json pool_json = Json::array();
  for (const Inspector* m : pool.members) pool_json.push_back({{"id", m->code}, {"senior", m->senior}});
  std::unordered_map<int64_t, const Inspector*> by_id;
  for (const Inspector* m : pool.members) by_id.emplace(m->id, m);
  std::set<std::pair<std::string, std::string>> pairs;
  for (const auto& c : pool.conflicts)
    if (auto u = in_population.find(c.unit_id); u != in_population.end())
      pairs.emplace(u->second->draw_id_code, by_id.at(c.inspector_id)->code);
  Json conflicts = Json::array();
  for (const auto& [u, i] : pairs) conflicts.push_back(Json::array({u, i}));

  // Who is special this quarter because another office listed them last quarter, and why.
  Json carried = Json::array(), carried_shown = Json::array();
  for (const Unit& u : fig.units)
    if (auto it = fig.carried_over.find(u.id); it != fig.carried_over.end()) {
      carried.push_back({{"unit", u.draw_id_code}, {"origins", it->second}});
      carried_shown.push_back({{"unit", u.draw_id_code}, {"name", u.name}, {"origins", it->second}});
    }

  Json agency_json{{"id", agency.id}, {"name", agency.name}, {"region_code", agency.region_code}};
  Json policy_json{{"year", ap.year}, {"version", ap.version}, {"preset", p.preset}, {"title", p.title}};
  Json input{{"spec", "sj-draw/1"},
             {"draw_id", ""},
             {"commitment", ""},
             {"witnesses", Json::array()},
             {"beacon", nullptr},
             {"strata", std::move(in_strata)},
             {"inspectors",
              {{"pool", std::move(pool_json)},
               {"conflicts", std::move(conflicts)},
               {"team_size", team_size},
               {"mentor_pairing", p.team.mentor_pairing}}},
             {"agency", agency_json},
             {"period", period.text()},
             {"policy", policy_json},
             {"as_of", today},
             {"inspector_exclusions", to_json(pool.excluded, false)}};
  if (!carried.empty()) input["special_carry_over"] = std::move(carried);
  int64_t n_conflicts = static_cast<int64_t>(input["inspectors"]["conflicts"].size());

  return write(db, [&](Audit& audit) {
    std::string code = next_draw_code(db, agency, period);
    input["draw_id"] = code;
    store::NewDraw d{code, std::nullopt, agency.id, period.text(), ap.version, input.dump(), user.login};
    int64_t id = db.draws().prepare(d);
    Json sizes = Json::object();
    for (const auto& s : input["strata"]) sizes[s["id"].get<std::string>()] = s["k"];
    audit.record({user.login, "draw.prepare", "draw", std::to_string(id), nullptr,
                  {{"draw_code", code}, {"period", period.text()}, {"k", sizes},
                   {"pool", input["inspectors"]["pool"].size()}, {"as_of", today}}});
    return Json{{"id", id},
                {"draw_code", code},
                {"status", "prepared"},
                {"agency", agency_json},
                {"period", period.text()},
                {"as_of", today},
                {"policy", policy_json},
                {"strata", out_strata},
                {"team_size", team_size},
                {"mentor_pairing", p.team.mentor_pairing},
                {"pool", {{"members", pool.members.size()}, {"excluded", to_json(pool.excluded, true)}}},
                {"conflicts", n_conflicts},
                {"special_carry_over", carried_shown},
                {"warnings", warnings}};
  });
}

}  // namespace suiji::service
