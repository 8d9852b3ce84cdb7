// Policies are versioned per agency and year (an edit never overwrites), and named lists
// are replaced whole until a draw freezes them; both on SQLite and PostgreSQL.
#include <soci/soci.h>

#include "samples.h"
#include "store_fixture.h"

namespace suiji::testing {
namespace {

class Policies : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    city_ = db_->agencies().insert(quzhou());
    county_ = db_->agencies().insert(Agency{0, "衢州市生态环境局柯城分局", AgencyLevel::kCounty, "330802", "", city_});
  }
  int64_t city_ = 0, county_ = 0;
};

TEST_P(Policies, EachAddIsANewVersionAndOldOnesStay) {
  EXPECT_FALSE(db_->policies().current(city_, 2026));
  auto v1 = db_->policies().add(city_, 2026, "quzhou-city", R"({"v":1})", "admin");
  auto v2 = db_->policies().add(city_, 2026, "", R"({"v":2})", "leader");
  auto other_year = db_->policies().add(city_, 2027, "quzhou-city", R"({"v":1})", "admin");
  EXPECT_EQ(v1.version, 1);
  EXPECT_EQ(v2.version, 2);
  EXPECT_EQ(other_year.version, 1);
  EXPECT_EQ(db_->policies().current(city_, 2026)->json, R"({"v":2})");
  EXPECT_EQ(db_->policies().get(city_, 2026, 1)->json, R"({"v":1})");
  EXPECT_EQ(db_->policies().get(city_, 2026, 1)->preset, "quzhou-city");
  EXPECT_EQ(db_->policies().versions(city_, 2026).size(), 2u);
  EXPECT_FALSE(db_->policies().current(county_, 2026));  // the city's policy is not the county's
}

TEST_P(Policies, ANamedListIsReplacedWholeUntilFrozen) {
  std::vector<int64_t> ids;
  for (int i = 1; i <= 3; ++i) ids.push_back(db_->units().upsert_all(city_, {sample_unit("330802", i)}, "t")[0].id);
  auto list = db_->named_lists().put(city_, "2019年重点排污单位名录", 2019, {ids[2], ids[0], ids[0]});
  EXPECT_EQ(db_->named_lists().members(list.id), (std::vector<int64_t>{ids[0], ids[2]}));
  auto again = db_->named_lists().put(city_, "2019年重点排污单位名录", 2019, {ids[1]});
  EXPECT_EQ(again.id, list.id);
  EXPECT_EQ(db_->named_lists().members(list.id), (std::vector<int64_t>{ids[1]}));
  // The county sees its city's list; a list of another year is another list.
  auto seen = db_->named_lists().find({county_, city_}, "2019年重点排污单位名录", 2019);
  ASSERT_TRUE(seen);
  EXPECT_EQ(seen->id, list.id);
  EXPECT_FALSE(db_->named_lists().find({county_, city_}, "2019年重点排污单位名录", 2020));
  long long lid = list.id;
  db_->sql() << "UPDATE named_list SET frozen_at = '2026-03-25T09:00:00Z' WHERE id = :id", soci::use(lid);
  try {
    db_->named_lists().put(city_, "2019年重点排污单位名录", 2019, {ids[0]});
    ADD_FAILURE() << "a frozen list changed";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kConflict);
    EXPECT_EQ(e.code(), "list_frozen");
  }
  EXPECT_EQ(db_->named_lists().members(list.id), (std::vector<int64_t>{ids[1]}));  // unchanged
}

SUIJI_BOTH_ENGINES(Policies);

}  // namespace
}  // namespace suiji::testing
