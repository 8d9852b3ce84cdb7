// Issue 11 item 6: identical errors on thousands of rows become one line with row ranges
// and a count; at most 200 distinct groups are listed.
#include <gtest/gtest.h>

#include "service/library/import_report.h"

using namespace suiji::service;

TEST(ErrorGroups, IdenticalErrorsOnManyRowsAreOneGroupWithRangesAndACount) {
  std::vector<ImportIssue> errors;
  for (int row = 2; row <= 3001; ++row) errors.push_back({row, "录入单位", "未知的内设机构"});
  errors.push_back({3005, "录入单位", "未知的内设机构"});
  errors.push_back({7, "单位名称", "缺少单位名称"});
  auto g = group_errors(errors);
  ASSERT_EQ(g.size(), 2u);
  EXPECT_EQ(g[0].rows, "2–3001、3005");
  EXPECT_EQ(g[0].count, 3001);
  EXPECT_EQ(g[0].column, "录入单位");
  EXPECT_EQ(g[1].rows, "7");
}

TEST(ErrorGroups, AtMost200DistinctGroupsAndTheTotalStaysInTheJson) {
  ImportReport r;
  for (int row = 2; row < 5002; ++row) r.errors.push_back({row, "单位名称", "「x" + std::to_string(row) + "」无效"});
  EXPECT_EQ(group_errors(r.errors).size(), 200u);
  auto j = to_json(r);
  EXPECT_EQ(j["error_count"], 5000);
  EXPECT_EQ(j["error_groups"].size(), 200u);
}
