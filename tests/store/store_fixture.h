// Every store test runs on both engines: SQLite in a temp file and a fresh database of
// the throwaway PostgreSQL cluster (pg_cluster.h).
#pragma once
#include <gtest/gtest.h>
#include <soci/soci.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

#include "common/pg_cluster.h"
#include "common/temp_dir.h"
#include "store/store.h"

namespace suiji::testing {

inline std::string engine_name(const ::testing::TestParamInfo<store::Engine>& info) {
  return info.param == store::Engine::kSqlite ? "SQLite" : "PostgreSQL";
}

class StoreTest : public ::testing::TestWithParam<store::Engine> {
 protected:
  void SetUp() override {
    if (GetParam() == store::Engine::kSqlite) {
      connection_ = "sqlite3://" + tmp_.file("suiji.db");
    } else {
      connection_ = PgCluster::get().fresh_database();
    }
    db_ = store::Store::open(connection_);
  }

  // A second, independent connection to the same database.
  std::unique_ptr<store::Store> reopen() { return store::Store::open(connection_); }

  TempDir tmp_;
  std::string connection_;
  std::unique_ptr<store::Store> db_;
};

#define SUIJI_BOTH_ENGINES(Suite)                                                        \
  INSTANTIATE_TEST_SUITE_P(Engines, Suite,                                               \
                           ::testing::Values(::suiji::store::Engine::kSqlite,            \
                                             ::suiji::store::Engine::kPostgres),         \
                           ::suiji::testing::engine_name)

}  // namespace suiji::testing
