// Export → import round-trips: an unedited export re-imports with every row unchanged,
// in CSV and in .xlsx.
#include "io/csv_reader.h"
#include "io/csv_writer.h"
#include "io/xlsx_writer.h"
#include "service/library/export_library.h"
#include "service_fixture.h"

using namespace suiji;
using namespace suiji::testing;
using service::Library;
using service::RowOutcome;

namespace {

std::string units_csv() {
  return "统一社会信用代码,抽查编号,单位名称,行政区划代码,监管类别,控制级别,特殊监管对象,特殊监管原因,特殊监管来源,"
         "特殊监管起始日期,特殊监管截止日期,排污许可管理类别,信用等级,风险等级,正面清单,生产状态,生产月份,建设项目,"
         "审批部门,审批年份,地址,行业,联系人,联系电话,经度,纬度,录入单位\n" +
         make_uscc("330802", "MA2DJ7K1") +
         ",,衢州示例化工有限公司,330802,重点,省控,是,违法处罚,2026年一季度处罚台账,2026-01-15,2026-12-31,重点管理,黄,较大,否,在产,,否,,,"
         "\"柯城区衢化路1号,\"\"东\"\"门\",化学原料和化学制品制造业,张三,0570-3000001,118.8726,28.9421,环境监察一大队\n"
         ",QZ-P-0001,衢江区某建设项目,330803,一般,,否,,,,,登记管理,,,是,季节性生产,\"4,5,6\",是,衢州市生态环境局,2025,衢江区,,"
         ",13800000000,,,\n";
}

const std::string kInspectors =
    "执法人员编号,姓名,所属单位,在编,在岗,老同志,专长,证件类型,证件编号,有效期至,证件类型2,证件编号2,有效期至2\n"
    "QZ001,王五,环境监察一大队,是,是,是,危废;辐射,行政执法证,浙33080001,2027-12-31,环境监察执法证,ZJ0001,2026-12-31\n"
    "QZ002,赵六,,是,否,否,,,,,,,\n";

std::vector<std::vector<std::string>> with_header(const service::ExportTable& t) {
  std::vector<std::vector<std::string>> rows{t.header};
  rows.insert(rows.end(), t.rows.begin(), t.rows.end());
  return rows;
}

}  // namespace

class ExportTest : public ImportTest {
 protected:
  void SetUp() override {
    ImportTest::SetUp();
    service::ImportOptions o;
    o.create_org_units = true;
    auto u = import(Library::kUnits, units_csv(), o);
    ASSERT_TRUE(u.ok()) << dump_errors(u);
    auto i = import(Library::kInspectors, kInspectors, o);
    ASSERT_TRUE(i.ok()) << dump_errors(i);
  }
};

TEST_P(ExportTest, UnitsExportHasTheImportHeadersAndValues) {
  auto t = service::export_library(*db, Library::kUnits, "330800");
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.header.front(), "统一社会信用代码");
  auto col = [&](const std::string& h) {
    return static_cast<size_t>(std::find(t.header.begin(), t.header.end(), h) - t.header.begin());
  };
  EXPECT_EQ(t.rows[0][col("控制级别")], "省控");
  EXPECT_EQ(t.rows[0][col("监管类别")], "重点");
  EXPECT_EQ(t.rows[0][col("联系人")], "张三");
  EXPECT_EQ(t.rows[0][col("联系电话")], "0570-3000001");
  EXPECT_EQ(t.rows[0][col("录入单位")], "环境监察一大队");
  EXPECT_EQ(t.rows[0][col("经度")], "118.8726");
  EXPECT_EQ(t.rows[1][col("控制级别")], "市一般");
  EXPECT_EQ(t.rows[1][col("生产月份")], "4,5,6");
  EXPECT_EQ(t.rows[1][col("抽查编号")], "QZ-P-0001");
  EXPECT_NE(col("固定编码"), t.header.size());
  // another agency's export is empty; an unknown agency is refused
  EXPECT_TRUE(service::export_library(*db, Library::kUnits, "370100").rows.empty());
  try {
    service::export_library(*db, Library::kUnits, "110101");
    FAIL() << "an unknown agency was exported";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kBadInput);
    EXPECT_EQ(e.code(), "agency_not_found");
    EXPECT_NE(std::string(e.what()).find("「110101」的机构 / no agency"), std::string::npos) << e.what();
  }
}

