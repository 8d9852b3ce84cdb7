#include "service/plans/holiday_warnings.h"

#include <algorithm>
#include <vector>

#include "store/store.h"

namespace suiji::service {

policy::WorkCalendar store_calendar(store::Store& db, int first_year, int last_year) {
  return policy::WorkCalendar(
      db.holidays().between(std::to_string(first_year) + "-01-01", std::to_string(last_year) + "-12-31"));
}

Json plan_warning(const std::string& code, const std::string& zh, const std::string& en) {
  return Json{{"code", code}, {"message", zh + " / " + en}};
}

Json holiday_warnings(const policy::Schedule& s, const policy::WorkCalendar& cal) {
  std::vector<int> years;
  auto note = [&](policy::Date d) {
    int y = static_cast<int>(std::chrono::year_month_day(d).year());
    if (std::find(years.begin(), years.end(), y) == years.end()) years.push_back(y);
  };
  if (s.window_from) note(*s.window_from);
  note(s.window_to);
  for (const auto& d : s.deadlines) note(d.due);
  std::sort(years.begin(), years.end());
  Json out = Json::array();
  for (int y : years)
    if (!cal.covers(y))
      out.push_back(plan_warning("holidays_missing",
                                 "节假日表没有 " + std::to_string(y) + " 年的安排，该年按周一至周五计工作日；国务院公布后请管理员补充",
                                 "the holiday table has no " + std::to_string(y) +
                                     " entries: working days are taken as Monday–Friday until an admin adds the year"));
  return out;
}

}  // namespace suiji::service
