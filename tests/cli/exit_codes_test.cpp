// Exit codes are mapped once (src/cli/exit_codes.h): the table, and what real invocations
// of the binary return — 0 ok, 1 a check failed, 2 bad input, 3 environment or internal.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "cli/exit_codes.h"
#include "common/run_suiji.h"
#include "common/temp_dir.h"
#include "domain/json.h"

namespace suiji {
namespace {

namespace fs = std::filesystem;
using testing::run_suiji;

TEST(ExitCodes, EveryKindHasItsCode) {
  EXPECT_EQ(cli::exit_code_of(ErrorKind::kCheckFailed), 1);
  for (ErrorKind k : {ErrorKind::kBadInput, ErrorKind::kNotFound, ErrorKind::kConflict, ErrorKind::kForbidden,
                      ErrorKind::kUnauthenticated, ErrorKind::kTooLarge})
    EXPECT_EQ(cli::exit_code_of(k), 2) << static_cast<int>(k);
  EXPECT_EQ(cli::exit_code_of(ErrorKind::kUnavailable), 3);
  EXPECT_EQ(cli::exit_code_of(ErrorKind::kInternal), 3);
}

std::string write(const testing::TempDir& d, const std::string& name, const std::string& content) {
  std::ofstream(d.file(name), std::ios::binary) << content;
  return d.file(name);
}

TEST(ExitCodes, BadFileIs2) {
  testing::TempDir d;
  auto r = run_suiji("verify " + write(d, "bad.json", "{\"spec\": "));
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_NE(r.out.find(" / "), std::string::npos) << "message is 中文 / English: " << r.out;
  EXPECT_EQ(run_suiji("verify " + d.file("absent.json")).exit_code, 2);
  EXPECT_EQ(run_suiji("draw compute " + d.file("absent.json")).exit_code, 2);
}

TEST(ExitCodes, FailedVerifyIs1) {
  testing::TempDir d;
  std::ifstream in(fs::path(SUIJI_VECTORS_DIR) / "v03.json");
  Json rec = Json::parse(in);
  std::string t = rec["strata"][0]["selected"][0]["ticket"];
  t[10] = t[10] == '1' ? '2' : '1';
  rec["strata"][0]["selected"][0]["ticket"] = t;
  auto r = run_suiji("verify " + write(d, "tampered.json", rec.dump()));
  EXPECT_EQ(r.exit_code, 1) << r.out;
}

// Nothing listens on port 1 of the loopback: the connection is refused at once.
const char* kUnreachable = "'postgresql://nobody@127.0.0.1:1/suiji?connect_timeout=2'";

TEST(ExitCodes, UnreachableDatabaseIs3) {
  testing::TempDir d;
  auto r = run_suiji(std::string("export units --db ") + kUnreachable);
  EXPECT_EQ(r.exit_code, 3) << r.out;
  EXPECT_NE(r.out.find("无法打开数据库"), std::string::npos) << r.out;
  // demo and init, which create databases, report an unreachable one as the environment
  // too (demo used to say 2 for every store error).
  EXPECT_EQ(run_suiji(std::string("demo --db ") + kUnreachable).exit_code, 3);
  EXPECT_EQ(run_suiji(std::string("init --db ") + kUnreachable).exit_code, 3);
  EXPECT_EQ(run_suiji(std::string("serve --port 1 --db ") + kUnreachable).exit_code, 3);
}

TEST(ExitCodes, DemoIntoAFilledDatabaseIs2) {
  testing::TempDir d;
  ASSERT_EQ(run_suiji("demo --units 50 --inspectors 20 --db " + d.file("t.db")).exit_code, 0);
  auto r = run_suiji("demo --units 50 --inspectors 20 --db " + d.file("t.db"));
  EXPECT_EQ(r.exit_code, 2) << r.out;
}

}  // namespace
}  // namespace suiji
