// Agencies' policies (抽查规则), per agency and year, versioned: add() never overwrites,
// it appends version n + 1, so a draw that names (agency, year, version) can always be
// checked against the rules it was drawn under. The JSON is stored as given; checking it
// is the policy layer's job (policy_json.h), done by the service before add().
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace suiji::store {

class Store;

struct StoredPolicy {
  int64_t id = 0;
  int64_t agency_id = 0;
  int year = 0;
  int version = 0;
  std::string preset;  // the preset it was applied from ("" if written by hand)
  std::string json;
  std::string created_at, created_by;
};

class Policies {
 public:
  explicit Policies(Store& s) : s_(s) {}
  // Appends the next version of the agency's policy for `year` (1 for the first) and
  // returns it. One transaction (joins an enclosing one).
  StoredPolicy add(int64_t agency_id, int year, std::string_view preset, std::string_view json,
                   std::string_view actor);
  // The latest version, or nullopt when the agency has none for that year.
  std::optional<StoredPolicy> current(int64_t agency_id, int year);
  std::optional<StoredPolicy> get(int64_t agency_id, int year, int version);
  std::vector<StoredPolicy> versions(int64_t agency_id, int year);  // ascending

 private:
  Store& s_;
};

}  // namespace suiji::store
