// `suiji draw compute`, `suiji verify`, `suiji ticket` as a user runs them: output and exit codes.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "domain/json.h"
#include "common/run_suiji.h"

namespace suiji {
namespace {

namespace fs = std::filesystem;
using testing::run_suiji;

fs::path vectors() { return fs::path(SUIJI_VECTORS_DIR); }

fs::path temp_file(const std::string& name, const std::string& content) {
  fs::path p = fs::temp_directory_path() / ("suiji-cli-" + std::to_string(::getpid()) + "-" + name);
  std::ofstream(p, std::ios::binary) << content;
  return p;
}

Json read_json(const fs::path& p) {
  std::ifstream f(p);
  return Json::parse(f);
}

TEST(DrawCli, ComputePrintsTheVectorRecord) {
  for (const char* v : {"v01", "v02", "v03", "v04", "v05", "v06"}) {
    testing::Run r = run_suiji("draw compute " + (vectors() / (std::string(v) + ".input.json")).string());
    ASSERT_EQ(r.exit_code, 0) << v << r.out;
    EXPECT_EQ(Json::parse(r.out), read_json(vectors() / (std::string(v) + ".json"))) << v;
  }
}

TEST(DrawCli, VerifyAcceptsEveryVector) {
  for (const char* v : {"v01", "v02", "v03", "v04", "v05", "v06"}) {
    testing::Run r = run_suiji("verify " + (vectors() / (std::string(v) + ".json")).string());
    EXPECT_EQ(r.exit_code, 0) << v << r.out;
    EXPECT_EQ(r.out, "verified\n");
  }
}

TEST(DrawCli, VerifyNamesTheFirstDiscrepancyAndExits1) {
  Json rec = read_json(vectors() / "v03.json");
  std::string t = rec["strata"][0]["selected"][0]["ticket"];
  t[10] = t[10] == '1' ? '2' : '1';
  rec["strata"][0]["selected"][0]["ticket"] = t;
  fs::path p = temp_file("tampered.json", rec.dump());
  testing::Run r = run_suiji("verify " + p.string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("strata[key].selected[0]"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("verified\n"), std::string::npos);
  fs::remove(p);
}

TEST(DrawCli, MalformedOrImpossibleInputExits2) {
  fs::path not_json = temp_file("bad.json", "{\"spec\": ");
  testing::Run r = run_suiji("verify " + not_json.string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("JSON"), std::string::npos) << r.out;
  EXPECT_EQ(run_suiji("draw compute " + not_json.string()).exit_code, 2);

  Json in = read_json(vectors() / "v01.input.json");
  in["strata"][0]["k"] = 10000;
  fs::path big_k = temp_file("bigk.json", in.dump());
  r = run_suiji("draw compute " + big_k.string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("larger than the population"), std::string::npos) << r.out;

  in = read_json(vectors() / "v01.input.json");
  in["nonce"] = std::string(64, 'f');
  fs::path bad_nonce = temp_file("nonce.json", in.dump());
  r = run_suiji("draw compute " + bad_nonce.string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("nonce does not match the commitment"), std::string::npos) << r.out;

  EXPECT_EQ(run_suiji("verify /nonexistent/record.json").exit_code, 2);
  for (const fs::path& p : {not_json, big_k, bad_nonce}) fs::remove(p);
}

TEST(DrawCli, TicketPrintsTheSpecExample) {
  testing::Run r = run_suiji("ticket 01382438112797316654 AB-130");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "0.26299714122838008416507544297546663599715395525154425586041245287750224561854\n");
}

}  // namespace
}  // namespace suiji
