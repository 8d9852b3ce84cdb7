// The working-day calendar a plan counts over, and the warnings a plan prints beside its
// figures: {"code", "message": "中文 / English"}.
// The working-day rules (Quzhou, 001:L59, L71) need the State Council's holiday table for
// each year they touch; a year the table lacks is counted Monday–Friday (calendar.h), which
// the user must be told, and an admin can add the year once it is published.
#pragma once
#include <string>

#include "domain/json.h"
#include "policy/schedule.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

// The store's holiday table (admins maintain it; init and demo fill it) for the years
// first_year … last_year, as a calendar.
policy::WorkCalendar store_calendar(store::Store& db, int first_year, int last_year);

Json plan_warning(const std::string& code, const std::string& zh, const std::string& en);

// One "holidays_missing" warning per year that the schedule's dates fall in and `cal`
// does not cover; an empty array when every year is covered.
Json holiday_warnings(const policy::Schedule& s, const policy::WorkCalendar& cal);

}  // namespace suiji::service
