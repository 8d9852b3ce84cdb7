// `suiji serve` as a user starts it: health, the home page, JSON errors, the web root it
// finds or is given, a missing database or a busy port refused with the right exit code,
// and a clean stop on SIGTERM.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "common/free_port.h"
#include "common/run_suiji.h"
#include "common/temp_dir.h"
#include "domain/json.h"
#include "http/server_process.h"

namespace suiji {
namespace {

namespace fs = std::filesystem;
using testing::body_of;
using testing::http_get;
using testing::ServerProcess;
using testing::status_of;

void write_file(const fs::path& p, const std::string& content) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << content;
}

// A database made by `suiji init`, and a web root of the test's own with one asset
// inside and a secret beside it, outside the web root.
class ServeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(testing::run_suiji("init --db " + db()).exit_code, 0);
    write_file(web() / "assets" / "app.js", "console.log('suiji')");
    write_file(web() / "verify.html", "<!doctype html><title>verify</title>");
    write_file(fs::path(dir_.path()) / "secret.txt", "TOP-SECRET");
  }
  std::string db() const { return dir_.file("t.db"); }
  fs::path web() const { return fs::path(dir_.path()) / "web"; }
  std::unique_ptr<ServerProcess> start(std::vector<std::string> extra = {}, std::string cwd = "") {
    port_ = testing::free_port();
    std::vector<std::string> args = {"serve", "--db", db(), "--port", std::to_string(port_)};
    args.insert(args.end(), extra.begin(), extra.end());
    auto p = std::make_unique<ServerProcess>(args, cwd, dir_.file("serve.log"));
    EXPECT_TRUE(p->wait_for_output("serving at")) << p->output();
    return p;
  }
  testing::TempDir dir_;
  int port_ = 0;
};

TEST_F(ServeTest, HealthReportsTheDatabase) {
  auto s = start({"--web", web().string()});
  std::string r = http_get(port_, "/api/v1/health");
  ASSERT_EQ(status_of(r), 200) << r;
  Json j = Json::parse(body_of(r));
  EXPECT_EQ(j["status"], "ok");
  EXPECT_EQ(j["database"]["engine"], "sqlite");
  EXPECT_GE(j["database"]["schema_version"].get<int>(), 1);
  EXPECT_EQ(j["counts"]["agencies"], 1);
  EXPECT_TRUE(s->stop()) << "server did not stop cleanly on SIGTERM";
}

TEST_F(ServeTest, HomePageInChineseUntilTheWebAppIsBuilt) {
  auto s = start({"--web", web().string()});  // no index.html in it
  std::string r = http_get(port_, "/");
  ASSERT_EQ(status_of(r), 200) << r;
  EXPECT_NE(r.find("双随机、一公开"), std::string::npos);
  EXPECT_NE(r.find("text/html"), std::string::npos);
}

TEST_F(ServeTest, UnknownPathIsAJsonError) {
  auto s = start({"--web", web().string()});
  std::string r = http_get(port_, "/api/v1/nothing-here");
  ASSERT_EQ(status_of(r), 404) << r;
  Json j = Json::parse(body_of(r));
  EXPECT_EQ(j["error"]["code"], "not_found");
  EXPECT_NE(j["error"]["message"].get<std::string>().find("/api/v1/nothing-here"), std::string::npos);
}

TEST_F(ServeTest, AssetPathsCannotEscapeTheWebRoot) {
  auto s = start({"--web", web().string()});
  std::string inside = http_get(port_, "/assets/app.js");
  ASSERT_EQ(status_of(inside), 200) << "the web root of this test serves its asset: " << inside;
  EXPECT_NE(inside.find("console.log('suiji')"), std::string::npos);
  EXPECT_NE(inside.find("text/javascript"), std::string::npos);
  // <web>/assets/../../secret.txt is the secret: one path segment, %2f-encoded slashes.
  for (const char* target : {"/assets/..%2f..%2fsecret.txt", "/assets/..%2F..%2Fsecret.txt",
                             "/assets/%2e%2e%2f%2e%2e%2fsecret.txt"}) {
    std::string r = http_get(port_, target);
    EXPECT_EQ(status_of(r), 404) << target << "\n" << r;
    EXPECT_EQ(r.find("TOP-SECRET"), std::string::npos) << target;
  }
}

