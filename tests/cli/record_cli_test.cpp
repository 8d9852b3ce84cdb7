// Records from the command line, on the demo store (issue 13 §4): an open task of the
// current quarter is listed, its record entered with a photo by the city's operator and
// passed by its reviewer; someone without the reviewer role is refused with exit 2, a
// county user cannot read the city's record, and a mobile system's export with bad rows
// exits 2 with every row and column on the terminal and nothing written.
#include <gtest/gtest.h>

#include <fstream>

#include "common/run_suiji.h"
#include "common/temp_dir.h"
#include "domain/json.h"

namespace suiji {
namespace {

using testing::run_suiji;

class RecordCli : public ::testing::Test {
 protected:
  void SetUp() override {
    auto r = run_suiji("demo --db " + db_ + " --units 400 --inspectors 40 --today 2026-12-04");
    ASSERT_EQ(r.exit_code, 0) << r.out;
    Json tasks = ok("task list --db " + db_ + " --agency 330800 --period 2026Q4 --status 待检查 --as operator");
    ASSERT_GE(tasks["total"].get<int>(), 2) << tasks.dump();
    task_ = tasks["tasks"][0];
    other_ = tasks["tasks"][1];
    std::ofstream(photo_, std::ios::binary) << std::string("\xFF\xD8\xFF\xE0", 4) << "现场照片";
  }
  Json ok(const std::string& args) {
    auto r = run_suiji(args);
    EXPECT_EQ(r.exit_code, 0) << args << "\n" << r.out;
    return r.exit_code == 0 ? Json::parse(r.out) : Json();
  }
  std::string write(const std::string& name, const std::string& text) {
    std::string path = dir_.file(name);
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }

  testing::TempDir dir_;
  std::string db_ = dir_.file("suiji.db"), photo_ = dir_.file("现场.jpg");
  Json task_, other_;
};

TEST_F(RecordCli, EnteredWithAPhotoThenPassedByAnotherPerson) {
  std::string rec = write("r.json", R"({"fields": {"facility_construction": "正常", "facility_operation": "正常",
      "inspected_at": "2026-11-20 10:00", "problems": ""}, "result": "未发现问题"})");
  std::string task = std::to_string(task_["task"].get<int64_t>());
  Json e = ok("record enter --db " + db_ + " --task " + task + " --file " + rec + " --photo " + photo_ +
              " --today 2026-11-23 --as operator");
  EXPECT_EQ(e["status"], "submitted");
  EXPECT_EQ(e["evidence"][0]["filename"], "现场.jpg");
  std::string id = std::to_string(e["record"].get<int64_t>());
  // operator is no reviewer; leader is, and did not write it.
  auto own = run_suiji("record review --db " + db_ + " --record " + id + " --pass --as operator");
  EXPECT_EQ(own.exit_code, 2) << own.out;
  EXPECT_NE(own.out.find("审核人"), std::string::npos) << own.out;
  Json v = ok("record review --db " + db_ + " --record " + id + " --pass --as leader");
  EXPECT_EQ(v["task_status"], "closed");
  Json shown = ok("record show --db " + db_ + " --record " + id + " --as operator");
  EXPECT_EQ(shown["reviewed_by"], "leader");
  EXPECT_EQ(shown["status_label"], "通过");
  auto county = run_suiji("record show --db " + db_ + " --record " + id + " --as kc_operator");
  EXPECT_EQ(county.exit_code, 2) << county.out;
  EXPECT_NE(county.out.find("辖区"), std::string::npos) << county.out;
}

TEST_F(RecordCli, ABadExportExitsTwoNamingEveryRowAndWritesNothing) {
  std::string csv = "抽查编号,治理设施建设,治理设施运行,检查时间,检查结果\n" + task_["unit"].get<std::string>() +
                    ",正常,正常,2026-11-20,未发现问题\n" + other_["unit"].get<std::string>() + ",良好,正常,11月20日,未发现问题\n";
  auto r = run_suiji("record import --db " + db_ + " " + write("export.csv", csv) + " --today 2026-11-23 --as operator");
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_NE(r.out.find("第 3 行 [治理设施建设]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("第 3 行 [检查时间]"), std::string::npos) << r.out;
  Json listed = ok("record list --db " + db_ + " --agency 330800 --status 待审核 --as operator");
  EXPECT_EQ(listed["total"], 0);
}

}  // namespace
}  // namespace suiji
