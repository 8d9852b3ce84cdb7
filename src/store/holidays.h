// The holiday table (holiday): State Council days off and 调休 working days, maintained
// by admins; filled from the built-in table by `suiji init` and `suiji demo`.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "domain/holiday.h"

namespace suiji::store {

class Store;

class Holidays {
 public:
  explicit Holidays(Store& s) : s_(s) {}
  // Inserts the days not yet in the table, leaving admins' edits alone (no day goes into a
  // year an admin entered with replace_year); returns how many were added. `source` says where they came from (e.g. "chinese-days@1.5.7").
  int add_missing(const std::vector<Holiday>& days, std::string_view source);
  // Replaces every day of `year` with `days` (all of that year; the service checks them),
  // recording `source` ("admin:LOGIN"); returns how many were there before. One transaction.
  int replace_year(int year, const std::vector<Holiday>& days, std::string_view source);
  // The `source` of the year's days ("" when the table has none of that year).
  std::string source_of(int year);
  // Days in [from, to], ascending.
  std::vector<Holiday> between(std::string_view from, std::string_view to);

 private:
  Store& s_;
};

}  // namespace suiji::store
