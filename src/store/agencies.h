// Agencies and their internal units (org_unit).
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "auth/scope.h"
#include "domain/agency.h"

namespace suiji::store {

class Store;

class Agencies {
 public:
  explicit Agencies(Store& s) : s_(s) {}
  // Validates (name, level, region code in GB/T 2260, parent exists and its jurisdiction
  // contains this one, no other agency with the same region and zone) and inserts;
  // returns the new id. Throws Invalid.
  int64_t insert(const Agency& a);
  // Changes name/level/region/zone/parent of an existing agency, with the checks insert
  // makes, and refuses a parent cycle (A→A, A→B→A: the new parent is A or below A) and a
  // jurisdiction that no longer holds A's children. Throws NotFound/Invalid, writing nothing.
  void update(const Agency& a);
  std::optional<Agency> get(int64_t id);
  // The agency whose jurisdiction is `region_code` with no zone (e.g. 330800 → 衢州市生态环境局).
  std::optional<Agency> find_by_region(std::string_view region_code);
  // Including zone agencies (绿色产业集聚区环保分局) that share the region code.
  std::vector<Agency> all_by_region(std::string_view region_code);
  std::vector<Agency> list();  // by id
  std::vector<Agency> children(int64_t parent_id);
  // The agency and every agency below it, at any depth (its jurisdiction), by id.
  std::vector<int64_t> subtree_ids(int64_t id);
  // The agency tree as auth/scope.h takes it: every agency read once, then looked up in memory.
  auth::AgencyLookup lookup();

 private:
  Store& s_;
};

class OrgUnits {
 public:
  explicit OrgUnits(Store& s) : s_(s) {}
  // Name unique within the agency. Throws Invalid.
  int64_t insert(const OrgUnit& o);
  std::optional<OrgUnit> get(int64_t id);
  std::optional<OrgUnit> find(int64_t agency_id, std::string_view name);
  std::vector<OrgUnit> list(int64_t agency_id);

 private:
  Store& s_;
};

}  // namespace suiji::store
