// verify rejects tampered records and names the first discrepancy.
#include <gtest/gtest.h>

#include "domain/json.h"
#include "draw/verify.h"
#include "test_util.h"

namespace suiji::draw {
namespace {

using testing::read_file;
using testing::vectors_dir;

Json vector_record(const std::string& name) { return Json::parse(read_file(vectors_dir() / (name + ".json"))); }

std::string discrepancy(const Json& record) {
  Verdict v = verify(ParsedRecord::parse(record.dump()));
  EXPECT_FALSE(v.ok);
  return v.discrepancy;
}

// A digit flip inside a ticket string.
std::string flip_digit(std::string t, size_t pos) {
  t[pos] = t[pos] == '9' ? '0' : static_cast<char>(t[pos] + 1);
  return t;
}

class Tamper : public ::testing::TestWithParam<std::string> {};

TEST_P(Tamper, TicketDigit) {
  Json r = vector_record(GetParam());
  r["strata"][0]["selected"][0]["ticket"] = flip_digit(r["strata"][0]["selected"][0]["ticket"], 30);
  EXPECT_EQ(discrepancy(r).rfind("strata[key].selected[0].ticket: 应为 ", 0), 0u) << discrepancy(r);
}

TEST_P(Tamper, SelectedUnitSwappedForAnAlternate) {
  Json r = vector_record(GetParam());
  // Any population member not selected is an alternate.
  Json& s = r["strata"][1];
  std::string alternate;
  for (auto& id : s["population"]) {
    bool selected = false;
    for (auto& x : s["selected"]) selected |= x["unit"] == id;
    if (!selected) alternate = id;
  }
  std::string original = s["selected"].back()["unit"];
  s["selected"].back()["unit"] = alternate;
  std::string d = discrepancy(r);
  EXPECT_NE(d.find("strata[general].selected["), std::string::npos) << d;
  EXPECT_NE(d.find("expected unit " + original), std::string::npos) << d;
  EXPECT_NE(d.find("record has " + alternate), std::string::npos) << d;
}

TEST_P(Tamper, LeadAndMemberSwapped) {
  Json r = vector_record(GetParam());
  auto& team = r["assignments"][0]["team"];
  std::swap(team[0], team[1]);
  EXPECT_EQ(discrepancy(r).rfind("assignments[0].team[0]: ", 0), 0u) << discrepancy(r);
}

TEST_P(Tamper, WitnessInput) {
  Json r = vector_record(GetParam());
  r["witnesses"][0]["input"] = std::string(r["witnesses"][0]["input"]) + "1";
  EXPECT_EQ(discrepancy(r).rfind("seed: ", 0), 0u) << discrepancy(r);
}

TEST_P(Tamper, Nonce) {
  Json r = vector_record(GetParam());
  std::string nonce = r["nonce"];
  nonce[5] = nonce[5] == 'a' ? 'b' : 'a';
  r["nonce"] = nonce;
  EXPECT_EQ(discrepancy(r).rfind("commitment: ", 0), 0u) << discrepancy(r);
}

TEST_P(Tamper, PopulationHash) {
  Json r = vector_record(GetParam());
  r["strata"][2]["population_hash"] = std::string(64, '0');
  EXPECT_EQ(discrepancy(r).rfind("strata[special].population_hash", 0), 0u) << discrepancy(r);
}

TEST_P(Tamper, UnitQuietlyDroppedFromThePopulation) {
  Json r = vector_record(GetParam());
  r["strata"][1]["population"].erase(0);
  EXPECT_EQ(discrepancy(r).rfind("strata[general].population_hash", 0), 0u) << discrepancy(r);
}

TEST_P(Tamper, FinalTeamReordered) {
  Json r = vector_record(GetParam());
  auto& team = r["final_assignments"].back()["team"];
  std::swap(team[0], team[1]);
  EXPECT_EQ(discrepancy(r).rfind("final_assignments[", 0), 0u) << discrepancy(r);
}

TEST_P(Tamper, ChangeResultReplacement) {
  Json r = vector_record(GetParam());
  r["change_results"][0]["replacement"] = r["change_results"][0]["inspector"];
  EXPECT_EQ(discrepancy(r).rfind("change_results[0].replacement", 0), 0u) << discrepancy(r);
}

TEST_P(Tamper, CapAndConflicts) {
  Json r = vector_record(GetParam());
  r["inspectors"]["cap"] = int(r["inspectors"]["cap"]) + 1;
  EXPECT_EQ(discrepancy(r).rfind("inspectors.cap", 0), 0u) << discrepancy(r);
  r = vector_record(GetParam());
  r["inspectors"]["conflicts"].erase(0);
  EXPECT_EQ(discrepancy(r).rfind("inspectors.conflicts_hash", 0), 0u) << discrepancy(r);
}

// Issue 11 item 3 (spec section 9, check 1): a computed field missing is a malformed
// record, refused before any check, not a discrepancy.
TEST_P(Tamper, MissingComputedFieldIsMalformed) {
  Json r = vector_record(GetParam());
  r.erase("assignments");
  r["nonce"] = std::string(64, '0');  // would be a commitment discrepancy: malformed comes first
  try {
    verify(ParsedRecord::parse(r.dump()));
    FAIL() << "no MalformedRecord";
  } catch (const MalformedRecord& e) {
    EXPECT_EQ(e.code(), "record_malformed");
    EXPECT_EQ(e.path(), "assignments");
    EXPECT_EQ(std::string(e.what()), "assignments：记录缺少此字段 / assignments: missing from the record");
  }
}

INSTANTIATE_TEST_SUITE_P(Vectors, Tamper, ::testing::ValuesIn(testing::vector_names()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace suiji::draw

namespace suiji::draw {
namespace {

// Issue 11 item 3: a second strata[0].selected naming other units was "verified" (simdjson
// keeps the first copy, other tools the last). Any duplicate key is malformed, named by path.
TEST(RecordReader, DuplicateKeyAnywhereIsMalformedAndNamed) {
  std::string text = testing::read_file(testing::vectors_dir() / "v01.json");
  std::string dup = text;
  dup.insert(dup.find("\"selected\":"), "\"selected\": [],");
  try {
    ParsedRecord::parse(dup);
    FAIL() << "duplicate key accepted";
  } catch (const MalformedRecord& e) {
    EXPECT_EQ(e.code(), "record_duplicate_key");
    EXPECT_EQ(e.path(), "strata[0].selected");
  }
  std::string top = text;
  top.insert(top.rfind('}'), ",\"final_assignments\": []");
  try {
    ParsedRecord::parse(top);
    FAIL() << "duplicate key accepted";
  } catch (const MalformedRecord& e) {
    EXPECT_EQ(e.path(), "final_assignments");
  }
}

// Issue 11 item 3: a leading UTF-8 BOM is ignored (the JS verifier accepts it too).
TEST(RecordReader, LeadingBomIsIgnored) {
  std::string text = "\xEF\xBB\xBF" + testing::read_file(testing::vectors_dir() / "v01.json");
  Verdict v = verify(ParsedRecord::parse(text));
  EXPECT_TRUE(v.ok) << v.discrepancy;
}

}  // namespace
}  // namespace suiji::draw
