// Which units each preset's strata take (policy/select.h), and who of them may be drawn
// this period (policy/eligibility.h). The presets themselves are the selectors under
// test, so a preset whose selector drifts from its seed clause fails here.
#include <gtest/gtest.h>

#include "domain/error.h"
#include "policy/eligibility.h"
#include "policy/presets.h"
#include "policy/select.h"

namespace suiji::policy {
namespace {

Unit unit(int64_t id, UnitLevel level, bool special = false) {
  Unit u;
  u.id = id;
  u.level = level;
  u.special = special;
  u.region_code = "330802";
  return u;
}

std::vector<std::string> strata_of(const Policy& p, const Unit& u, const SelectContext& ctx) {
  std::vector<std::string> out;
  for (const auto& s : p.strata)
    if (selects(s.select, u, ctx)) out.push_back(s.id);
  return out;
}

using V = std::vector<std::string>;

// seed 001:L45: the city's key stratum is 国控+省控 and its general stratum 市控; the
// county's key stratum is 市控 and above and its general stratum 县控.
TEST(Select, QuzhouStrataAreRelativeToTheAgencysLevel) {
  const Policy& city = preset("quzhou-city");
  const Policy& county = preset("quzhou-county");
  SelectContext at_city{AgencyLevel::kCity, nullptr}, at_county{AgencyLevel::kCounty, nullptr};
  EXPECT_EQ(strata_of(city, unit(1, UnitLevel::kNational), at_city), V{"key"});
  EXPECT_EQ(strata_of(city, unit(2, UnitLevel::kProvincial), at_city), V{"key"});
  EXPECT_EQ(strata_of(city, unit(3, UnitLevel::kMunicipal), at_city), V{"general"});
  EXPECT_EQ(strata_of(city, unit(4, UnitLevel::kCounty), at_city), V{});
  EXPECT_EQ(strata_of(city, unit(5, UnitLevel::kGeneralCity), at_city), V{});
  EXPECT_EQ(strata_of(county, unit(3, UnitLevel::kMunicipal), at_county), V{"key"});
  EXPECT_EQ(strata_of(county, unit(1, UnitLevel::kNational), at_county), V{"key"});
  EXPECT_EQ(strata_of(county, unit(4, UnitLevel::kCounty), at_county), V{"general"});
  EXPECT_EQ(strata_of(county, unit(6, UnitLevel::kGeneralCounty), at_county), V{});
  // A special unit is in the special stratum besides its own (the draw merges visits).
  EXPECT_EQ(strata_of(county, unit(7, UnitLevel::kCounty, true), at_county), (V{"general", "special"}));
}

// seed 000:L19: 市控及以上 at a city, 县控及以上 at a county; 一般 units are the general stratum.
TEST(Select, ShandongKeyStratumIsAtOrAboveTheAgencysLevel) {
  SelectContext at_city{AgencyLevel::kCity, nullptr}, at_county{AgencyLevel::kCounty, nullptr};
  EXPECT_EQ(strata_of(preset("shandong-city"), unit(1, UnitLevel::kMunicipal), at_city), V{"key"});
  EXPECT_EQ(strata_of(preset("shandong-city"), unit(1, UnitLevel::kCounty), at_city), V{});
  EXPECT_EQ(strata_of(preset("shandong-county"), unit(1, UnitLevel::kCounty), at_county), V{"key"});
  EXPECT_EQ(strata_of(preset("shandong-county"), unit(1, UnitLevel::kGeneralCounty), at_county), V{"general"});
  EXPECT_EQ(own_level_code(AgencyLevel::kProvince), 12);
}

// seed 004:L71, L75: key = the units on the 2019 list; general = monitored sources not on
// it, and construction projects (a project on the list is key, not general).
TEST(Select, UrumqiStrataComeFromTheNamedList) {
  const Policy& p = preset("urumqi-city");
  auto needed = lists_needed(p);
  ASSERT_EQ(needed.size(), 1u);
  EXPECT_EQ(needed[0].second, 2019);
  ListMembers lists{{needed[0], {1, 3}}};
  SelectContext ctx{AgencyLevel::kCity, &lists};
  Unit on_list = unit(1, UnitLevel::kGeneralCity);  // the list decides, not the level
  Unit off_list = unit(2, UnitLevel::kNational);
  Unit project_on_list = unit(3, UnitLevel::kGeneralCity);
  project_on_list.is_project = true;
  Unit project = unit(4, UnitLevel::kGeneralCity);
  project.is_project = true;
  EXPECT_EQ(strata_of(p, on_list, ctx), V{"key"});
  EXPECT_EQ(strata_of(p, off_list, ctx), V{"general"});
  EXPECT_EQ(strata_of(p, project_on_list, ctx), (V{"key", "general"}));
  EXPECT_EQ(strata_of(p, project, ctx), V{"general"});
  // Selecting before the list is loaded is a caller bug, not an empty stratum.
  SelectContext none{AgencyLevel::kCity, nullptr};
  EXPECT_THROW(strata_of(p, on_list, none), Error);
}

TEST(Select, EveryConditionMustHold) {
  Selector s;
  s.unit_class = UnitClass::kKey;
  s.credits = {Credit::kRed, Credit::kYellow};
  s.region_prefixes = {"3308"};
  s.approved_year_from = 2025;
  Unit u = unit(1, UnitLevel::kCounty);
  u.credit = Credit::kRed;
  u.approved_year = 2025;
  SelectContext ctx;
  EXPECT_TRUE(selects(s, u, ctx));
  Unit c = u;
  c.credit = Credit::kGreen;
  EXPECT_FALSE(selects(s, c, ctx));
  c = u;
  c.credit.reset();  // an unknown credit is not red
  EXPECT_FALSE(selects(s, c, ctx));
  c = u;
  c.region_code = "370102";
  EXPECT_FALSE(selects(s, c, ctx));
  c = u;
  c.approved_year = 2024;
  EXPECT_FALSE(selects(s, c, ctx));
  c = u;
  c.level = UnitLevel::kGeneralCounty;
  EXPECT_FALSE(selects(s, c, ctx));
  EXPECT_TRUE(selects(Selector{}, c, ctx));  // an empty selector takes every unit
}

Date day(int y, unsigned m, unsigned d) { return std::chrono::sys_days(std::chrono::year{y} / m / d); }

// Requirements 2: a unit not producing in the period is not eligible.
TEST(Eligibility, NotProducingInThePeriodIsExcluded) {
  Period q2{2026, 2}, q1{2026, 1};
  Caps none;
  YearTally empty;
  Unit u = unit(1, UnitLevel::kCounty);
  EXPECT_EQ(exclusion_of(u, q2, none, empty), std::nullopt);
  u.production_status = ProductionStatus::kStopped;
  EXPECT_EQ(exclusion_of(u, q2, none, empty), Exclusion::kStopped);
  u.production_status = ProductionStatus::kClosed;
  EXPECT_EQ(exclusion_of(u, q2, none, empty), Exclusion::kClosed);
  u.production_status = ProductionStatus::kSeasonal;
  u.producing_months = {11, 12, 1};  // a winter heating plant
  EXPECT_EQ(exclusion_of(u, q2, none, empty), Exclusion::kOutOfSeason);
  EXPECT_EQ(exclusion_of(u, q1, none, empty), std::nullopt);  // produces in January
  EXPECT_EQ(exclusion_of(u, Period{2026, 0}, none, empty), std::nullopt);
}

// seed 001:L51: at most 2 random inspections a year per unit, special units exempt;
// seed 000:L10, 001:L35–37: 专项 and complaint-driven inspections do not count.
TEST(Eligibility, TheYearlyCapCountsOnlyRandomInspectionsOfThatYear) {
  const Policy& p = preset("quzhou-county");
  ASSERT_EQ(p.caps.max_random_per_unit_per_year, 2);
  std::vector<PastInspection> history = {
      {1, "routine", day(2026, 1, 10)},          {1, "joint", day(2026, 5, 2)},
      {2, "routine", day(2026, 2, 1)},           {2, "special_campaign", day(2026, 3, 1)},
      {2, "targeted", day(2026, 4, 1)},          {2, "routine", day(2025, 11, 1)},
      {3, "routine", day(2026, 1, 5)},           {3, "routine", day(2026, 4, 5)},
  };
  YearTally year = tally(p, 2026, history);
  EXPECT_EQ(year[1], 2);
  EXPECT_EQ(year[2], 1);  // 专项, 有针对性 and last year's do not count
  Period q3{2026, 3};
  EXPECT_EQ(exclusion_of(unit(1, UnitLevel::kCounty), q3, p.caps, year), Exclusion::kCapped);
  EXPECT_EQ(exclusion_of(unit(2, UnitLevel::kCounty), q3, p.caps, year), std::nullopt);
  EXPECT_EQ(exclusion_of(unit(3, UnitLevel::kCounty, true), q3, p.caps, year), std::nullopt);  // special: exempt
  Caps off;
  EXPECT_EQ(exclusion_of(unit(1, UnitLevel::kCounty), q3, off, year), std::nullopt);
}

}  // namespace
}  // namespace suiji::policy
