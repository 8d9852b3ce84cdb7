// Second random (spec section 6): caps, conflicts, mentor pairing, cap_relaxed.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "draw/draw.h"
#include "draw_builder.h"

namespace suiji::draw {
namespace {

using testing::DrawBuilder;

std::map<std::string, int> loads(const std::vector<Assignment>& list) {
  std::map<std::string, int> l;
  for (const Assignment& a : list)
    for (const std::string& m : a.team) ++l[m];
  return l;
}

TEST(Assign, CapSpreadsTheWorkAndTeamsAreDistinctPeople) {
  DrawBuilder b;
  b.stratum("key", 40, 10).inspectors(5, 0);
  DrawResult r = compute_draw(b.in);
  EXPECT_EQ(r.cap, 4);  // ceil(10 * 2 / 5)
  ASSERT_EQ(r.assignments.size(), 10u);
  for (const Assignment& a : r.assignments) {
    EXPECT_EQ(a.team.size(), 2u);
    EXPECT_NE(a.team[0], a.team[1]);
    EXPECT_FALSE(a.cap_relaxed);
  }
  for (auto& [who, n] : loads(r.assignments)) EXPECT_LE(n, 4) << who;
}

TEST(Assign, ConflictedInspectorIsNeverOnTheUnitsTeam) {
  DrawBuilder b;
  b.stratum("key", 20, 20).inspectors(6, 0);
  // Every unit conflicts with the first two inspectors.
  for (std::string_view u : b.in.strata[0].population) {
    b.in.conflicts.push_back({std::string(u), "ZF100"});
    b.in.conflicts.push_back({std::string(u), "ZF101"});
  }
  DrawResult r = compute_draw(b.in);
  for (const Assignment& a : r.assignments)
    for (const std::string& m : a.team) EXPECT_TRUE(m != "ZF100" && m != "ZF101") << a.unit;
  // Only four inspectors remain for 20 teams of 2 with a cap of ceil(40/6) = 7: cap relaxed.
  EXPECT_EQ(r.cap, 7);
  EXPECT_TRUE(std::any_of(r.assignments.begin(), r.assignments.end(), [](auto& a) { return a.cap_relaxed; }));
}

TEST(Assign, MentorPairingPutsASeniorInTheLead) {
  DrawBuilder b;
  b.stratum("key", 30, 12).inspectors(8, 4);
  b.in.mentor_pairing = true;
  std::set<std::string> seniors;
  for (const PoolMember& m : b.in.pool)
    if (m.senior) seniors.insert(m.id);
  DrawResult r = compute_draw(b.in);
  for (const Assignment& a : r.assignments) {
    EXPECT_TRUE(seniors.count(a.team[0])) << a.unit << " lead " << a.team[0];
  }
}

TEST(Assign, OneSeniorForManyTeamsRelaxesTheCap) {
  DrawBuilder b;
  b.stratum("key", 6, 6).inspectors(3, 1);
  b.in.mentor_pairing = true;
  DrawResult r = compute_draw(b.in);
  EXPECT_EQ(r.cap, 4);  // ceil(6 * 2 / 3)
  int relaxed = 0;
  for (const Assignment& a : r.assignments) {
    EXPECT_EQ(a.team[0], "ZF100");  // the only senior leads every team
    relaxed += a.cap_relaxed;
  }
  EXPECT_EQ(relaxed, 2);  // the 5th and 6th teams go over the senior's cap
  EXPECT_FALSE(r.assignments[3].cap_relaxed);
  EXPECT_TRUE(r.assignments[4].cap_relaxed);
}

TEST(Assign, WithoutSeniorsMentorPairingForcesNoOne) {
  DrawBuilder b;
  b.stratum("key", 10, 4).inspectors(6, 0);
  b.in.mentor_pairing = true;
  DrawResult r = compute_draw(b.in);
  // Teams are filled in ticket order under the cap; no senior is forced, nothing relaxed.
  for (const Assignment& a : r.assignments) EXPECT_FALSE(a.cap_relaxed);
  b.in.mentor_pairing = false;
  EXPECT_EQ(compute_draw(b.in).assignments, r.assignments);
}

TEST(Assign, TooFewEligibleInspectorsStopsTheDraw) {
  DrawBuilder b;
  b.stratum("key", 3, 3).inspectors(3, 0);
  for (std::string_view u : b.in.strata[0].population) {
    b.in.conflicts.push_back({std::string(u), "ZF100"});
    b.in.conflicts.push_back({std::string(u), "ZF101"});
  }
  try {
    compute_draw(b.in);
    FAIL() << "expected an error";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("不足"), std::string::npos) << e.what();
  }
}

TEST(Assign, DrawOrderIsAscendingTicketAcrossOverlappingStrata) {
  DrawBuilder b;
  b.stratum("key", 30, 5).stratum("special", 0, 0);
  // The special stratum shares units with key: overlapping samples coincide.
  for (int i = 0; i < 30; ++i) b.in.strata[1].population.push_back(b.in.strata[0].population[i]);
  b.in.strata[1].k = 5;
  b.inspectors(6, 0);
  DrawResult r = compute_draw(b.in);
  EXPECT_EQ(r.strata[0].selected.size(), 5u);
  // Same population, same tickets: the two samples are identical and units are drawn once.
  for (size_t i = 0; i < 5; ++i) EXPECT_EQ(r.strata[0].selected[i].unit, r.strata[1].selected[i].unit);
  EXPECT_EQ(r.assignments.size(), 5u);
  for (size_t i = 0; i < 5; ++i) EXPECT_EQ(r.assignments[i].unit, r.strata[0].selected[i].unit);
}

}  // namespace
}  // namespace suiji::draw
