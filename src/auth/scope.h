// The one jurisdiction rule (管辖范围): what an agency may see and write. Every caller —
// the unit and inspector stores, the imports, the agency tree checks and, next, every API
// read and write — asks here; there is no other copy.
//
// Rules:
// - A region code lies within a jurisdiction when it is that code or below it in the
//   GB/T 2260 table (RegionTable::within): 330802 柯城 is within 330800 衢州 and 330000 浙江.
// - An agency is within agency A when it is A or A is among its ancestors (parent_id chain).
// - A unit in a zone (unit.zone_agency_id set, e.g. 衢州市绿色产业集聚区环保分局) belongs to
//   the zone agency's jurisdiction: the zone and the agencies above it see it, the county
//   the park lies in does not (001:L33).
// - A unit outside any zone is within A when its region is within A's region and A is not
//   a zone agency (a zone supervises only its own units).
// - Walks are bounded by kMaxTreeDepth; a longer chain (or a parent cycle, which
//   Agencies::update refuses) is a broken invariant: suiji::Error kInternal.
//
// Pure: the agency tree is passed in as a lookup function, so this layer does no I/O.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "domain/agency.h"
#include "domain/region_table.h"

namespace suiji::auth {

using AgencyLookup = std::function<std::optional<Agency>(int64_t id)>;

// A zone agency (industrial-park branch): one with a zone name.
inline bool is_zone(const Agency& a) { return !a.zone_name.empty(); }

// `region_code` is A's region or lies below it (RegionTable::within).
bool region_within(std::string_view region_code, const Agency& a);

// The agency and its ancestors, nearest first: {id, parent, grandparent, ...}.
std::vector<int64_t> agency_chain(int64_t id, const AgencyLookup& get);

// Agency `id` is A or lies below A in the agency tree.
bool agency_within(int64_t id, const Agency& a, const AgencyLookup& get);

// A unit at `region_code`, in zone `zone_agency_id` (none: outside any zone), is within A.
bool unit_within(std::string_view region_code, std::optional<int64_t> zone_agency_id, const Agency& a,
                 const AgencyLookup& get);

}  // namespace suiji::auth
