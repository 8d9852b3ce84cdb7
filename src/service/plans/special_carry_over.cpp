#include "service/plans/special_carry_over.h"

#include "store/store.h"

namespace suiji::service {

policy::Period previous_quarter(const policy::Period& p) {
  if (p.is_year() || p.quarter == 1) return policy::Period{p.year - 1, 4};
  return policy::Period{p.year, p.quarter - 1};
}

std::map<int64_t, std::vector<std::string>> special_carry_over(store::Store& db, const policy::Period& period) {
  std::map<int64_t, std::vector<std::string>> out;
  for (const auto& e : db.office_lists().of_period(previous_quarter(period).text()))
    out[e.unit_id].push_back(e.origin);
  return out;
}

}  // namespace suiji::service
