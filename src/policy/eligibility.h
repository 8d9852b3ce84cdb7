// Who in a stratum may be drawn this period, and what a year's inspections have used up.
//
// A stratum's size is computed on the whole stratum (size.h); exclusions only shrink the
// eligible population (requirements 4), each excluded unit with its reason, and a
// shortfall — fewer eligible than the size — is shown, never hidden by a smaller size.
//
// Contracts:
// - exclusion_of: 停产 and 关闭 units are out of every period; a 季节性生产 unit is out of a
//   period in none of whose months it produces (it is in when it produces in at least
//   one: the inspection is scheduled in a producing month); a unit that this year's
//   counted inspections have brought to the policy's cap is out (at most 2 random
//   inspections a year, special units exempt, 001:L51). Otherwise nullopt: eligible.
// - tally: only inspections of the policy's counted types (日常随机 "routine" and 联合
//   "joint", 000:L32, 001:L75, 003:L27; never 专项, 有针对性, 信访, 后督察, 000:L10,
//   001:L35–37) in the given year count, by every level (a city's draw and its counties'
//   overlap, 000:L10: the caller passes every agency's inspections of the units).
// Pure; thread-safe.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "domain/labels.h"
#include "domain/unit.h"
#include "policy/calendar.h"
#include "policy/policy.h"

namespace suiji::policy {

enum class Exclusion { kStopped, kClosed, kOutOfSeason, kCapped };

// One inspection done (or drawn and closed) before the draw being planned.
struct PastInspection {
  int64_t unit_id = 0;
  std::string type;  // routine / joint / special_campaign / targeted / petition / follow_up
  Date on{};
};

// Per unit, the year's counted inspections.
using YearTally = std::unordered_map<int64_t, int>;

YearTally tally(const Policy& p, int year, const std::vector<PastInspection>& history);

std::optional<Exclusion> exclusion_of(const Unit& u, const Period& period, const Caps& caps, const YearTally& year);

}  // namespace suiji::policy

namespace suiji {
template <>
struct EnumLabels<policy::Exclusion> {
  static constexpr EnumItem<policy::Exclusion> items[] = {
      {policy::Exclusion::kStopped, "stopped", "停产"},
      {policy::Exclusion::kClosed, "closed", "关闭"},
      {policy::Exclusion::kOutOfSeason, "out_of_season", "本期不在生产季节"},
      {policy::Exclusion::kCapped, "capped", "本年随机抽查已达上限"},
  };
};
}  // namespace suiji
