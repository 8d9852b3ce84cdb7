// Changes after the draw (spec section 7): replace_inspector and substitute_unit.
#include <gtest/gtest.h>

#include <algorithm>

#include "draw/draw.h"
#include "draw/ticket.h"
#include "draw_builder.h"

namespace suiji::draw {
namespace {

using testing::DrawBuilder;

const Assignment& find(const std::vector<Assignment>& list, const std::string& unit) {
  auto it = std::find_if(list.begin(), list.end(), [&](const Assignment& a) { return a.unit == unit; });
  if (it == list.end()) throw std::runtime_error("no assignment for " + unit);
  return *it;
}

TEST(Changes, ReplacedInspectorLeavesAndReplacementTakesTheirPlace) {
  DrawBuilder b;
  b.stratum("key", 20, 6).inspectors(6, 0);
  DrawResult first = compute_draw(b.in);
  const Assignment& a = first.assignments[2];
  b.in.changes.push_back({ChangeType::kReplaceInspector, a.unit, a.team[1], "", "休假", "分管领导", {}});
  DrawResult r = compute_draw(b.in);
  ASSERT_EQ(r.change_results.size(), 1u);
  const ChangeResult& c = r.change_results[0];
  EXPECT_NE(c.replacement, a.team[1]);
  EXPECT_NE(c.replacement, a.team[0]);
  const Assignment& after = find(r.final_assignments, a.unit);
  EXPECT_EQ(after.team[0], a.team[0]);     // the lead stays
  EXPECT_EQ(after.team[1], c.replacement);  // same position
  EXPECT_EQ(r.assignments, first.assignments);  // the original assignment is kept as drawn
}

// Worked out from spec sections 6-7 by hand (an independent Python script) and checked
// against the JavaScript verifier's engine (web/verifier/draw.js): U1005 is drawn first with
// team [ZF100, ZF103]; after the six teams every senior (ZF100-ZF102) is at the cap of 2.
// ZF100, a senior lead, leaves; E for U1005 without the team is [ZF104, ZF105, ZF106, ZF102,
// ZF107, ZF101]. No senior is under the cap, so the first senior of E, ZF102, replaces the
// lead with cap_relaxed - not ZF105, the first of E under the cap, nor ZF101, a later senior.
TEST(Changes, SeniorLeadIsReplacedByTheFirstSeniorEvenOverTheCap) {
  DrawBuilder b;
  b.stratum("key", 20, 6).inspectors(8, 3);
  b.in.mentor_pairing = true;
  DrawResult first = compute_draw(b.in);
  const Assignment& a = first.assignments[0];
  ASSERT_EQ(a.unit, "U1005");
  ASSERT_EQ(a.team, (std::vector<std::string>{"ZF100", "ZF103"}));
  ASSERT_EQ(first.cap, 2);
  b.in.changes.push_back({ChangeType::kReplaceInspector, a.unit, a.team[0], "", "借调", "分管领导", {}});
  DrawResult r = compute_draw(b.in);
  ASSERT_EQ(r.change_results.size(), 1u);
  EXPECT_EQ(r.change_results[0].replacement, "ZF102");
  EXPECT_TRUE(r.change_results[0].cap_relaxed);
  EXPECT_EQ(find(r.final_assignments, a.unit).team, (std::vector<std::string>{"ZF102", "ZF103"}));
}

TEST(Changes, ReplacingSomeoneNotOnTheTeamIsAnError) {
  DrawBuilder b;
  b.stratum("key", 10, 2).inspectors(6, 0);
  DrawResult first = compute_draw(b.in);
  std::string outsider;
  for (const PoolMember& m : b.in.pool)
    if (std::find(first.assignments[0].team.begin(), first.assignments[0].team.end(), m.id) ==
        first.assignments[0].team.end())
      outsider = m.id;
  b.in.changes.push_back({ChangeType::kReplaceInspector, first.assignments[0].unit, outsider, "", "", "", {}});
  EXPECT_THROW(compute_draw(b.in), InputError);
}

TEST(Changes, SubstituteTakesTheFirstAlternateAndAppendsIt) {
  DrawBuilder b;
  b.stratum("key", 15, 3).inspectors(6, 0);
  DrawResult first = compute_draw(b.in);
  // The stratum's full order: the first alternate is the 4th ticket.
  TicketMachine tm(first.seed);
  std::vector<uint32_t> order = consistent_order(tm, b.in.strata[0].population);
  std::string alternate(b.in.strata[0].population[order[3]]);
  std::string leaving = first.strata[0].selected[1].unit;

  b.in.changes.push_back({ChangeType::kSubstituteUnit, leaving, "", "key", "企业已关闭", "分管领导", {}});
  DrawResult r = compute_draw(b.in);
  EXPECT_EQ(r.change_results[0].replacement, alternate);
  ASSERT_EQ(r.final_assignments.size(), 3u);
  EXPECT_EQ(r.final_assignments.back().unit, alternate);
  EXPECT_EQ(r.final_assignments.back().team, r.change_results[0].team);
  EXPECT_THROW(find(r.final_assignments, leaving), std::runtime_error);

  // A second substitution of the replacement takes the next alternate, never the unit
  // substituted out earlier.
  b.in.changes.push_back({ChangeType::kSubstituteUnit, alternate, "", "key", "停产", "分管领导", {}});
  r = compute_draw(b.in);
  EXPECT_EQ(r.change_results[1].replacement, std::string(b.in.strata[0].population[order[4]]));
}

TEST(Changes, SubstitutingAUnitNotDrawnIsAnError) {
  DrawBuilder b;
  b.stratum("key", 15, 3).inspectors(6, 0);
  DrawResult first = compute_draw(b.in);
  std::string not_drawn;
  for (std::string_view u : b.in.strata[0].population)
    if (std::none_of(first.assignments.begin(), first.assignments.end(), [&](auto& a) { return a.unit == u; }))
      not_drawn = std::string(u);
  b.in.changes.push_back({ChangeType::kSubstituteUnit, not_drawn, "", "key", "", "", {}});
  EXPECT_THROW(compute_draw(b.in), InputError);
}

TEST(Changes, NoAlternateLeftIsAnError) {
  DrawBuilder b;
  b.stratum("key", 2, 2).inspectors(4, 0);
  DrawResult first = compute_draw(b.in);
  b.in.changes.push_back({ChangeType::kSubstituteUnit, first.assignments[0].unit, "", "key", "", "", {}});
  try {
    compute_draw(b.in);
    FAIL();
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("候补"), std::string::npos);
  }
}

}  // namespace
}  // namespace suiji::draw

namespace suiji::draw {
namespace {

TEST(Changes, SubstituteFromAnotherStratumIsRefusedInANewDrawButFollowsTheSpecInVerify) {
  testing::DrawBuilder b;
  b.stratum("key", 10, 2, "K").stratum("general", 10, 2, "G").inspectors(6, 0);
  DrawResult first = compute_draw(b.in);
  // A key unit substituted "from" the general stratum: an operator's slip.
  b.in.changes.push_back({ChangeType::kSubstituteUnit, first.strata[0].selected[0].unit, "", "general", "", "", {}});
  EXPECT_THROW(compute_draw(b.in, Strictness::kCompute), InputError);
  DrawResult r = compute_draw(b.in, Strictness::kVerify);
  EXPECT_EQ(r.change_results[0].replacement.substr(0, 1), "G");  // general's first alternate joins
}

}  // namespace
}  // namespace suiji::draw
