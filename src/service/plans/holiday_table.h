// The holiday table as admins maintain it (issue 12 §1 calendar): when the State Council
// publishes next year's 节假日安排, a system admin enters that year's days off and 调休
// make-up working days, and every working-day rule (Quzhou's windows and 7 工作日,
// 001:L59, L71) counts with them from then on.
//
//   suiji holidays set  --db PATH --year 2027 --file 2027.csv --as admin
//   suiji holidays show --db PATH --year 2027
//
// The file (.csv or .xlsx, io/table_file.h): a header row 日期,类型,名称 (or date,kind,name)
// and one row per day: 2027-10-01,放假,国庆节 / 2027-09-26,调休上班,国庆节 (类型 also off /
// workday).
//
// Contracts (set_holiday_year):
// - `actor` must be a user with the 系统管理员 role (kBadInput "user_unknown",
//   kForbidden "not_admin").
// - Every row is checked before anything is written; the first bad row throws kBadInput
//   "holidays_invalid" naming the row and column: a date not of `year` or not a real date,
//   an unknown kind, a 调休上班 day that is not a Saturday or Sunday (a make-up day is a
//   weekend worked), a date twice, no rows at all.
// - The year's days are replaced as a whole (the file is the year's table); the days of
//   other years are untouched. The rows' source is "admin:LOGIN".
// One transaction.
#pragma once
#include <string>

#include "domain/json.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

// {"year", "days": N, "off": N, "workday": N, "replaced": N (days there before), "source"}
Json set_holiday_year(store::Store& db, int year, const std::string& file, const std::string& actor);

// {"year", "source" ("" = none), "days": [{"date", "kind", "label", "name"}]}
Json show_holiday_year(store::Store& db, int year);

}  // namespace suiji::service
