// How many units a stratum's draw takes (抽查数量), from the stratum's size rule, the
// stratum's population and the agency's headcount, with the formula a user checks it by:
//   市控及以上重点排污单位 137 家 × 5% = 6.85 → 7 家/季度，全年 28 家（000 二(五)1）
//
// Contracts:
// - Exact arithmetic (rational.h); minimums round up, maximums down; a rounded minimum
//   above the maximum wins, and the formula says so (min_exceeds_max).
// - `population` is the whole stratum of the jurisdiction (the 数量 of 附件3), or last
//   quarter's count for a rule `of_last_quarter` (Urumqi special, 004:L77). Exclusions
//   shrink the eligible population only (the draw's business, not the size's).
// - Quarter cadence: min_per_quarter is this quarter's size and min_per_year the year's
//   (4 × the quarter's, or the staff ratio's year figure); year cadence: min_per_year is
//   the annual draw's size and min_per_quarter is null. A figure the seed leaves open
//   (open == true) is null throughout.
// - `so_far` is what this year has drawn and covered before the quarter (the cycle fills
//   it from tasks; a preview without history passes the default, quarter 1 and nothing
//   drawn): a yearly ratio drawn quarterly takes ⌈what the year still needs ÷ quarters
//   left⌉, and coverage takes at least ⌈not yet covered ÷ quarters left⌉.
// Pure; thread-safe.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "domain/json.h"
#include "policy/policy.h"

namespace suiji::policy {

struct YearSoFar {
  int quarter = 1;               // the quarter being drawn, 1–4
  int64_t drawn_this_year = 0;   // this stratum's units drawn in earlier quarters
  int64_t covered_this_year = 0; // distinct units of the stratum inspected this year
};

struct StratumSize {
  std::string id;
  Cadence cadence = Cadence::kQuarter;
  std::optional<int64_t> min_per_quarter, min_per_year, max_per_quarter;
  bool open = false;             // the seed gives no figure: refuse to draw until set
  bool min_exceeds_max = false;  // a tiny stratum: the minimum won
  std::string basis;             // the rule's basis: "q 000:L19"
  std::string formula;           // Chinese, with the numbers
};

StratumSize size_of(const Stratum& s, int64_t population, int64_t headcount, const YearSoFar& so_far = {});

// {"id", "cadence", "min_per_quarter", "min_per_year", "max_per_quarter", "basis",
// "formula"}: integers, or null where a field does not apply.
Json to_json(const StratumSize& s);

}  // namespace suiji::policy
