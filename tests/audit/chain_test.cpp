// The audit log's hash chain (audit/chain.h): a sealed chain verifies, and each kind of
// tampering is reported at the entry where it happened, with what was done to it.
#include <gtest/gtest.h>

#include <vector>

#include "audit/chain.h"
#include "draw/sha256.h"

namespace suiji::audit {
namespace {

std::vector<AuditEntry> chain(int n) {
  std::vector<AuditEntry> out;
  for (int i = 0; i < n; ++i) {
    AuditEntry e;
    e.at = "2026-12-03T08:00:0" + std::to_string(i) + "Z";
    e.actor = "leader";
    e.action = "plan.approve";
    e.entity = "plan";
    e.entity_id = std::to_string(i + 1);
    e.before = Json{{"status", "draft"}};
    e.after = Json{{"status", "approved"}, {"approved_by", "张三（leader）"}};
    if (out.empty()) seal(e, 0, kGenesisHash);
    else seal(e, out.back().seq, out.back().hash);
    out.push_back(e);
  }
  return out;
}

ChainCheck check(const std::vector<AuditEntry>& entries) {
  ChainVerifier v;
  for (const auto& e : entries) v.add(e);
  return v.result();
}

TEST(CanonicalJson, KeysSortedAtEveryLevelNoWhitespaceUtf8Kept) {
  Json j = Json::parse(R"({"b": 1, "a": {"d": [1, {"z": true, "y": null}], "c": "衢州"}})");
  EXPECT_EQ(canonical_json(j), R"({"a":{"c":"衢州","d":[1,{"y":null,"z":true}]},"b":1})");
  // The order a database hands keys back in does not matter.
  EXPECT_EQ(canonical_json(Json::parse(R"({"a": 1, "b": 2})")), canonical_json(Json::parse(R"({"b": 2, "a": 1})")));
}

TEST(Chain, TheHashCoversThePreviousHashAndTheEntry) {
  auto c = chain(2);
  EXPECT_EQ(c[0].seq, 1);
  EXPECT_EQ(c[0].prev_hash, kGenesisHash);
  EXPECT_EQ(c[1].prev_hash, c[0].hash);
  // Written out by hand: sha256(prev ‖ canonical body).
  std::string body = R"({"action":"plan.approve","actor":"leader","after":{"approved_by":"张三（leader）","status":"approved"},)"
                     R"("at":"2026-12-03T08:00:00Z","before":{"status":"draft"},"entity":"plan","entity_id":"1","seq":1})";
  EXPECT_EQ(c[0].hash, draw::sha256_hex(std::string(kGenesisHash) + body));
}

TEST(Chain, AnIntactChainVerifiesToItsHead) {
  auto c = chain(5);
  ChainCheck r = check(c);
  EXPECT_TRUE(r.ok) << r.problem_en;
  EXPECT_EQ(r.entries, 5);
  EXPECT_EQ(r.head_hash, c.back().hash);
  EXPECT_EQ(check({}).head_hash, kGenesisHash);
}

// Each tampering names the entry where the chain breaks and what was done.
TEST(Chain, EachTamperingIsReportedAtItsEntry) {
  struct Case {
    const char* what;
    void (*tamper)(std::vector<AuditEntry>&);
    int64_t bad_seq;
    const char* says;
  };
  const Case cases[] = {
      {"an edited after", [](auto& c) { c[2].after["approved_by"] = "李四（leader）"; }, 3, "edited"},
      {"an edited actor", [](auto& c) { c[1].actor = "operator"; }, 2, "edited"},
      {"an edited time", [](auto& c) { c[3].at = "2026-12-04T00:00:00Z"; }, 4, "edited"},
      {"a deleted entry", [](auto& c) { c.erase(c.begin() + 2); }, 3, "deleted"},
      // Reordering in a table read by seq: two rows trade places (their seq values kept).
      {"two swapped entries",
       [](auto& c) {
         std::swap(c[1], c[2]);
         c[1].seq = 2;
         c[2].seq = 3;
       },
       2, "altered"},
      {"entries renumbered after a deletion",
       [](auto& c) {
         c.erase(c.begin() + 1);
         for (size_t i = 1; i < c.size(); ++i) c[i].seq -= 1;
       },
       2, "altered"},
      {"an entry re-hashed after an edit (the next one no longer follows)",
       [](auto& c) {
         c[1].actor = "operator";
         c[1].hash = entry_hash(c[1]);
       },
       3, "altered"},
      {"the first entry's previous hash", [](auto& c) { c[0].prev_hash = c[4].hash; }, 1, "altered"},
  };
  for (const auto& k : cases) {
    auto c = chain(5);
    k.tamper(c);
    ChainCheck r = check(c);
    EXPECT_FALSE(r.ok) << k.what;
    EXPECT_EQ(r.bad_seq, k.bad_seq) << k.what << ": " << r.problem_en;
    EXPECT_NE(r.problem_en.find(k.says), std::string::npos) << k.what << ": " << r.problem_en;
    EXPECT_FALSE(r.problem_zh.empty()) << k.what;
  }
}

}  // namespace
}  // namespace suiji::audit