// What an agency exports is what it sees (auth/scope.h): a city exports its counties' and
// its zone's units; a county exports its own, never the units of the zone inside it.
TEST_P(ExportTest, AnExportListsWhatTheAgencySees) {
  Agency zone{0, "衢州市绿色产业集聚区环保分局", AgencyLevel::kCounty, "330800", "绿色产业集聚区", city_id};
  int64_t zone_id = db->agencies().insert(zone);
  const std::string county_unit = make_uscc("330802", "14702356"), zone_unit = make_uscc("330802", "70482953");
  const std::string header = "统一社会信用代码,单位名称,行政区划代码,控制级别\n";
  service::ImportOptions o;
  o.agency_region = "330802";
  ASSERT_TRUE(import(Library::kUnits, header + county_unit + ",柯城某纸业有限公司,330802,县控\n", o).ok());
  o.agency_region = "#" + std::to_string(zone_id);
  ASSERT_TRUE(import(Library::kUnits, header + zone_unit + ",集聚区某化工有限公司,330802,市控\n", o).ok());
  o.agency_region = "330802";
  ASSERT_TRUE(import(Library::kInspectors, "执法人员编号,姓名,在编,在岗\nKC001,孙八,是,是\n", o).ok());

  auto codes = [&](const std::string& agency) {
    std::vector<std::string> out;
    for (const auto& row : service::export_library(*db, Library::kUnits, agency).rows) out.push_back(row[0]);
    std::sort(out.begin(), out.end());
    return out;
  };
  auto sorted = [](std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
  };
  const std::string city_a = make_uscc("330802", "MA2DJ7K1");  // the fixture's two city units
  EXPECT_EQ(codes("330800"), sorted({city_a, "", county_unit, zone_unit}));
  // 柯城 sees the city's unit in 柯城 and its own, not the zone's unit in 柯城.
  EXPECT_EQ(codes("330802"), sorted({city_a, county_unit}));
  EXPECT_EQ(codes("#" + std::to_string(zone_id)), (std::vector<std::string>{zone_unit}));
  EXPECT_EQ(codes(std::to_string(zone_id)), (std::vector<std::string>{zone_unit}));
  EXPECT_TRUE(codes("370100").empty());

  // Inspectors: the agency's and those of the agencies below it.
  auto inspectors = [&](const std::string& agency) {
    std::vector<std::string> out;
    for (const auto& row : service::export_library(*db, Library::kInspectors, agency).rows) out.push_back(row[0]);
    return out;
  };
  EXPECT_EQ(inspectors("330800"), (std::vector<std::string>{"QZ001", "QZ002", "KC001"}));
  EXPECT_EQ(inspectors("330802"), (std::vector<std::string>{"KC001"}));
  EXPECT_TRUE(inspectors("#" + std::to_string(zone_id)).empty());
}

TEST_P(ExportTest, CsvExportReimportsUnchanged) {
  for (auto lib : {Library::kUnits, Library::kInspectors}) {
    std::string csv = io::write_csv(with_header(service::export_library(*db, lib, "330800")));
    auto r = import(lib, csv);
    ASSERT_TRUE(r.ok()) << dump_errors(r);
    EXPECT_EQ(r.count(RowOutcome::kUnchanged), 2) << r.kind;
    EXPECT_EQ(r.count(RowOutcome::kUpdated) + r.count(RowOutcome::kCreated), 0) << r.kind;
    EXPECT_TRUE(r.warnings.empty()) << r.warnings.front().column;
  }
}

