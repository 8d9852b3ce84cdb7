// The special list's carry-over (requirements 4; issue 13 §4; Urumqi 004:L43–61, L77): a
// unit joins the special stratum of this quarter, with where it came from shown, when
// - it is named on one of last quarter's office lists (penalty cases, complaints, other key
//   problems, store/office_lists.h);
// - a record of last quarter that passed review imposed a penalty on it (罚款, 按日连续处罚,
//   查封扣押, 限产停产, 移送: every measure but 立行立改 and 责令改正);
// - a rectification a record opened is still open, whenever it was opened (until rectified:
//   the re-inspection that closes it, records/record_review.h, ends the carry-over);
// beside the units the library itself flags special (Unit::special with its reason and
// source: the manual flag). A year's draw looks at the year before's last quarter.
//
// Applied in one place, figures_of (jurisdiction_figures.h), so the plan preview, the
// annual plan and a draw's prepare all see the same special stratum. Reads only.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "policy/calendar.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

// The quarter before `period` (2027Q1 → 2026Q4; the year 2027 → 2026Q4).
policy::Period previous_quarter(const policy::Period& period);

// Unit id → the origins that carry it into `period`'s special stratum, in list order.
std::map<int64_t, std::vector<std::string>> special_carry_over(store::Store& db, const policy::Period& period);

}  // namespace suiji::service
