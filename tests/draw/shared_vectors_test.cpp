// The public vectors kept in this repository (tests/vectors) are the published ones: when
// the spec's folder is beside the repository (../shared/spec/vectors), every file there is
// here, byte for byte. Without it the test is skipped: the repository stands alone.
// SUIJI_SHARED_VECTORS names another folder of published vectors (a spec checkout elsewhere).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "test_util.h"

namespace suiji::draw {
namespace {

namespace fs = std::filesystem;

TEST(SharedVectors, TestsVectorsEqualThePublishedOnesWhenTheyAreBeside) {
  const char* env = std::getenv("SUIJI_SHARED_VECTORS");
  fs::path published = env ? fs::path(env) : fs::path(SUIJI_SOURCE_DIR).parent_path() / "shared" / "spec" / "vectors";
  if (!fs::is_directory(published)) GTEST_SKIP() << published << " is absent: nothing to compare with";
  size_t compared = 0;
  for (const auto& e : fs::directory_iterator(published)) {
    if (!e.is_regular_file()) continue;
    fs::path ours = testing::vectors_dir() / e.path().filename();
    ASSERT_TRUE(fs::exists(ours)) << ours << " is missing (published as " << e.path() << ")";
    EXPECT_TRUE(testing::read_file(ours) == testing::read_file(e.path())) << ours << " differs from " << e.path();
    ++compared;
  }
  EXPECT_GT(compared, 0u);
  // And no vector here that the spec does not publish (the tamper table is this project's).
  for (const std::string& name : testing::vector_names())
    EXPECT_TRUE(fs::exists(published / (name + ".json"))) << name << ".json is not a published vector";
}

}  // namespace
}  // namespace suiji::draw
