// `suiji policy apply | show` and `suiji plan preview --db` as an agency's operator runs
// them on the demo database: versions that never overwrite, the preview of the store, and
// exit 2 with a Chinese and English message for each kind of bad input.
#include <gtest/gtest.h>

#include <fstream>

#include "common/run_suiji.h"
#include "common/temp_dir.h"
#include "domain/json.h"

namespace suiji {
namespace {

using testing::run_suiji;

// The JSON a command printed (warnings, on standard error, may come first).
Json json_of(const testing::Run& r) { return Json::parse(r.out.substr(r.out.find('{'))); }

class PolicyCli : public ::testing::Test {
 protected:
  void SetUp() override {
    auto r = run_suiji("demo --db " + db + " --units 300 --inspectors 30 --today 2026-12-04");
    ASSERT_EQ(r.exit_code, 0) << r.out;
  }
  testing::Run suiji(const std::string& args) { return run_suiji(args + " --db " + db); }
  testing::TempDir dir;
  std::string db = dir.file("suiji.db");
};

TEST_F(PolicyCli, ApplyAddsAVersionAndShowReadsEachOne) {
  auto shown = suiji("policy show --agency 330800 --year 2026");
  ASSERT_EQ(shown.exit_code, 0) << shown.out;
  EXPECT_EQ(json_of(shown)["policy"]["preset"], "quzhou-city");  // the demo's
  auto applied = suiji("policy apply --agency 330800 --year 2026 --preset shandong-city --as operator");
  ASSERT_EQ(applied.exit_code, 0) << applied.out;
  Json a = json_of(applied);
  EXPECT_EQ(a["version"], 2);
  EXPECT_EQ(a["preset"], "shandong-city");
  EXPECT_EQ(json_of(suiji("policy show --agency 330800 --year 2026"))["policy"]["preset"], "shandong-city");
  Json v1 = json_of(suiji("policy show --agency 330800 --year 2026 --version 1"));
  EXPECT_EQ(v1["policy"]["preset"], "quzhou-city");  // the old version is kept
  EXPECT_EQ(json_of(suiji("policy show --agency 330800 --year 2026"))["created_by"], "operator");

  // A policy written by hand: the shown policy of a preset, edited, read back.
  Json edited = v1["policy"];
  edited["strata"][0]["size"]["min_percent"] = "8";
  std::ofstream(dir.file("p.json")) << edited.dump();
  auto from_file = suiji("policy apply --agency 330800 --year 2026 --file " + dir.file("p.json") + " --as operator");
  ASSERT_EQ(from_file.exit_code, 0) << from_file.out;
  Json p = json_of(suiji("plan preview --agency 330800 --period 2026Q2"));
  EXPECT_EQ(p["policy"]["version"], 3);
  EXPECT_NE(p["strata"][0]["formula"].get<std::string>().find("× 8%"), std::string::npos) << p["strata"][0];
}

TEST_F(PolicyCli, PreviewFromTheStoreCountsTheJurisdiction) {
  auto city = suiji("plan preview --agency 330800 --period 2026Q2");
  ASSERT_EQ(city.exit_code, 0) << city.out;
  auto county = suiji("plan preview --agency 330802 --period 2026Q2");
  ASSERT_EQ(county.exit_code, 0) << county.out;
  Json c = json_of(city), k = json_of(county);
  EXPECT_EQ(c["policy"]["preset"], "quzhou-city");
  EXPECT_EQ(k["policy"]["preset"], "quzhou-county");
  for (const Json* j : {&c, &k})
    for (const auto& s : (*j)["strata"]) {
      EXPECT_LE(s["eligible"].get<int64_t>(), s["population"].get<int64_t>());
      int64_t excluded = 0;
      for (const auto& e : s["exclusions"]) excluded += e["count"].get<int64_t>();
      EXPECT_EQ(s["eligible"].get<int64_t>() + excluded, s["population"].get<int64_t>()) << s["id"];
    }
  // The county's special stratum is part of the city's: the city sees every county.
  EXPECT_GT(c["strata"][2]["population"].get<int64_t>(), k["strata"][2]["population"].get<int64_t>());
  EXPECT_EQ(c["draw_window"]["to"], "2026-03-31");  // 001:L59 the last 5 working days of Q1
}

TEST_F(PolicyCli, BadInputExits2NamingTheField) {
  struct Case {
    std::string args, zh, en;
  };
  std::ofstream(dir.file("bad.json")) << R"({"schema": "suiji-policy/1", "title": "某局", "source": "自定", "strata": []})";
  for (const Case& c : std::vector<Case>{
           {"policy apply --agency 330800 --year 2026 --preset no-such --as operator", "预置", "preset"},
           {"policy apply --agency 999999 --year 2026 --preset quzhou-city --as operator", "机构", "agency"},
           {"policy apply --agency 330800 --year 1999 --preset quzhou-city --as operator", "年度", "year"},
           {"policy apply --agency 330800 --year 2026 --as operator", "--preset", "--preset"},
           {"policy apply --agency 330800 --year 2026 --as operator --file " + dir.file("bad.json"), "strata", "strata"},
           {"policy show --agency 330800 --year 2030", "policy apply", "no policy"},
           {"policy show --agency 330800 --year 2026 --version 9", "第 9 版", "version 9"},
           {"plan preview --agency 330800 --period 2026Q5", "2026Q5", "period"},
           {"plan preview --agency 330800 --period 2026Q2 --preset quzhou-city", "二者选一", "not both"},
           {"plan preview --agency 330800", "--period", "--period"},
       }) {
    auto r = suiji(c.args);
    EXPECT_EQ(r.exit_code, 2) << c.args << "\n" << r.out;
    EXPECT_NE(r.out.find(c.zh), std::string::npos) << c.args << "\n" << r.out;
    EXPECT_NE(r.out.find(c.en), std::string::npos) << c.args << "\n" << r.out;
  }
  EXPECT_EQ(json_of(suiji("policy show --agency 330800 --year 2026"))["version"], 1);  // nothing was written
}


// A joint inspection plan (Baoding ≥ 3 a year, seed 003:L27), the annual plan that counts
// it, approval by the plan's id, and the inspection-item list as a table (001 附件2).
TEST_F(PolicyCli, CampaignApprovalAndTheItemList) {
  ASSERT_EQ(suiji("policy apply --agency 330800 --year 2030 --preset baoding --as operator").exit_code, 0);
  std::ofstream(dir.file("c.json")) << R"({"kind": "joint", "name": "涉气企业联合抽查", "departments": ["衢州市市场监督管理局"],
    "stratum": {"id": "air", "name": "涉气重点企业", "select": {"class": "重点"}, "cadence": "quarter",
                "size": {"kind": "fixed", "count": 3}, "basis": "i 联合抽查方案"}})";
  auto made = suiji("plan campaign --agency 330800 --period 2030Q2 --file " + dir.file("c.json") + " --as operator");
  ASSERT_EQ(made.exit_code, 0) << made.out;
  Json c = json_of(made);
  EXPECT_EQ(c["stratum"]["size_of_draw"], 3);
  EXPECT_EQ(c["created_by"], "operator");
  Json annual = json_of(suiji("plan annual --agency 330800 --year 2030 --as operator"));
  EXPECT_EQ(annual["joint"]["planned"], 1);
  EXPECT_EQ(annual["joint"]["warning"]["code"], "joint_short");

