// Upgrading a database made by migration 0001 alone (issue 11, section 1): the duplicate
// that 0001 allowed (one enterprise entered by a county and again by its city) becomes
// one record, the one-field contact splits into person and phone, and the nonce leaves the
// draw row for draw_secret.
#include <soci/soci.h>

#include "samples.h"
#include "store/migrations.h"
#include "store_fixture.h"

namespace suiji::testing {
namespace {

class Upgrade : public StoreTest {
 protected:
  void SetUp() override {
    if (GetParam() == store::Engine::kSqlite)
      connection_ = "sqlite3://" + tmp_.file("old.db");
    else
      connection_ = PgCluster::get().fresh_database();
    db_ = store::Store::open(connection_, 1);  // the schema of migration 0001 only
  }

  int64_t id(const char* table) {
    return db_->transaction([&] { return db_->next_ids(table); });
  }

  // A unit row as 0001 stored it (one `contact` column), version 1 with its history entry.
  int64_t old_unit(int64_t agency, const std::string& code, const std::string& name, const std::string& contact) {
    long long uid = id("unit"), a = agency;
    std::string at = "2026-01-02T03:04:05Z", region = "330802";
    db_->sql() << "INSERT INTO unit (id, agency_id, draw_id_code, name, region_code, contact, class, level, "
                  "level_code, production_status, version, created_at, updated_at) VALUES (:id, :a, :c, :n, "
                  ":r, :ct, '一般', '县一般', 24, '在产', 1, :at, :at2)",
        soci::use(uid), soci::use(a), soci::use(code), soci::use(name), soci::use(region), soci::use(contact),
        soci::use(at), soci::use(at);
    std::string diff = R"({"name":{"from":null,"to":")" + name + R"("}})";
    db_->sql() << "INSERT INTO unit_history (unit_id, version, changed_at, changed_by, diff_json) "
                  "VALUES (:u, 1, :at, 'import', :d)",
        soci::use(uid), soci::use(at), soci::use(diff);
    return uid;
  }

