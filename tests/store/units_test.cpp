// The pollution-source library: round trips, history on every edit, soft deletion,
// filters and paging, and batches that either land whole or not at all.
#include "samples.h"
#include "store/unit_codec.h"
#include "store_fixture.h"

namespace suiji::testing {
namespace {

using store::Invalid;
using store::UpsertOutcome;

class Units : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    agency_ = db_->agencies().insert(quzhou());
    team_ = db_->org_units().insert(OrgUnit{0, agency_, "环境监察一大队", OrgUnitKind::kTeam});
  }
  int64_t count_units() {
    long long n = 0;
    db_->sql() << "SELECT COUNT(*) FROM unit", soci::into(n);
    return n;
  }
  int64_t count_history() {
    long long n = 0;
    db_->sql() << "SELECT COUNT(*) FROM unit_history", soci::into(n);
    return n;
  }
  int64_t agency_ = 0;
  int64_t team_ = 0;
};

TEST_P(Units, EveryFieldRoundTrips) {
  // The city puts the unit in its zone (园区分局) directly.
  int64_t zone = db_->agencies().insert(
      Agency{0, "衢州市绿色产业集聚区环保分局", AgencyLevel::kCounty, "330800", "绿色产业集聚区", agency_});
  Unit u = sample_unit("330802", 1);
  u.org_unit_id = team_;
  u.zone_agency_id = zone;
  u.lat = 28.970079;
  u.lon = 118.859457;
  u.level = UnitLevel::kNational;
  u.special = true;
  u.special_reason = SpecialReason::kComplaints;
  u.special_source = "12369环保举报平台";
  u.special_since = "2026-04-01";
  u.special_until = "2026-06-30";
  u.permit_class = PermitClass::kKey;
  u.credit = Credit::kYellow;
  u.risk = RiskLevel::kLarger;
  u.positive_list = true;
  u.production_status = ProductionStatus::kSeasonal;
  u.producing_months = {1, 2, 11, 12};
  u.is_project = true;
  u.approved_by = "衢州市生态环境局";
  u.approved_year = 2025;
  u.reviewed_at = "2026-01-05T09:00:00Z";
  auto r = db_->units().upsert_all(agency_, {u}, "tester");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].outcome, UpsertOutcome::kInserted);
  EXPECT_EQ(r[0].version, 1);

  auto got = db_->units().get(r[0].id);
  ASSERT_TRUE(got);
  EXPECT_EQ(got->id, r[0].id);
  EXPECT_EQ(got->agency_id, agency_);
  EXPECT_EQ(got->zone_agency_id, zone);
  EXPECT_EQ(got->org_unit_id, team_);
  EXPECT_EQ(got->draw_id_code, u.uscc);
  EXPECT_EQ(got->uscc, u.uscc);
  EXPECT_EQ(got->uscc.size(), 18u);
  EXPECT_EQ(got->org_code, u.org_code);
  EXPECT_EQ(got->name, u.name);
  EXPECT_EQ(got->address, u.address);
  EXPECT_EQ(got->region_code, "330802");
  EXPECT_EQ(got->industry, u.industry);
  EXPECT_EQ(got->contact_person, u.contact_person);
  EXPECT_EQ(got->contact_phone, u.contact_phone);
  EXPECT_DOUBLE_EQ(*got->lat, 28.970079);
  EXPECT_DOUBLE_EQ(*got->lon, 118.859457);
  EXPECT_EQ(got->level, UnitLevel::kNational);
  EXPECT_TRUE(got->special);
  EXPECT_EQ(got->special_reason, SpecialReason::kComplaints);
  EXPECT_EQ(got->special_source, "12369环保举报平台");
  EXPECT_EQ(got->special_since, "2026-04-01");
  EXPECT_EQ(got->special_until, "2026-06-30");
  EXPECT_EQ(got->permit_class, PermitClass::kKey);
  EXPECT_EQ(got->credit, Credit::kYellow);
  EXPECT_EQ(got->risk, RiskLevel::kLarger);
  EXPECT_TRUE(got->positive_list);
  EXPECT_EQ(got->production_status, ProductionStatus::kSeasonal);
  EXPECT_EQ(got->producing_months, (std::vector<int>{1, 2, 11, 12}));
  EXPECT_TRUE(got->is_project);
  EXPECT_EQ(got->approved_by, "衢州市生态环境局");
  EXPECT_EQ(got->approved_year, 2025);
  EXPECT_EQ(got->reviewed_at, "2026-01-05T09:00:00Z");
  EXPECT_EQ(got->version, 1);
  EXPECT_TRUE(got->deleted_at.empty());

  // Optional fields left out stay out.
  Unit plain = sample_unit("330803", 2);
  plain.agency_id = agency_;
  auto id2 = db_->units().upsert(plain, "tester").id;
  auto p = db_->units().get(id2);
  EXPECT_FALSE(p->lat);
  EXPECT_FALSE(p->credit);
  EXPECT_FALSE(p->approved_year);
  EXPECT_FALSE(p->org_unit_id);
  EXPECT_FALSE(p->zone_agency_id);
  EXPECT_FALSE(p->positive_list);
  EXPECT_TRUE(p->special_since.empty());
  EXPECT_TRUE(p->approved_by.empty());
  Unit no_uscc = sample_unit("330803", 3);
  no_uscc.uscc.clear();
  no_uscc.org_code.clear();
  no_uscc.draw_id_code = "QZ03-ZX-1001";
  auto id3 = db_->units().upsert_all(agency_, {no_uscc}, "tester")[0].id;
  EXPECT_EQ(db_->units().get(id3)->uscc, "");
  EXPECT_EQ(db_->units().get(id3)->draw_id_code, "QZ03-ZX-1001");
}