TEST_F(ServeTest, UnknownMethodOnAKnownPathIs405WithAllow) {
  auto s = start({"--web", web().string()});
  std::string r = testing::raw_exchange(
      port_, "DELETE /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  ASSERT_EQ(status_of(r), 405) << r;
  EXPECT_NE(r.find("Allow: GET"), std::string::npos) << r;
  EXPECT_EQ(Json::parse(body_of(r))["error"]["code"], "method_not_allowed");
}

TEST_F(ServeTest, StartedFromAnotherDirectoryItFindsTheAssetsBesideTheBinary) {
  // A copy of the install layout: <prefix>/bin/suiji and <prefix>/web/dist/verify.html
  // (a hard link: /proc/self/exe then names the copy, not the build tree).
  fs::path prefix = fs::path(dir_.path()) / "prefix";
  fs::create_directories(prefix / "bin");
  std::error_code ec;
  fs::create_hard_link(SUIJI_BINARY, prefix / "bin" / "suiji", ec);
  if (ec) fs::copy_file(SUIJI_BINARY, prefix / "bin" / "suiji");
  write_file(prefix / "web" / "dist" / "verify.html", "<!doctype html><title>installed verifier</title>");
  fs::create_directories(fs::path(dir_.path()) / "elsewhere");

  port_ = testing::free_port();
  ServerProcess s({"serve", "--db", db(), "--port", std::to_string(port_)}, dir_.file("elsewhere"),
                  dir_.file("serve.log"), (prefix / "bin" / "suiji").string());
  ASSERT_TRUE(s.wait_for_output("serving at")) << s.output();
  EXPECT_NE(s.output().find("web assets: " + fs::canonical(prefix / "web" / "dist").string()), std::string::npos)
      << s.output();
  std::string r = http_get(port_, "/verify");
  EXPECT_EQ(status_of(r), 200) << r;
  EXPECT_NE(r.find("installed verifier"), std::string::npos);
}

TEST_F(ServeTest, WithoutAssetsItSaysSoAtStartUpAndVerifyExplains) {
  auto s = start({"--web", dir_.file("not-built")});
  EXPECT_NE(s->output().find("web assets not found"), std::string::npos) << s->output();
  std::string r = http_get(port_, "/verify");
  ASSERT_EQ(status_of(r), 404) << r;
  EXPECT_EQ(Json::parse(body_of(r))["error"]["code"], "not_built");
}

TEST_F(ServeTest, AMissingDatabaseIsRefusedNotCreated) {
  for (std::string db : {dir_.file("typo.db"), "sqlite://" + dir_.file("typo2.db"), "sqlite3://" + dir_.file("typo3.db")}) {
    port_ = testing::free_port();
    ServerProcess s({"serve", "--db", db, "--port", std::to_string(port_)}, "", dir_.file("serve.log"));
    EXPECT_EQ(s.wait_exit(), 2) << db << "\n" << s.output();
    EXPECT_NE(s.output().find("no database at"), std::string::npos) << s.output();
    EXPECT_EQ(s.output().find("serving at"), std::string::npos) << s.output();
  }
  EXPECT_FALSE(fs::exists(dir_.file("typo.db")));
  EXPECT_FALSE(fs::exists(dir_.file("typo2.db")));
  EXPECT_FALSE(fs::exists(dir_.file("typo3.db")));
}

TEST_F(ServeTest, APortInUseIsExit3AndNeverSaysServing) {
  int held = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  a.sin_port = 0;
  ASSERT_EQ(bind(held, reinterpret_cast<sockaddr*>(&a), sizeof a), 0);
  ASSERT_EQ(listen(held, 1), 0);
  socklen_t len = sizeof a;
  getsockname(held, reinterpret_cast<sockaddr*>(&a), &len);
  ServerProcess s({"serve", "--db", db(), "--port", std::to_string(ntohs(a.sin_port))}, "", dir_.file("serve.log"));
  EXPECT_EQ(s.wait_exit(), 3) << s.output();
  EXPECT_EQ(s.output().find("serving at"), std::string::npos) << s.output();
  EXPECT_NE(s.output().find("cannot listen on"), std::string::npos) << s.output();
  close(held);
}

}  // namespace
}  // namespace suiji
