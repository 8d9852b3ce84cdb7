// Conflicts of interest (回避): unit–inspector pairs that may never be assigned.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/inspector.h"

namespace suiji::store {

class Store;

// A conflict as people enter and export it: by the unit's draw id and the inspector's code.
struct ConflictRow {
  std::string unit_draw_id;
  std::string inspector_code;
  std::string reason;
};

// A stored conflict with the names a person needs to read it.
struct ConflictView {
  Conflict conflict;
  std::string unit_draw_id;
  std::string unit_name;
  std::string inspector_code;
  std::string inspector_name;
};

class Conflicts {
 public:
  explicit Conflicts(Store& s) : s_(s) {}
  // Adds the pair, or updates its reason if it exists. Unit and inspector must exist and
  // be live. Returns the id. Throws Invalid.
  int64_t upsert(const Conflict& c);
  // Resolves codes within the agency; all rows checked first, then all written or none.
  std::vector<int64_t> upsert_all(int64_t agency_id, const std::vector<ConflictRow>& rows);
  std::vector<ConflictView> list(int64_t agency_id);  // conflicts whose unit is the agency's
  std::vector<Conflict> for_unit(int64_t unit_id);
  std::vector<Conflict> for_inspector(int64_t inspector_id);
  void remove(int64_t id);  // NotFound if absent

 private:
  Store& s_;
};

}  // namespace suiji::store
