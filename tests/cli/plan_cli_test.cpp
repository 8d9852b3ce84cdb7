// `suiji plan preview --preset` and `suiji plan calendar` as other systems call them:
// the exact JSON fields, and exit 2 with a Chinese and English message naming the field
// for each kind of bad input.
#include <gtest/gtest.h>

#include <fstream>

#include "common/run_suiji.h"
#include "common/temp_dir.h"
#include "domain/json.h"

namespace suiji {
namespace {

using testing::run_suiji;

std::string counts_file(const testing::TempDir& d, const std::string& json) {
  std::ofstream(d.file("counts.json")) << json;
  return d.file("counts.json");
}

TEST(PlanCli, PreviewPrintsEveryFieldOfEveryStratum) {
  testing::TempDir d;
  auto r = run_suiji("plan preview --preset quzhou-city --counts " +
                     counts_file(d, R"({"key": 137, "general": 40, "special": 12, "inspectors": 12})"));
  ASSERT_EQ(r.exit_code, 0) << r.out;
  Json j = Json::parse(r.out);
  EXPECT_EQ(j["preset"], "quzhou-city");
  ASSERT_EQ(j["strata"].size(), 3u);
  for (const auto& s : j["strata"]) {
    std::vector<std::string> keys;
    for (const auto& [k, v] : s.items()) keys.push_back(k);
    EXPECT_EQ(keys, (std::vector<std::string>{"id", "cadence", "min_per_quarter", "min_per_year", "max_per_quarter",
                                              "basis", "formula"}));
    EXPECT_EQ(s["basis"].get<std::string>().substr(0, 2), "q ");
  }
  EXPECT_EQ(j["strata"][0]["id"], "key");
  EXPECT_EQ(j["strata"][0]["min_per_quarter"], 7);   // seed 001:L53 ⌈137 × 5 %⌉
  EXPECT_EQ(j["strata"][1]["min_per_quarter"], 15);  // seed 001:L55 12 × 1.25
  EXPECT_TRUE(j["strata"][1]["max_per_quarter"].is_null());
  EXPECT_EQ(j["strata"][2]["min_per_year"], 8);      // seed 001:L57 ⌈1.2⌉ × 4
}

TEST(PlanCli, CalendarPrintsTheWindowAndDeadlines) {
  auto r = run_suiji("plan calendar --preset quzhou-city --period 2026Q4");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  Json j = Json::parse(r.out);
  EXPECT_EQ(j["period"], "2026Q4");
  EXPECT_EQ(j["draw_window"]["from"], "2026-09-23");  // seed 001:L59, 中秋 2026-09-25
  EXPECT_EQ(j["draw_window"]["to"], "2026-09-30");
  ASSERT_EQ(j["deadlines"].size(), 1u);
  EXPECT_EQ(j["deadlines"][0]["due"], "2026-12-31");
  auto y = run_suiji("plan calendar --preset urumqi-city --period 2027");
  ASSERT_EQ(y.exit_code, 0) << y.out;
  Json yj = Json::parse(y.out);
  EXPECT_TRUE(yj["draw_window"]["from"].is_null());
  EXPECT_EQ(yj["draw_window"]["to"], "2026-12-31");  // seed 004:L75
}

TEST(PlanCli, BadInputExits2NamingTheField) {
  testing::TempDir d;
  struct Case {
    std::string args, must_name;
  };
  std::string good = R"({"key": 137, "general": 40, "special": 12, "inspectors": 12})";
  std::vector<Case> cases = {
      {"plan preview --preset quzhou --counts " + counts_file(d, good), "quzhou-city"},  // lists the known ones
      {"plan calendar --preset nowhere --period 2026Q2", "shandong-city"},
      {"plan calendar --preset baoding --period 2026q2", "2026q2"},
      {"plan calendar --preset baoding --period 2026Q5", "2026Q5"},
      {"plan calendar --preset baoding --period 2027", "2027Q1"},  // no yearly draw in Baoding
  };
  for (const auto& c : cases) {
    auto r = run_suiji(c.args);
    EXPECT_EQ(r.exit_code, 2) << c.args << "\n" << r.out;
    EXPECT_NE(r.out.find(c.must_name), std::string::npos) << c.args << "\n" << r.out;
    EXPECT_NE(r.out.find(" / "), std::string::npos) << "中文 / English: " << r.out;
  }
  struct CountCase {
    std::string json, field;
  };
  for (const auto& c : std::vector<CountCase>{
           {R"({"key": 137, "general": 40, "special": 12})", "inspectors"},
           {R"({"key": -1, "general": 40, "special": 12, "inspectors": 12})", "key"},
           {R"({"key": 137, "general": 4.5, "special": 12, "inspectors": 12})", "general"},
           {R"({"key": 137, "general": 40, "inspectors": 12})", "special"},
           {R"({"key": 137, "general": 40, "special": 12, "inspectors": 12, "keys": 3})", "keys"},
           {R"({"key": 137,)", "counts"},
           {R"([1, 2])", "JSON"}}) {
    auto r = run_suiji("plan preview --preset shandong-city --counts " + counts_file(d, c.json));
    EXPECT_EQ(r.exit_code, 2) << c.json << "\n" << r.out;
    EXPECT_NE(r.out.find(c.field), std::string::npos) << c.json << "\n" << r.out;
    EXPECT_NE(r.out.find(" / "), std::string::npos) << r.out;
  }
  EXPECT_EQ(run_suiji("plan preview --preset shandong-city --counts " + d.file("absent.json")).exit_code, 2);
}

}  // namespace
}  // namespace suiji
