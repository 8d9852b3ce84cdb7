// End to end: the built `suiji` binary on a temporary SQLite database — exit codes,
// what the user reads, and that a failed import leaves the database untouched.
#include <sys/wait.h>

#include <fstream>
#include <sstream>

#include "domain/json.h"
#include "io/file_bytes.h"
#include "service_fixture.h"

using namespace suiji;
using namespace suiji::testing;

namespace {

struct CliResult {
  int rc = -1;
  std::string out, err;
};

class CliTest : public ImportFixture<::testing::Test> {
 protected:
  void SetUp() override {
    open(db_path);
    op = operator_of("330800");  // every import names its operator (--as)
  }
  std::string op;
  CliResult run(const std::string& args) {
    std::string out = dir.file("stdout"), err = dir.file("stderr");
    std::string cmd = std::string("'") + SUIJI_BINARY + "' " + args + " --db '" + db_path + "' >'" + out +
                      "' 2>'" + err + "'";
    int status = std::system(cmd.c_str());
    CliResult r;
    r.rc = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = io::read_file_bytes(out);
    r.err = io::read_file_bytes(err);
    return r;
  }
  std::string write(const std::string& name, const std::string& content) {
    std::string p = dir.file(name);
    write_text(p, content);
    return p;
  }
  const std::string a = make_uscc("330802", "MA2DJ7K1");
  const std::string b = make_uscc("330803", "14702356");
  std::string good() {
    return "统一社会信用代码,单位名称,行政区划代码,控制级别,录入单位\n" + a + ",衢州示例化工有限公司,330802,国控,一大队\n" + b +
           ",衢江某厂,330803,县控,一大队\n";
  }
};

}  // namespace

TEST_F(CliTest, ImportGoodFileExitsZeroAndWrites) {
  auto r = run("import units '" + write("u.csv", good()) + "' --as '" + op + "' --agency 330800 --create-org-units");
  EXPECT_EQ(r.rc, 0) << r.err;
  EXPECT_NE(r.out.find("新增 2"), std::string::npos) << r.out;
  EXPECT_EQ(unit_count(city_id), 2);
}