TEST_P(Units, UpsertingTheSameUnitAgainChangesNothing) {
  Unit u = sample_unit("330802", 1);
  u.lat = 28.969123456789012;  // full double precision must survive the round trip
  u.lon = 0.1 + 0.2;
  u.production_status = ProductionStatus::kSeasonal;
  u.producing_months = {3, 4, 5};
  auto first = db_->units().upsert_all(agency_, {u}, "tester");
  auto again = db_->units().upsert_all(agency_, {u}, "tester");
  EXPECT_EQ(again[0].outcome, UpsertOutcome::kUnchanged);
  EXPECT_EQ(again[0].id, first[0].id);
  EXPECT_EQ(again[0].version, 1);
  EXPECT_EQ(count_units(), 1);
  EXPECT_EQ(count_history(), 1);
}

// Version 1 is stored as {} and rebuilt from the unit and its later changes: after edits
// that set, change and clear fields, and a deletion, it says what the unit was at first.
TEST_P(Units, VersionOneIsRebuiltExactlyFromTheUnitAndItsLaterChanges) {
  Unit first = sample_unit("330802", 1);
  first.special = true;
  first.special_reason = SpecialReason::kComplaints;
  first.lat = 28.97;
  first.lon = 118.86;
  first.contact_phone = "0570-3000001";
  int64_t id = db_->units().upsert_all(agency_, {first}, "alice")[0].id;
  Unit second = first;
  second.name = "衢州华兴新材料有限公司";
  second.special = false;  // cleared
  second.special_reason.reset();
  second.lat.reset();
  second.lon.reset();
  second.credit = Credit::kGreen;  // set
  db_->units().upsert_all(agency_, {second}, "bob");
  Unit third = second;
  third.level = UnitLevel::kProvincial;
  third.contact_phone = "13800000000";
  db_->units().upsert_all(agency_, {third}, "carol");
  db_->units().soft_delete(id, "dave", "企业已注销");

  std::string stored;
  long long lid = id;
  db_->sql() << "SELECT diff_json FROM unit_history WHERE unit_id = :u AND version = 1", soci::into(stored),
      soci::use(lid);
  EXPECT_EQ(stored, "{}");  // nothing stored twice

  auto h = db_->units().history(id);
  ASSERT_EQ(h.size(), 4u);
  first.agency_id = agency_;
  EXPECT_EQ(h[0].diff, store::unit_diff(Json::object(), store::created_fields(store::unit_fields(first))))
      << h[0].diff.dump();
  EXPECT_EQ(h[0].diff["special"]["to"], true);
  EXPECT_EQ(h[0].diff["lat"]["to"], 28.97);
  EXPECT_EQ(h[0].diff["contact_phone"]["to"], "0570-3000001");
  EXPECT_FALSE(h[0].diff.contains("credit"));
  EXPECT_EQ(h[0].changed_by, "alice");
}

