// Draws: the nonce stays secret until reveal. No read method other than reveal returns it,
// and the draw row itself does not hold it (issue 11, section 1).
#include <soci/soci.h>

#include "store_fixture.h"

namespace suiji::testing {
namespace {

using store::DrawRow;

const std::string kNonce = "9a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9";
const std::string kCommitment = "0b4f6c2b9a8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a4938271605f4e";

// Every text of a row, so a test can look for the nonce anywhere in it.
std::string everything(const DrawRow& d) {
  return d.draw_code + "|" + d.status + "|" + d.input_json + "|" + d.record_json + "|" + d.commitment + "|" +
         d.announced_at + "|" + d.revealed_at + "|" + d.operator_name + "|" + d.witnesses_json;
}

class Draws : public StoreTest {
 protected:
  int64_t announce(const std::string& code = "QZ-2026-12-A") {
    int64_t id = db_->draws().prepare({code, std::nullopt, std::nullopt, "2026Q4", 1, R"({"draw_id":")" + code + R"("})",
                                       "operator"});
    db_->draws().announce(id, {R"({"draw_id":")" + code + R"(","commitment":")" + kCommitment + R"("})", kCommitment,
                               kNonce, ""});
    db_->draws().set_witnesses(id, "[]", R"(["张三"])");
    return id;
  }
};

TEST_P(Draws, NoReadMethodButRevealReturnsTheNonce) {
  int64_t id = announce();
  announce("QZ-2026-12-B");

  auto got = db_->draws().get(id);
  ASSERT_TRUE(got);
  EXPECT_EQ(got->status, "announced");
  EXPECT_EQ(got->commitment, kCommitment);  // the commitment is public
  EXPECT_EQ(got->witnesses_json, R"(["张三"])");
  EXPECT_EQ(everything(*got).find(kNonce), std::string::npos);
  auto by_code = db_->draws().find("QZ-2026-12-A");
  ASSERT_TRUE(by_code);
  EXPECT_EQ(by_code->id, id);
  EXPECT_EQ(everything(*by_code).find(kNonce), std::string::npos);
  auto all = db_->draws().list({});
  ASSERT_EQ(all.size(), 2u);
  store::DrawFilter announced;
  announced.status = "announced";
  EXPECT_EQ(db_->draws().list(announced).size(), 2u);
  for (const auto& d : all) EXPECT_EQ(everything(d).find(kNonce), std::string::npos) << d.draw_code;

  // Nor does any column of the draw row hold it: it lives in draw_secret.
  soci::rowset<soci::row> rows = db_->sql().prepare << "SELECT * FROM draw";
  for (const auto& r : rows)
    for (size_t i = 0; i < r.size(); ++i) {
      EXPECT_NE(r.get_properties(i).get_name(), "nonce");
      if (r.get_indicator(i) == soci::i_ok && r.get_properties(i).get_data_type() == soci::dt_string) {
        EXPECT_NE(r.get<std::string>(i), kNonce);
      }
    }

  // The reveal step gets it, once, and publishes the record it builds with it.
  std::string seen;
  DrawRow revealed = db_->draws().reveal(id, [&](const DrawRow& d, std::string_view nonce) {
    seen = std::string(nonce);
    return R"({"draw_id":")" + d.draw_code + R"(","nonce":")" + std::string(nonce) + R"("})";
  });
  EXPECT_EQ(seen, kNonce);
  EXPECT_EQ(revealed.status, "revealed");
  EXPECT_FALSE(revealed.revealed_at.empty());
  EXPECT_EQ(db_->draws().get(id)->record_json, revealed.record_json);
  EXPECT_NE(db_->draws().get(id)->record_json.find(kNonce), std::string::npos);  // public now
  EXPECT_EQ(everything(*db_->draws().find("QZ-2026-12-B")).find(kNonce), std::string::npos);  // not revealed
}

TEST_P(Draws, RevealHappensOnceAndAFailedRevealWritesNothing) {
  int64_t id = announce();
  EXPECT_THROW(db_->draws().reveal(id, [](const DrawRow&, std::string_view) -> std::string {
    throw std::runtime_error("the record could not be computed");
  }), std::runtime_error);
  EXPECT_EQ(db_->draws().get(id)->status, "announced");
  EXPECT_TRUE(db_->draws().get(id)->record_json.empty());
  db_->draws().reveal(id, [](const DrawRow&, std::string_view) { return std::string("{}"); });
  try {
    db_->draws().reveal(id, [](const DrawRow&, std::string_view) { return std::string("{}"); });
    FAIL() << "a second reveal was accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kConflict);
    EXPECT_EQ(e.code(), "draw_already_revealed");
  }
  EXPECT_THROW(db_->draws().reveal(4242, [](const DrawRow&, std::string_view) { return std::string("{}"); }),
               store::NotFound);
}

TEST_P(Draws, PrepareAndAnnounceRefuseBadCodesAndSecretsWritingNothing) {
  int64_t first = announce();
  try {
    db_->draws().prepare({"QZ-2026-12-A", std::nullopt, std::nullopt, "2026Q4", 1, "{}", "operator"});
    FAIL() << "a used draw code was accepted";
  } catch (const store::Invalid& e) {
    ASSERT_EQ(e.rows.size(), 1u);
    ASSERT_EQ(e.rows[0].errors.size(), 1u);
    EXPECT_EQ(e.rows[0].errors[0].field, "draw_code");
    EXPECT_NE(std::string(e.what()).find(" / "), std::string::npos);
  }
  EXPECT_THROW(db_->draws().prepare({"坏编号", std::nullopt, std::nullopt, "2026Q4", 1, "{}", "operator"}), store::Invalid);
  int64_t id = db_->draws().prepare({"QZ-2026-12-C", std::nullopt, std::nullopt, "2026Q4", 1, "{}", "operator"});
  try {
    db_->draws().announce(id, {"{}", "ABC", "not hex", ""});
    FAIL() << "a bad commitment and nonce were accepted";
  } catch (const store::Invalid& e) {
    ASSERT_EQ(e.rows[0].errors.size(), 2u);
    EXPECT_EQ(e.rows[0].errors[0].field, "commitment");
    EXPECT_EQ(e.rows[0].errors[1].field, "nonce");
  }
  EXPECT_EQ(db_->draws().get(id)->status, "prepared");
  // Announce happens once: a second announcer (another process) is refused by the guard.
  try {
    db_->draws().announce(first, {"{}", kCommitment, kNonce, ""});
    FAIL() << "an announced draw was announced again";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), "draw_not_prepared");
  }
  EXPECT_EQ(db_->draws().list({}).size(), 2u);
  long long secrets = 0;
  db_->sql() << "SELECT COUNT(*) FROM draw_secret", soci::into(secrets);
  EXPECT_EQ(secrets, 1);
}

TEST_P(Draws, AWitnessInputThatRacedAnotherIsRefusedNotLost) {
  int64_t id = announce();
  try {
    db_->draws().set_witnesses(id, "[]", R"(["李四"])");  // read before 张三 was added
    FAIL() << "a stale witness list overwrote a newer one";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), "draw_changed");
  }
  EXPECT_EQ(db_->draws().get(id)->witnesses_json, R"(["张三"])");
}

SUIJI_BOTH_ENGINES(Draws);

}  // namespace
}  // namespace suiji::testing
