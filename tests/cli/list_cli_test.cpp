// `suiji list import` and `suiji list show` as a user runs them: exit 0 and the one-line
// summary (or the JSON object), exit 2 with every bad row or the bad argument named in
// Chinese and English, and nothing written when the import fails.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include <fstream>

#include "common/run_suiji.h"
#include "common/temp_dir.h"
#include "domain/json.h"
#include "store/samples.h"
#include "store/store.h"

namespace suiji {
namespace {

using testing::run_suiji;

class ListCli : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(run_suiji("init --db " + db).exit_code, 0);  // 衢州市生态环境局 330800
    std::string units = "统一社会信用代码,单位名称,行政区划代码,控制级别\n" + a + ",衢州示例化工有限公司,330802,市控\n" + b +
                        ",衢江某纸业有限公司,330803,市控\n";
    auto r = run_suiji("import units " + write("units.csv", units) + " --agency 330800 --as admin --db " + db);
    ASSERT_EQ(r.exit_code, 0) << r.out;
  }

  std::string write(const std::string& name, const std::string& content) {
    std::ofstream(dir.file(name), std::ios::binary) << content;
    return dir.file(name);
  }

  testing::Run list(const std::string& args) {
    // `list import` names its actor: the store's administrator (no operator yet, acting_user.h).
    std::string as = args.starts_with("import") ? " --as admin" : "";
    return run_suiji("list " + args + as + " --db " + db);
  }

  testing::TempDir dir;
  std::string db = dir.file("suiji.db");
  const std::string a = testing::make_uscc("330802", 1), b = testing::make_uscc("330803", 2);
  const std::string name = "--name 2019年重点排污单位名录 --year 2019 --agency 330800";
};

TEST_F(ListCli, ImportExits0WithTheSummaryAndShowPrintsTheMembers) {
  std::string file = write("list.csv", "统一社会信用代码,单位名称\n" + a + ",衢州示例化工有限公司\n" + b + ",\n");
  auto r = list("import " + file + " " + name);
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_EQ(r.out,
            "名单「2019年重点排污单位名录」(2019) 已导入 2 家 / list 2019年重点排污单位名录 (2019) imported: 2 units\n");

  auto j = list("import " + write("one.csv", "抽查编号\n" + b + "\n") + " " + name + " --json");
  ASSERT_EQ(j.exit_code, 0) << j.out;
  Json out = Json::parse(j.out);
  std::vector<std::string> keys;
  for (const auto& [k, v] : out.items()) keys.push_back(k);
  EXPECT_EQ(keys, (std::vector<std::string>{"list_id", "agency_id", "name", "year", "members"}));
  EXPECT_EQ(out["name"], "2019年重点排污单位名录");
  EXPECT_EQ(out["year"], 2019);
  EXPECT_EQ(out["members"], 1);  // replaced, not added to

  auto s = list("show " + name);
  ASSERT_EQ(s.exit_code, 0) << s.out;
  Json shown = Json::parse(s.out);
  EXPECT_EQ(shown["list_id"], out["list_id"]);
  EXPECT_EQ(shown["members"], (Json::array({Json{{"draw_id", b}, {"name", "衢江某纸业有限公司"}}})));
}

TEST_F(ListCli, BadRowsExit2ListingEachInChineseAndEnglishAndWriteNothing) {
  std::string unknown = testing::make_uscc("330802", 99);
  std::string file = write("bad.csv", "统一社会信用代码,单位名称\n" + a + ",衢州示例化工有限公司\n" + unknown + ",\n" + a +
                                          ",\n" + b + ",别的公司\n");
  auto r = list("import " + file + " " + name);
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_NE(r.out.find("导入失败，未写入任何数据 / list import failed, nothing written: 共 3 个错误 / 3 errors"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("第 3 行 [统一社会信用代码] 污染源库中没有抽查编号为「" + unknown + "」的单位 / no unit with draw id " +
                       unknown),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("第 4 行 [统一社会信用代码] 「" + a + "」与第 2 行重复 / duplicate id, first on row 2"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("第 5 行 [单位名称] 单位名称「别的公司」与污染源库中该单位的名称「衢江某纸业有限公司」不一致 / the name "
                       "differs"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(r.out.find("第 2 行 ["), std::string::npos) << r.out;
  auto s = list("show " + name);
  EXPECT_EQ(s.exit_code, 2) << s.out;  // no list was created
  EXPECT_NE(s.out.find("没有名单「2019年重点排污单位名录」（2019） / no list"), std::string::npos) << s.out;

  auto j = list("import " + file + " " + name + " --json");
  EXPECT_EQ(j.exit_code, 2) << j.out;
  EXPECT_EQ(Json::parse(j.out)["error_count"], 3) << j.out;
}

TEST_F(ListCli, BadArgumentsExit2NamingTheField) {
  std::string file = write("list.csv", "统一社会信用代码\n" + a + "\n");
  struct Case {
    std::string args, must_name;
  };
  std::vector<Case> cases = {
      {"--name 名录 --year 1989 --agency 330800", "--year"},
      {"--name 名录 --year 2O19 --agency 330800", "--year"},
      {"--name ' ' --year 2019 --agency 330800", "--name"},
      {"--name 名录 --year 2019 --agency 330899", "--agency"},
  };
  for (const auto& c : cases) {
    auto r = list("import " + file + " " + c.args);
    EXPECT_EQ(r.exit_code, 2) << c.args << "\n" << r.out;
    EXPECT_NE(r.out.find(c.must_name), std::string::npos) << c.args << "\n" << r.out;
    EXPECT_NE(r.out.find(" / "), std::string::npos) << "中文 / English: " << r.out;
  }
  auto missing = list("import " + dir.file("nowhere.csv") + " " + name);
  EXPECT_EQ(missing.exit_code, 2) << missing.out;
  EXPECT_NE(missing.out.find("nowhere.csv"), std::string::npos) << missing.out;
}

TEST_F(ListCli, AFrozenListExits2AndStaysAsItIs) {
  ASSERT_EQ(list("import " + write("list.csv", "统一社会信用代码\n" + a + "\n") + " " + name).exit_code, 0);
  {
    auto store = store::Store::open(db);
    store->sql() << "UPDATE named_list SET frozen_at = '2026-03-25T09:00:00Z'";
  }
  auto r = list("import " + write("new.csv", "统一社会信用代码\n" + b + "\n") + " " + name);
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_NE(r.out.find("已于 2026-03-25T09:00:00Z 被抽取使用，不能再更改 / list"), std::string::npos) << r.out;
  auto s = list("show " + name);
  ASSERT_EQ(s.exit_code, 0) << s.out;
  Json shown = Json::parse(s.out);
  EXPECT_EQ(shown["frozen_at"], "2026-03-25T09:00:00Z");
  ASSERT_EQ(shown["members"].size(), 1u);
  EXPECT_EQ(shown["members"][0]["draw_id"], a);
}

}  // namespace
}  // namespace suiji
