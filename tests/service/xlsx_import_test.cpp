// A workbook as an agency's Excel holds it: codes typed as numbers, real date cells (in
// a Chinese date format), a title row; it imports like the text it shows.
#include <xlsxwriter.h>

#include "service_fixture.h"

using namespace suiji;
using namespace suiji::testing;
using service::Library;

TEST_P(ImportTest, ExcelNumberAndDateCellsImportAsShown) {
  const std::string a = make_uscc("330802", "MA2DJ7K1");
  std::string path = dir.file("agency.xlsx");
  lxw_workbook* wb = workbook_new(path.c_str());
  lxw_worksheet* ws = workbook_add_worksheet(wb, "名录");
  lxw_format* cn_date = workbook_add_format(wb);
  format_set_num_format(cn_date, "yyyy\"年\"m\"月\"d\"日\"");
  worksheet_write_string(ws, 0, 0, "衢州市特殊监管对象名录", nullptr);  // title row
  const char* header[] = {"统一社会信用代码", "单位名称", "行政区划代码", "控制级别", "特殊监管对象",
                          "特殊监管原因", "特殊监管起始日期", "经度", "纬度", "审批年份", "建设项目"};
  for (int c = 0; c < 11; ++c) worksheet_write_string(ws, 1, static_cast<lxw_col_t>(c), header[c], nullptr);
  worksheet_write_string(ws, 2, 0, a.c_str(), nullptr);
  worksheet_write_string(ws, 2, 1, "衢州示例化工有限公司", nullptr);
  worksheet_write_number(ws, 2, 2, 330802, nullptr);  // typed as a number
  worksheet_write_number(ws, 2, 3, 11, nullptr);      // 环保代码 11 = 国控
  worksheet_write_boolean(ws, 2, 4, 1, nullptr);      // TRUE
  worksheet_write_string(ws, 2, 5, "违法处罚", nullptr);
  lxw_datetime since = {2026, 3, 15, 0, 0, 0};
  worksheet_write_datetime(ws, 2, 6, &since, cn_date);
  worksheet_write_number(ws, 2, 7, 118.8726, nullptr);
  worksheet_write_number(ws, 2, 8, 28.9421, nullptr);
  worksheet_write_number(ws, 2, 9, 2024, nullptr);
  worksheet_write_string(ws, 2, 10, "是", nullptr);
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);

  service::ImportOptions o;
  o.agency_region = "330800";
  o.actor = operator_of("330800");
  auto r = service::import_library_file(*db, Library::kUnits, path, o);
  ASSERT_TRUE(r.ok()) << dump_errors(r);
  auto u = db->units().find(city_id, a);
  ASSERT_TRUE(u);
  EXPECT_EQ(u->region_code, "330802");
  EXPECT_EQ(u->level, UnitLevel::kNational);
  EXPECT_TRUE(u->special);
  EXPECT_EQ(u->special_since, "2026-03-15");
  EXPECT_DOUBLE_EQ(*u->lon, 118.8726);
  EXPECT_EQ(u->approved_year, 2024);
  EXPECT_TRUE(u->is_project);
}

TEST_P(ImportTest, ExcelErrorRowNumbersCountTheTitleRow) {
  std::string path = dir.file("bad.xlsx");
  lxw_workbook* wb = workbook_new(path.c_str());
  lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
  worksheet_write_string(ws, 0, 0, "标题", nullptr);
  const char* header[] = {"统一社会信用代码", "单位名称", "行政区划代码", "控制级别"};
  for (int c = 0; c < 4; ++c) worksheet_write_string(ws, 1, static_cast<lxw_col_t>(c), header[c], nullptr);
  worksheet_write_string(ws, 2, 0, make_uscc("330802", "MA2DJ7K1").c_str(), nullptr);
  worksheet_write_string(ws, 2, 1, "甲", nullptr);
  worksheet_write_number(ws, 2, 2, 330802, nullptr);
  worksheet_write_string(ws, 2, 3, "国控", nullptr);
  // row 4 left empty, row 5 has a neighbour's region code
  worksheet_write_string(ws, 4, 0, make_uscc("370102", "12345678").c_str(), nullptr);
  worksheet_write_string(ws, 4, 1, "乙", nullptr);
  worksheet_write_number(ws, 4, 2, 370102, nullptr);
  worksheet_write_string(ws, 4, 3, "国控", nullptr);
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
  service::ImportOptions o;
  o.agency_region = "330800";
  o.actor = operator_of("330800");
  auto r = service::import_library_file(*db, Library::kUnits, path, o);
  ASSERT_EQ(r.errors.size(), 1u) << dump_errors(r);
  EXPECT_TRUE(has_error(r, 5, "行政区划代码", "不在本机构辖区")) << dump_errors(r);
  EXPECT_EQ(unit_count(city_id), 0);
}
