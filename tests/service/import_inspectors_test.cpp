// Importing the 执法人员名录库 and the 回避 pairs.
#include "service_fixture.h"

using namespace suiji;
using namespace suiji::testing;
using service::Library;
using service::RowOutcome;

namespace {

const std::string kInspectors =
    "执法人员编号,姓名,所属单位,在编,在岗,老同志,专长,证件类型,证件编号,有效期至,证件类型2,证件编号2,有效期至2\n"
    "QZ001,王五,环境监察一大队,是,是,是,危废、辐射,行政执法证,浙33080001,2027-12-31,环境监察执法证,ZJ0001,2026/12/31\n"
    "QZ002,赵六,环境监察一大队,是,否,否,,行政执法证,浙33080002,2027年6月30日,,,\n"
    "QZ003,钱七,环境监察二大队,否,是,,,,,,,,\n";

}  // namespace

TEST_P(ImportTest, GoodInspectorsFileImportsWithCertificates) {
  service::ImportOptions o;
  o.create_org_units = true;
  auto r = import(Library::kInspectors, kInspectors, o);
  ASSERT_TRUE(r.ok()) << dump_errors(r);
  EXPECT_EQ(r.count(RowOutcome::kCreated), 3);
  EXPECT_EQ(inspector_count(city_id), 3);
  auto w = db->inspectors().find(city_id, "QZ001");
  ASSERT_TRUE(w);
  EXPECT_EQ(w->name, "王五");
  EXPECT_TRUE(w->on_staff);
  EXPECT_TRUE(w->on_post);
  EXPECT_TRUE(w->senior);
  EXPECT_EQ(w->tags, (std::vector<std::string>{"危废", "辐射"}));
  ASSERT_EQ(w->certificates.size(), 2u);
  EXPECT_EQ(w->certificates[1].kind, CertificateKind::kEnvSupervision);
  EXPECT_EQ(w->certificates[1].expires_on, "2026-12-31");
  auto z = db->inspectors().find(city_id, "QZ002");
  EXPECT_FALSE(z->on_post);
  EXPECT_EQ(z->certificates.at(0).expires_on, "2027-06-30");
  EXPECT_TRUE(db->inspectors().find(city_id, "QZ003")->certificates.empty());
}

TEST_P(ImportTest, BadInspectorRowsAreListedAndNothingIsWritten) {
  std::string csv =
      "执法人员编号,姓名,在编,在岗,证件类型,证件编号,有效期至\n"
      "QZ001,王五,是,是,行政执法证,浙001,2027-12-31\n"   // 2 good
      "QZ002,赵六,是,,行政执法证,浙002,2027-12-31\n"     // 3 在岗 missing
      "QZ003,钱七,是,是,驾驶证,浙003,2027-12-31\n"       // 4 unknown certificate type
      "QZ004,孙八,是,是,行政执法证,浙004,2027-13-01\n"   // 5 bad date
      "QZ001,周九,是,是,,,\n"                            // 6 duplicate code
      "QZ 005,吴十,是,是,,,\n"                           // 7 code not a valid id
      "QZ006,郑一,是,是,行政执法证,,2027-12-31\n";       // 8 certificate without number
  auto r = import(Library::kInspectors, csv);
  EXPECT_FALSE(r.ok());
  EXPECT_TRUE(has_error(r, 3, "在岗", "必填")) << dump_errors(r);
  EXPECT_TRUE(has_error(r, 4, "证件类型", "驾驶证")) << dump_errors(r);
  EXPECT_TRUE(has_error(r, 5, "有效期至", "日期")) << dump_errors(r);
  EXPECT_TRUE(has_error(r, 6, "执法人员编号", "与第 2 行重复")) << dump_errors(r);
  EXPECT_TRUE(has_error(r, 7, "执法人员编号")) << dump_errors(r);
  EXPECT_TRUE(has_error(r, 8, "证件编号")) << dump_errors(r);
  EXPECT_EQ(inspector_count(city_id), 0);
}

TEST_P(ImportTest, ASheetWithSomeInspectorColumnsKeepsTheRest) {
  service::ImportOptions o;
  o.create_org_units = true;
  ASSERT_TRUE(import(Library::kInspectors, kInspectors, o).ok());
  auto r = import(Library::kInspectors, "执法人员编号,在岗\nQZ001,否\n");
  ASSERT_TRUE(r.ok()) << dump_errors(r);
  EXPECT_EQ(r.count(RowOutcome::kUpdated), 1);
  auto w = db->inspectors().find(city_id, "QZ001");
  EXPECT_FALSE(w->on_post);
  EXPECT_TRUE(w->on_staff);
  EXPECT_EQ(w->name, "王五");
  EXPECT_EQ(w->certificates.size(), 2u);
  EXPECT_EQ(w->tags.size(), 2u);
  // a new inspector in such a sheet lacks what a new record needs
  auto n = import(Library::kInspectors, "执法人员编号,在岗\nQZ009,是\n");
  EXPECT_TRUE(has_error(n, 2, "姓名")) << dump_errors(n);
  EXPECT_TRUE(has_error(n, 2, "在编", "必填")) << dump_errors(n);
}

