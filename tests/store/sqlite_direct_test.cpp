// SQLite's own API beside SOCI (store/sqlite_direct.h), which the import's bulk paths use:
// values round-trip, and every failure is a StoreError of the right kind that leaves the
// statement usable and the transaction to roll back.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include "common/pg_cluster.h"
#include "common/temp_dir.h"
#include "store/sqlite_direct.h"
#include "store/store.h"

namespace suiji::testing {
namespace {

using store::SqliteStatement;
using store::StoreError;

// The StoreError that fn throws; a test failure when it throws none.
template <class F>
StoreError thrown(F&& fn, const char* what) {
  try {
    fn();
  } catch (const StoreError& e) {
    return e;
  }
  ADD_FAILURE() << what;
  return StoreError(ErrorKind::kInternal, "nothing_thrown", "", "");
}

class SqliteDirect : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = store::Store::open("sqlite3://" + tmp_.file("direct.db"));
    db_->sql() << "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, x REAL, n BIGINT)";
  }
  TempDir tmp_;
  std::unique_ptr<store::Store> db_;
};

TEST_F(SqliteDirect, ValuesRoundTripIncludingNullAndChinese) {
  SqliteStatement ins(db_->sql(), "INSERT INTO t (id, name, x, n) VALUES (?, ?, ?, ?)");
  std::string name = "衢州示例有限公司";
  long long id = 7, n = 1LL << 40;
  double x = 118.8134;
  ins.bind(1, id);
  ins.bind(2, name);
  ins.bind(3, x, soci::i_null);  // NULL whatever the value
  ins.bind(4, n, soci::i_ok);
  EXPECT_FALSE(ins.step());
  ins.reset();

  SqliteStatement sel(db_->sql(), "SELECT id, name, x, n FROM t");
  ASSERT_TRUE(sel.step());
  long long rid = 0, rn = 0;
  std::string rname;
  double rx = -1;
  soci::indicator xi = soci::i_ok, ni = soci::i_null;
  sel.read(0, rid);
  sel.read(1, rname);
  sel.read(2, rx, xi);
  sel.read(3, rn, ni);
  EXPECT_EQ(rid, 7);
  EXPECT_EQ(rname, name);
  EXPECT_EQ(xi, soci::i_null);
  EXPECT_EQ(ni, soci::i_ok);
  EXPECT_EQ(rn, 1LL << 40);
  EXPECT_FALSE(sel.step());
}

TEST_F(SqliteDirect, AConstraintIsAConflictAndTheStatementRunsAgainAfterReset) {
  SqliteStatement ins(db_->sql(), "INSERT INTO t (name) VALUES (?)");
  std::string a = "甲", b = "乙";
  ins.bind(1, a);
  ins.step();
  ins.reset();
  ins.bind(1, a);
  StoreError e = thrown([&] { ins.step(); }, "a duplicate name was inserted");
  EXPECT_EQ(e.kind(), ErrorKind::kConflict);
  EXPECT_EQ(e.code(), "constraint_violation");
  EXPECT_NE(std::string(e.what()).find("UNIQUE"), std::string::npos) << e.what();
  ins.reset();
  ins.bind(1, b);
  ins.step();
  long long rows = 0;
  db_->sql() << "SELECT COUNT(*) FROM t", soci::into(rows);
  EXPECT_EQ(rows, 2);
}

TEST_F(SqliteDirect, BadSqlIsADatabaseErrorNamingTheStatement) {
  StoreError e = thrown([&] { SqliteStatement bad(db_->sql(), "INSERT INTO no_such_table VALUES (?)"); },
                        "prepared a statement on a missing table");
  EXPECT_EQ(e.kind(), ErrorKind::kUnavailable);
  EXPECT_EQ(e.code(), "database_error");
  EXPECT_NE(e.details().dump().find("no_such_table"), std::string::npos) << e.details().dump();
}

TEST(SqliteDirectOnPostgres, IsRefusedAsAnInternalError) {
  auto db = store::Store::open(PgCluster::get().fresh_database());
  StoreError e = thrown([&] { SqliteStatement st(db->sql(), "SELECT 1"); }, "used SQLite's API on a PostgreSQL session");
  EXPECT_EQ(e.kind(), ErrorKind::kInternal);
  EXPECT_EQ(e.code(), "not_sqlite");
}

}  // namespace
}  // namespace suiji::testing
