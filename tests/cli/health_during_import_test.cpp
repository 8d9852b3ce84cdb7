// Issue 11 item 7: a reader never waits on a writer. While `suiji import units` writes a
// large generated file into the database, `suiji serve` on the same database answers
// GET /api/v1/health within 100 ms, every time (SQLite WAL, and the import checks its
// rows before it takes the write lock).
#include <arpa/inet.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "common/free_port.h"
#include "common/run_suiji.h"
#include "common/temp_dir.h"
#include "domain/codes.h"

namespace suiji {
namespace {

using Clock = std::chrono::steady_clock;

// Rows of the bench generator's shape (bench/gen_units.py), one county, valid codes.
constexpr int kRows = 100000;

std::string uscc_of(int i) {
  char body[9];
  std::snprintf(body, sizeof body, "%08d", 10000000 + i);
  std::string first17 = std::string("91330802") + body + *org_code_check_char(body);
  return first17 + *uscc_check_char(first17);
}

void write_units_csv(const std::string& path, int rows) {
  std::ofstream f(path, std::ios::binary);
  f << "统一社会信用代码,单位名称,行政区划代码,监管类别,控制级别,排污许可管理类别,生产状态,地址,行业,联系人,联系电话\n";
  const char* levels[] = {"国控", "省控", "市控", "县控"};
  for (int i = 0; i < rows; ++i)
    f << uscc_of(i) << ",衢州示例" << i << "有限公司,330802,重点," << levels[i % 4] << ",重点管理,在产,柯城区衢化路" << i + 1
      << "号,化学原料和化学制品制造业,张" << i % 97 << ",0570-" << 3000000 + i << "\n";
}

// GET path; the status code (0 when nothing answered).
int http_status(int port, const std::string& path) {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(s, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
    close(s);
    return 0;
  }
  std::string req = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
  (void)!write(s, req.data(), req.size());
  std::string out;
  char buf[4096];
  ssize_t n;
  while ((n = read(s, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  close(s);
  return out.rfind("HTTP/1.1 ", 0) == 0 ? std::atoi(out.c_str() + 9) : 0;
}

// Starts SUIJI_BINARY with `args` (output to `log`), returning its pid.
pid_t spawn(const std::vector<std::string>& args, const std::string& log) {
  pid_t pid = fork();
  if (pid == 0) {
    int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(fd, 1);
    dup2(fd, 2);
    std::vector<char*> argv{const_cast<char*>(SUIJI_BINARY)};
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(SUIJI_BINARY, argv.data());
    _exit(127);
  }
  return pid;
}

std::string slurp(const std::string& path) {
  std::ifstream f(path);
  return {std::istreambuf_iterator<char>(f), {}};
}

TEST(HealthDuringImport, HealthAnswersWithin100MsWhileALargeImportRuns) {
  testing::TempDir dir;
  std::string db = dir.file("suiji.db"), csv = dir.file("units.csv");
  auto init = testing::run_suiji("init --db " + db + " --region 330802");
  ASSERT_EQ(init.exit_code, 0) << init.out;
  write_units_csv(csv, kRows);

  int port = testing::free_port();
  pid_t server = spawn({"serve", "--db", db, "--port", std::to_string(port), "--web", dir.file("no-web")},
                       dir.file("serve.log"));
  for (int i = 0; i < 200 && http_status(port, "/api/v1/health") != 200; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  ASSERT_EQ(http_status(port, "/api/v1/health"), 200) << slurp(dir.file("serve.log"));

  pid_t import = spawn({"import", "units", csv, "--agency", "330802", "--as", "admin", "--db", db}, dir.file("import.log"));
  int polls = 0, slow = 0, failed = 0;
  long worst_ms = 0;
  int status = 0;
  // Bounded: at most 20,000 polls 20 ms apart (about 7 minutes); the import ends sooner.
  for (; polls < 20000; ++polls) {
    if (waitpid(import, &status, WNOHANG) == import) break;
    auto t0 = Clock::now();
    int code = http_status(port, "/api/v1/health");
    long ms = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t0).count();
    worst_ms = std::max(worst_ms, ms);
    if (ms >= 100) ++slow;
    if (code != 200) ++failed;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  if (polls == 20000) {
    kill(import, SIGKILL);
    waitpid(import, &status, 0);
  }
  kill(server, SIGTERM);
  waitpid(server, nullptr, 0);

  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << slurp(dir.file("import.log")).substr(0, 2000);
  EXPECT_NE(slurp(dir.file("import.log")).find("新增 " + std::to_string(kRows)), std::string::npos)
      << slurp(dir.file("import.log")).substr(0, 2000);
  EXPECT_GE(polls, 10) << "the import ended before health was asked often enough to mean anything";
  EXPECT_EQ(failed, 0) << "health did not answer 200 " << failed << " times out of " << polls;
  EXPECT_EQ(slow, 0) << slow << " of " << polls << " health answers took 100 ms or more (worst " << worst_ms << " ms)";
}

}  // namespace
}  // namespace suiji