TEST_P(ImportTest, ConflictsImportAndReferToKnownUnitsAndInspectors) {
  service::ImportOptions o;
  o.create_org_units = true;
  const std::string a = make_uscc("330802", "MA2DJ7K1");
  ASSERT_TRUE(import(Library::kUnits, "统一社会信用代码,单位名称,行政区划代码,控制级别\n" + a + ",甲,330802,国控\n").ok());
  ASSERT_TRUE(import(Library::kInspectors, kInspectors, o).ok());

  auto bad = import(Library::kConflicts,
                    "统一社会信用代码,执法人员编号,回避原因\n" +
                        a + ",QZ001,近亲属在该企业任职\n" +                 // 2 good
                        make_uscc("330802", "99999999") + ",QZ001,曾在该企业工作\n" +  // 3 unknown unit
                        a + ",QZ999,曾办理该企业案件\n" +                   // 4 unknown inspector
                        a + ",QZ002,\n" +                                   // 5 no reason
                        a + ",QZ001,重复\n");                               // 6 duplicate pair
  EXPECT_FALSE(bad.ok());
  EXPECT_TRUE(has_error(bad, 3, "统一社会信用代码", "污染源库中没有")) << dump_errors(bad);
  EXPECT_TRUE(has_error(bad, 4, "执法人员编号", "QZ999")) << dump_errors(bad);
  EXPECT_TRUE(has_error(bad, 5, "回避原因")) << dump_errors(bad);
  EXPECT_TRUE(has_error(bad, 6, "执法人员编号", "与第 2 行重复")) << dump_errors(bad);
  EXPECT_TRUE(db->conflicts().list(city_id).empty());

  std::string good = "统一社会信用代码,执法人员编号,回避原因\n" + a + ",QZ001,近亲属在该企业任职\n" + a + ",QZ002,曾在该企业工作\n";
  auto r = import(Library::kConflicts, good);
  ASSERT_TRUE(r.ok()) << dump_errors(r);
  EXPECT_EQ(r.count(RowOutcome::kCreated), 2);
  auto list = db->conflicts().list(city_id);
  ASSERT_EQ(list.size(), 2u);

  auto again = import(Library::kConflicts, "统一社会信用代码,执法人员编号,回避原因\n" + a + ",QZ001,近亲属在该企业任职\n" +
                                               a + ",QZ002,曾办理该企业案件\n");
  ASSERT_TRUE(again.ok()) << dump_errors(again);
  EXPECT_EQ(again.count(RowOutcome::kUnchanged), 1);
  EXPECT_EQ(again.count(RowOutcome::kUpdated), 1);
}

TEST_P(ImportTest, ACountyRecordsConflictsOfTheCitysInspectorsButNotTheReverse) {
  const std::string county_unit = make_uscc("330802", "MA2DJ7K1");
  service::ImportOptions county;
  county.agency_region = "330802";
  ASSERT_TRUE(import(Library::kUnits, "统一社会信用代码,单位名称,行政区划代码,控制级别\n" + county_unit + ",甲,330802,县控\n", county).ok());
  ASSERT_TRUE(import(Library::kInspectors, "执法人员编号,姓名,在编,在岗\nKC01,柯城一号,是,是\n", county).ok());
  ASSERT_TRUE(import(Library::kInspectors, "执法人员编号,姓名,在编,在岗\nQZ01,市局一号,是,是\n").ok());  // the city's
  ASSERT_TRUE(import(Library::kUnits, "统一社会信用代码,单位名称,行政区划代码,控制级别\n" + make_uscc("330803", "14702356") +
                                          ",乙,330803,国控\n").ok());  // a unit of the city

  auto r = import(Library::kConflicts, "统一社会信用代码,执法人员编号,回避原因\n" + county_unit + ",QZ01,曾在该企业工作\n", county);
  ASSERT_TRUE(r.ok()) << dump_errors(r);
  ASSERT_EQ(db->conflicts().list(county_id).size(), 1u);
  EXPECT_EQ(db->conflicts().list(county_id)[0].inspector_code, "QZ01");

  auto up = import(Library::kConflicts, "统一社会信用代码,执法人员编号,回避原因\n" + make_uscc("330803", "14702356") +
                                            ",KC01,亲属\n");  // the city cannot name a county's inspector
  EXPECT_TRUE(has_error(up, 2, "执法人员编号", "KC01")) << dump_errors(up);
}
