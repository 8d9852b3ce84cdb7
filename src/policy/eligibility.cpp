#include "policy/eligibility.h"

#include <algorithm>

namespace suiji::policy {

YearTally tally(const Policy& p, int year, const std::vector<PastInspection>& history) {
  YearTally out;
  for (const auto& i : history) {
    if (static_cast<int>(std::chrono::year_month_day(i.on).year()) != year) continue;
    if (std::find(p.counted_types.begin(), p.counted_types.end(), i.type) == p.counted_types.end()) continue;
    ++out[i.unit_id];
  }
  return out;
}

std::optional<Exclusion> exclusion_of(const Unit& u, const Period& period, const Caps& caps, const YearTally& year) {
  switch (u.production_status) {
    case ProductionStatus::kStopped: return Exclusion::kStopped;
    case ProductionStatus::kClosed: return Exclusion::kClosed;
    case ProductionStatus::kSeasonal: {
      auto months = period.months();
      bool produces = std::any_of(months.begin(), months.end(), [&](Date m) {
        return produces_in_month(u, static_cast<int>(static_cast<unsigned>(std::chrono::year_month_day(m).month())));
      });
      if (!produces) return Exclusion::kOutOfSeason;
      break;
    }
    case ProductionStatus::kProducing: break;
  }
  if (caps.max_random_per_unit_per_year && !(caps.special_exempt && u.special)) {
    auto it = year.find(u.id);
    if (it != year.end() && it->second >= *caps.max_random_per_unit_per_year) return Exclusion::kCapped;
  }
  return std::nullopt;
}

}  // namespace suiji::policy
