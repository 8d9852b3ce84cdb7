#include "common/pg_cluster.h"

#include "common/free_port.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>

#include <gtest/gtest.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

namespace suiji::testing {
namespace {

std::unique_ptr<PgCluster> g_cluster;

std::string find_bin() {
  if (const char* b = std::getenv("SUIJI_PG_BIN")) return b;
  for (const char* v : {"15", "16", "17", "14", "13"}) {
    std::string dir = std::string("/usr/lib/postgresql/") + v + "/bin";
    if (std::filesystem::exists(dir + "/initdb")) return dir;
  }
  throw std::runtime_error(
      "PostgreSQL server binaries not found (/usr/lib/postgresql/15/bin/initdb): run "
      "scripts/install-deps.sh (it installs postgresql-15)");
}

std::string slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void run(const std::string& cmd, const std::string& log) {
  if (std::system((cmd + " >>" + log + " 2>&1").c_str()) != 0)
    throw std::runtime_error("command failed: " + cmd + "\n" + slurp(log));
}

// Stops the cluster when the test program ends, whichever way gtest exits normally.
class Stopper : public ::testing::Environment {
 public:
  void TearDown() override { PgCluster::shutdown(); }
};
[[maybe_unused]] ::testing::Environment* const g_stopper =
    ::testing::AddGlobalTestEnvironment(new Stopper);

}  // namespace

PgCluster& PgCluster::get() {
  if (!g_cluster) {
    g_cluster.reset(new PgCluster());
    std::atexit([] { shutdown(); });  // also when a test calls exit()
  }
  return *g_cluster;
}

void PgCluster::shutdown() {
  g_cluster.reset();
}

// The cluster ctest started for the whole run (tests/common/pg_test_cluster.sh, fixture
// pg_cluster in CMakeLists.txt): SUIJI_TEST_PG_SHARED names its directory, which holds
// the socket and a `port` file. 0 when there is none (a test program run by hand).
int shared_cluster_port(const std::string& dir) {
  if (dir.empty()) return 0;
  std::ifstream in(dir + "/port");
  int port = 0;
  return (in >> port) ? port : 0;
}

PgCluster::PgCluster() {
  const char* shared = std::getenv("SUIJI_TEST_PG_SHARED");
  if (int port = shared_cluster_port(shared ? shared : ""); port != 0) {
    dir_ = shared;
    port_ = port;
    shared_ = true;  // not ours to stop: we drop only the databases we created
    return;
  }
  bin_ = find_bin();
  char tmpl[] = "/tmp/suiji-pg-XXXXXX";
  if (!mkdtemp(tmpl)) throw std::runtime_error("mkdtemp failed");
  dir_ = tmpl;
  if (geteuid() == 0) {
    // From inside the temp dir, so the postgres user never needs the caller's cwd.
    run_as_ = "cd " + dir_ + " && runuser -u postgres -- ";
    if (std::system(("chown postgres " + dir_).c_str()) != 0)
      throw std::runtime_error("cannot chown " + dir_ + " to postgres");
  }
  std::string log = dir_ + "/setup.log";
  run(run_as_ + bin_ + "/initdb -N -A trust -U postgres -E UTF8 --no-locale -D " + dir_ + "/data", log);
  // A port can be taken between finding and binding it: try a few.
  for (int attempt = 0; attempt < 5 && !running_; ++attempt) {
    port_ = free_port();
    std::string cmd = run_as_ + bin_ + "/pg_ctl -D " + dir_ + "/data -l " + dir_ +
                      "/server.log -w -t 60 -o \"-F -p " + std::to_string(port_) + " -k " + dir_ +
                      " -h 127.0.0.1 -c max_connections=50\" start";
    running_ = std::system((cmd + " >>" + log + " 2>&1").c_str()) == 0;
  }
  if (!running_)
    throw std::runtime_error("PostgreSQL did not start:\n" + slurp(log) + slurp(dir_ + "/server.log"));
}

PgCluster::~PgCluster() { stop(); }

void PgCluster::stop() {
  if (shared_) {
    // Drop what this process created, so a long run does not fill the disk.
    try {
      soci::session admin(soci::postgresql, admin_conninfo());
      for (const auto& name : created_) admin << "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)";
    } catch (const std::exception&) { /* the cluster is removed at the end of the run anyway */ }
    created_.clear();
    return;
  }
  if (running_) {
    std::string cmd = run_as_ + bin_ + "/pg_ctl -D " + dir_ + "/data -m immediate -w stop >/dev/null 2>&1";
    if (std::system(cmd.c_str()) != 0) { /* removed below regardless */ }
    running_ = false;
  }
  if (!dir_.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
    dir_.clear();
  }
}

std::string PgCluster::fresh_database() {
  std::string name = "t" + std::to_string(getpid()) + "_" + std::to_string(++next_db_);
  {
    soci::session admin(soci::postgresql, admin_conninfo());
    admin << "CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'";
  }
  created_.push_back(name);
  return "pg:host=" + dir_ + " port=" + std::to_string(port_) + " dbname=" + name + " user=postgres";
}

std::string PgCluster::admin_conninfo() const {
  return "host=" + dir_ + " port=" + std::to_string(port_) + " dbname=postgres user=postgres";
}

std::string PgCluster::uri_for(const std::string& dbname) const {
  return "postgresql://postgres@127.0.0.1:" + std::to_string(port_) + "/" + dbname;
}

}  // namespace suiji::testing
