// Changes after the draw from the command line, on the demo store: an inspector on leave
// is replaced and a stopped unit substituted, each asked with evidence, endorsed by the
// city's 科室负责人 and approved by its 分管领导; the record then still verifies with the
// C++ and the JavaScript verifiers (issue 13 "Done when"). A reason the policy does not
// allow exits 2 with the allowed reasons named, and changes nothing.
#include <gtest/gtest.h>

#include <stdlib.h>

#include <fstream>
#include <set>

#include "common/run_suiji.h"
#include "common/temp_dir.h"
#include "domain/json.h"

namespace suiji {
namespace {

using testing::run_suiji;

class DrawChangeCli : public ::testing::Test {
 protected:
  void SetUp() override {
    auto r = run_suiji("demo --db " + db_ + " --units 400 --inspectors 40 --today 2026-12-04");
    ASSERT_EQ(r.exit_code, 0) << r.out;
    std::ofstream(photo_, std::ios::binary) << std::string("\x89PNG\r\n\x1A\n", 8) << "请假条";
    std::ofstream(pdf_, std::ios::binary) << "%PDF-1.4 停产证明";
    std::ofstream(text_, std::ios::binary) << "不是图片";
    auto p = ok("draw prepare --db " + db_ + " --agency 330800 --period 2027Q1 --today 2026-12-28 --as operator");
    code_ = p["draw_code"];
    draw_ = " --db " + db_ + " --draw " + code_;
    ok("draw announce" + draw_ + " --today 2026-12-28 --as operator");
    ok("draw witness" + draw_ + " --role 纪检监察 --name 吴丽华 --input 271828 --as jijian");
    ok("draw reveal" + draw_ + " --as operator");
  }

  Json ok(const std::string& args) {
    auto r = run_suiji(args);
    EXPECT_EQ(r.exit_code, 0) << args << "\n" << r.out;
    return r.exit_code == 0 ? Json::parse(r.out) : Json();
  }
  Json record() {
    std::string file = dir_.file("record.json");
    auto r = run_suiji("draw record" + draw_ + " --as operator --out " + file);
    EXPECT_EQ(r.exit_code, 0) << r.out;
    std::ifstream in(file);
    return Json::parse(in);
  }
  void approve(const Json& request) {
    std::string id = std::to_string(request["request"].get<int64_t>());
    EXPECT_EQ(ok("draw change-approve --db " + db_ + " --request " + id + " --as operator")["status"], "endorsed");
    EXPECT_EQ(ok("draw change-approve --db " + db_ + " --request " + id + " --note 同意 --as leader")["status"], "approved");
  }

  testing::TempDir dir_;
  std::string db_ = dir_.file("suiji.db"), photo_ = dir_.file("请假条.png"), pdf_ = dir_.file("停产.pdf"),
              text_ = dir_.file("说明.txt");
  std::string code_, draw_;
};

TEST_F(DrawChangeCli, ChangedRecordVerifiesWithBothVerifiers) {
  Json rec = record();
  std::string unit = rec["assignments"][0]["unit"], inspector = rec["assignments"][0]["team"][1];
  // A unit to substitute: selected by a stratum that still has an alternate, named with
  // --stratum (a unit may be drawn by two strata).
  std::string other, stratum;
  std::set<std::string> drawn;
  for (const auto& a : rec["assignments"]) drawn.insert(a["unit"]);
  for (const auto& s : rec["strata"]) {
    bool spare = false;
    for (const auto& u : s["population"]) spare = spare || !drawn.count(u);
    if (spare && other.empty())
      for (const auto& sel : s["selected"])
        if (sel["unit"] != unit) {
          other = sel["unit"], stratum = s["id"];
          break;
        }
  }
  ASSERT_FALSE(other.empty());

  auto bad = run_suiji("draw change" + draw_ + " --kind replace_inspector --unit " + unit + " --inspector " + inspector +
                       " --reason 生病 --evidence " + photo_ + " --as operator");
  EXPECT_EQ(bad.exit_code, 2) << bad.out;
  EXPECT_NE(bad.out.find("休假、因公出差、学习、借调、依法回避"), std::string::npos) << bad.out;
  auto txt = run_suiji("draw change" + draw_ + " --kind replace_inspector --unit " + unit + " --inspector " + inspector +
                       " --reason 休假 --evidence " + text_ + " --as operator");
  EXPECT_EQ(txt.exit_code, 2) << txt.out;
  EXPECT_EQ(ok("draw changes" + draw_ + " --as jijian")["requests"].size(), 0u);

  approve(ok("draw change" + draw_ + " --kind replace_inspector --unit " + unit + " --inspector " + inspector +
             " --reason 休假 --evidence " + photo_ + " --as operator"));
  approve(ok("draw change" + draw_ + " --kind substitute_unit --unit " + other + " --stratum " + stratum + " --reason 停产 --evidence " + pdf_ +
             " --as operator"));

  Json after = record();
  ASSERT_EQ(after["changes"].size(), 2u);
  EXPECT_EQ(after["changes"][1]["type"], "substitute_unit");
  std::string file = dir_.file("record.json");
  auto v = run_suiji("verify " + file);
  EXPECT_EQ(v.exit_code, 0) << v.out;
  EXPECT_NE(v.out.find("verified"), std::string::npos);
  auto js = testing::run_js_verifier(file);
  EXPECT_EQ(js.exit_code, 0) << js.out;
  EXPECT_EQ(run_suiji("audit verify --db " + db_).exit_code, 0);

  // A tampered change (another replacement written in) fails both verifiers.
  after["change_results"][0]["replacement"] = "ZF-forged";
  std::ofstream(file) << after.dump();
  EXPECT_EQ(run_suiji("verify " + file).exit_code, 1);
  EXPECT_NE(testing::run_js_verifier(file).exit_code, 0);
}

// Killed at any point of applying an approved change (service/crash_point.h), the process
// leaves the request endorsed, the record and tasks as they were and the audit chain intact;
// the approval then goes through.
TEST_F(DrawChangeCli, AKillWhileApplyingAChangeLeavesNoHalfChange) {
  Json rec = record();
  std::string unit = rec["assignments"][0]["unit"], inspector = rec["assignments"][0]["team"][0];
  Json req = ok("draw change" + draw_ + " --kind replace_inspector --unit " + unit + " --inspector " + inspector +
                " --reason 借调 --evidence " + pdf_ + " --as operator");
  std::string id = std::to_string(req["request"].get<int64_t>());
  ok("draw change-approve --db " + db_ + " --request " + id + " --as operator");
  std::string approve = "draw change-approve --db " + db_ + " --request " + id + " --as leader";
  for (const char* point : {"change.record", "change.tasks", "change.audited"}) {
    setenv("SUIJI_CRASH_AT", point, 1);
    auto r = run_suiji(approve);
    unsetenv("SUIJI_CRASH_AT");
    EXPECT_EQ(r.exit_code, 137) << point << r.out;
    EXPECT_FALSE(record().contains("changes")) << point;
    Json list = ok("draw changes" + draw_ + " --as jijian");
    EXPECT_EQ(list["requests"][0]["status"], "endorsed") << point;
    EXPECT_EQ(run_suiji("audit verify --db " + db_).exit_code, 0) << point;
  }
  EXPECT_EQ(ok(approve)["status"], "approved");
  EXPECT_EQ(record()["changes"].size(), 1u);
}

}  // namespace
}  // namespace suiji
