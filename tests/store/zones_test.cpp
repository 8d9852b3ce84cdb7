// Zones (园区分局, 001:L33) and the one jurisdiction rule as the store applies it: a zone's
// units are the zone agency's jurisdiction, not the enclosing county's; the city sees both.
// UnitFilter::within_agency (SQL) and auth::unit_within (in memory) must agree everywhere.
#include "auth/scope.h"
#include "samples.h"
#include "store_fixture.h"

namespace suiji::testing {
namespace {

using store::Invalid;
using store::UpsertOutcome;

class Zones : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    province_ = db_->agencies().insert(Agency{0, "浙江省生态环境厅", AgencyLevel::kProvince, "330000", "", std::nullopt});
    Agency c = quzhou();
    c.parent_id = province_;
    city_ = db_->agencies().insert(c);
    kecheng_ = db_->agencies().insert(Agency{0, "衢州市生态环境局柯城分局", AgencyLevel::kCounty, "330802", "", city_});
    qujiang_ = db_->agencies().insert(Agency{0, "衢州市生态环境局衢江分局", AgencyLevel::kCounty, "330803", "", city_});
    // The park branch shares its city's region code and supervises the sources of its park,
    // which lie in 柯城 and 衢江.
    zone_ = db_->agencies().insert(
        Agency{0, "衢州市绿色产业集聚区环保分局", AgencyLevel::kCounty, "330800", "绿色产业集聚区", city_});
    kc_unit_ = db_->units().upsert_all(kecheng_, {sample_unit("330802", 1)}, "kc")[0].id;
    qj_unit_ = db_->units().upsert_all(qujiang_, {sample_unit("330803", 2)}, "qj")[0].id;
    auto z = db_->units().upsert_all(zone_, {sample_unit("330802", 3), sample_unit("330803", 4)}, "zone");
    zone_kc_ = z[0].id;
    zone_qj_ = z[1].id;
  }

  std::vector<int64_t> seen_by(int64_t agency) {
    store::UnitFilter f;
    f.within_agency = agency;
    std::vector<int64_t> ids;
    for (const auto& u : db_->units().list(f).items) ids.push_back(u.id);
    return ids;
  }

  int64_t province_ = 0, city_ = 0, kecheng_ = 0, qujiang_ = 0, zone_ = 0;
  int64_t kc_unit_ = 0, qj_unit_ = 0, zone_kc_ = 0, zone_qj_ = 0;
};

TEST_P(Zones, AZoneAgencyOwnsTheUnitsItEnters) {
  auto u = db_->units().get(zone_kc_);
  EXPECT_EQ(u->agency_id, zone_);
  EXPECT_EQ(u->zone_agency_id, zone_);
  EXPECT_EQ(u->region_code, "330802");
  EXPECT_FALSE(db_->units().get(kc_unit_)->zone_agency_id);
}

TEST_P(Zones, TheCitySeesBothTheCountyDoesNotSeeTheZone) {
  using V = std::vector<int64_t>;
  EXPECT_EQ(seen_by(province_), (V{kc_unit_, qj_unit_, zone_kc_, zone_qj_}));
  EXPECT_EQ(seen_by(city_), (V{kc_unit_, qj_unit_, zone_kc_, zone_qj_}));
  EXPECT_EQ(seen_by(kecheng_), (V{kc_unit_}));  // not the zone's unit in 柯城
  EXPECT_EQ(seen_by(qujiang_), (V{qj_unit_}));
  EXPECT_EQ(seen_by(zone_), (V{zone_kc_, zone_qj_}));
  store::UnitFilter f;
  f.within_agency = kecheng_;
  EXPECT_EQ(db_->units().count(f), 1);
  f.within_agency = 4242;  // no such agency: nothing
  EXPECT_EQ(db_->units().count(f), 0);
}

TEST_P(Zones, TheSqlFilterAndTheScopeRuleAgreeForEveryAgencyAndUnit) {
  auto lookup = db_->agencies().lookup();
  store::UnitFilter all;
  auto units = db_->units().list(all).items;
  ASSERT_EQ(units.size(), 4u);
  for (const auto& a : db_->agencies().list()) {
    auto seen = seen_by(a.id);
    for (const auto& u : units) {
      bool in_sql = std::find(seen.begin(), seen.end(), u.id) != seen.end();
      EXPECT_EQ(in_sql, auth::unit_within(u.region_code, u.zone_agency_id, a, lookup))
          << a.name << " / unit " << u.id;
    }
  }
}

