// What a hostile or broken client sends, over a raw TCP socket to a running `suiji serve`:
// malformed targets and request lines get 400, oversized bodies 413, an incomplete header
// block is cut off after --read-timeout, and the server keeps answering.
#include <gtest/gtest.h>

#include <chrono>

#include "common/free_port.h"
#include "common/run_suiji.h"
#include "common/temp_dir.h"
#include "domain/json.h"
#include "http/server_process.h"

namespace suiji {
namespace {

using testing::body_of;
using testing::raw_exchange;
using testing::status_of;

class HostileHttp : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir;
    ASSERT_EQ(testing::run_suiji("init --db " + dir_->file("t.db")).exit_code, 0);
    port_ = testing::free_port();
    server_ = new testing::ServerProcess({"serve", "--db", dir_->file("t.db"), "--port", std::to_string(port_),
                                          "--web", dir_->file("no-web"), "--read-timeout", "1"},
                                         "", dir_->file("serve.log"));
    ASSERT_TRUE(server_->wait_for_output("serving at")) << server_->output();
  }
  static void TearDownTestSuite() {
    EXPECT_TRUE(server_->stop());
    delete server_;
    delete dir_;
  }
  void TearDown() override {
    std::string r = testing::http_get(port_, "/api/v1/health");
    EXPECT_EQ(status_of(r), 200) << "the server still answers: " << r;
  }
  static std::string code_of(const std::string& response) {
    try {
      return Json::parse(body_of(response))["error"]["code"];
    } catch (const std::exception&) {
      return "<no JSON error body>";
    }
  }
  static testing::TempDir* dir_;
  static testing::ServerProcess* server_;
  static int port_;
};
testing::TempDir* HostileHttp::dir_ = nullptr;
testing::ServerProcess* HostileHttp::server_ = nullptr;
int HostileHttp::port_ = 0;

TEST_F(HostileHttp, MalformedTargetsAre400) {
  for (const char* t : {"/%zz", "/%", "/assets/..", "/assets/%2e%2e", "/api/v1/%2e%2e/health"}) {
    std::string r = raw_exchange(port_, std::string("GET ") + t + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    EXPECT_EQ(status_of(r), 400) << t << "\n" << r;
    EXPECT_EQ(code_of(r), "bad_target") << t;
  }
}

TEST_F(HostileHttp, RequestLinesWithoutALeadingSlashAre400) {
  for (const char* line : {"GET foo HTTP/1.1", "GET ?x HTTP/1.1", "GET http://x/api/v1/health HTTP/1.1",
                           "GARBAGE", "GET / HTTP/9.9x"}) {
    std::string r = raw_exchange(port_, std::string(line) + "\r\nHost: x\r\nConnection: close\r\n\r\n");
    EXPECT_EQ(status_of(r), 400) << line << "\n" << r;
    EXPECT_NE(r.find("\"error\""), std::string::npos) << line << "\n" << r;
  }
}

TEST_F(HostileHttp, ABodyOverTheLimitIs413BeforeItIsRead) {
  // Only the header block is sent: the answer must not wait for 100 MB.
  auto start = std::chrono::steady_clock::now();
  std::string r = raw_exchange(port_,
                           "POST /api/v1/health HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                           "Content-Length: 100000000\r\n\r\n");
  EXPECT_EQ(status_of(r), 413) << r;
  EXPECT_EQ(code_of(r), "body_too_large");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(3));
}

TEST_F(HostileHttp, A2MiBJsonBodyIs413) {
  std::string body(2 << 20, 'x');
  std::string r = raw_exchange(port_, "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nContent-Length: " +
                                      std::to_string(body.size()) + "\r\n\r\n" + body);
  EXPECT_EQ(status_of(r), 413) << r.substr(0, 300);
}

TEST_F(HostileHttp, AnIncompleteHeaderBlockIsCutOffAfterTheReadTimeout) {
  int s = testing::connect_loopback(port_);
  ASSERT_GE(s, 0);
  std::string partial = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n";  // no blank line, ever
  (void)!write(s, partial.data(), partial.size());
  auto start = std::chrono::steady_clock::now();
  std::string r = testing::read_all(s, std::chrono::milliseconds(10000));
  auto waited = std::chrono::steady_clock::now() - start;
  close(s);
  EXPECT_EQ(status_of(r), -1) << "no answer to a request that never ended: " << r;
  EXPECT_LT(waited, std::chrono::seconds(5)) << "closed after --read-timeout 1, not held open";
}

TEST_F(HostileHttp, KeepAliveStillWorksAfterAnAnsweredRequest) {
  std::string r = raw_exchange(port_,
                           "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n"
                           "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  size_t first = r.find("HTTP/1.1 200"), second = r.find("HTTP/1.1 200", first + 1);
  EXPECT_NE(first, std::string::npos) << r;
  EXPECT_NE(second, std::string::npos) << r;
}

}  // namespace
}  // namespace suiji