TEST_P(ExportTest, XlsxExportReimportsUnchangedAndIntoAFreshDatabase) {
  auto units = service::export_library(*db, Library::kUnits, "330800");
  auto inspectors = service::export_library(*db, Library::kInspectors, "330800");
  std::string up = dir.file("units.xlsx"), ip = dir.file("inspectors.xlsx");
  io::write_xlsx_file(up, units.sheet_name, units.header, units.rows);
  io::write_xlsx_file(ip, inspectors.sheet_name, inspectors.header, inspectors.rows);

  service::ImportOptions o;
  o.agency_region = "330800";
  o.actor = operator_of("330800");
  auto r = service::import_library_file(*db, Library::kUnits, up, o);
  ASSERT_TRUE(r.ok()) << dump_errors(r);
  EXPECT_EQ(r.source_encoding, "xlsx");
  EXPECT_EQ(r.count(RowOutcome::kUnchanged), 2);

  // A second database gets the same records from the files.
  auto other = store::Store::open(dir.file("other.db"));
  int64_t other_city = other->agencies().insert({0, "衢州市生态环境局", AgencyLevel::kCity, "330800", "", std::nullopt});
  User op;
  op.agency_id = other_city;
  op.login = o.actor;
  op.name = "操作员";
  op.roles = {Role::kOperator};
  op.password_hash = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$aGFzaA";
  other->users().insert(op);
  o.create_org_units = true;
  ASSERT_TRUE(service::import_library_file(*other, Library::kUnits, up, o).ok());
  ASSERT_TRUE(service::import_library_file(*other, Library::kInspectors, ip, o).ok());
  auto again = service::export_library(*other, Library::kUnits, "330800");
  EXPECT_EQ(again.rows, units.rows);
  EXPECT_EQ(service::export_library(*other, Library::kInspectors, "330800").rows, inspectors.rows);
}

TEST_P(ExportTest, ConflictsExportCarriesNamesAndReimports) {
  const std::string a = make_uscc("330802", "MA2DJ7K1");
  ASSERT_TRUE(import(Library::kConflicts, "统一社会信用代码,执法人员编号,回避原因\n" + a + ",QZ001,近亲属\n").ok());
  auto t = service::export_library(*db, Library::kConflicts, "330800");
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0], (std::vector<std::string>{a, "QZ001", "近亲属", "衢州示例化工有限公司", "王五"}));
  auto r = import(Library::kConflicts, io::write_csv(with_header(t)));
  ASSERT_TRUE(r.ok()) << dump_errors(r);
  EXPECT_EQ(r.count(RowOutcome::kUnchanged), 1);
  EXPECT_TRUE(r.warnings.empty());
}

SUIJI_IMPORT_BOTH_ENGINES(ExportTest);

TEST_P(ExportTest, FormulaLikeNamesAreInertInCsvAndStillRoundTrip) {
  const std::string id = make_uscc("330881", "70482953");
  ASSERT_TRUE(import(Library::kUnits, "统一社会信用代码,单位名称,行政区划代码,控制级别,地址\n" + id +
                                          ",\"=HYPERLINK(\"\"http://evil\"\",\"\"点我\"\")\",330881,县控,@SUM(1)\n").ok());
  std::string csv = io::write_csv(with_header(service::export_library(*db, Library::kUnits, "330800")));
  EXPECT_NE(csv.find("\"'=HYPERLINK("), std::string::npos) << csv;
  EXPECT_NE(csv.find(",'@SUM(1),"), std::string::npos) << csv;
  auto r = import(Library::kUnits, csv);
  ASSERT_TRUE(r.ok()) << dump_errors(r);
  EXPECT_EQ(r.count(RowOutcome::kUnchanged), 3);
  EXPECT_EQ(db->units().find(city_id, id)->name, "=HYPERLINK(\"http://evil\",\"点我\")");
}
