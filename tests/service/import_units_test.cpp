// Importing the 污染源库: good files land with every field, every kind of bad row is
// listed with its spreadsheet row and column and nothing is written, re-import versions.
#include "io/text_encoding.h"
#include "service/library/import_units.h"
#include "service_fixture.h"

using namespace suiji;
using namespace suiji::testing;
using service::Library;
using service::RowOutcome;

namespace {

const std::string kHeader =
    "统一社会信用代码,单位名称,行政区划代码,监管类别,控制级别,特殊监管对象,特殊监管原因,特殊监管起始日期,"
    "排污许可管理类别,生产状态,生产月份,地址,行业,联系人,联系电话,经度,纬度,录入单位\n";

const std::string A = make_uscc("330802", "MA2DJ7K1");
const std::string B = make_uscc("330803", "14702356");
const std::string C = make_uscc("330881", "70482953");

std::string good_csv() {
  return kHeader +
         A + ",衢州示例化工有限公司,330802,重点,国控,是,投诉举报多,2026-3-1,重点管理,在产,,柯城区衢化路1号,化学原料和化学制品制造业,张三,0570-3000001,118.8726,28.9421,环境监察一大队\n" +
         B + ",\"衢江区某某纸业有限公司\",330803,一般,,否,,,简化管理,季节性生产,\"1-3、11月\",\"衢江区樟潭街道,工业园\",造纸和纸制品业,李四,13800000000,,,环境监察二大队\n" +
         C + ",江山市某陶瓷厂,330881,重点,县控,否,,,登记管理,停产,,江山市贺村镇,陶瓷制品制造,,,,,环境监察一大队\n";
}

}  // namespace

TEST_P(ImportTest, GoodUnitsFileImportsWithEveryField) {
  service::ImportOptions o;
  o.create_org_units = true;
  auto r = import(Library::kUnits, good_csv(), o);
  ASSERT_TRUE(r.ok()) << dump_errors(r);
  EXPECT_TRUE(r.committed);
  EXPECT_EQ(r.count(RowOutcome::kCreated), 3);
  EXPECT_EQ(r.data_rows, 3);
  EXPECT_EQ(unit_count(city_id), 3);
  EXPECT_EQ(r.created_org_units, (std::vector<std::string>{"环境监察一大队", "环境监察二大队"}));

  auto a = db->units().find(city_id, A);
  ASSERT_TRUE(a);
  EXPECT_EQ(a->uscc, A);
  EXPECT_EQ(a->org_code, A.substr(8, 9));  // derived from the credit code
  EXPECT_EQ(a->name, "衢州示例化工有限公司");
  EXPECT_EQ(a->region_code, "330802");
  EXPECT_EQ(a->level, UnitLevel::kNational);
  EXPECT_TRUE(a->special);
  EXPECT_EQ(a->special_reason, SpecialReason::kComplaints);
  EXPECT_EQ(a->special_since, "2026-03-01");
  EXPECT_EQ(a->permit_class, PermitClass::kKey);
  EXPECT_EQ(a->production_status, ProductionStatus::kProducing);
  EXPECT_EQ(a->contact_person, "张三");  // issue 11: two fields
  EXPECT_EQ(a->contact_phone, "0570-3000001");
  ASSERT_TRUE(a->lon && a->lat);
  EXPECT_DOUBLE_EQ(*a->lon, 118.8726);
  EXPECT_DOUBLE_EQ(*a->lat, 28.9421);
  ASSERT_TRUE(a->org_unit_id);
  EXPECT_EQ(db->org_units().get(*a->org_unit_id)->name, "环境监察一大队");

  auto b = db->units().find(city_id, B);
  ASSERT_TRUE(b);
  EXPECT_EQ(b->level, UnitLevel::kGeneralCity);  // 一般 at a city agency
  EXPECT_EQ(b->production_status, ProductionStatus::kSeasonal);
  EXPECT_EQ(b->producing_months, (std::vector<int>{1, 2, 3, 11}));
  EXPECT_EQ(b->address, "衢江区樟潭街道,工业园");
  EXPECT_FALSE(b->lat.has_value());

  auto c = db->units().find(city_id, C);
  EXPECT_EQ(c->level, UnitLevel::kCounty);
  EXPECT_EQ(c->production_status, ProductionStatus::kStopped);
}

