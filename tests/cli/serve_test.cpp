// `suiji serve` answers on loopback: health, the home page, JSON errors; stops on SIGTERM.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

#include "common/free_port.h"
#include "domain/json.h"

namespace suiji {
namespace {

namespace fs = std::filesystem;

// A one-shot HTTP/1.0 GET; returns the raw response ("" if nothing listens).
std::string http_get(int port, const std::string& path) {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(s, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
    close(s);
    return "";
  }
  std::string req = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
  (void)!write(s, req.data(), req.size());
  std::string out;
  char buf[4096];
  ssize_t n;
  while ((n = read(s, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  close(s);
  return out;
}

std::string body_of(const std::string& response) {
  size_t p = response.find("\r\n\r\n");
  return p == std::string::npos ? "" : response.substr(p + 4);
}

class ServeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("suiji-serve-" + std::to_string(getpid()));
    fs::create_directories(dir_);
    port_ = testing::free_port();
    pid_ = fork();
    if (pid_ == 0) {
      std::string db = (dir_ / "t.db").string(), port = std::to_string(port_), web = (dir_ / "no-web").string();
      execl(SUIJI_BINARY, SUIJI_BINARY, "serve", "--db", db.c_str(), "--port", port.c_str(), "--web", web.c_str(),
            static_cast<char*>(nullptr));
      _exit(127);
    }
    for (int i = 0; i < 200 && http_get(port_, "/api/v1/health").empty(); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  void TearDown() override {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      int status = 0;
      waitpid(pid_, &status, 0);
      EXPECT_TRUE(WIFEXITED(status)) << "server did not stop cleanly on SIGTERM";
    }
    fs::remove_all(dir_);
  }
  fs::path dir_;
  int port_ = 0;
  pid_t pid_ = -1;
};

TEST_F(ServeTest, HealthReportsTheDatabase) {
  std::string r = http_get(port_, "/api/v1/health");
  ASSERT_NE(r.find("200 OK"), std::string::npos) << r;
  Json j = Json::parse(body_of(r));
  EXPECT_EQ(j["status"], "ok");
  EXPECT_EQ(j["database"]["engine"], "sqlite");
  EXPECT_GE(j["database"]["schema_version"].get<int>(), 1);
}

TEST_F(ServeTest, HomePageInChineseUntilTheWebAppIsBuilt) {
  std::string r = http_get(port_, "/");
  ASSERT_NE(r.find("200 OK"), std::string::npos) << r;
  EXPECT_NE(r.find("双随机、一公开"), std::string::npos);
  EXPECT_NE(r.find("text/html"), std::string::npos);
}

TEST_F(ServeTest, UnknownPathIsAJsonError) {
  std::string r = http_get(port_, "/api/v1/nothing-here");
  ASSERT_NE(r.find("404"), std::string::npos) << r;
  Json j = Json::parse(body_of(r));
  EXPECT_EQ(j["error"]["code"], "not_found");
  EXPECT_NE(j["error"]["message"].get<std::string>().find("/api/v1/nothing-here"), std::string::npos);
}

TEST_F(ServeTest, AssetPathsCannotEscapeTheWebRoot) {
  std::string r = http_get(port_, "/assets/..%2f..%2fetc%2fpasswd");
  EXPECT_NE(r.find("404"), std::string::npos) << r;
  EXPECT_EQ(r.find("root:"), std::string::npos);
}

}  // namespace
}  // namespace suiji
