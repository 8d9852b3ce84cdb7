// Bad inputs stop the draw with a message that names the problem.
#include <gtest/gtest.h>

#include "draw/draw.h"
#include "draw/record.h"
#include "draw_builder.h"

namespace suiji::draw {
namespace {

using testing::DrawBuilder;

std::string error_of(const DrawInput& in) {
  try {
    compute_draw(in);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

TEST(InputErrors, BadUnitId) {
  DrawBuilder b;
  b.stratum("key", 5, 2).inspectors(4, 0);
  b.storage.push_back("91 330800 bad");
  b.in.strata[0].population.push_back(b.storage.back());
  EXPECT_NE(error_of(b.in).find("strata[key].population[5]"), std::string::npos) << error_of(b.in);
}

TEST(InputErrors, DuplicateUnitId) {
  DrawBuilder b;
  b.stratum("key", 5, 2).inspectors(4, 0);
  b.in.strata[0].population.push_back(b.in.strata[0].population[3]);
  EXPECT_NE(error_of(b.in).find("duplicate id in strata[key].population: U1003"), std::string::npos)
      << error_of(b.in);
}

TEST(InputErrors, DuplicateInspector) {
  DrawBuilder b;
  b.stratum("key", 5, 2).inspectors(4, 0);
  b.in.pool.push_back(b.in.pool[0]);
  EXPECT_NE(error_of(b.in).find("duplicate inspector id ZF100"), std::string::npos) << error_of(b.in);
}

TEST(InputErrors, NonceNotMatchingCommitment) {
  DrawBuilder b;
  b.stratum("key", 5, 2).inspectors(4, 0);
  b.in.nonce = std::string(64, 'b');
  EXPECT_NE(error_of(b.in).find("nonce does not match the commitment"), std::string::npos);
}

TEST(InputErrors, KLargerThanPopulation) {
  DrawBuilder b;
  b.stratum("key", 5, 6).inspectors(4, 0);
  EXPECT_NE(error_of(b.in).find("k = 6 is larger than the population (5)"), std::string::npos) << error_of(b.in);
}

TEST(InputErrors, TooFewInspectors) {
  DrawBuilder b;
  b.stratum("key", 5, 2).inspectors(1, 0);
  EXPECT_NE(error_of(b.in).find("too few inspectors"), std::string::npos);
}

TEST(InputErrors, WitnessInputWithSpaces) {
  DrawBuilder b;
  b.stratum("key", 5, 2).inspectors(4, 0);
  b.in.witnesses[0].input = "12 34";
  EXPECT_NE(error_of(b.in).find("witnesses[0].input"), std::string::npos);
}

TEST(InputErrors, NoWitness) {
  DrawBuilder b;
  b.stratum("key", 5, 2).inspectors(4, 0);
  b.in.witnesses.clear();
  EXPECT_NE(error_of(b.in).find("witness"), std::string::npos);
}

TEST(InputErrors, MalformedJsonNamesTheField) {
  EXPECT_THROW(ParsedRecord::parse("{not json"), MalformedRecord);
  try {
    ParsedRecord::parse(R"({"spec":"sj-draw/2"})");
    FAIL();
  } catch (const MalformedRecord& e) {
    EXPECT_NE(std::string(e.what()).find("sj-draw/1"), std::string::npos);
  }
  try {
    ParsedRecord::parse(R"({"spec":"sj-draw/1","draw_id":"A","commitment":"c","nonce":"n","witnesses":[],
                            "strata":[{"id":"key","population":["A"]}]})");
    FAIL();
  } catch (const MalformedRecord& e) {
    EXPECT_NE(std::string(e.what()).find("strata[key].k"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace suiji::draw
