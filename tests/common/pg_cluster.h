// A throwaway PostgreSQL cluster for the store tests: initdb + pg_ctl in a temp dir, on a
// free loopback port, unix socket in the temp dir; stopped and removed when the test
// program ends. Started on first use, so SQLite-only runs never pay for it.
// As root (CI), initdb refuses to run: the cluster then runs as the `postgres` user
// (Debian's postgresql package creates it) through `runuser -u postgres --`.
// Under ctest one cluster serves the whole run (tests/common/pg_test_cluster.sh, started
// as a ctest fixture and named by SUIJI_TEST_PG_SHARED); each test process then only
// creates its databases in it and drops them at exit. Starting a cluster per test process
// cost about 3 s each (10 s on a loaded machine) for some 150 PostgreSQL tests.
#pragma once
#include <string>
#include <vector>

namespace suiji::testing {

class PgCluster {
 public:
  // The shared cluster, started if needed. Throws std::runtime_error (with the server
  // log) when PostgreSQL cannot be started.
  static PgCluster& get();
  // Stops and removes the cluster if it was started (called at program exit).
  static void shutdown();

  // Creates an empty database and returns a Store connection string for it (a libpq
  // keyword string prefixed "pg:", over the unix socket).
  std::string fresh_database();
  // The same database as a postgresql:// URI over TCP on 127.0.0.1.
  std::string uri_for(const std::string& dbname) const;
  int port() const { return port_; }
  ~PgCluster();

 private:
  PgCluster();
  void stop();
  std::string admin_conninfo() const;

  std::string dir_;
  std::string bin_;
  std::string run_as_;  // "runuser -u postgres -- " when root, else ""
  int port_ = 0;
  int next_db_ = 0;
  bool running_ = false;
  bool shared_ = false;                // the run's cluster, not started by this process
  std::vector<std::string> created_;  // databases this process made
};

}  // namespace suiji::testing
