// Dates and working days over the real holiday table (ref/holidays.tsv, from npm
// chinese-days): 中秋 and 国庆 2026 with the 09-20 and 10-10 make-up working days.
#include <gtest/gtest.h>

#include "policy/calendar.h"
#include "policy/schedule.h"

namespace suiji::policy {
namespace {

Date d(const char* t) { return *parse_date(t); }

TEST(Calendar, ParsesOnlyRealDatesAndPeriods) {
  EXPECT_EQ(format_date(d("2026-09-23")), "2026-09-23");
  for (const char* bad : {"2026-02-29", "2026-13-01", "2026-9-23", "20260923", "2026-09-23T00:00"})
    EXPECT_FALSE(parse_date(bad)) << bad;
  EXPECT_TRUE(parse_date("2028-02-29"));
  auto q = parse_period("2026Q2");
  ASSERT_TRUE(q);
  EXPECT_EQ(format_date(q->first_day()), "2026-04-01");
  EXPECT_EQ(format_date(q->last_day()), "2026-06-30");
  EXPECT_EQ(q->months().size(), 3u);
  auto y = parse_period("2027");
  ASSERT_TRUE(y);
  EXPECT_TRUE(y->is_year());
  EXPECT_EQ(format_date(y->last_day()), "2027-12-31");
  for (const char* bad : {"2026q2", "2026Q5", "2026Q0", "26Q1", "1999", "2026Q", "2026-Q1", ""})
    EXPECT_FALSE(parse_period(bad)) << bad;
}

TEST(Calendar, HolidaysAndMakeUpDaysDecideWorkingDays) {
  const WorkCalendar& c = WorkCalendar::builtin();
  EXPECT_TRUE(c.covers(2026));
  EXPECT_FALSE(c.is_working_day(d("2026-09-25")));  // 中秋, a Friday
  EXPECT_TRUE(c.is_working_day(d("2026-09-20")));   // a Sunday worked for 国庆
  EXPECT_FALSE(c.is_working_day(d("2026-10-05")));  // 国庆, a Monday
  EXPECT_TRUE(c.is_working_day(d("2026-10-10")));   // a Saturday worked
  EXPECT_FALSE(c.is_working_day(d("2026-09-19")));  // an ordinary Saturday
  EXPECT_TRUE(c.is_working_day(d("2026-09-24")));
  // 7 working days after 30 September 2026 skip the 国庆 week: 10-08, 10-09, 10-10 (worked), 10-12 …
  EXPECT_EQ(format_date(c.add_working_days(d("2026-09-30"), 7)), "2026-10-15");
  EXPECT_EQ(format_date(c.add_working_days(d("2026-10-01"), -5)), "2026-09-23");
}

TEST(Calendar, DayOfMonthClampsToTheMonth) {
  EXPECT_EQ(format_date(day_of_month(month_start(d("2026-02-10")), 30)), "2026-02-28");
  EXPECT_EQ(format_date(month_start(d("2026-01-15"), -1)), "2025-12-01");
  DateRule r;
  r.unit = DateRule::Unit::kDayOfMonth;
  r.month_offset = -1;
  r.day = 30;  // Zhangdian's 每季度末30号 for the quarter starting 2026-01-01
  EXPECT_EQ(format_date(resolve(r, d("2026-01-01"), d("2026-03-31"), WorkCalendar::builtin())), "2025-12-30");
}

}  // namespace
}  // namespace suiji::policy
