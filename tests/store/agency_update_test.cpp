// Agencies::update makes the checks insert makes and refuses a parent cycle (issue 11,
// section 2): a bad update is refused with the field named and changes nothing.
#include "samples.h"
#include "store_fixture.h"

namespace suiji::testing {
namespace {

using store::Invalid;

class AgencyUpdate : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    province_ = db_->agencies().insert(Agency{0, "浙江省生态环境厅", AgencyLevel::kProvince, "330000", "", std::nullopt});
    Agency city = quzhou();
    city.parent_id = province_;
    city_ = db_->agencies().insert(city);
    kecheng_ = db_->agencies().insert(Agency{0, "衢州市生态环境局柯城分局", AgencyLevel::kCounty, "330802", "", city_});
    qujiang_ = db_->agencies().insert(Agency{0, "衢州市生态环境局衢江分局", AgencyLevel::kCounty, "330803", "", city_});
  }

  // The field of the one error an update was refused with ("" when it was accepted).
  std::string refused_field(const Agency& a, std::string* message = nullptr) {
    try {
      db_->agencies().update(a);
      return "";
    } catch (const Invalid& e) {
      EXPECT_EQ(e.rows.size(), 1u);
      if (message) *message = e.rows.at(0).errors.at(0).message;
      return e.rows.at(0).errors.at(0).field;
    }
  }

  int64_t province_ = 0, city_ = 0, kecheng_ = 0, qujiang_ = 0;
};

TEST_P(AgencyUpdate, AParentCycleIsRefused) {
  // A→B→A: the city under its own county.
  Agency city = *db_->agencies().get(city_);
  city.parent_id = kecheng_;
  std::string message;
  EXPECT_EQ(refused_field(city, &message), "parent_id");
  EXPECT_NE(message.find("循环"), std::string::npos) << message;
  EXPECT_NE(message.find(" / "), std::string::npos) << message;
  // A→A.
  Agency self = *db_->agencies().get(kecheng_);
  self.parent_id = kecheng_;
  EXPECT_EQ(refused_field(self), "parent_id");
  // A→C→B→A, three levels deep: the province under a county.
  Agency top = *db_->agencies().get(province_);
  top.parent_id = qujiang_;
  EXPECT_EQ(refused_field(top), "parent_id");
  // Nothing changed, and the tree can still be walked.
  EXPECT_EQ(db_->agencies().get(city_)->parent_id, province_);
  EXPECT_EQ(db_->agencies().get(kecheng_)->parent_id, city_);
  EXPECT_FALSE(db_->agencies().get(province_)->parent_id);
  EXPECT_EQ(db_->agencies().subtree_ids(province_).size(), 4u);
}

TEST_P(AgencyUpdate, MakesTheChecksInsertMakes) {
  // The parent's jurisdiction must hold the agency: 柯城 cannot go under 衢江.
  Agency kc = *db_->agencies().get(kecheng_);
  kc.parent_id = qujiang_;
  EXPECT_EQ(refused_field(kc), "region_code");
  // No second agency for a region: 衢江分局 cannot take 柯城's code.
  Agency qj = *db_->agencies().get(qujiang_);
  qj.region_code = "330802";
  std::string message;
  EXPECT_EQ(refused_field(qj, &message), "region_code");
  EXPECT_NE(message.find("衢州市生态环境局柯城分局"), std::string::npos) << message;
  // A parent that does not exist, a region not in GB/T 2260, an empty name.
  qj = *db_->agencies().get(qujiang_);
  qj.parent_id = 9999;
  EXPECT_EQ(refused_field(qj), "parent_id");
  qj = *db_->agencies().get(qujiang_);
  qj.region_code = "330899";
  EXPECT_EQ(refused_field(qj), "region_code");
  qj = *db_->agencies().get(qujiang_);
  qj.name.clear();
  EXPECT_EQ(refused_field(qj), "name");
  // The agencies below must stay inside: the city cannot become 杭州 while it has 柯城 and 衢江.
  Agency city = *db_->agencies().get(city_);
  city.region_code = "330100";
  EXPECT_EQ(refused_field(city, &message), "region_code");
  EXPECT_NE(message.find("柯城分局"), std::string::npos) << message;
  // An unknown agency.
  Agency ghost = *db_->agencies().get(qujiang_);
  ghost.id = 4242;
  EXPECT_THROW(db_->agencies().update(ghost), store::NotFound);
  // None of it was written.
  EXPECT_EQ(db_->agencies().get(kecheng_)->parent_id, city_);
  EXPECT_EQ(db_->agencies().get(qujiang_)->region_code, "330803");
  EXPECT_EQ(db_->agencies().get(qujiang_)->name, "衢州市生态环境局衢江分局");
  EXPECT_EQ(db_->agencies().get(city_)->region_code, "330800");
}

TEST_P(AgencyUpdate, AValidUpdateIsStored) {
  Agency qj = *db_->agencies().get(qujiang_);
  qj.name = "衢州市生态环境局衢江分局（综合执法队）";
  EXPECT_EQ(refused_field(qj), "");
  // Keeping its own region and zone is not a duplicate of itself; moving up a level is fine.
  qj.parent_id = province_;
  EXPECT_EQ(refused_field(qj), "");
  auto got = db_->agencies().get(qujiang_);
  EXPECT_EQ(got->name, "衢州市生态环境局衢江分局（综合执法队）");
  EXPECT_EQ(got->parent_id, province_);
  EXPECT_EQ(db_->agencies().subtree_ids(city_), (std::vector<int64_t>{city_, kecheng_}));
}

SUIJI_BOTH_ENGINES(AgencyUpdate);

}  // namespace
}  // namespace suiji::testing