TEST_P(ImportTest, EveryBadRowIsListedWithRowAndColumnAndNothingIsWritten) {
  const std::string h = "统一社会信用代码,单位名称,行政区划代码,控制级别,特殊监管对象,特殊监管起始日期,经度,纬度,组织机构代码\n";
  std::string csv = h +
                    A + ",好单位,330802,国控,否,,,,\n" +                                // row 2: good
                    break_check_char(B) + ",校验位错,330803,国控,否,,,,\n" +            // row 3
                    C + ",机构代码错,330881,国控,否,,,,12345678-0\n" +                   // row 4
                    make_uscc("370102", "33333333") + ",外地单位,370102,国控,否,,,,\n" +  // row 5
                    make_uscc("330802", "44444444") + ",级别错,330802,国家级别,否,,,,\n" +  // row 6
                    make_uscc("330802", "55555555") + ",,330802,国控,否,,,,\n" +        // row 7: no name
                    A + ",重复的,330802,国控,否,,,,\n" +                                  // row 8: duplicate of row 2
                    make_uscc("330802", "66666666") + ",日期错,330802,国控,是,2026-02-30,,,\n" +  // row 9
                    make_uscc("330802", "77777777") + ",坐标错,330802,国控,否,,118.5,95,\n" +     // row 10
                    make_uscc("330802", "88888888") + ",是否错,330802,国控,也许,,,,\n";          // row 11
  auto r = import(Library::kUnits, csv);
  EXPECT_FALSE(r.ok());
  EXPECT_FALSE(r.committed);
  EXPECT_TRUE(has_error(r, 3, "统一社会信用代码", "校验")) << dump_errors(r);
  EXPECT_TRUE(has_error(r, 4, "组织机构代码")) << dump_errors(r);
  EXPECT_TRUE(has_error(r, 5, "行政区划代码", "不在本机构辖区")) << dump_errors(r);
  EXPECT_TRUE(has_error(r, 6, "控制级别", "不是可选值")) << dump_errors(r);
  EXPECT_TRUE(has_error(r, 7, "单位名称")) << dump_errors(r);
  EXPECT_TRUE(has_error(r, 8, "统一社会信用代码", "与第 2 行重复")) << dump_errors(r);
  EXPECT_TRUE(has_error(r, 9, "特殊监管起始日期", "日期")) << dump_errors(r);
  EXPECT_TRUE(has_error(r, 10, "纬度")) << dump_errors(r);
  EXPECT_TRUE(has_error(r, 11, "特殊监管对象", "是 或 否")) << dump_errors(r);
  for (const auto& e : r.errors) EXPECT_NE(e.row, 2) << "the good row got an error: " << e.message;
  EXPECT_EQ(unit_count(city_id), 0);
  EXPECT_EQ(unit_count(other_id), 0);
}

TEST_P(ImportTest, NewUnitsNeedNameAndRegionEvenWhenTheColumnIsMissing) {
  auto r = import(Library::kUnits, "统一社会信用代码,单位名称,控制级别\n" + A + ",甲,国控\n");
  EXPECT_TRUE(has_error(r, 2, "行政区划代码", "缺少")) << dump_errors(r);
  EXPECT_EQ(unit_count(city_id), 0);
}

TEST_P(ImportTest, FileWithoutAnIdColumnIsRefusedAtTheHeader) {
  auto r = import(Library::kUnits, "单位名称,行政区划代码,控制级别\n甲,330802,国控\n");
  EXPECT_TRUE(has_error(r, 1, "统一社会信用代码")) << dump_errors(r);
  EXPECT_EQ(unit_count(city_id), 0);
}

TEST_P(ImportTest, HeaderOnlyFileWritesNothingAndSaysSo) {
  auto r = import(Library::kUnits, kHeader);
  EXPECT_TRUE(r.ok()) << dump_errors(r);
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].message.find("没有数据行"), std::string::npos);
  EXPECT_EQ(unit_count(city_id), 0);
}

TEST_P(ImportTest, ASheetWithSomeColumnsUpdatesOnlyThose) {
  service::ImportOptions o;
  o.create_org_units = true;
  ASSERT_TRUE(import(Library::kUnits, good_csv(), o).ok());
  auto r = import(Library::kUnits, "统一社会信用代码,生产状态\n" + C + ",在产\n");
  ASSERT_TRUE(r.ok()) << dump_errors(r);
  EXPECT_EQ(r.count(RowOutcome::kUpdated), 1);
  auto c = db->units().find(city_id, C);
  EXPECT_EQ(c->production_status, ProductionStatus::kProducing);
  EXPECT_EQ(c->name, "江山市某陶瓷厂");
  EXPECT_EQ(c->level, UnitLevel::kCounty);
  EXPECT_EQ(c->address, "江山市贺村镇");
  ASSERT_TRUE(c->org_unit_id);
  EXPECT_EQ(db->org_units().get(*c->org_unit_id)->name, "环境监察一大队");
  auto history = db->units().history(c->id);
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[1].diff.size(), 1u) << history[1].diff.dump();  // only 生产状态 changed
}

