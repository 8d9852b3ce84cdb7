// The inspector library: certificates, absences, conflicts of interest.
#include "samples.h"
#include "store_fixture.h"

namespace suiji::testing {
namespace {

using store::Invalid;

Inspector sample_inspector(const std::string& code, const std::string& name) {
  Inspector i;
  i.code = code;
  i.name = name;
  i.senior = true;
  i.tags = {"危废", "水"};
  i.certificates = {{CertificateKind::kLawEnforcement, "浙行执0800" + code, "2028-12-31"},
                    {CertificateKind::kEnvSupervision, "HJJC-" + code, "2026-03-31"}};
  return i;
}

class Inspectors : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    agency_ = db_->agencies().insert(quzhou());
  }
  int64_t agency_ = 0;
};

TEST_P(Inspectors, RoundTripWithCertificatesAndTags) {
  auto r = db_->inspectors().upsert_all(agency_, {sample_inspector("QZ001", "王建国")}, "x");
  auto got = db_->inspectors().get(r[0].id);
  ASSERT_TRUE(got);
  EXPECT_EQ(got->name, "王建国");
  EXPECT_TRUE(got->on_staff);
  EXPECT_TRUE(got->senior);
  EXPECT_EQ(got->tags, (std::vector<std::string>{"危废", "水"}));
  ASSERT_EQ(got->certificates.size(), 2u);
  EXPECT_EQ(got->certificates[1].kind, CertificateKind::kEnvSupervision);
  EXPECT_EQ(got->certificates[1].expires_on, "2026-03-31");
  EXPECT_FALSE(holds_valid(*got, CertificateKind::kEnvSupervision, "2026-04-01"));

  // Re-importing with a renewed certificate replaces the list.
  Inspector renewed = sample_inspector("QZ001", "王建国");
  renewed.certificates[1].expires_on = "2029-03-31";
  renewed.on_post = false;
  auto r2 = db_->inspectors().upsert_all(agency_, {renewed}, "x");
  EXPECT_EQ(r2[0].id, r[0].id);
  EXPECT_EQ(r2[0].outcome, store::UpsertOutcome::kUpdated);
  got = db_->inspectors().find(agency_, "QZ001");
  EXPECT_FALSE(got->on_post);
  ASSERT_EQ(got->certificates.size(), 2u);
  EXPECT_EQ(got->certificates[1].expires_on, "2029-03-31");
  EXPECT_EQ(db_->inspectors().upsert_all(agency_, {renewed}, "x")[0].outcome,
            store::UpsertOutcome::kUnchanged);
}

TEST_P(Inspectors, BadRowsWriteNothing) {
  Inspector bad = sample_inspector("QZ 002", "李四");  // space: not an sj-draw/1 id
  bad.certificates[0].expires_on = "2026-02-30";
  try {
    db_->inspectors().upsert_all(agency_, {sample_inspector("QZ001", "王建国"), bad}, "x");
    FAIL();
  } catch (const Invalid& e) {
    ASSERT_EQ(e.rows.size(), 1u);
    EXPECT_EQ(e.rows[0].row, 1u);
    EXPECT_EQ(e.rows[0].errors.size(), 2u);
  }
  EXPECT_EQ(db_->inspectors().list({}).total, 0);
}

TEST_P(Inspectors, ListFiltersAndSoftDelete) {
  int64_t team = db_->org_units().insert(OrgUnit{0, agency_, "环境监察二大队", OrgUnitKind::kTeam});
  std::vector<Inspector> list;
  for (int k = 0; k < 6; ++k) {
    auto i = sample_inspector("QZ00" + std::to_string(k), "执法员" + std::to_string(k));
    if (k < 2) i.org_unit_id = team;
    i.on_post = k != 5;
    list.push_back(i);
  }
  auto r = db_->inspectors().upsert_all(agency_, list, "x");
  store::InspectorFilter f;
  f.agency_id = agency_;
  EXPECT_EQ(db_->inspectors().list(f).total, 6);
  f.org_unit_id = team;
  EXPECT_EQ(db_->inspectors().list(f).total, 2);
  f.org_unit_id.reset();
  f.on_post = true;
  EXPECT_EQ(db_->inspectors().list(f).total, 5);
  f.on_post.reset();
  f.limit = 4;
  f.offset = 4;
  auto page = db_->inspectors().list(f);
  EXPECT_EQ(page.items.size(), 2u);
  EXPECT_EQ(page.items[0].certificates.size(), 2u);

  db_->inspectors().soft_delete(r[0].id, "x");
  EXPECT_FALSE(db_->inspectors().find(agency_, "QZ000"));
  EXPECT_FALSE(db_->inspectors().get(r[0].id)->deleted_at.empty());
  store::InspectorFilter live;
  live.agency_id = agency_;
  EXPECT_EQ(db_->inspectors().list(live).total, 5);
  EXPECT_THROW(db_->inspectors().soft_delete(r[0].id, "x"), Invalid);
}