TEST_P(Units, AnEditBumpsTheVersionAndRecordsOnlyChangedFields) {
  Unit u = sample_unit("330802", 1);
  int64_t id = db_->units().upsert_all(agency_, {u}, "alice")[0].id;
  u.name = "衢州华兴新材料有限公司";  // renamed
  u.level = UnitLevel::kProvincial;   // class review moved it up
  auto r = db_->units().upsert_all(agency_, {u}, "bob");
  EXPECT_EQ(r[0].outcome, UpsertOutcome::kUpdated);
  EXPECT_EQ(r[0].version, 2);
  EXPECT_EQ(db_->units().get(id)->version, 2);
  EXPECT_EQ(db_->units().get(id)->name, "衢州华兴新材料有限公司");

  auto h = db_->units().history(id);
  ASSERT_EQ(h.size(), 2u);
  EXPECT_EQ(h[0].version, 1);
  EXPECT_EQ(h[0].changed_by, "alice");
  EXPECT_TRUE(h[0].diff["name"]["from"].is_null());
  EXPECT_EQ(h[0].diff["name"]["to"], "衢州测试化工有限公司1");
  EXPECT_EQ(h[1].version, 2);
  EXPECT_EQ(h[1].changed_by, "bob");
  EXPECT_EQ(h[1].diff.size(), 2u) << h[1].diff.dump();  // name and level only
  EXPECT_EQ(h[1].diff["name"]["from"], "衢州测试化工有限公司1");
  EXPECT_EQ(h[1].diff["level"]["from"], "市控");
  EXPECT_EQ(h[1].diff["level"]["to"], "省控");
  EXPECT_FALSE(h[1].changed_at.empty());

  // update() by id does the same, and refuses to change the permanent draw id.
  Unit edit = *db_->units().get(id);
  edit.credit = Credit::kRed;
  EXPECT_EQ(db_->units().update(edit, "carol").version, 3);
  edit.draw_id_code = "ANOTHER-CODE";
  EXPECT_THROW(db_->units().update(edit, "carol"), Invalid);
  EXPECT_EQ(db_->units().get(id)->version, 3);
}

TEST_P(Units, SoftDeleteHidesTheUnitButKeepsItAndItsHistory) {
  std::vector<Unit> batch = {sample_unit("330802", 1), sample_unit("330802", 2)};
  auto r = db_->units().upsert_all(agency_, batch, "alice");
  db_->units().soft_delete(r[0].id, "approver", "企业已注销，附营业执照注销证明");

  auto gone = db_->units().get(r[0].id);
  ASSERT_TRUE(gone);
  EXPECT_FALSE(gone->deleted_at.empty());
  EXPECT_EQ(gone->version, 2);
  EXPECT_FALSE(db_->units().find(agency_, batch[0].draw_id_code));
  store::UnitFilter live;
  live.agency_id = agency_;
  EXPECT_EQ(db_->units().list(live).total, 1);
  live.include_deleted = true;
  EXPECT_EQ(db_->units().list(live).total, 2);

  auto h = db_->units().history(r[0].id);
  ASSERT_EQ(h.size(), 2u);
  EXPECT_EQ(h[1].changed_by, "approver");
  EXPECT_EQ(h[1].diff["delete_reason"]["to"], "企业已注销，附营业执照注销证明");

  EXPECT_THROW(db_->units().soft_delete(r[0].id, "approver", "again"), Invalid);
  EXPECT_THROW(db_->units().soft_delete(r[1].id, "approver", ""), Invalid);  // reason required
  EXPECT_THROW(db_->units().soft_delete(999999, "approver", "x"), store::NotFound);

  // The enterprise reopens: entering it again makes a new unit; the old one keeps its record.
  auto again = db_->units().upsert_all(agency_, {batch[0]}, "alice");
  EXPECT_EQ(again[0].outcome, UpsertOutcome::kInserted);
  EXPECT_NE(again[0].id, r[0].id);
  EXPECT_EQ(db_->units().history(r[0].id).size(), 2u);
}

