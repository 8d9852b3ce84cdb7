// The draw life cycle from the command line, as an operator runs it on the demo store:
// prepare → announce → witness → reveal → record, with the record checked by both
// verifiers, and crash safety: a process killed at any point inside announce or reveal
// (SUIJI_CRASH_AT, service/crash_point.h: std::_Exit, as kill -9) leaves either no change
// or the complete step.
#include <gtest/gtest.h>
#include <soci/soci.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>

#include "common/run_suiji.h"
#include "common/temp_dir.h"
#include "domain/json.h"
#include "store/store.h"

namespace suiji {
namespace {

using testing::run_suiji;

class DrawCycleCli : public ::testing::Test {
 protected:
  void SetUp() override {
    auto r = run_suiji("demo --db " + db_ + " --units 400 --inspectors 40 --no-history");
    ASSERT_EQ(r.exit_code, 0) << r.out;
  }

  // Runs `suiji ARGS` with SUIJI_CRASH_AT=point (none when empty).
  testing::Run crash_at(const std::string& point, const std::string& args) {
    if (!point.empty()) setenv("SUIJI_CRASH_AT", point.c_str(), 1);
    auto r = run_suiji(args);
    unsetenv("SUIJI_CRASH_AT");
    return r;
  }

  long long count(const std::string& sql) {
    auto db = store::Store::open(db_);
    long long n = 0;
    db->sql() << sql, soci::into(n);
    return n;
  }
  std::string status(const std::string& code) {
    auto db = store::Store::open(db_);
    return db->draws().find(code)->status;
  }
  void expect_audit_intact() {
    auto r = run_suiji("audit verify --db " + db_);
    EXPECT_EQ(r.exit_code, 0) << r.out;
  }

  testing::TempDir dir_;
  std::string db_ = dir_.file("suiji.db");
};

TEST_F(DrawCycleCli, AKillAtAnyPointOfAnnounceOrRevealLeavesNoHalfDoneDraw) {
  auto p = run_suiji("draw prepare --db " + db_ + " --agency 330800 --period 2027Q1 --today 2026-12-28 --as operator");
  ASSERT_EQ(p.exit_code, 0) << p.out;
  std::string code = Json::parse(p.out)["draw_code"];
  std::string draw = " --db " + db_ + " --draw " + code;

  for (const char* point : {"announce.stored", "announce.audited"}) {
    auto r = crash_at(point, "draw announce" + draw + " --today 2026-12-28 --as operator");
    EXPECT_EQ(r.exit_code, 137) << point << r.out;
    EXPECT_EQ(status(code), "prepared") << point;
    EXPECT_EQ(count("SELECT COUNT(*) FROM draw_secret"), 0) << point;
    expect_audit_intact();
  }
  auto a = run_suiji("draw announce" + draw + " --today 2026-12-28 --as operator");
  ASSERT_EQ(a.exit_code, 0) << a.out;
  EXPECT_EQ(status(code), "announced");

  // Reveal before 纪检监察 has entered: exit 2, naming the role.
  auto early = run_suiji("draw reveal" + draw + " --as operator");
  EXPECT_EQ(early.exit_code, 2) << early.out;
  EXPECT_NE(early.out.find("纪检监察"), std::string::npos) << early.out;
  auto w = run_suiji("draw witness" + draw + " --role 纪检监察 --name 吴丽华 --input '3 1 4 1 5 9' --as jijian");
  ASSERT_EQ(w.exit_code, 0) << w.out;

  long long audit_before = count("SELECT COUNT(*) FROM audit");
  for (const char* point : {"reveal.record", "reveal.tasks", "reveal.audited"}) {
    auto r = crash_at(point, "draw reveal" + draw + " --as operator");
    EXPECT_EQ(r.exit_code, 137) << point << r.out;
    EXPECT_EQ(status(code), "announced") << point;
    EXPECT_EQ(count("SELECT COUNT(*) FROM task"), 0) << point;
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit"), audit_before) << point;
    expect_audit_intact();
  }
  auto rv = run_suiji("draw reveal" + draw + " --as operator");
  ASSERT_EQ(rv.exit_code, 0) << rv.out;
  Json revealed = Json::parse(rv.out);
  EXPECT_EQ(count("SELECT COUNT(*) FROM task"), static_cast<long long>(revealed["tasks"].size()));
  expect_audit_intact();

  // The stored record verifies with the C++ verifier and the JavaScript one.
  std::string file = dir_.file("record.json");
  auto rec = run_suiji("draw record" + draw + " --as operator --out " + file);
  ASSERT_EQ(rec.exit_code, 0) << rec.out;
  auto v = run_suiji("verify " + file);
  EXPECT_EQ(v.exit_code, 0) << v.out;
  EXPECT_NE(v.out.find("verified"), std::string::npos);
  auto js = testing::run_js_verifier(file);
  EXPECT_EQ(js.exit_code, 0) << js.out;

  // Before publication the record is the agency's: no --as, no record.
  auto anon = run_suiji("draw record" + draw);
  EXPECT_EQ(anon.exit_code, 2) << anon.out;  // kForbidden
}

}  // namespace
}  // namespace suiji