TEST_P(Zones, TheEnclosingCountyCannotTakeOrChangeAZoneUnit) {
  Unit again = sample_unit("330802", 3);  // the zone's unit, re-entered by 柯城
  again.name = "柯城改名";
  try {
    db_->units().upsert_all(kecheng_, {again}, "kc");
    FAIL() << "the county changed the zone's unit";
  } catch (const Invalid& e) {
    ASSERT_EQ(e.rows.size(), 1u);
    EXPECT_EQ(e.rows[0].errors[0].field, "draw_id_code");
    EXPECT_NE(e.rows[0].errors[0].message.find("衢州市绿色产业集聚区环保分局"), std::string::npos);
  }
  EXPECT_EQ(db_->units().get(zone_kc_)->name, sample_unit("330802", 3).name);
  store::UnitFilter any;
  EXPECT_EQ(db_->units().count(any), 4);
  // The zone cannot take a county's unit either.
  EXPECT_THROW(db_->units().upsert_all(zone_, {sample_unit("330802", 1)}, "zone"), Invalid);
  EXPECT_FALSE(db_->units().get(kc_unit_)->zone_agency_id);
}

TEST_P(Zones, TheCityUpdatesAZoneUnitWhichStaysInTheZone) {
  Unit again = sample_unit("330803", 4);
  again.name = "衢州集聚区某公司（市局核实）";
  auto r = db_->units().upsert_all(city_, {again}, "city");
  EXPECT_EQ(r[0].id, zone_qj_);
  EXPECT_EQ(r[0].outcome, UpsertOutcome::kUpdated);
  auto u = db_->units().get(zone_qj_);
  EXPECT_EQ(u->name, "衢州集聚区某公司（市局核实）");
  EXPECT_EQ(u->agency_id, zone_);       // the owner stays
  EXPECT_EQ(u->zone_agency_id, zone_);  // and so does the zone
  EXPECT_EQ(db_->units().history(zone_qj_).back().changed_by, "city");
}

TEST_P(Zones, TheCityCannotMoveAnOwnersUnitOutOfItsJurisdiction) {
  // 柯城's unit, edited by the city to lie in 衢江 or in the zone: the owner would lose it.
  Unit moved = sample_unit("330802", 1);
  moved.region_code = "330803";
  try {
    db_->units().upsert_all(city_, {moved}, "city");
    FAIL() << "a county's unit was moved out of its county";
  } catch (const Invalid& e) {
    ASSERT_EQ(e.rows.size(), 1u);
    EXPECT_EQ(e.rows[0].errors[0].field, "region_code");
    EXPECT_NE(e.rows[0].errors[0].message.find("衢州市生态环境局柯城分局"), std::string::npos);
  }
  Unit into_zone = sample_unit("330802", 1);
  into_zone.zone_agency_id = zone_;
  EXPECT_THROW(db_->units().upsert_all(city_, {into_zone}, "city"), Invalid);
  EXPECT_EQ(db_->units().get(kc_unit_)->region_code, "330802");
  EXPECT_FALSE(db_->units().get(kc_unit_)->zone_agency_id);
}

TEST_P(Zones, OnlyAZoneAgencyCanBeAUnitsZone) {
  Unit u = sample_unit("330802", 9);
  u.zone_agency_id = kecheng_;  // a county is not a zone
  try {
    db_->units().upsert_all(city_, {u}, "city");
    FAIL();
  } catch (const Invalid& e) {
    EXPECT_EQ(e.rows.at(0).errors.at(0).field, "zone_agency_id");
  }
  // A county cannot put its own unit into the zone (the zone is not in its tree).
  u.zone_agency_id = zone_;
  EXPECT_THROW(db_->units().upsert_all(kecheng_, {u}, "kc"), Invalid);
}

SUIJI_BOTH_ENGINES(Zones);

}  // namespace
}  // namespace suiji::testing
