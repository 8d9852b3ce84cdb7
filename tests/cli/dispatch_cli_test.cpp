// After the draw from the command line, on the demo store (issue 13 §2–3): the
// 任务派遣单 is refused (exit 2) until the 分管局长 approves it, then written per 大队 as CSV;
// each team member signs the 承诺书; and finally the draw is voided by an approver other
// than the requester, its tasks with it.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "common/run_suiji.h"
#include "common/temp_dir.h"
#include "domain/json.h"

namespace suiji {
namespace {

using testing::run_suiji;

class DispatchCli : public ::testing::Test {
 protected:
  void SetUp() override {
    auto r = run_suiji("demo --db " + db_ + " --units 400 --inspectors 40 --today 2026-12-04");
    ASSERT_EQ(r.exit_code, 0) << r.out;
    auto p = ok("draw prepare --db " + db_ + " --agency 330800 --period 2027Q1 --today 2026-12-28 --as operator");
    code_ = p["draw_code"];
    draw_ = " --db " + db_ + " --draw " + code_;
    ok("draw announce" + draw_ + " --today 2026-12-28 --as operator");
    ok("draw witness" + draw_ + " --role 纪检监察 --name 吴丽华 --input 271828 --as jijian");
    reveal_ = ok("draw reveal" + draw_ + " --as operator");
  }
  Json ok(const std::string& args) {
    auto r = run_suiji(args);
    EXPECT_EQ(r.exit_code, 0) << args << "\n" << r.out;
    return r.exit_code == 0 ? Json::parse(r.out) : Json();
  }

  testing::TempDir dir_;
  std::string db_ = dir_.file("suiji.db");
  std::string code_, draw_;
  Json reveal_;
};

TEST_F(DispatchCli, ApproveShowSignThenVoid) {
  auto before = run_suiji("dispatch show" + draw_ + " --as leader");
  EXPECT_EQ(before.exit_code, 2) << before.out;
  EXPECT_NE(before.out.find("尚未经分管局长批准"), std::string::npos) << before.out;
  EXPECT_EQ(ok("dispatch request" + draw_ + " --as operator")["status"], "requested");
  EXPECT_EQ(ok("dispatch approve" + draw_ + " --as leader")["status"], "approved");

  Json order = ok("dispatch show" + draw_ + " --as leader");
  ASSERT_FALSE(order["slices"].empty());
  std::string unit = order["slices"][0]["org_unit"];
  std::string csv = dir_.file("一大队.csv");
  auto w = run_suiji("dispatch show" + draw_ + " --org-unit " + unit + " --format csv --out " + csv + " --as operator");
  EXPECT_EQ(w.exit_code, 0) << w.out;
  std::ifstream in(csv, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_NE(text.str().find("序号,污染源名称,污染源地址,地市,县（市、区）,执法人员名称"), std::string::npos);
  EXPECT_NE(text.str().find(",衢州市,"), std::string::npos) << text.str();

  Json task = reveal_["tasks"][0];
  std::string t = std::to_string(task["id"].get<int64_t>());
  Json s = ok("pledge sign --db " + db_ + " --task " + t + " --inspector " + task["team"][0]["id"].get<std::string>() +
              " --date 2027-01-04 --as operator");
  EXPECT_EQ(s["signed_on"], "2027-01-04");
  auto again = run_suiji("pledge sign --db " + db_ + " --task " + t + " --inspector " +
                         task["team"][0]["id"].get<std::string>() + " --as operator");
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_NE(again.out.find("已于 2027-01-04"), std::string::npos) << again.out;
  EXPECT_EQ(ok("pledge list" + draw_ + " --as leader")["signed"], 1);

  Json v = ok("draw void" + draw_ + " --reason 抽取所用名录有误 --as operator");
  std::string req = " --db " + db_ + " --request " + std::to_string(v["request"].get<int64_t>());
  auto own = run_suiji("draw void-approve" + req + " --as operator");
  EXPECT_EQ(own.exit_code, 2);
  EXPECT_NE(own.out.find("没有「审批人」角色"), std::string::npos) << own.out;
  Json done = ok("draw void-approve" + req + " --as leader");
  EXPECT_EQ(done["draw_status"], "voided");
  EXPECT_EQ(done["voided_tasks"].size(), reveal_["tasks"].size());
}

}  // namespace
}  // namespace suiji
