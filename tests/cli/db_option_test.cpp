// One parser of --db (store::parse_connection) for the store and every command: the
// prefixes name the same file, and only init and demo create a database.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "common/run_suiji.h"
#include "common/temp_dir.h"
#include "store/store.h"

namespace suiji {
namespace {

namespace fs = std::filesystem;
using testing::run_suiji;

TEST(ParseConnection, SqlitePrefixesAndPostgres) {
  EXPECT_EQ(store::parse_connection("data/suiji.db").target, "data/suiji.db");
  EXPECT_EQ(store::parse_connection("sqlite://data/suiji.db").target, "data/suiji.db");
  EXPECT_EQ(store::parse_connection("sqlite3://data/suiji.db").target, "data/suiji.db");
  EXPECT_EQ(store::parse_connection("sqlite:///abs/x.db").target, "/abs/x.db");
  EXPECT_EQ(store::parse_connection("x.db").engine, store::Engine::kSqlite);
  auto pg = store::parse_connection("postgresql://suiji@/suiji?host=/run/postgresql");
  EXPECT_EQ(pg.engine, store::Engine::kPostgres);
  EXPECT_NE(pg.target.find("dbname='suiji'"), std::string::npos) << pg.target;
  EXPECT_EQ(store::parse_connection("pg:host=/tmp dbname=x").target, "host=/tmp dbname=x");
  EXPECT_THROW(store::parse_connection(""), store::StoreError);
  EXPECT_THROW(store::parse_connection("sqlite://"), store::StoreError);
  EXPECT_THROW(store::parse_connection("host=/tmp dbname=x"), store::StoreError);
}

TEST(DbOption, AMistypedDatabaseIsRefusedByEveryCommandThatDoesNotCreateOne) {
  testing::TempDir d;
  std::ofstream(d.file("u.csv")) << "统一社会信用代码,单位名称,行政区划代码,控制级别\n";
  for (std::string db : {d.file("typo.db"), "sqlite://" + d.file("typo.db"), "sqlite3://" + d.file("typo.db")}) {
    for (std::string cmd : {std::string("export units"), "import units " + d.file("u.csv") + " --agency 330800 --as admin"}) {
      testing::Run r = run_suiji(cmd + " --db " + db);
      EXPECT_EQ(r.exit_code, 2) << cmd << " --db " << db << "\n" << r.out;
      EXPECT_NE(r.out.find("no database at " + d.file("typo.db")), std::string::npos) << r.out;
      EXPECT_FALSE(fs::exists(d.file("typo.db"))) << cmd << " --db " << db << " created it";
    }
  }
}

TEST(DbOption, InitAndDemoCreateWithEitherPrefix) {
  testing::TempDir d;
  ASSERT_EQ(run_suiji("init --db sqlite://" + d.file("a.db")).exit_code, 0);
  EXPECT_TRUE(fs::exists(d.file("a.db")));
  testing::Run r = run_suiji("export units --db " + d.file("a.db"));
  EXPECT_EQ(r.exit_code, 0) << r.out;
  r = run_suiji("export units --db sqlite3://" + d.file("a.db"));
  EXPECT_EQ(r.exit_code, 0) << r.out;
}

}  // namespace
}  // namespace suiji