TEST_P(ImportTest, ReimportKeepsTheReviewUnlessTheClassChanges) {
  service::ImportOptions o;
  o.create_org_units = true;
  ASSERT_TRUE(import(Library::kUnits, good_csv(), o).ok());
  for (const auto& id : {A, C}) {
    auto u = *db->units().find(city_id, id);
    u.reviewed_at = "2026-01-16T09:00:00Z";
    db->units().update(u, "reviewer");
  }
  std::string changed = good_csv();
  changed.replace(changed.find(",县控,"), std::string(",县控,").size(), ",市控,");  // C becomes 市控
  auto r = import(Library::kUnits, changed, o);
  ASSERT_TRUE(r.ok()) << dump_errors(r);
  EXPECT_EQ(r.count(RowOutcome::kUnchanged), 2);
  EXPECT_EQ(db->units().find(city_id, A)->reviewed_at, "2026-01-16T09:00:00Z");
  auto c = db->units().find(city_id, C);
  EXPECT_EQ(c->level, UnitLevel::kMunicipal);
  EXPECT_EQ(c->reviewed_at, "") << "a new class needs a new review";
}

TEST_P(ImportTest, KeyClassNeedsALevelAndClassMustAgreeWithLevel) {
  auto r = import(Library::kUnits, "统一社会信用代码,单位名称,行政区划代码,监管类别,控制级别\n" +
                                       A + ",甲,330802,重点,\n" + B + ",乙,330803,一般,国控\n" + C + ",丙,330881,特殊,\n");
  EXPECT_TRUE(has_error(r, 2, "控制级别", "重点排污单位须填写控制级别")) << dump_errors(r);
  EXPECT_TRUE(has_error(r, 3, "控制级别", "不一致") || has_error(r, 3, "控制级别", "disagree")) << dump_errors(r);
  EXPECT_TRUE(has_error(r, 4, "监管类别")) << dump_errors(r);
}

TEST_P(ImportTest, CountyAgencyCannotImportAnotherCountysUnit) {
  service::ImportOptions o;
  o.agency_region = "330802";
  auto r = import(Library::kUnits, "统一社会信用代码,单位名称,行政区划代码,控制级别\n" + A + ",甲,330802,县控\n" +
                                       B + ",乙,330803,县控\n", o);
  EXPECT_TRUE(has_error(r, 3, "行政区划代码", "不在本机构辖区")) << dump_errors(r);
  EXPECT_FALSE(has_error(r, 2, "行政区划代码"));
  EXPECT_EQ(unit_count(county_id), 0);
}

TEST_P(ImportTest, UnitWithoutCreditCodeUsesItsAssignedId) {
  auto r = import(Library::kUnits, "统一社会信用代码,抽查编号,单位名称,行政区划代码,控制级别\n"
                                   ",QZ-0001,无代码的个体户,330802,县一般\n");
  ASSERT_TRUE(r.ok()) << dump_errors(r);
  auto u = db->units().find(city_id, "QZ-0001");
  ASSERT_TRUE(u);
  EXPECT_EQ(u->uscc, "");
  EXPECT_EQ(u->level, UnitLevel::kGeneralCounty);
}

TEST_P(ImportTest, MissingIdIsAnError) {
  auto r = import(Library::kUnits, "统一社会信用代码,单位名称,行政区划代码,控制级别\n,无编号,330802,国控\n");
  EXPECT_TRUE(has_error(r, 2, "统一社会信用代码", "缺少")) << dump_errors(r);
}

TEST_P(ImportTest, UnknownOrgUnitIsAnErrorUnlessAskedToCreate) {
  std::string csv = "统一社会信用代码,单位名称,行政区划代码,控制级别,录入单位\n" + A + ",甲,330802,国控,不存在的大队\n";
  auto r = import(Library::kUnits, csv);
  EXPECT_TRUE(has_error(r, 2, "录入单位", "不存在的大队")) << dump_errors(r);
  EXPECT_FALSE(db->org_units().find(city_id, "不存在的大队"));
  EXPECT_EQ(unit_count(city_id), 0);
}

TEST_P(ImportTest, GbkFileImportsWithChineseIntact) {
  std::string path = dir.file("units-gbk.csv");
  write_text(path, io::utf8_to_gb18030(good_csv()));
  service::ImportOptions o;
  o.agency_region = "330800";
  o.create_org_units = true;
  o.actor = operator_of("330800");
  auto r = service::import_library_file(*db, Library::kUnits, path, o);
  ASSERT_TRUE(r.ok()) << dump_errors(r);
  EXPECT_EQ(r.source_encoding, "GB18030");
  EXPECT_EQ(db->units().find(city_id, B)->name, "衢江区某某纸业有限公司");
  EXPECT_EQ(db->units().find(city_id, A)->industry, "化学原料和化学制品制造业");
}