  int64_t old_inspector(int64_t agency, const std::string& code, const std::string& name) {
    long long iid = id("inspector"), a = agency;
    std::string at = "2026-01-02T03:04:05Z";
    db_->sql() << "INSERT INTO inspector (id, agency_id, code, name, on_staff, on_post, senior, created_at, "
                  "updated_at) VALUES (:id, :a, :c, :n, 1, 1, 0, :at, :at2)",
        soci::use(iid), soci::use(a), soci::use(code), soci::use(name), soci::use(at), soci::use(at);
    return iid;
  }
};

const std::string kNonce = "5f1e0c9a7b3d2e4f6a8b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f";

TEST_P(Upgrade, MergesCrossLevelDuplicatesSplitsContactsAndMovesTheNonce) {
  ASSERT_EQ(db_->schema_version(), 1);
  int64_t city = db_->agencies().insert(quzhou());
  int64_t county = db_->agencies().insert(Agency{0, "衢州市生态环境局柯城分局", AgencyLevel::kCounty, "330802", "", city});
  const std::string code = make_uscc("330802", 7);
  // The county entered the enterprise first; the city entered it again (0001's unique index
  // was per agency), and a conflict of interest was recorded against the city's copy.
  int64_t by_county = old_unit(county, code, "衢州柯城某化工有限公司", "张三 13800000000");
  int64_t by_city = old_unit(city, code, "衢州柯城某化工有限公司（市录入）", "张三 13800000000");
  int64_t other = old_unit(county, make_uscc("330802", 8), "柯城另一家公司", "李四");
  int64_t insp_county = old_inspector(county, "QZ-02-01", "王五");
  int64_t insp_city = old_inspector(city, "QZ-02-01", "王五");
  long long conflict_id = id("conflict"), cu = by_city, ci = insp_city;
  db_->sql() << "INSERT INTO conflict (id, unit_id, inspector_id, reason, created_at) "
                "VALUES (:id, :u, :i, '近亲属在该企业任职', '2026-01-02T03:04:05Z')",
      soci::use(conflict_id), soci::use(cu), soci::use(ci);
  long long draw = id("draw");
  std::string commitment(64, 'c');
  db_->sql() << "INSERT INTO draw (id, draw_code, status, input_json, commitment, nonce, announced_at, operator) "
                "VALUES (:id, 'QZ-2026-12-A', 'announced', '{}', :c, :n, '2026-12-01T09:00:00Z', 'operator')",
      soci::use(draw), soci::use(commitment), soci::use(kNonce);
  db_.reset();

  db_ = store::Store::open(connection_);  // the latest schema
  EXPECT_EQ(db_->schema_version(), store::embedded_migrations().back().version);

  // One live unit for the draw id: the first entered (lowest id, the county's), still its owner.
  store::UnitFilter live;
  live.region_prefix = "330802";
  auto units = db_->units().list(live).items;
  ASSERT_EQ(units.size(), 2u);
  EXPECT_EQ(units[0].id, by_county);
  EXPECT_EQ(units[1].id, other);
  ASSERT_TRUE(db_->units().find_live(code));
  EXPECT_EQ(db_->units().find_live(code)->id, by_county);
  EXPECT_EQ(db_->units().find_live(code)->agency_id, county);
  EXPECT_EQ(db_->units().history(by_county).size(), 1u);  // its own history, untouched
  // The city's copy is soft-deleted (kept, with its history) and says where it went.
  auto merged = db_->units().get(by_city);
  ASSERT_TRUE(merged);
  EXPECT_FALSE(merged->deleted_at.empty());
  EXPECT_EQ(merged->version, 2);
  auto h = db_->units().history(by_city);
  ASSERT_EQ(h.size(), 2u);
  EXPECT_EQ(h[1].changed_by, "migration:0002");
  EXPECT_EQ(h[1].diff["merged_into"]["to"], by_county);
  EXPECT_NE(h[1].diff["delete_reason"]["to"].get<std::string>().find("一企一档"), std::string::npos);

  // The contact is two fields; one without a phone stays the person.
  EXPECT_EQ(units[0].contact_person, "张三");
  EXPECT_EQ(units[0].contact_phone, "13800000000");
  EXPECT_EQ(units[1].contact_person, "李四");
  EXPECT_EQ(units[1].contact_phone, "");

  // One live inspector per code; the conflict follows both merges.
  ASSERT_TRUE(db_->inspectors().find_live("QZ-02-01"));
  EXPECT_EQ(db_->inspectors().find_live("QZ-02-01")->id, insp_county);
  EXPECT_FALSE(db_->inspectors().get(insp_city)->deleted_at.empty());
  auto conflicts = db_->conflicts().for_unit(by_county);
  ASSERT_EQ(conflicts.size(), 1u);
  EXPECT_EQ(conflicts[0].inspector_id, insp_county);

  // The nonce is in draw_secret only; the draw row has no nonce column any more.
  std::string nonce;
  db_->sql() << "SELECT nonce FROM draw_secret WHERE draw_id = :d", soci::into(nonce), soci::use(draw);
  EXPECT_EQ(nonce, kNonce);
  soci::row r;
  db_->sql() << "SELECT * FROM draw", soci::into(r);
  for (size_t i = 0; i < r.size(); ++i) EXPECT_NE(r.get_properties(i).get_name(), "nonce");

  // From now on the database itself refuses a second live copy of the enterprise.
  EXPECT_ANY_THROW(db_->sql() << "UPDATE unit SET deleted_at = NULL WHERE id = " + std::to_string(by_city));
  // …and re-entering it at the city updates the one record.
  Unit again = sample_unit("330802", 7);
  again.agency_id = city;
  auto res = db_->units().upsert(again, "import:city");
  EXPECT_EQ(res.id, by_county);
  EXPECT_EQ(res.outcome, store::UpsertOutcome::kUpdated);
}

// A policy row of 0001 (one per agency and year) becomes version 1 of policy_version.
TEST_P(Upgrade, APolicyRowBecomesVersionOne) {
  int64_t city = db_->agencies().insert(quzhou());
  long long pid = id("policy"), a = city;
  db_->sql() << "INSERT INTO policy (id, agency_id, year, json, created_at) VALUES (:id, :a, 2026, '{\"x\":1}', "
                "'2026-01-02T03:04:05Z')",
      soci::use(pid), soci::use(a);
  db_.reset();
  db_ = reopen();
  auto p = db_->policies().current(city, 2026);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->version, 1);
  EXPECT_EQ(p->json, "{\"x\":1}");
  EXPECT_EQ(p->created_by, "migration:0004");
  EXPECT_EQ(db_->policies().add(city, 2026, "quzhou-city", "{}", "admin").version, 2);
}

SUIJI_BOTH_ENGINES(Upgrade);

}  // namespace
}  // namespace suiji::testing
