// Agencies (jurisdictions), internal units and users.
#include "samples.h"
#include "store/password.h"
#include "store_fixture.h"

namespace suiji::testing {
namespace {

using store::Invalid;

class AgenciesUsers : public StoreTest {};

TEST_P(AgenciesUsers, AgencyTreeAndLookupByRegion) {
  int64_t city = db_->agencies().insert(quzhou());
  Agency kc{0, "衢州市生态环境局柯城分局", AgencyLevel::kCounty, "330802", "", city};
  Agency park{0, "衢州市生态环境局绿色产业集聚区环保分局", AgencyLevel::kCounty, "330802",
              "绿色产业集聚区", city};
  int64_t kc_id = db_->agencies().insert(kc);
  int64_t park_id = db_->agencies().insert(park);

  EXPECT_EQ(db_->agencies().find_by_region("330800")->id, city);
  EXPECT_EQ(db_->agencies().find_by_region("330802")->id, kc_id);  // the one without a zone
  EXPECT_EQ(db_->agencies().all_by_region("330802").size(), 2u);
  EXPECT_FALSE(db_->agencies().find_by_region("330803"));
  EXPECT_EQ(db_->agencies().children(city).size(), 2u);
  EXPECT_EQ(db_->agencies().subtree_ids(city), (std::vector<int64_t>{city, kc_id, park_id}));
  EXPECT_EQ(db_->agencies().subtree_ids(kc_id), (std::vector<int64_t>{kc_id}));
  auto got = db_->agencies().get(park_id);
  EXPECT_EQ(got->zone_name, "绿色产业集聚区");
  EXPECT_EQ(got->level, AgencyLevel::kCounty);
  EXPECT_EQ(got->parent_id, city);
}

TEST_P(AgenciesUsers, BadAgenciesAreRefused) {
  int64_t city = db_->agencies().insert(quzhou());
  EXPECT_THROW(db_->agencies().insert(quzhou()), Invalid);  // same jurisdiction twice
  Agency bad{0, "某局", AgencyLevel::kCounty, "330899", "", city};
  EXPECT_THROW(db_->agencies().insert(bad), Invalid);  // not in GB/T 2260
  bad.region_code = "330803";
  bad.parent_id = 9999;
  EXPECT_THROW(db_->agencies().insert(bad), Invalid);
  Agency elsewhere{0, "济南市生态环境局章丘分局", AgencyLevel::kCounty, "370114", "", city};
  EXPECT_THROW(db_->agencies().insert(elsewhere), Invalid);  // not inside 衢州
  EXPECT_EQ(db_->agencies().list().size(), 1u);

  EXPECT_THROW(db_->org_units().insert(OrgUnit{0, 9999, "一大队", OrgUnitKind::kTeam}), Invalid);
  db_->org_units().insert(OrgUnit{0, city, "法规科", OrgUnitKind::kSection});
  EXPECT_THROW(db_->org_units().insert(OrgUnit{0, city, "法规科", OrgUnitKind::kSection}), Invalid);
  ASSERT_EQ(db_->org_units().list(city).size(), 1u);
  EXPECT_EQ(db_->org_units().find(city, "法规科")->kind, OrgUnitKind::kSection);
}

TEST_P(AgenciesUsers, UsersWithRolesAndHashedPasswords) {
  int64_t city = db_->agencies().insert(quzhou());
  User u;
  u.agency_id = city;
  u.login = "zhangwei";
  u.name = "张伟";
  u.roles = {Role::kOperator, Role::kReviewer};
  u.password_hash = store::hash_password("correct horse");
  int64_t id = db_->users().insert(u);

  auto got = db_->users().find_by_login("zhangwei");
  ASSERT_TRUE(got);
  EXPECT_EQ(got->id, id);
  EXPECT_EQ(got->roles, u.roles);
  EXPECT_TRUE(store::verify_password(got->password_hash, "correct horse"));
  EXPECT_FALSE(store::verify_password(got->password_hash, "wrong horse"));
  EXPECT_EQ(got->password_hash.rfind("$argon2id$", 0), 0u);

  EXPECT_THROW(db_->users().insert(u), Invalid);  // login taken
  u.login = "a b";
  EXPECT_THROW(db_->users().insert(u), Invalid);
  EXPECT_EQ(db_->users().list(city).size(), 1u);

  EXPECT_EQ(db_->users().record_failed_login(id), 1);
  EXPECT_EQ(db_->users().record_failed_login(id), 2);
  db_->users().reset_failed_logins(id);
  db_->users().set_disabled(id, true);
  got = db_->users().get(id);
  EXPECT_EQ(got->failed_logins, 0);
  EXPECT_TRUE(got->disabled);
  EXPECT_THROW(db_->users().set_disabled(4242, true), store::NotFound);
}

TEST_P(AgenciesUsers, ASecondConnectionSeesCommittedWorkOnly) {
  auto other = reopen();
  db_->transaction([&] {
    db_->agencies().insert(quzhou());
    EXPECT_EQ(other->agencies().list().size(), 0u);  // not committed yet
  });
  EXPECT_EQ(other->agencies().list().size(), 1u);
}

SUIJI_BOTH_ENGINES(AgenciesUsers);

TEST(Passwords, HashesAreSaltedAndGeneratedPasswordsReadable) {
  auto a = store::hash_password("same");
  auto b = store::hash_password("same");
  EXPECT_NE(a, b);
  EXPECT_TRUE(store::verify_password(b, "same"));
  EXPECT_FALSE(store::verify_password("not a hash", "same"));
  auto p = store::generate_password(16);
  EXPECT_EQ(p.size(), 16u);
  EXPECT_EQ(p.find_first_of("0O1lI"), std::string::npos);
}

}  // namespace
}  // namespace suiji::testing