TEST_P(ImportTest, SynonymHeadersTitleRowAndUnknownColumns) {
  std::string csv = "衢州市2026年污染源名录,,,,\n"  // a title row above the header
                    "*企业名称,社会信用代码,区划代码,控制级别,备注栏\n"
                    "甲公司," + A + ",330802,国控,随便写的\n";
  auto r = import(Library::kUnits, csv);
  ASSERT_TRUE(r.ok()) << dump_errors(r);
  EXPECT_EQ(db->units().find(city_id, A)->name, "甲公司");
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0].row, 2);
  EXPECT_EQ(r.warnings[0].column, "备注栏");
}

TEST_P(ImportTest, ErrorsNameTheColumnAsTheUserSpelledIt) {
  auto r = import(Library::kUnits, "企业名称,社会信用代码,区划代码,控制级别\n甲公司," + break_check_char(A) + ",330802,国控\n");
  EXPECT_TRUE(has_error(r, 2, "社会信用代码")) << dump_errors(r);
}

TEST_P(ImportTest, ReimportUpdatesChangedUnitsAndRecordsHistory) {
  service::ImportOptions o;
  o.create_org_units = true;
  ASSERT_TRUE(import(Library::kUnits, good_csv(), o).ok());
  std::string changed = good_csv();
  changed.replace(changed.find("衢州示例化工有限公司"), std::string("衢州示例化工有限公司").size(), "衢州示例新材料有限公司");
  auto r = import(Library::kUnits, changed, o);
  ASSERT_TRUE(r.ok()) << dump_errors(r);
  EXPECT_EQ(r.count(RowOutcome::kUpdated), 1);
  EXPECT_EQ(r.count(RowOutcome::kUnchanged), 2);
  EXPECT_EQ(r.count(RowOutcome::kCreated), 0);
  EXPECT_EQ(unit_count(city_id), 3);
  auto a = db->units().find(city_id, A);
  EXPECT_EQ(a->name, "衢州示例新材料有限公司");
  EXPECT_EQ(a->version, 2);
  auto history = db->units().history(a->id);
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[1].diff["name"]["from"], "衢州示例化工有限公司");
  EXPECT_EQ(history[1].diff["name"]["to"], "衢州示例新材料有限公司");
}

TEST_P(ImportTest, DryRunReportsOutcomesAndWritesNothing) {
  service::ImportOptions o;
  o.dry_run = true;
  o.create_org_units = true;
  auto r = import(Library::kUnits, good_csv(), o);
  ASSERT_TRUE(r.ok()) << dump_errors(r);
  EXPECT_FALSE(r.committed);
  EXPECT_EQ(r.count(RowOutcome::kCreated), 3);
  EXPECT_EQ(r.created_org_units.size(), 2u);
  EXPECT_EQ(unit_count(city_id), 0);
  EXPECT_FALSE(db->org_units().find(city_id, "环境监察一大队"));

  o.dry_run = false;
  ASSERT_TRUE(import(Library::kUnits, good_csv(), o).ok());
  std::string changed = good_csv();
  changed.replace(changed.find("江山市某陶瓷厂"), std::string("江山市某陶瓷厂").size(), "江山市某陶瓷有限公司");
  o.dry_run = true;
  r = import(Library::kUnits, changed, o);
  EXPECT_EQ(r.count(RowOutcome::kUpdated), 1);
  EXPECT_EQ(r.count(RowOutcome::kUnchanged), 2);
  auto c = db->units().find(city_id, C);
  EXPECT_EQ(c->name, "江山市某陶瓷厂");
  EXPECT_EQ(c->version, 1);
  EXPECT_EQ(db->units().history(c->id).size(), 1u);
}

TEST_P(ImportTest, UnknownAgencyIsAnError) {
  service::ImportOptions o;
  o.agency_region = "110101";
  auto r = import(Library::kUnits, good_csv(), o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.errors[0].row, 0);
  EXPECT_EQ(r.errors[0].column, "--agency");
}

TEST_P(ImportTest, UnreadableFileIsAnErrorNotACrash) {
  auto r = import(Library::kUnits, "PK\x03\x04 not really a zip");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.errors[0].row, 0);
  auto e = import(Library::kUnits, "");
  EXPECT_FALSE(e.ok());
}

SUIJI_IMPORT_BOTH_ENGINES(ImportTest);