TEST_P(Units, ABatchWithOneBadRowWritesNothingAndNamesEveryProblem) {
  std::vector<Unit> batch;
  for (int i = 0; i < 5; ++i) batch.push_back(sample_unit("330802", i));
  batch[2].uscc[17] = batch[2].uscc[17] == 'A' ? 'B' : 'A';  // mistyped check character
  batch[2].draw_id_code = batch[2].uscc;
  batch[4].draw_id_code = batch[1].draw_id_code;  // duplicate inside the batch
  batch[4].uscc = batch[1].uscc;
  batch[4].org_code = batch[1].org_code;
  try {
    db_->units().upsert_all(agency_, batch, "import");
    FAIL() << "a bad batch was accepted";
  } catch (const Invalid& e) {
    ASSERT_EQ(e.rows.size(), 2u);
    EXPECT_EQ(e.rows[0].row, 2u);
    EXPECT_EQ(e.rows[0].errors[0].field, "uscc");
    EXPECT_EQ(e.rows[1].row, 4u);
    EXPECT_EQ(e.rows[1].errors[0].field, "draw_id_code");
    EXPECT_NE(std::string(e.what()).find("未写入"), std::string::npos) << e.what();
  }
  EXPECT_EQ(count_units(), 0);
  EXPECT_EQ(count_history(), 0);
}

TEST_P(Units, AFailureLaterInTheSameTransactionUndoesTheUnits) {
  // The importer's shape: units, inspectors and conflicts in one transaction.
  std::vector<Unit> units = {sample_unit("330802", 1), sample_unit("330803", 2)};
  EXPECT_THROW(db_->transaction([&] {
                 db_->units().upsert_all(agency_, units, "import");
                 db_->conflicts().upsert_all(
                     agency_, {store::ConflictRow{units[0].draw_id_code, "NO-SUCH", "亲属"}});
               }),
               Invalid);
  EXPECT_EQ(count_units(), 0);
  EXPECT_EQ(count_history(), 0);
}

TEST_P(Units, AnInnerFailureCaughtInsideStillRollsBackTheOuterTransaction) {
  EXPECT_THROW(db_->transaction([&] {
                 db_->units().upsert_all(agency_, {sample_unit("330802", 1)}, "import");
                 try {
                   db_->units().upsert_all(agency_, {Unit{}}, "import");  // invalid
                 } catch (const Invalid&) {
                   // swallowed by a careless caller: the outer commit must still refuse
                 }
               }),
               store::StoreError);
  EXPECT_EQ(count_units(), 0);
  // And the store is usable afterwards.
  db_->units().upsert_all(agency_, {sample_unit("330802", 1)}, "import");
  EXPECT_EQ(count_units(), 1);
}

TEST_P(Units, RefusesUnknownAgencyAndOtherAgenciesOrgUnits) {
  Agency kc;
  kc.name = "衢州市生态环境局柯城分局";
  kc.level = AgencyLevel::kCounty;
  kc.region_code = "330802";
  kc.parent_id = agency_;
  int64_t other = db_->agencies().insert(kc);
  Unit u = sample_unit("330802", 1);
  u.org_unit_id = team_;  // belongs to 衢州市局, not 柯城分局
  EXPECT_THROW(db_->units().upsert_all(other, {u}, "x"), Invalid);
  EXPECT_THROW(db_->units().upsert_all(424242, {sample_unit("330802", 1)}, "x"), Invalid);
  EXPECT_EQ(count_units(), 0);
}

TEST_P(Units, AUnitMustLieInTheAgencysJurisdiction) {
  Agency kc{0, "衢州市生态环境局柯城分局", AgencyLevel::kCounty, "330802", "", agency_};
  int64_t county = db_->agencies().insert(kc);
  // 柯城分局 cannot hold a 江山 unit; the city (330800) can hold both.
  try {
    db_->units().upsert_all(county, {sample_unit("330802", 1), sample_unit("330881", 2)}, "x");
    FAIL() << "a unit outside the jurisdiction was accepted";
  } catch (const Invalid& e) {
    ASSERT_EQ(e.rows.size(), 1u);
    EXPECT_EQ(e.rows[0].row, 1u);
    EXPECT_EQ(e.rows[0].errors[0].field, "region_code");
    EXPECT_NE(e.rows[0].errors[0].message.find("辖区"), std::string::npos);
  }
  EXPECT_EQ(count_units(), 0);
  EXPECT_EQ(db_->units().upsert_all(agency_, {sample_unit("330802", 1), sample_unit("330881", 2)}, "x").size(), 2u);
}

