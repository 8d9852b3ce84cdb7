// Named, dated lists of units (Urumqi's 《2019年重点排污单位名录》, 004:L71): a stratum
// can be "the units on list X of year Y" (policy.h Selector::list_name). A list belongs
// to the agency that imported it and is seen by the agencies below it (a district uses
// the city's list). Members are units by id; a list is replaced whole, until a draw
// freezes it (frozen_at), after which put() refuses (kConflict "list_frozen").
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace suiji::store {

class Store;

struct NamedList {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::string name;
  int year = 0;
  std::string frozen_at;  // "" while it may still change
};

class NamedLists {
 public:
  explicit NamedLists(Store& s) : s_(s) {}
  // Creates the list, or replaces the members of an unfrozen one; one transaction.
  NamedList put(int64_t agency_id, std::string_view name, int year, const std::vector<int64_t>& unit_ids);
  // The list of the first agency in `agency_ids` (the agency, then those above it) that has it.
  std::optional<NamedList> find(const std::vector<int64_t>& agency_ids, std::string_view name, int year);
  std::vector<int64_t> members(int64_t list_id);  // ascending unit ids

 private:
  Store& s_;
};

}  // namespace suiji::store
