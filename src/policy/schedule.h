// A policy's dates for one period: when the draw that selects the period's units may be
// held, and what falls due because the period ends (`suiji plan calendar`).
//
// Contracts:
// - A quarter (2026Q2) uses the policy's quarter_window; a year (2027) its year_window,
//   the annual draw of yearly-cadence strata (Urumqi's general stratum, 004:L75). A
//   policy without that window throws suiji::Error kBadInput "no_draw_window".
// - Deadlines: for a quarter, those of each of its months, of the quarter, and (for Q4)
//   of the year; for a year, those of the year. Sorted by date, then policy order.
// - "X 日前" is on or before X: a due date is the last day that still counts.
// Pure; thread-safe.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/json.h"
#include "policy/calendar.h"
#include "policy/policy.h"

namespace suiji::policy {

// The date a rule names for the period running from `first` to `last`.
Date resolve(const DateRule& r, Date first, Date last, const WorkCalendar& cal);

struct Schedule {
  Period period;
  std::optional<Date> window_from;  // null: only a latest date
  Date window_to;
  std::string window_basis;
  struct Due {
    std::string what;
    Date due;
    std::string basis;
  };
  std::vector<Due> deadlines;
};

Schedule schedule_of(const Policy& p, const Period& period, const WorkCalendar& cal);

// {"preset", "period", "draw_window": {"from", "to"}, "deadlines": [{"what", "due"}]}
Json to_json(const Schedule& s, const std::string& preset);

}  // namespace suiji::policy
