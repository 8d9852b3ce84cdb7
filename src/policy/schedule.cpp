#include "policy/schedule.h"

#include <algorithm>

#include "domain/error.h"

namespace suiji::policy {

Date resolve(const DateRule& r, Date first, Date last, const WorkCalendar& cal) {
  Date ref = r.ref == DateRule::Ref::kStart ? first : last;
  switch (r.unit) {
    case DateRule::Unit::kCalendarDays: return ref + std::chrono::days{r.offset};
    case DateRule::Unit::kWorkingDays: return cal.add_working_days(ref, r.offset);
    case DateRule::Unit::kDayOfMonth: return day_of_month(month_start(ref, r.month_offset), r.day);
  }
  return ref;
}

Schedule schedule_of(const Policy& p, const Period& period, const WorkCalendar& cal) {
  const std::optional<Window>& w = period.is_year() ? p.year_window : p.quarter_window;
  if (!w)
    throw bad_input("no_draw_window",
                    period.is_year() ? "该规则没有按年度抽取的类别，--period 应为季度，如 " + std::to_string(period.year) + "Q1"
                                     : "该规则没有按季度抽取的类别",
                    period.is_year() ? "this policy has no yearly draw: give a quarter such as " + std::to_string(period.year) + "Q1"
                                     : "this policy has no quarterly draw",
                    Json{{"field", "period"}});
  Schedule s;
  s.period = period;
  if (w->from) s.window_from = resolve(*w->from, period.first_day(), period.last_day(), cal);
  s.window_to = resolve(w->to, period.first_day(), period.last_day(), cal);
  s.window_basis = w->basis;

  auto add = [&](const Deadline& d, Date first, Date last) {
    s.deadlines.push_back({d.what, resolve(d.due, first, last, cal), d.basis});
  };
  for (const auto& d : p.deadlines) {
    switch (d.every) {
      case Deadline::Every::kMonth:
        if (!period.is_year())
          for (Date m : period.months()) add(d, m, month_start(m, 1) - std::chrono::days{1});
        break;
      case Deadline::Every::kQuarter:
        if (!period.is_year()) add(d, period.first_day(), period.last_day());
        break;
      case Deadline::Every::kYear:
        if (period.is_year() || period.quarter == 4) {
          Period y{period.year, 0};
          add(d, y.first_day(), y.last_day());
        }
        break;
    }
  }
  std::stable_sort(s.deadlines.begin(), s.deadlines.end(), [](const auto& a, const auto& b) { return a.due < b.due; });
  return s;
}

Json to_json(const Schedule& s, const std::string& preset) {
  Json j = Json::object();
  j["preset"] = preset;
  j["period"] = s.period.text();
  j["draw_window"] = Json{{"from", s.window_from ? Json(format_date(*s.window_from)) : Json(nullptr)},
                          {"to", format_date(s.window_to)}};
  j["deadlines"] = Json::array();
  for (const auto& d : s.deadlines) j["deadlines"].push_back(Json{{"what", d.what}, {"due", format_date(d.due)}});
  return j;
}

}  // namespace suiji::policy
