// The library's changes from the command line, on the demo store: a 录入 of a new inspector
// endorsed by the city's 科室负责人 and approved by its 分管领导 (the printed form then
// carries both), a unit deletion with a site photo approved by the 分管领导, and a month's
// hand-over sheet that has nothing to list. Refusals exit 2 and change nothing.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "common/run_suiji.h"
#include "common/temp_dir.h"
#include "domain/json.h"

namespace suiji {
namespace {

using testing::run_suiji;

class RosterCli : public ::testing::Test {
 protected:
  void SetUp() override {
    auto r = run_suiji("demo --db " + db_ + " --units 200 --inspectors 30 --today 2026-12-04");
    ASSERT_EQ(r.exit_code, 0) << r.out;
    std::ofstream(person_) << R"({"code": "ZF-CLI-1", "name": "李新", "on_staff": true, "on_post": true,
      "certificates": [{"kind": "行政执法证", "number": "浙行执CLI1", "expires_on": "2029-12-31"}]})";
    std::ofstream(photo_, std::ios::binary) << std::string("\xFF\xD8\xFF\xE0", 4) << "现场照片";
    std::ofstream(text_, std::ios::binary) << "不是照片";
  }
  Json ok(const std::string& args) {
    auto r = run_suiji(args);
    EXPECT_EQ(r.exit_code, 0) << args << "\n" << r.out;
    return r.exit_code == 0 ? Json::parse(r.out) : Json();
  }
  // The draw ids of the city's first units (the export's second column, 抽查编号).
  std::vector<std::string> some_units() {
    auto r = run_suiji("export units --db " + db_ + " --agency 330800");
    EXPECT_EQ(r.exit_code, 0) << r.out;
    std::istringstream in(r.out);
    std::string line;
    std::getline(in, line);  // the header
    std::vector<std::string> out;
    while (out.size() < 10 && std::getline(in, line)) {
      auto first = line.find(',');
      out.push_back(line.substr(first + 1, line.find(',', first + 1) - first - 1));
    }
    return out;
  }

  testing::TempDir dir_;
  std::string db_ = dir_.file("suiji.db"), person_ = dir_.file("person.json"), photo_ = dir_.file("现场.jpg"),
              text_ = dir_.file("说明.txt");
};

TEST_F(RosterCli, AnAdditionIsSignedTwiceAndPrintsItsForm) {
  std::string db = " --db " + db_;
  Json req = ok("roster change" + db + " --agency 330800 --kind 录入 --file " + person_ + " --reason 新调入 --as operator");
  ASSERT_EQ(req["status"], "pending");
  std::string n = std::to_string(req["request"].get<int64_t>());
  EXPECT_EQ(ok("roster approve" + db + " --request " + n + " --as operator")["status"], "endorsed");
  auto same = run_suiji("roster approve" + db + " --request " + n + " --as operator");
  EXPECT_EQ(same.exit_code, 2) << same.out;  // the endorser is no approver (role_missing)
  Json done = ok("roster approve" + db + " --request " + n + " --note 同意 --as leader");
  EXPECT_EQ(done["status"], "approved");
  EXPECT_EQ(done["result"]["inserted"]["code"], "ZF-CLI-1");
  Json form = ok("roster form" + db + " --request " + n + " --as jijian");
  EXPECT_EQ(form["执法人员姓名"], "李新");
  EXPECT_EQ(form["录入/剔除"], "录入");
  EXPECT_EQ(form["分管领导签字"]["name"], "周建华");
  EXPECT_EQ(ok("roster changes" + db + " --agency 330800 --as jijian")["requests"].size(), 1u);

  auto bad = run_suiji("roster change" + db + " --agency 330800 --kind 调动 --inspector ZF-CLI-1 --reason x --as operator");
  EXPECT_EQ(bad.exit_code, 2) << bad.out;
  EXPECT_NE(bad.out.find("录入"), std::string::npos) << bad.out;
  auto reject = run_suiji("roster reject" + db + " --request " + n + " --as leader");
  EXPECT_EQ(reject.exit_code, 2) << reject.out;  // --note is required
}

TEST_F(RosterCli, AUnitIsDeletedWithAPhotoAndApproval) {
  std::string db = " --db " + db_;
  auto units = some_units();
  ASSERT_FALSE(units.empty());
  auto txt = run_suiji("library delete-request" + db + " --unit " + units[0] + " --reason 已注销 --evidence " + text_ +
                       " --as operator");
  EXPECT_EQ(txt.exit_code, 2) << txt.out;
  // The first unit without an open task (a drawn one stays until inspected).
  testing::Run r;
  for (const auto& unit : units) {
    r = run_suiji("library delete-request" + db + " --unit " + unit + " --reason 已注销 --evidence " + photo_ +
                  " --as operator");
    if (r.out.find("待检查的任务") == std::string::npos) break;
  }
  ASSERT_EQ(r.exit_code, 0) << r.out;
  Json req = Json::parse(r.out);
  std::string n = std::to_string(req["request"].get<int64_t>());
  auto own = run_suiji("library delete-approve" + db + " --request " + n + " --as operator");
  EXPECT_EQ(own.exit_code, 2) << own.out;  // an operator is no approver
  EXPECT_EQ(ok("library delete-approve" + db + " --request " + n + " --as leader")["status"], "approved");
  std::string owner = "'#" + std::to_string(req["agency"].get<int64_t>()) + "'";
  EXPECT_EQ(ok("library delete-requests" + db + " --agency " + owner + " --as leader")["requests"].size(), 1u);
}

TEST_F(RosterCli, AHandOverOfAnEmptyMonthIsRefused) {
  auto r = run_suiji("handover create --db " + db_ + " --agency 330800 --month 2020-01 --as operator --format csv");
  EXPECT_NE(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("没有"), std::string::npos) << r.out;
  auto m = run_suiji("handover create --db " + db_ + " --agency 330800 --month 2020-1 --as operator");
  EXPECT_EQ(m.exit_code, 2) << m.out;
}

}  // namespace
}  // namespace suiji