  std::string id = std::to_string(c["id"].get<int64_t>());
  auto both = suiji("plan approve --plan " + id + " --agency 330800 --as leader");
  EXPECT_EQ(both.exit_code, 2) << both.out;
  EXPECT_NE(both.out.find("二者选一"), std::string::npos) << both.out;
  auto approved = suiji("plan approve --plan " + id + " --as leader");
  ASSERT_EQ(approved.exit_code, 0) << approved.out;
  EXPECT_EQ(json_of(approved)["status"], "approved");

  auto csv = suiji("plan items --agency 330800 --year 2030 --out " + dir.file("items.csv"));
  ASSERT_EQ(csv.exit_code, 0) << csv.out;
  std::ifstream in(dir.file("items.csv"));
  std::string header;
  std::getline(in, header);
  EXPECT_NE(header.find("抽查比例和频次"), std::string::npos) << header;
  Json items = json_of(suiji("plan items --agency 330800 --year 2030"));
  EXPECT_TRUE(items["items"][0]["ratio_from_rules"]);  // Baoding publishes none of its own
  auto xlsx = suiji("plan items --agency 330800 --year 2030 --format xlsx");
  EXPECT_EQ(xlsx.exit_code, 2) << xlsx.out;  // an .xlsx needs --out
  EXPECT_NE(xlsx.out.find("--out"), std::string::npos) << xlsx.out;
}


// A system admin enters a new year's 节假日安排; nobody else may (service/plans/holiday_table.h).
TEST_F(PolicyCli, AnAdminEntersANewYearsHolidays) {
  std::ofstream(dir.file("2030.csv")) << "日期,类型,名称\n2030-10-01,放假,国庆节\n2030-09-29,调休上班,国庆节\n";
  auto operator_run = suiji("holidays set --year 2030 --file " + dir.file("2030.csv") + " --as operator");
  EXPECT_NE(operator_run.exit_code, 0) << operator_run.out;
  EXPECT_NE(operator_run.out.find("系统管理员"), std::string::npos) << operator_run.out;
  auto set = suiji("holidays set --year 2030 --file " + dir.file("2030.csv") + " --as admin");
  ASSERT_EQ(set.exit_code, 0) << set.out;
  EXPECT_EQ(json_of(set)["days"], 2);
  Json shown = json_of(suiji("holidays show --year 2030"));
  EXPECT_EQ(shown["days"][0]["date"], "2030-09-29");
  EXPECT_EQ(shown["source"], "admin:admin");
}

}  // namespace
}  // namespace suiji
