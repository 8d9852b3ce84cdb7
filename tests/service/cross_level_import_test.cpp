// 一企一档 across levels (issue 11, section 1), through the import service: the same unit
// or inspector imported at another level updates the one record (with history) when the
// importer is the owner or above it, and is otherwise refused with a row error naming the
// owner. Never a second copy. Zones (园区分局) are import targets by their own id.
#include "service/library/import_common.h"
#include "service_fixture.h"

using namespace suiji;
using namespace suiji::testing;
using service::Library;
using service::RowOutcome;

namespace {

const std::string kHeader = "统一社会信用代码,单位名称,行政区划代码,控制级别,地址,联系人,联系电话,经度,纬度\n";
const std::string A = make_uscc("330802", "MA2DJ7K1");
const std::string B = make_uscc("330802", "14702356");

std::string unit_row(const std::string& code, const std::string& name, const std::string& region = "330802") {
  return code + "," + name + "," + region + ",市控,柯城区衢化路1号,张三,0570-3000001,118.8726,28.9421\n";
}

const std::string kInspectorHeader = "执法人员编号,姓名,在编,在岗,老同志\n";

class CrossLevel : public ImportTest {
 protected:
  void SetUp() override {
    ImportTest::SetUp();
    Agency zone{0, "衢州市绿色产业集聚区环保分局", AgencyLevel::kCounty, "330800", "绿色产业集聚区", city_id};
    zone_id = db->agencies().insert(zone);
  }
  service::ImportReport import_as(const std::string& agency, Library lib, const std::string& csv,
                                  bool create_org_units = false) {
    service::ImportOptions o;
    o.create_org_units = create_org_units;
    o.agency_region = agency;
    o.actor = operator_of(agency);
    return import(lib, csv, o);
  }
  int64_t live_units() {
    store::UnitFilter f;
    return db->units().count(f);
  }
  int64_t live_inspectors() {
    store::InspectorFilter f;
    return static_cast<int64_t>(db->inspectors().list(f).items.size());
  }
  int64_t zone_id = 0;
};

TEST_P(CrossLevel, TheCityReimportingACountysUnitUpdatesTheOneRecord) {
  auto first = import_as("330802", Library::kUnits, kHeader + unit_row(A, "衢州示例化工有限公司"));
  ASSERT_TRUE(first.ok()) << dump_errors(first);
  int64_t id = db->units().find_live(A)->id;

  auto again = import_as("330800", Library::kUnits, kHeader + unit_row(A, "衢州示例化工股份有限公司"));
  ASSERT_TRUE(again.ok()) << dump_errors(again);
  EXPECT_EQ(again.count(RowOutcome::kUpdated), 1);
  EXPECT_EQ(again.count(RowOutcome::kCreated), 0);
  EXPECT_EQ(live_units(), 1);
  auto u = db->units().find_live(A);
  EXPECT_EQ(u->id, id);
  EXPECT_EQ(u->agency_id, county_id);  // the county entered it and still owns it
  EXPECT_EQ(u->name, "衢州示例化工股份有限公司");
  auto h = db->units().history(id);
  ASSERT_EQ(h.size(), 2u);
  EXPECT_EQ(h[0].changed_by, operator_of("330802"));
  EXPECT_EQ(h[1].changed_by, operator_of("330800"));
  EXPECT_EQ(h[1].diff["name"]["from"], "衢州示例化工有限公司");
  // Unchanged a second time.
  auto third = import_as("330800", Library::kUnits, kHeader + unit_row(A, "衢州示例化工股份有限公司"));
  EXPECT_EQ(third.count(RowOutcome::kUnchanged), 1) << dump_errors(third);
}


TEST_P(CrossLevel, AColumnTheCityFileLacksKeepsTheCountysValue) {
  ASSERT_TRUE(import_as("330802", Library::kUnits, kHeader + unit_row(A, "衢州示例化工有限公司")).ok());
  // The city's sheet has no coordinates or contact: the county's stay.
  auto r = import_as("330800", Library::kUnits,
                     "统一社会信用代码,单位名称,行政区划代码,控制级别\n" + A + ",衢州示例化工股份有限公司,330802,市控\n");
  ASSERT_TRUE(r.ok()) << dump_errors(r);
  auto u = db->units().find_live(A);
  EXPECT_EQ(u->name, "衢州示例化工股份有限公司");
  EXPECT_EQ(u->contact_person, "张三");
  EXPECT_EQ(u->contact_phone, "0570-3000001");
  ASSERT_TRUE(u->lat);
  EXPECT_DOUBLE_EQ(*u->lat, 28.9421);
  EXPECT_EQ(u->address, "柯城区衢化路1号");
}

// The 录入单位 of a county's unit is the county's internal unit: a city's sheet lacking
// the column keeps it, a city's sheet naming it (as the county's export writes it) finds it
// in the county, and a name the county does not have is a row error naming the county.
TEST_P(CrossLevel, TheCitysSheetKeepsAndNamesTheCountysInternalUnit) {
  const std::string with_org = "统一社会信用代码,单位名称,行政区划代码,控制级别,录入单位\n";
  ASSERT_TRUE(import_as("330802", Library::kUnits, with_org + A + ",衢州示例化工有限公司,330802,市控,环境监察一大队\n", true).ok());
  auto team = db->org_units().find(county_id, "环境监察一大队");
  ASSERT_TRUE(team);
  ASSERT_EQ(db->units().find_live(A)->org_unit_id, team->id);

  auto lacking = import_as("330800", Library::kUnits, "统一社会信用代码,单位名称\n" + A + ",衢州示例化工一公司\n");
  ASSERT_TRUE(lacking.ok()) << dump_errors(lacking);
  EXPECT_EQ(db->units().find_live(A)->org_unit_id, team->id);

  auto naming = import_as("330800", Library::kUnits, with_org + A + ",衢州示例化工二公司,330802,市控,环境监察一大队\n");
  ASSERT_TRUE(naming.ok()) << dump_errors(naming);
  EXPECT_EQ(db->units().find_live(A)->name, "衢州示例化工二公司");
  EXPECT_EQ(db->units().find_live(A)->org_unit_id, team->id);
  EXPECT_FALSE(db->org_units().find(city_id, "环境监察一大队")) << "nothing created in the city";

  auto unknown = import_as("330800", Library::kUnits, with_org + A + ",衢州示例化工三公司,330802,市控,环境监察九大队\n", true);
  EXPECT_FALSE(unknown.ok());
  EXPECT_TRUE(has_error(unknown, 2, "录入单位", "衢州市生态环境局柯城分局")) << dump_errors(unknown);
  EXPECT_EQ(db->units().find_live(A)->name, "衢州示例化工二公司");

  // An agency that may not change the unit learns nothing of the county's internal units.
  auto neighbour = import_as("370100", Library::kUnits, with_org + A + ",济南改的名字,330802,市控,环境监察九大队\n", true);
  EXPECT_FALSE(neighbour.ok());
  EXPECT_FALSE(has_error(neighbour, 2, "录入单位")) << dump_errors(neighbour);
  EXPECT_EQ(dump_errors(neighbour).find("环境监察一大队"), std::string::npos) << dump_errors(neighbour);
  EXPECT_EQ(db->units().find_live(A)->name, "衢州示例化工二公司");
}

TEST_P(CrossLevel, TheCountyReimportingTheCitysUnitIsRefusedWithARowError) {
  ASSERT_TRUE(import_as("330800", Library::kUnits, kHeader + unit_row(A, "衢州示例化工有限公司")).ok());
  auto r = import_as("330802", Library::kUnits,
                     kHeader + unit_row(B, "柯城另一家公司") + unit_row(A, "柯城改的名字"));
  EXPECT_FALSE(r.ok());
  EXPECT_FALSE(r.committed);
  EXPECT_TRUE(has_error(r, 3, "统一社会信用代码", "衢州市生态环境局")) << dump_errors(r);
  EXPECT_FALSE(has_error(r, 2, "统一社会信用代码")) << dump_errors(r);
  // Nothing written: the good row waits with the bad one, the city's record is as it was.
  EXPECT_EQ(live_units(), 1);
  EXPECT_EQ(db->units().find_live(A)->name, "衢州示例化工有限公司");
  EXPECT_EQ(db->units().find_live(A)->agency_id, city_id);
  // A neighbouring city cannot touch it either.
  auto jn = import_as("370100", Library::kUnits, kHeader + unit_row(A, "济南改的名字"));
  EXPECT_FALSE(jn.ok());
  EXPECT_EQ(live_units(), 1);
}

TEST_P(CrossLevel, InspectorsBelongToOneAgency) {
  ASSERT_TRUE(import_as("330802", Library::kInspectors, kInspectorHeader + "QZ-02-01,王五,是,是,否\n").ok());
  auto up = import_as("330800", Library::kInspectors, kInspectorHeader + "QZ-02-01,王五,是,否,是\n");
  ASSERT_TRUE(up.ok()) << dump_errors(up);
  EXPECT_EQ(up.count(RowOutcome::kUpdated), 1);
  EXPECT_EQ(live_inspectors(), 1);
  auto w = db->inspectors().find_live("QZ-02-01");
  EXPECT_EQ(w->agency_id, county_id);
  EXPECT_FALSE(w->on_post);
  EXPECT_TRUE(w->senior);

  ASSERT_TRUE(import_as("330800", Library::kInspectors, kInspectorHeader + "QZ-SJ-01,赵六,是,是,否\n").ok());
  auto refused = import_as("330802", Library::kInspectors, kInspectorHeader + "QZ-SJ-01,赵六,是,否,否\n");
  EXPECT_FALSE(refused.ok());
  EXPECT_TRUE(has_error(refused, 2, "执法人员编号", "衢州市生态环境局")) << dump_errors(refused);
  EXPECT_EQ(live_inspectors(), 2);
  EXPECT_TRUE(db->inspectors().find_live("QZ-SJ-01")->on_post);
  EXPECT_EQ(db->inspectors().find_live("QZ-SJ-01")->agency_id, city_id);
}

TEST_P(CrossLevel, TheCitysSheetNamesTheCountyInspectorsInternalUnit) {
  const std::string header = "执法人员编号,姓名,所属单位,在编,在岗\n";
  ASSERT_TRUE(import_as("330802", Library::kInspectors, header + "QZ-02-01,王五,环境监察一大队,是,是\n", true).ok());
  auto team = db->org_units().find(county_id, "环境监察一大队");
  ASSERT_TRUE(team);
  ASSERT_EQ(db->inspectors().find_live("QZ-02-01")->org_unit_id, team->id);
  // Without the column the county's 所属单位 stays; naming it finds the county's.
  auto lacking = import_as("330800", Library::kInspectors, kInspectorHeader + "QZ-02-01,王五,是,否,否\n");
  ASSERT_TRUE(lacking.ok()) << dump_errors(lacking);
  EXPECT_EQ(db->inspectors().find_live("QZ-02-01")->org_unit_id, team->id);
  auto naming = import_as("330800", Library::kInspectors, header + "QZ-02-01,王五,环境监察一大队,是,是\n");
  ASSERT_TRUE(naming.ok()) << dump_errors(naming);
  EXPECT_EQ(db->inspectors().find_live("QZ-02-01")->org_unit_id, team->id);
  EXPECT_TRUE(db->inspectors().find_live("QZ-02-01")->on_post);
  auto unknown = import_as("330800", Library::kInspectors, header + "QZ-02-01,王五,环境监察九大队,是,是\n", true);
  EXPECT_TRUE(has_error(unknown, 2, "所属单位", "衢州市生态环境局柯城分局")) << dump_errors(unknown);
}

TEST_P(CrossLevel, AZoneAgencyIsNamedByItsIdAndOwnsWhatItImports) {
  // --agency: the region code names the agency without a zone; the zone by "#id" or "id".
  EXPECT_EQ(service::resolve_agency(*db, "330800")->id, city_id);
  EXPECT_EQ(service::resolve_agency(*db, "#" + std::to_string(zone_id))->id, zone_id);
  EXPECT_EQ(service::resolve_agency(*db, std::to_string(zone_id))->id, zone_id);
  EXPECT_FALSE(service::resolve_agency(*db, "#4242"));
  EXPECT_FALSE(service::resolve_agency(*db, "330899"));

  auto r = import_as("#" + std::to_string(zone_id), Library::kUnits, kHeader + unit_row(A, "集聚区某化工有限公司"));
  ASSERT_TRUE(r.ok()) << dump_errors(r);
  auto u = db->units().find_live(A);
  EXPECT_EQ(u->agency_id, zone_id);
  EXPECT_EQ(u->zone_agency_id, zone_id);
  // The county the park lies in cannot change it; the city can, and it stays in the zone.
  auto kc = import_as("330802", Library::kUnits, kHeader + unit_row(A, "柯城改的名字"));
  EXPECT_TRUE(has_error(kc, 2, "统一社会信用代码", "衢州市绿色产业集聚区环保分局")) << dump_errors(kc);
  auto city = import_as("330800", Library::kUnits, kHeader + unit_row(A, "集聚区某化工股份有限公司"));
  ASSERT_TRUE(city.ok()) << dump_errors(city);
  EXPECT_EQ(live_units(), 1);
  EXPECT_EQ(db->units().find_live(A)->zone_agency_id, zone_id);
  EXPECT_EQ(db->units().find_live(A)->name, "集聚区某化工股份有限公司");
  // Inspectors too.
  auto i = import_as(std::to_string(zone_id), Library::kInspectors, kInspectorHeader + "QZ-JJQ-01,孙八,是,是,否\n");
  ASSERT_TRUE(i.ok()) << dump_errors(i);
  EXPECT_EQ(db->inspectors().find_live("QZ-JJQ-01")->agency_id, zone_id);
}

}  // namespace

SUIJI_IMPORT_BOTH_ENGINES(CrossLevel);
