// list_hash (spec section 2): the same for any input order, equal to the definition.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "draw/input.h"
#include "draw/list_hash.h"
#include "draw/sha256.h"

namespace suiji::draw {
namespace {

std::string by_definition(std::vector<std::string> lines) {
  std::sort(lines.begin(), lines.end());
  lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
  std::string all;
  for (const std::string& l : lines) all += l + "\n";
  return sha256_hex(all);
}

TEST(ListHash, AnyOrderGivesTheDefinitionsHash) {
  std::vector<std::string> ids;
  for (int i = 0; i < 5000; ++i) ids.push_back("913308" + std::to_string(100000 + (i * 7919) % 99991));
  ids.push_back("9133");  // a prefix of others: shorter sorts first
  ids.push_back("A");
  std::string expected = by_definition(ids);
  std::sort(ids.begin(), ids.end());  // the in-order fast path
  EXPECT_EQ(list_hash({ids.begin(), ids.end()}, Duplicates::kReject, "t"), expected);
  std::shuffle(ids.begin(), ids.end(), std::mt19937(7));  // the radix path
  EXPECT_EQ(list_hash({ids.begin(), ids.end()}, Duplicates::kReject, "t"), expected);
}

TEST(ListHash, DuplicatesMergeOrAreRejected) {
  std::vector<std::string> lines = {"b,1", "a,0", "b,1"};
  std::vector<std::string_view> v(lines.begin(), lines.end());
  EXPECT_EQ(list_hash(v, Duplicates::kMerge, "t"), by_definition(lines));
  EXPECT_THROW(list_hash(v, Duplicates::kReject, "t"), InputError);
  std::vector<std::string_view> in_order = {"a", "b", "b"};
  EXPECT_THROW(list_hash(in_order, Duplicates::kReject, "t"), InputError);
}

TEST(ListHash, EmptyListHashesTheEmptyString) {
  EXPECT_EQ(list_hash({}, Duplicates::kReject, "t"), sha256_hex(""));
}

}  // namespace
}  // namespace suiji::draw
