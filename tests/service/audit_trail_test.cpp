// The audit trail on both engines: the plan and policy use cases append hash-chained
// entries in their own transactions, `verify` names the first entry after each kind of
// tampering done in the database, a rolled-back write leaves no entry, and two writers on
// one database never fork the chain.
#include <gtest/gtest.h>

#include <soci/soci.h>

#include <thread>

#include "domain/error.h"
#include "plan_fixture.h"
#include "service/audit/audit_trail.h"
#include "service/plans/annual_plan.h"

namespace suiji::testing {
namespace {

class AuditTrail : public PlanTest {
 protected:
  // apply (policy.apply), annual (plan.draft), approve (plan.approve): three entries.
  void three_writes() {
    fill();
    user("leader", city_id, Role::kApprover);
    apply("330800", "quzhou-city", 2027);
    service::annual_plan(*db, "330800", 2027, "operator");
    service::approve_annual_plan(*db, "330800", 2027, "leader");
  }
  std::vector<AuditEntry> entries() {
    std::vector<AuditEntry> out;
    db->audit_log().for_each([&](const AuditEntry& e) { out.push_back(e); });
    return out;
  }
  audit::ChainCheck verify() { return service::verify_audit(*db); }
};

TEST_P(AuditTrail, EachWriteAppendsAnEntryAndTheChainVerifies) {
  three_writes();
  auto e = entries();
  ASSERT_EQ(e.size(), 3u);
  EXPECT_EQ(e[0].action, "policy.apply");
  EXPECT_EQ(e[1].action, "plan.draft");
  EXPECT_EQ(e[1].actor, "operator");
  EXPECT_EQ(e[2].action, "plan.approve");
  EXPECT_EQ(e[2].actor, "leader");
  EXPECT_EQ(e[2].entity, "plan");
  EXPECT_EQ(e[2].before["status"], "draft");
  EXPECT_EQ(e[2].after["status"], "approved");
  audit::ChainCheck c = verify();
  EXPECT_TRUE(c.ok) << c.problem_en;
  EXPECT_EQ(c.entries, 3);
  EXPECT_EQ(c.head_hash, e[2].hash);
}

TEST_P(AuditTrail, TamperingInTheDatabaseIsFoundAtItsEntry) {
  struct Case {
    const char* what;
    std::vector<std::string> sql;
    int64_t bad_seq;
    const char* says;
  };
  const std::vector<Case> cases = {
      {"an edited actor", {"UPDATE audit SET actor = 'someone' WHERE seq = 2"}, 2, "edited"},
      {"an edited after", {"UPDATE audit SET after_json = '{\"status\":\"draft\"}' WHERE seq = 3"}, 3, "edited"},
      {"a deleted entry", {"DELETE FROM audit WHERE seq = 2"}, 2, "deleted"},
      {"two entries reordered",
       {"UPDATE audit SET seq = 100 WHERE seq = 1", "UPDATE audit SET seq = 1 WHERE seq = 2",
        "UPDATE audit SET seq = 2 WHERE seq = 100"},
       1, "altered"},
  };
  three_writes();
  for (const auto& k : cases) {
    // Each case on a fresh copy of the chain: delete and rewrite the three entries.
    auto saved = entries();
    for (const auto& q : k.sql) db->sql() << q;
    audit::ChainCheck c = verify();
    EXPECT_FALSE(c.ok) << k.what;
    EXPECT_EQ(c.bad_seq, k.bad_seq) << k.what << ": " << c.problem_en;
    EXPECT_NE(c.problem_en.find(k.says), std::string::npos) << k.what << ": " << c.problem_en;
    db->sql() << "DELETE FROM audit";
    for (const auto& e : saved) db->audit_log().append(e);
    ASSERT_TRUE(verify().ok) << "restored after " << k.what;
  }
}

TEST_P(AuditTrail, ARolledBackWriteLeavesNoEntry) {
  three_writes();
  EXPECT_THROW(db->transaction([&] {
    service::record(*db, {"operator", "plan.draft", "plan", "9", nullptr, Json{{"x", 1}}});
    throw Error(ErrorKind::kBadInput, "late_refusal", "后来拒绝", "refused late");
  }),
               Error);
  EXPECT_EQ(db->audit_log().count(), 3);
  db->transaction([&] { service::record(*db, {"operator", "plan.draft", "plan", "9", nullptr, Json{{"x", 1}}}); });
  auto e = entries();
  ASSERT_EQ(e.size(), 4u);
  EXPECT_EQ(e[3].seq, 4);  // no gap where the rolled-back entry was
  EXPECT_TRUE(verify().ok);
  // Outside a transaction the store refuses to reserve a seq.
  EXPECT_THROW(service::record(*db, {"operator", "x", "plan", "1", nullptr, nullptr}), Error);
}

// Two connections (two processes on one SQLite file, two servers on one PostgreSQL)
// appending at once queue on the log's tail: one chain, no fork, no gap.
TEST_P(AuditTrail, ConcurrentWritersNeverForkTheChain) {
  constexpr int kEach = 25;
  auto writer = [&](const std::string& who) {
    auto other = store::Store::open(connection);
    for (int i = 0; i < kEach; ++i)
      other->transaction([&] {
        service::record(*other, {who, "test.write", "test", std::to_string(i), nullptr, Json{{"i", i}}});
      });
  };
  std::thread a(writer, "writer_a"), b(writer, "writer_b");
  a.join();
  b.join();
  audit::ChainCheck c = verify();
  EXPECT_TRUE(c.ok) << c.problem_en;
  EXPECT_EQ(c.entries, 2 * kEach);
}

SUIJI_IMPORT_BOTH_ENGINES(AuditTrail);

}  // namespace
}  // namespace suiji::testing
