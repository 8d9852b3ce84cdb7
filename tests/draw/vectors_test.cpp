// Every public vector of tests/vectors (the spec's, copied into this repository): computing from vNN.input.json gives
// vNN.json (compared as parsed JSON), and vNN.json verifies.
#include <gtest/gtest.h>

#include <algorithm>

#include "domain/json.h"
#include "draw/record.h"
#include "draw/verify.h"
#include "test_util.h"

namespace suiji::draw {
namespace {

using testing::read_file;
using testing::vector_names;
using testing::vectors_dir;

class VectorTest : public ::testing::TestWithParam<std::string> {};

TEST(Vectors, AllSixArePresent) { EXPECT_GE(vector_names().size(), 6u); }

TEST_P(VectorTest, ComputeReproducesTheRecord) {
  ParsedRecord in = ParsedRecord::parse(read_file(vectors_dir() / (GetParam() + ".input.json")));
  std::string ours = record_json(in.input, compute_draw(in.input));
  Json expected = Json::parse(read_file(vectors_dir() / (GetParam() + ".json")));
  Json got = Json::parse(ours);
  // Compare field by field first so that a failure names the field.
  for (auto& [key, value] : expected.items()) EXPECT_EQ(got[key], value) << "field " << key;
  EXPECT_EQ(Json::parse(ours), Json::parse(read_file(vectors_dir() / (GetParam() + ".json"))));
}

TEST_P(VectorTest, RecordVerifies) {
  ParsedRecord rec = ParsedRecord::parse(read_file(vectors_dir() / (GetParam() + ".json")));
  Verdict v = verify(rec);
  EXPECT_TRUE(v.ok) << v.discrepancy;
}

INSTANTIATE_TEST_SUITE_P(Spec, VectorTest, ::testing::ValuesIn(vector_names()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace suiji::draw
