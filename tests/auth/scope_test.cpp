// The one jurisdiction rule (src/auth/scope.h), on an agency tree held in memory:
// 浙江省 > 衢州市 > 柯城、衢江, and the 绿色产业集聚区 zone branch under the city.
#include "auth/scope.h"

#include <gtest/gtest.h>

#include <map>

#include "domain/error.h"

namespace suiji::auth {
namespace {

class Scope : public ::testing::Test {
 protected:
  void SetUp() override {
    add({1, "浙江省生态环境厅", AgencyLevel::kProvince, "330000", "", std::nullopt});
    add({2, "衢州市生态环境局", AgencyLevel::kCity, "330800", "", 1});
    add({3, "衢州市生态环境局柯城分局", AgencyLevel::kCounty, "330802", "", 2});
    add({4, "衢州市生态环境局衢江分局", AgencyLevel::kCounty, "330803", "", 2});
    add({5, "衢州市绿色产业集聚区环保分局", AgencyLevel::kCounty, "330800", "绿色产业集聚区", 2});
    add({6, "衢州市生态环境局江山分局", AgencyLevel::kCounty, "330881", "", 2});
  }
  void add(const Agency& a) { tree_[a.id] = a; }
  AgencyLookup lookup() {
    return [this](int64_t id) -> std::optional<Agency> {
      auto it = tree_.find(id);
      if (it == tree_.end()) return std::nullopt;
      return it->second;
    };
  }
  const Agency& at(int64_t id) { return tree_.at(id); }
  std::map<int64_t, Agency> tree_;
};

TEST_F(Scope, RegionsLieWithinTheirCityAndProvinceNeverANeighbour) {
  EXPECT_TRUE(region_within("330802", at(2)));
  EXPECT_TRUE(region_within("330802", at(1)));
  EXPECT_TRUE(region_within("330802", at(3)));
  EXPECT_FALSE(region_within("330802", at(4)));
  EXPECT_FALSE(region_within("330800", at(3)));  // the city is not within its county
  EXPECT_FALSE(region_within("330899", at(2)));  // not in GB/T 2260: within nothing
  EXPECT_FALSE(region_within("370114", at(1)));  // 济南 is not in 浙江
}

TEST_F(Scope, AgenciesLieWithinTheirAncestors) {
  EXPECT_EQ(agency_chain(3, lookup()), (std::vector<int64_t>{3, 2, 1}));
  EXPECT_EQ(agency_chain(5, lookup()), (std::vector<int64_t>{5, 2, 1}));
  EXPECT_TRUE(agency_within(3, at(3), lookup()));
  EXPECT_TRUE(agency_within(3, at(2), lookup()));
  EXPECT_TRUE(agency_within(5, at(1), lookup()));
  EXPECT_FALSE(agency_within(2, at(3), lookup()));  // a city is not below its county
  EXPECT_FALSE(agency_within(5, at(3), lookup()));  // the zone is not below 柯城
  EXPECT_FALSE(agency_within(4, at(3), lookup()));
}

TEST_F(Scope, AZoneUnitIsTheZonesAndTheCitysNotTheEnclosingCountys) {
  // A unit in 柯城 inside the park (zone 5) and one in 柯城 outside any zone.
  EXPECT_TRUE(unit_within("330802", 5, at(5), lookup()));
  EXPECT_TRUE(unit_within("330802", 5, at(2), lookup()));
  EXPECT_TRUE(unit_within("330802", 5, at(1), lookup()));
  EXPECT_FALSE(unit_within("330802", 5, at(3), lookup()));
  EXPECT_FALSE(unit_within("330802", 5, at(4), lookup()));
  EXPECT_TRUE(unit_within("330802", std::nullopt, at(3), lookup()));
  EXPECT_TRUE(unit_within("330802", std::nullopt, at(2), lookup()));
  EXPECT_FALSE(unit_within("330802", std::nullopt, at(5), lookup()));  // a zone sees its own only
  EXPECT_FALSE(unit_within("330802", std::nullopt, at(6), lookup()));
  EXPECT_TRUE(is_zone(at(5)));
  EXPECT_FALSE(is_zone(at(2)));
}

TEST_F(Scope, ACycleOrAnEndlessChainIsABrokenInvariantNotALoop) {
  tree_[2].parent_id = 3;  // 衢州 under 柯城, which is under 衢州
  try {
    agency_chain(3, lookup());
    FAIL() << "a parent cycle was walked";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kInternal);
    EXPECT_EQ(e.code(), "agency_tree_broken");
  }
  // A chain longer than kMaxTreeDepth.
  tree_.clear();
  for (int64_t id = 1; id <= kMaxTreeDepth + 2; ++id)
    add({id, "机构" + std::to_string(id), AgencyLevel::kCounty, "330802", "",
         id == 1 ? std::nullopt : std::optional<int64_t>(id - 1)});
  EXPECT_THROW(agency_chain(kMaxTreeDepth + 2, lookup()), Error);
  EXPECT_EQ(agency_chain(kMaxTreeDepth, lookup()).size(), static_cast<size_t>(kMaxTreeDepth));
}

}  // namespace
}  // namespace suiji::auth
