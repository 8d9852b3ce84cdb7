// Issue 11 item 6: a file of bad rows stops at the error limit (ImportOptions::max_errors)
// instead of listing every row's errors: the report says where it stopped, its grouped
// form stays small, and nothing is written.
#include "service_fixture.h"

using namespace suiji;
using namespace suiji::testing;
using service::Library;

namespace {

// 20,000 rows under a valid header, each with a credit code of the wrong length that
// differs from row to row (so every error message is distinct) and an unknown level.
std::string bad_units(int rows) {
  std::string csv = "统一社会信用代码,单位名称,行政区划代码,监管类别,控制级别\n";
  for (int i = 0; i < rows; ++i) csv += "BAD" + std::to_string(i) + ",某厂" + std::to_string(i) + ",330802,重点,特级\n";
  return csv;
}

}  // namespace

// ImportTest runs on both engines (instantiated in import_units_test.cpp).

TEST_P(ImportTest, ReadingStopsAtTheErrorLimitAndTheReportStaysSmall) {
  service::ImportOptions o;
  o.max_errors = 1000;
  auto r = import(Library::kUnits, bad_units(20000), o);
  EXPECT_FALSE(r.ok());
  EXPECT_FALSE(r.committed);
  EXPECT_TRUE(r.stopped_at_error_limit);
  // Two errors a row: the limit is reached on the 500th data row (spreadsheet row 501).
  EXPECT_EQ(r.errors.size(), 1000u);
  EXPECT_EQ(r.data_rows, 500);
  bool said_so = false;
  for (const auto& w : r.warnings)
    said_so = said_so || (w.row == 501 && w.message.find("错误已达上限 1000 个") != std::string::npos &&
                          w.message.find("stopped at 1000 errors on row 501") != std::string::npos);
  EXPECT_TRUE(said_so) << "no warning saying where reading stopped";
  auto j = service::to_json(r);
  EXPECT_EQ(j["error_count"], 1000);
  EXPECT_EQ(j["stopped_at_error_limit"], true);
  EXPECT_LE(j["error_groups"].size(), 200u);
  EXPECT_EQ(unit_count(city_id), 0);
}

TEST_P(ImportTest, TheDefaultLimitIs1000AndZeroMeansNoLimit) {
  EXPECT_EQ(service::ImportOptions{}.max_errors, 1000u);
  service::ImportOptions o;
  o.max_errors = 0;
  auto r = import(Library::kUnits, bad_units(2000), o);
  EXPECT_FALSE(r.stopped_at_error_limit);
  EXPECT_EQ(r.data_rows, 2000);
  EXPECT_EQ(r.errors.size(), 4000u);
  EXPECT_EQ(unit_count(city_id), 0);
}

TEST_P(ImportTest, AFileWithFewerErrorsThanTheLimitIsReadToTheEnd) {
  service::ImportOptions o;
  o.max_errors = 10;
  auto r = import(Library::kUnits, bad_units(4), o);
  EXPECT_FALSE(r.stopped_at_error_limit);
  EXPECT_EQ(r.data_rows, 4);
  EXPECT_EQ(r.errors.size(), 8u);
  EXPECT_TRUE(r.warnings.empty() || r.warnings.back().message.find("错误已达上限") == std::string::npos);
}

TEST_P(ImportTest, InspectorsAndConflictsStopAtTheLimitToo) {
  service::ImportOptions o;
  o.max_errors = 50;
  std::string inspectors = "执法证号,姓名,性别\n";
  std::string conflicts = "统一社会信用代码,执法证号,回避原因\n";
  for (int i = 0; i < 5000; ++i) {
    inspectors += "Q" + std::to_string(i) + ",,不详\n";
    conflicts += "X" + std::to_string(i) + ",Y" + std::to_string(i) + ",亲属\n";
  }
  auto ri = import(Library::kInspectors, inspectors, o);
  EXPECT_TRUE(ri.stopped_at_error_limit) << dump_errors(ri).substr(0, 500);
  EXPECT_LT(ri.data_rows, 5000);
  EXPECT_EQ(inspector_count(city_id), 0);
  auto rc = import(Library::kConflicts, conflicts, o);
  EXPECT_TRUE(rc.stopped_at_error_limit) << dump_errors(rc).substr(0, 500);
  EXPECT_LT(rc.data_rows, 5000);
}