TEST_P(Units, ListFiltersAndPages) {
  std::vector<Unit> batch;
  for (int i = 0; i < 30; ++i) {
    Unit u = sample_unit(i % 3 == 0 ? "330881" : "330802", i);
    u.level = i % 5 == 0 ? UnitLevel::kNational : UnitLevel::kGeneralCounty;
    if (i % 10 == 0) {
      u.special = true;
      u.special_reason = SpecialReason::kPenalised;
    }
    if (i == 7) u.production_status = ProductionStatus::kClosed;
    batch.push_back(u);
  }
  db_->units().upsert_all(agency_, batch, "x");

  store::UnitFilter f;
  f.agency_id = agency_;
  EXPECT_EQ(db_->units().count(f), 30);
  f.region_prefix = "330881";
  EXPECT_EQ(db_->units().count(f), 10);
  f.region_prefix = "3308";
  f.level = UnitLevel::kNational;
  EXPECT_EQ(db_->units().count(f), 6);
  f.level.reset();
  f.unit_class = UnitClass::kGeneral;
  EXPECT_EQ(db_->units().count(f), 24);
  f.unit_class.reset();
  f.special = true;
  EXPECT_EQ(db_->units().count(f), 3);
  f.special.reset();
  f.production_status = ProductionStatus::kClosed;
  EXPECT_EQ(db_->units().list(f).items.at(0).draw_id_code, batch[7].draw_id_code);
  f.production_status.reset();
  f.name_contains = "公司2";
  EXPECT_EQ(db_->units().count(f), 11);  // …公司2 and …公司20 to …公司29
  f.name_contains.clear();

  f.limit = 12;
  auto p1 = db_->units().list(f);
  f.offset = 24;
  auto p3 = db_->units().list(f);
  EXPECT_EQ(p1.items.size(), 12u);
  EXPECT_EQ(p1.total, 30);
  EXPECT_EQ(p3.items.size(), 6u);
  EXPECT_EQ(p3.items.back().draw_id_code, batch[29].draw_id_code);
  f.limit = 0;  // offset without a limit
  EXPECT_EQ(db_->units().list(f).items.size(), 6u);
}

// find_live_many reads in chunks of 500 with one prepared statement: 1,203 codes make two
// full chunks and a partial one. Every live unit comes back under its own draw id, unknown
// and deleted ones do not.
TEST_P(Units, FindLiveManyReturnsEachLiveUnitAcrossChunks) {
  std::vector<Unit> batch;
  for (int i = 0; i < 1200; ++i) batch.push_back(sample_unit("330802", i));
  auto results = db_->units().upsert_all(agency_, batch, "test");
  db_->units().soft_delete(results[7].id, "test", "关停");
  std::vector<std::string> codes;
  for (const auto& u : batch) codes.push_back(u.draw_id_code);
  codes.push_back(sample_unit("330802", 5000).draw_id_code);  // never stored
  codes.push_back("");
  codes.push_back(batch[3].draw_id_code);  // asked twice
  auto found = db_->units().find_live_many(codes);
  EXPECT_EQ(found.size(), 1199u);
  EXPECT_FALSE(found.count(batch[7].draw_id_code)) << "a deleted unit is not live";
  for (int i : {0, 499, 500, 999, 1000, 1199}) {
    ASSERT_TRUE(found.count(batch[i].draw_id_code)) << i;
    EXPECT_EQ(found.at(batch[i].draw_id_code).name, batch[i].name) << i;
    EXPECT_EQ(found.at(batch[i].draw_id_code).id, results[i].id) << i;
  }
  EXPECT_TRUE(db_->units().find_live_many({}).empty());
  // The inserts went 64 rows to a statement (18 full ones and one of 48): each unit has
  // its own version-1 history, its own values.
  for (int i : {0, 63, 64, 1151, 1152, 1199}) {
    auto h = db_->units().history(results[i].id);
    ASSERT_EQ(h.size(), 1u) << i;
    EXPECT_EQ(h[0].diff["name"]["to"], batch[i].name) << i;
  }
  EXPECT_EQ(count_history(), 1201);  // and the deletion
}

SUIJI_BOTH_ENGINES(Units);

}  // namespace
}  // namespace suiji::testing
