// Periods, dates and working days: when a draw may be held and when its reports are due.
//
// A policy's dates are rules (policy.h DateRule), never dates: "within the 5 days before
// the quarter starts" (Shandong, 000:L17), "the last 5 working days of the quarter"
// (Quzhou, 001:L59), "the 30th of the quarter's last month" (Zhangdian, 002:L16). This
// file turns a rule and a period into a date, over the State Council holiday table with
// its 调休 make-up working days (domain/holiday.h). Only Quzhou counts 工作日; every other
// rule is in calendar days or names a day of a month.
//
// Dates are std::chrono::sys_days; text is YYYY-MM-DD. A working day is Monday–Friday
// unless the table says 放假, or a weekend day the table says 调休上班. Outside the years
// the table covers, weekdays are working days (WorkCalendar::covers says whether a year
// is in the table). Pure and thread-safe once built.
#pragma once
#include <chrono>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/holiday.h"

namespace suiji::policy {

using Date = std::chrono::sys_days;

// "2026-09-23" -> Date; nullopt unless it is a real date in that exact form.
std::optional<Date> parse_date(std::string_view text);
std::string format_date(Date d);

// A quarter (2026Q2) or a year (2027).
struct Period {
  int year = 0;
  int quarter = 0;  // 1–4, or 0 for a whole year
  bool is_year() const { return quarter == 0; }
  Date first_day() const;
  Date last_day() const;
  std::string text() const;  // "2026Q2" / "2027"
  // The months of the period, as their first days (3 for a quarter, 12 for a year).
  std::vector<Date> months() const;
};
// "2026Q2" or "2027" (years 2000–2099); nullopt otherwise ("2026q2", "2026Q5", "26Q1").
std::optional<Period> parse_period(std::string_view text);

class WorkCalendar {
 public:
  explicit WorkCalendar(const std::vector<Holiday>& table);
  static const WorkCalendar& builtin();  // over builtin_holidays()

  bool is_working_day(Date d) const;
  bool covers(int year) const { return years_.count(year) > 0; }
  // The n-th working day after d (n > 0) or before it (n < 0), d itself not counted.
  Date add_working_days(Date d, int n) const;

 private:
  std::set<Date> off_, workday_;
  std::set<int> years_;
};

// The first day of the month `months` after (or before, if negative) d's month.
Date month_start(Date d, int months = 0);
// Day `day` of the month that starts at `month` (a month_start), clamped to its last day.
Date day_of_month(Date month, int day);

}  // namespace suiji::policy
