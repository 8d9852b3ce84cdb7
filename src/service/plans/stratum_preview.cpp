#include "service/plans/stratum_preview.h"

#include <algorithm>

namespace suiji::service {

namespace {

Json exclusions_json(const StratumFigures& t) {
  Json out = Json::array();
  for (auto [why, units] : t.excluded) {
    std::sort(units.begin(), units.end(), [](const Unit* a, const Unit* b) { return a->id < b->id; });
    Json list = Json::array();
    for (const Unit* u : units) list.push_back(Json{{"id", u->id}, {"draw_id", u->draw_id_code}, {"name", u->name}});
    out.push_back(Json{{"reason", std::string(key(why))},
                       {"label", std::string(label(why))},
                       {"count", static_cast<int64_t>(units.size())},
                       {"units", std::move(list)}});
  }
  return out;
}

}  // namespace

Json stratum_preview(const StratumFigures& t, const policy::StratumSize& size, const policy::Period& period,
                     const std::string& today) {
  const policy::Stratum& s = *t.stratum;
  bool yearly = s.cadence == policy::Cadence::kYear;
  Json j = policy::to_json(size);
  j["draw_period"] = yearly ? std::to_string(period.year) : period.text();
  j["population"] = t.population;
  j["eligible"] = t.eligible;
  std::optional<int64_t> need = yearly ? size.min_per_year : size.min_per_quarter;
  j["shortfall"] = size.open || !need ? Json(nullptr) : Json(std::max<int64_t>(0, *need - t.eligible));
  j["headcount"] = t.headcount ? Json{{"basis", std::string(key(s.size.headcount))},
                                      {"label", std::string(label(s.size.headcount))},
                                      {"count", *t.headcount},
                                      {"counted_on", today}}
                               : Json(nullptr);
  j["exclusions"] = exclusions_json(t);
  return j;
}

}  // namespace suiji::service