TEST_F(CliTest, BadRowExitsTwoListsTheRowAndWritesNothing) {
  std::string csv = "统一社会信用代码,单位名称,行政区划代码,控制级别\n" + a + ",好单位,330802,国控\n" +
                    break_check_char(b) + ",坏单位,330803,国控\n";
  auto r = run("import units '" + write("bad.csv", csv) + "' --as '" + op + "' --agency 330800");
  EXPECT_EQ(r.rc, 2);
  EXPECT_NE(r.err.find("第 3 行 [统一社会信用代码]"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("未写入任何数据"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("第 2 行"), std::string::npos) << r.err;
  EXPECT_EQ(unit_count(city_id), 0);
}

TEST_F(CliTest, DryRunExitsZeroAndWritesNothing) {
  auto r = run("import units '" + write("u.csv", good()) + "' --as '" + op + "' --agency 330800 --create-org-units --dry-run");
  EXPECT_EQ(r.rc, 0) << r.err;
  EXPECT_NE(r.out.find("将新增"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(a), std::string::npos) << r.out;
  EXPECT_EQ(unit_count(city_id), 0);
  EXPECT_FALSE(db->org_units().find(city_id, "一大队"));
}

TEST_F(CliTest, JsonReportForBadInput) {
  auto r = run("import units '" + write("bad.csv", "统一社会信用代码,单位名称,行政区划代码,控制级别\n" + a +
                                                       ",外地,370102,国控\n") +
               "' --as '" + op + "' --agency 330800 --json");
  EXPECT_EQ(r.rc, 2);
  auto j = Json::parse(r.out);
  EXPECT_FALSE(j["ok"].get<bool>());
  EXPECT_EQ(j["errors"][0]["row"], 2);
  EXPECT_EQ(j["errors"][0]["column"], "行政区划代码");
}

TEST_F(CliTest, ExportCsvAndXlsxReimportUnchanged) {
  ASSERT_EQ(run("import units '" + write("u.csv", good()) + "' --as '" + op + "' --agency 330800 --create-org-units").rc, 0);
  auto csv = run("export units --agency 330800");
  EXPECT_EQ(csv.rc, 0) << csv.err;
  EXPECT_EQ(csv.out.substr(0, 3), "\xEF\xBB\xBF") << "no BOM: Excel would show mojibake";
  EXPECT_NE(csv.out.find("衢州示例化工有限公司"), std::string::npos);

  std::string xlsx = dir.file("units.xlsx");
  auto x = run("export units --format xlsx --agency 330800 --out '" + xlsx + "'");
  ASSERT_EQ(x.rc, 0) << x.err;
  auto again = run("import units '" + xlsx + "' --as '" + op + "' --agency 330800");
  EXPECT_EQ(again.rc, 0) << again.err;
  EXPECT_NE(again.out.find("未变 2"), std::string::npos) << again.out;
  auto again_csv = run("import units '" + write("e.csv", csv.out) + "' --as '" + op + "' --agency 330800");
  EXPECT_NE(again_csv.out.find("未变 2"), std::string::npos) << again_csv.out;
}

TEST_F(CliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(run("export units --format xlsx").rc, 2);  // xlsx needs --out
  EXPECT_EQ(run("export units --agency 110101").rc, 2);
  EXPECT_EQ(run("import units /nonexistent.csv --as '" + op + "' --agency 330800").rc, 2);
  EXPECT_EQ(run("import vehicles '" + write("u.csv", good()) + "' --as '" + op + "' --agency 330800").rc, 2);
}

// --max-errors: 0 means no limit (docs/import-format.md); a negative or non-numeric limit
// is a usage error (exit 2) that reads nothing.
TEST_F(CliTest, MaxErrorsZeroMeansNoLimitAndNegativeIsRefused) {
  std::string csv = "统一社会信用代码,单位名称,行政区划代码,控制级别\n";
  for (int i = 0; i < 3; ++i) csv += break_check_char(a) + ",坏单位" + std::to_string(i) + ",330802,国控\n";
  std::string path = write("bad.csv", csv);
  auto unlimited = run("import units '" + path + "' --as '" + op + "' --agency 330800 --max-errors 0");
  EXPECT_EQ(unlimited.rc, 2) << unlimited.err;
  EXPECT_EQ(unlimited.err.find("上限"), std::string::npos) << unlimited.err;
  EXPECT_NE(unlimited.err.find("第 2–4 行"), std::string::npos) << "every row checked: " << unlimited.err;
  auto limited = run("import units '" + path + "' --as '" + op + "' --agency 330800 --max-errors 1");
  EXPECT_EQ(limited.rc, 2);
  EXPECT_NE(limited.err.find("上限"), std::string::npos) << limited.err;
  EXPECT_EQ(run("import units '" + path + "' --as '" + op + "' --agency 330800 --max-errors -1").rc, 2);
  EXPECT_EQ(run("import units '" + path + "' --as '" + op + "' --agency 330800 --max-errors many").rc, 2);
  EXPECT_EQ(unit_count(city_id), 0);
}

TEST_F(CliTest, MistypedDatabasePathIsRefusedAndNotCreated) {
  std::string missing = dir.file("typo.db");
  std::string cmd = std::string("'") + SUIJI_BINARY + "' import units '" + write("u.csv", good()) +
                    "' --as '" + op + "' --agency 330800 --db '" + missing + "' 2>/dev/null";
  int status = std::system(cmd.c_str());
  EXPECT_EQ(WEXITSTATUS(status), 2);
  EXPECT_FALSE(std::filesystem::exists(missing));
}

TEST_F(CliTest, UnknownAgencyNamesTheCode) {
  auto r = run("import units '" + write("u.csv", good()) + "' --as '" + op + "' --agency 110101");
  EXPECT_EQ(r.rc, 2);
  EXPECT_NE(r.err.find("110101"), std::string::npos) << r.err;
}
