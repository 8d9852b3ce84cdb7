// The holiday table (holiday): State Council days off and 调休 working days, maintained
// by admins; filled from the built-in table by `suiji init` and `suiji demo`.
#pragma once
#include <string_view>
#include <vector>

#include "domain/holiday.h"

namespace suiji::store {

class Store;

class Holidays {
 public:
  explicit Holidays(Store& s) : s_(s) {}
  // Inserts the days not yet in the table, leaving admins' edits alone; returns how many
  // were added. `source` says where they came from (e.g. "chinese-days@1.5.7").
  int add_missing(const std::vector<Holiday>& days, std::string_view source);
  // Days in [from, to], ascending.
  std::vector<Holiday> between(std::string_view from, std::string_view to);

 private:
  Store& s_;
};

}  // namespace suiji::store
