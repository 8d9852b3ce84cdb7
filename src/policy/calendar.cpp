#include "policy/calendar.h"

#include <cstdio>

namespace suiji::policy {

using namespace std::chrono;

namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

std::optional<Date> parse_date(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  auto y = t.substr(0, 4), m = t.substr(5, 2), d = t.substr(8, 2);
  if (!all_digits(y) || !all_digits(m) || !all_digits(d)) return std::nullopt;
  year_month_day ymd{year{to_int(y)}, month{static_cast<unsigned>(to_int(m))}, day{static_cast<unsigned>(to_int(d))}};
  if (!ymd.ok()) return std::nullopt;
  return sys_days(ymd);
}

std::string format_date(Date d) {
  year_month_day ymd(d);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return buf;
}

Date Period::first_day() const {
  unsigned m = is_year() ? 1 : static_cast<unsigned>(3 * (quarter - 1) + 1);
  return sys_days(year_month_day{std::chrono::year{year}, month{m}, day{1}});
}

Date Period::last_day() const {
  unsigned m = is_year() ? 12 : static_cast<unsigned>(3 * quarter);
  return sys_days(year_month_day_last{std::chrono::year{year}, month_day_last{month{m}}});
}

std::string Period::text() const {
  return std::to_string(year) + (is_year() ? "" : "Q" + std::to_string(quarter));
}

std::vector<Date> Period::months() const {
  std::vector<Date> out;
  for (Date m = first_day(); m <= last_day(); m = month_start(m, 1)) out.push_back(m);
  return out;
}

std::optional<Period> parse_period(std::string_view t) {
  if (t.size() < 4 || !all_digits(t.substr(0, 4))) return std::nullopt;
  Period p;
  p.year = to_int(t.substr(0, 4));
  if (p.year < 2000 || p.year > 2099) return std::nullopt;
  if (t.size() == 4) return p;
  if (t.size() != 6 || t[4] != 'Q' || t[5] < '1' || t[5] > '4') return std::nullopt;
  p.quarter = t[5] - '0';
  return p;
}

WorkCalendar::WorkCalendar(const std::vector<Holiday>& table) {
  for (const auto& h : table) {
    auto d = parse_date(h.date);
    if (!d) continue;  // the table is validated where it is parsed (domain/holiday.cpp)
    (h.kind == HolidayKind::kOff ? off_ : workday_).insert(*d);
    years_.insert(static_cast<int>(year_month_day(*d).year()));
  }
}

const WorkCalendar& WorkCalendar::builtin() {
  static const WorkCalendar c(builtin_holidays());
  return c;
}

bool WorkCalendar::is_working_day(Date d) const {
  if (off_.count(d)) return false;
  if (workday_.count(d)) return true;
  weekday w{d};
  return w != Saturday && w != Sunday;
}

Date WorkCalendar::add_working_days(Date d, int n) const {
  int step = n > 0 ? 1 : -1;
  for (int left = n > 0 ? n : -n; left > 0;) {
    d += days{step};
    if (is_working_day(d)) --left;
  }
  return d;
}

Date month_start(Date d, int months) {
  year_month_day ymd(d);
  year_month ym = year_month{ymd.year(), ymd.month()} + std::chrono::months{months};
  return sys_days(year_month_day{ym.year(), ym.month(), day{1}});
}

Date day_of_month(Date month, int d) {
  year_month_day ymd(month);
  year_month_day_last last{ymd.year(), month_day_last{ymd.month()}};
  unsigned want = static_cast<unsigned>(d < 1 ? 1 : d);
  unsigned max = static_cast<unsigned>(last.day());
  return sys_days(year_month_day{ymd.year(), ymd.month(), day{want < max ? want : max}});
}

}  // namespace suiji::policy