TEST_P(Inspectors, AbsencesAreCheckedAndFoundByPeriod) {
  int64_t id = db_->inspectors().upsert_all(agency_, {sample_inspector("QZ001", "王建国")}, "x")[0].id;
  db_->inspectors().add_absence({0, id, AbsenceKind::kLeave, "2026-05-01", "2026-05-05", "年假"});
  db_->inspectors().add_absence({0, id, AbsenceKind::kStudy, "2026-06-10", "2026-06-20", "省厅培训"});
  EXPECT_EQ(db_->inspectors().absences(id).size(), 2u);
  auto june = db_->inspectors().absences_between(agency_, "2026-06-01", "2026-06-30");
  ASSERT_EQ(june.size(), 1u);
  EXPECT_EQ(june[0].kind, AbsenceKind::kStudy);
  EXPECT_EQ(june[0].note, "省厅培训");
  EXPECT_EQ(db_->inspectors().absences_between(agency_, "2026-05-05", "2026-06-10").size(), 2u);

  EXPECT_THROW(db_->inspectors().add_absence({0, id, AbsenceKind::kLeave, "2026-05-09", "2026-05-01", ""}),
               Invalid);
  EXPECT_THROW(db_->inspectors().add_absence({0, 4242, AbsenceKind::kLeave, "2026-05-01", "2026-05-02", ""}),
               Invalid);
  EXPECT_EQ(db_->inspectors().absences(id).size(), 2u);
  db_->inspectors().remove_absence(june[0].id);
  EXPECT_EQ(db_->inspectors().absences(id).size(), 1u);
  EXPECT_THROW(db_->inspectors().remove_absence(june[0].id), store::NotFound);
}

TEST_P(Inspectors, ConflictsByCodesWithNames) {
  auto u = db_->units().upsert_all(agency_, {sample_unit("330802", 1), sample_unit("330802", 2)}, "x");
  db_->inspectors().upsert_all(agency_, {sample_inspector("QZ001", "王建国"),
                                         sample_inspector("QZ002", "李明")}, "x");
  Unit u1 = *db_->units().get(u[0].id);
  auto ids = db_->conflicts().upsert_all(
      agency_, {{u1.draw_id_code, "QZ001", "近亲属在该企业任职"}, {u1.draw_id_code, "QZ002", "曾办理该企业案件"}});
  EXPECT_EQ(ids.size(), 2u);
  auto list = db_->conflicts().list(agency_);
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].unit_name, u1.name);
  EXPECT_EQ(list[0].inspector_name, "王建国");
  EXPECT_EQ(list[0].conflict.reason, "近亲属在该企业任职");

  // The same pair again updates its reason instead of duplicating it.
  db_->conflicts().upsert_all(agency_, {{u1.draw_id_code, "QZ001", "配偶在该企业任职"}});
  list = db_->conflicts().list(agency_);
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].conflict.reason, "配偶在该企业任职");
  EXPECT_EQ(db_->conflicts().for_unit(u1.id).size(), 2u);

  // Unknown codes: every bad row named, nothing written.
  try {
    db_->conflicts().upsert_all(agency_, {{db_->units().get(u[1].id)->draw_id_code, "QZ001", "亲属"},
                                          {"NOPE", "QZ009", ""}});
    FAIL();
  } catch (const Invalid& e) {
    ASSERT_EQ(e.rows.size(), 1u);
    EXPECT_EQ(e.rows[0].row, 1u);
    EXPECT_EQ(e.rows[0].errors.size(), 3u);
  }
  EXPECT_EQ(db_->conflicts().list(agency_).size(), 2u);
  db_->conflicts().remove(list[1].conflict.id);
  EXPECT_EQ(db_->conflicts().list(agency_).size(), 1u);
  EXPECT_THROW(db_->conflicts().remove(list[1].conflict.id), store::NotFound);
}

SUIJI_BOTH_ENGINES(Inspectors);

}  // namespace
}  // namespace suiji::testing
