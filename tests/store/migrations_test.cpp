// Opening a database creates the whole schema once; opening it again changes nothing.
#include <soci/soci.h>

#include "samples.h"
#include "store/migrations.h"
#include "store_fixture.h"

namespace suiji::testing {
namespace {

using store::Engine;

class Migrations : public StoreTest {};

TEST_P(Migrations, OpenCreatesTheWholeFirstCutSchema) {
  EXPECT_EQ(db_->schema_version(), store::embedded_migrations().back().version);
  // Every table of design.md's "Data (first cut)" exists and is empty.
  for (const char* table :
       {"agency", "org_unit", "app_user", "unit", "unit_history", "named_list", "named_list_member",
        "office_list_entry", "inspector", "certificate", "absence", "conflict", "policy_version", "plan",
        "draw", "task", "change_request", "inspection_record", "rectification", "submission",
        "attachment", "holiday", "publication", "audit"}) {
    long long n = -1;
    db_->sql() << std::string("SELECT COUNT(*) FROM ") + table, soci::into(n);
    EXPECT_EQ(n, 0) << table;
  }
}

TEST_P(Migrations, OpeningTwiceIsIdempotentAndKeepsData) {
  int64_t id = db_->agencies().insert(quzhou());
  db_.reset();
  auto again = reopen();
  auto third = reopen();
  long long applied = 0;
  again->sql() << "SELECT COUNT(*) FROM schema_migrations", soci::into(applied);
  EXPECT_EQ(applied, static_cast<long long>(store::embedded_migrations().size()));
  ASSERT_TRUE(again->agencies().get(id));
  EXPECT_EQ(again->agencies().get(id)->name, "衢州市生态环境局");
  EXPECT_EQ(third->schema_version(), again->schema_version());
}

TEST_P(Migrations, IdsAreAllocatedInBlocksAndRolledBackWithTheirTransaction) {
  int64_t first = db_->transaction([&] { return db_->next_ids("unit", 10); });
  int64_t next = db_->transaction([&] { return db_->next_ids("unit"); });
  EXPECT_EQ(next, first + 10);
  try {
    db_->transaction([&] {
      db_->next_ids("unit", 5);
      throw std::runtime_error("boom");
    });
  } catch (const std::runtime_error&) {
  }
  EXPECT_EQ(db_->transaction([&] { return db_->next_ids("unit"); }), next + 1);
  EXPECT_THROW(db_->next_ids("unit"), store::StoreError);  // outside a transaction
}

SUIJI_BOTH_ENGINES(Migrations);

TEST(MigrationFiles, AreNumberedAndSplitIntoStatements) {
  auto all = store::embedded_migrations();
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all.front().version, 1);
  EXPECT_EQ(all.front().name, "0001_init.sql");
  auto stmts = store::split_statements("-- comment\nCREATE TABLE a (x TEXT);\n\nINSERT INTO a VALUES ('b');\n");
  ASSERT_EQ(stmts.size(), 2u);
  EXPECT_EQ(stmts[0], "CREATE TABLE a (x TEXT)");
}

TEST(SqliteStore, UsesWalForeignKeysAndABusyTimeout) {
  TempDir tmp;
  auto db = store::Store::open(tmp.path() + "/plain-path.db");  // a plain path means SQLite
  EXPECT_EQ(db->engine(), Engine::kSqlite);
  std::string mode;
  int fk = 0, timeout = 0;
  db->sql() << "PRAGMA journal_mode", soci::into(mode);
  db->sql() << "PRAGMA foreign_keys", soci::into(fk);
  db->sql() << "PRAGMA busy_timeout", soci::into(timeout);
  EXPECT_EQ(mode, "wal");
  EXPECT_EQ(fk, 1);
  EXPECT_GT(timeout, 0);
  // Foreign keys are enforced: an org unit of a missing agency is refused by the database.
  EXPECT_ANY_THROW(db->sql() << "INSERT INTO org_unit (id, agency_id, name, kind) VALUES (1, 99, 'x', '大队')");
}

TEST(StoreOpen, BadConnectionsGiveAClearError) {
  try {
    store::Store::open("/nonexistent-dir/sub/suiji.db");
    FAIL() << "opened a database in a missing directory";
  } catch (const store::StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("无法打开数据库"), std::string::npos) << e.what();
  }
  EXPECT_THROW(store::Store::open(""), store::StoreError);
  EXPECT_THROW(store::Store::open("postgresql://nobody@127.0.0.1:1/none"), store::StoreError);
}

TEST(PostgresStore, AcceptsAPostgresqlUri) {
  auto& pg = PgCluster::get();
  std::string conn = pg.fresh_database();
  std::string dbname = conn.substr(conn.find("dbname=") + 7);
  dbname = dbname.substr(0, dbname.find(' '));
  auto db = store::Store::open(pg.uri_for(dbname));
  EXPECT_EQ(db->engine(), Engine::kPostgres);
  EXPECT_GE(db->schema_version(), 1);
}

}  // namespace
}  // namespace suiji::testing
