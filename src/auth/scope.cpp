#include "auth/scope.h"

#include <algorithm>
#include <string>

#include "domain/error.h"

namespace suiji::auth {

bool region_within(std::string_view region_code, const Agency& a) {
  return RegionTable::builtin().within(region_code, a.region_code);
}

std::vector<int64_t> agency_chain(int64_t id, const AgencyLookup& get) {
  std::vector<int64_t> chain{id};
  for (auto cur = get(id); cur && cur->parent_id; cur = get(*cur->parent_id)) {
    if (std::find(chain.begin(), chain.end(), *cur->parent_id) != chain.end() ||
        chain.size() >= static_cast<size_t>(kMaxTreeDepth))
      throw Error(ErrorKind::kInternal, "agency_tree_broken",
                  "机构 " + std::to_string(id) + " 的上级链有环或过深",
                  "the parent chain of agency " + std::to_string(id) + " has a cycle or is too deep");
    chain.push_back(*cur->parent_id);
  }
  return chain;
}

bool agency_within(int64_t id, const Agency& a, const AgencyLookup& get) {
  auto chain = agency_chain(id, get);
  return std::find(chain.begin(), chain.end(), a.id) != chain.end();
}

bool unit_within(std::string_view region_code, std::optional<int64_t> zone_agency_id, const Agency& a,
                 const AgencyLookup& get) {
  if (zone_agency_id) return agency_within(*zone_agency_id, a, get);
  return !is_zone(a) && region_within(region_code, a);
}

}  // namespace suiji::auth
