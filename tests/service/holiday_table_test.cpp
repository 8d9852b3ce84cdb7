// The holiday table as admins maintain it, on both engines: a year entered from a file
// moves the working-day windows that count with it (Quzhou's last 5 working days, seed
// 001:L59), every bad row is refused with nothing written, and only a system admin may.
#include <gtest/gtest.h>

#include "domain/error.h"
#include "plan_fixture.h"
#include "service/plans/holiday_table.h"

namespace suiji::testing {
namespace {

class HolidayTable : public PlanTest {
 protected:
  void SetUp() override {
    PlanTest::SetUp();
    user("admin2", city_id, Role::kSystemAdmin);
  }
  // The 国庆 of 2027 as a file: 10-01 (Friday) … 10-07 off, Sunday 09-26 and Saturday
  // 10-09 worked.
  std::string file(const std::string& extra_rows = "") {
    std::string path = dir.file("2027.csv");
    std::string rows = "日期,类型,名称\n";
    for (int d = 1; d <= 7; ++d) rows += "2027-10-0" + std::to_string(d) + ",放假,国庆节\n";
    rows += "2027-09-26,调休上班,国庆节\n2027-10-09,workday,国庆节\n" + extra_rows;
    write_text(path, rows);
    return path;
  }
  std::pair<std::string, Json> refusal(const std::string& path, const std::string& as = "admin2") {
    try {
      service::set_holiday_year(*db, 2027, path, as);
    } catch (const Error& e) {
      EXPECT_NE(std::string(e.what()).find(" / "), std::string::npos) << "中文 / English: " << e.what();
      return {e.code(), e.details()};
    }
    return {"", nullptr};
  }
};

// seed 001:L59 "每季度最后5个工作日": the 2027Q4 draw's window counts over the table.
TEST_P(HolidayTable, AYearEnteredByAnAdminMovesTheWorkingDayWindow) {
  fill();
  apply("330800", "quzhou-city", 2027);
  Json before = preview("330800", "2027Q4");
  EXPECT_EQ(before["draw_window"]["from"], "2027-09-24");  // Monday–Friday: 24, 27, 28, 29, 30
  ASSERT_FALSE(before["warnings"].empty());
  EXPECT_EQ(before["warnings"][0]["code"], "holidays_missing");
  size_t days_2026 = service::show_holiday_year(*db, 2026)["days"].size();

  Json set = service::set_holiday_year(*db, 2027, file(), "admin2");
  EXPECT_EQ(set["days"], 9);
  EXPECT_EQ(set["off"], 7);
  EXPECT_EQ(set["workday"], 2);
  EXPECT_EQ(set["replaced"], 0);
  Json after = preview("330800", "2027Q4");
  EXPECT_EQ(after["draw_window"]["from"], "2027-09-26");  // the make-up Sunday is a working day
  EXPECT_EQ(after["draw_window"]["to"], "2027-09-30");
  for (const auto& w : after["warnings"]) EXPECT_NE(w["code"], "holidays_missing") << w;

  Json shown = service::show_holiday_year(*db, 2027);
  EXPECT_EQ(shown["source"], "admin:admin2");
  EXPECT_EQ(shown["days"][0]["date"], "2027-09-26");
  EXPECT_EQ(shown["days"][0]["label"], "调休上班");
  // Entering the year again replaces it whole; other years are untouched.
  write_text(dir.file("short.csv"), "date,kind,name\n2027-10-01,off,国庆节\n");
  EXPECT_EQ(service::set_holiday_year(*db, 2027, dir.file("short.csv"), "admin2")["replaced"], 9);
  EXPECT_EQ(service::show_holiday_year(*db, 2027)["days"].size(), 1u);
  EXPECT_EQ(service::show_holiday_year(*db, 2026)["days"].size(), days_2026);
}

TEST_P(HolidayTable, BadRowsAndNonAdminsAreRefusedAndNothingIsWritten) {
  service::set_holiday_year(*db, 2027, file(), "admin2");  // a table each refusal must leave alone
  Json before = service::show_holiday_year(*db, 2027);
  auto at = [](const std::pair<std::string, Json>& r) {
    return r.first + (r.second.is_object() && r.second.contains("row")
                          ? " row " + std::to_string(r.second["row"].get<int>()) + " " + r.second["column"].get<std::string>()
                          : "");
  };
  EXPECT_EQ(at(refusal(file("2027-10-11,调休上班,国庆节\n"))), "holidays_invalid row 11 类型");  // a Monday
  EXPECT_EQ(at(refusal(file("2028-01-01,放假,元旦\n"))), "holidays_invalid row 11 日期");     // another year
  EXPECT_EQ(at(refusal(file("2027-10-01,放假,国庆节\n"))), "holidays_invalid row 11 日期");   // twice
  EXPECT_EQ(at(refusal(file("2027-02-30,放假,春节\n"))), "holidays_invalid row 11 日期");     // no such day
  EXPECT_EQ(at(refusal(file("2027-12-31,休息,元旦\n"))), "holidays_invalid row 11 类型");     // unknown kind
  write_text(dir.file("nohead.csv"), "2027-10-01,放假,国庆节\n");
  EXPECT_EQ(at(refusal(dir.file("nohead.csv"))), "holidays_invalid row 1 日期");
  write_text(dir.file("empty.csv"), "日期,类型,名称\n");
  EXPECT_EQ(at(refusal(dir.file("empty.csv"))), "holidays_invalid row 2 日期");
  EXPECT_EQ(refusal(file(), "operator").first, "not_admin");
  EXPECT_EQ(refusal(file(), "nobody").first, "user_unknown");
  EXPECT_EQ(service::show_holiday_year(*db, 2027), before);
}

SUIJI_IMPORT_BOTH_ENGINES(HolidayTable);

}  // namespace
}  // namespace suiji::testing
