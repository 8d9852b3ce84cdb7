// The demo's history (issue 13 §5), run as a user runs `suiji demo`: this year's draws up
// to the demo's today, through the real services — announced on the last working day
// before each quarter, witnessed by 纪检监察, revealed; the quarters already over with one
// approved inspector change each, every task's record reviewed (some finding problems,
// put right by the next quarter's 后督察) and the draws published; the current quarter's
// draws held back with open tasks.
// Every record verifies, and so does the audit chain.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "common/run_suiji.h"
#include "domain/json.h"
#include "draw/record.h"
#include "draw/verify.h"
#include "store/store.h"

namespace suiji {
namespace {

class DemoHistory : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/suiji-history-XXXXXX";
    dir_ = mkdtemp(tmpl);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string db() { return dir_ + "/suiji.db"; }
  std::string dir_;
};

TEST_F(DemoHistory, ThisYearsDrawsUpToTodayWithChangesInThePastQuarters) {
  auto r = testing::run_suiji("demo --db " + db() + " --units 600 --inspectors 40 --today 2026-12-04");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("330800-2026Q4-1"), std::string::npos) << r.out;
  auto s = store::Store::open(db());
  auto draws = s->draws().list({});
  ASSERT_EQ(draws.size(), 8u);  // the city and 柯城, 2026Q1–Q4
  int changed = 0, findings = 0;
  for (const auto& d : draws) {
    // The quarters already over are inspected, reviewed and published; the current one is held back.
    EXPECT_EQ(d.status, d.period == "2026Q4" ? "revealed" : "published") << d.draw_code;
    auto parsed = draw::ParsedRecord::parse(d.record_json);
    auto v = draw::verify(parsed);
    EXPECT_TRUE(v.ok) << d.draw_code << ": " << v.discrepancy;
    Json rec = Json::parse(d.record_json);
    bool has_change = rec.contains("changes") && !rec["changes"].empty();
    changed += has_change;
    EXPECT_EQ(has_change, d.period != "2026Q4") << d.draw_code;  // only the quarters already over
    for (const auto& t : s->tasks().of_draw(d.id)) {
      auto records = s->inspection_records().of_task(t.id);
      if (d.period == "2026Q4") {
        EXPECT_EQ(t.status, "open");
        EXPECT_TRUE(records.empty());
        continue;
      }
      EXPECT_EQ(t.status, "closed") << d.draw_code << " task " << t.id;
      ASSERT_EQ(records.size(), 1u);
      EXPECT_EQ(records[0].status, "published");
      EXPECT_NE(records[0].author, records[0].reviewed_by);
      findings += records[0].result_category == "problem_pending";
    }
  }
  EXPECT_EQ(changed, 6);
  EXPECT_GT(findings, 0);
  // Q1's and Q2's findings were put right by the next quarter's 后督察; Q3's are still open.
  auto open = s->inspection_records().open_rectifications();
  EXPECT_FALSE(open.empty());
  for (const auto& r : open) {
    auto rec = s->inspection_records().get(r.record_id);
    EXPECT_EQ(s->tasks().get(rec->task_id)->period, "2026Q3");
  }
  EXPECT_EQ(testing::run_suiji("audit verify --db " + db()).exit_code, 0);
}

TEST_F(DemoHistory, EarlyInTheYearOnlyTheFirstQuarterIsDrawnAndNoHistoryMeansNone) {
  ASSERT_EQ(testing::run_suiji("demo --db " + db() + " --units 300 --inspectors 30 --today 2026-02-10").exit_code, 0);
  auto s = store::Store::open(db());
  auto draws = s->draws().list({});
  ASSERT_EQ(draws.size(), 2u);
  for (const auto& d : draws) EXPECT_EQ(d.period, "2026Q1");

  std::string other = dir_ + "/none.db";
  ASSERT_EQ(testing::run_suiji("demo --db " + other + " --units 300 --inspectors 30 --no-history").exit_code, 0);
  EXPECT_TRUE(store::Store::open(other)->draws().list({}).empty());
}

}  // namespace
}  // namespace suiji
