// Attachments keep the uploaded bytes exactly (binary, NULs, every byte value) under their
// SHA-256, list without the content, and refuse to hand back content that was altered in
// the database; change requests move between statuses only from the status the caller
// read, so two signers cannot both take one step. Both engines.
#include <openssl/sha.h>
#include <soci/soci.h>

#include "store_fixture.h"

namespace suiji::testing {
namespace {

std::string sha256(const std::string& bytes) {
  unsigned char d[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), d);
  std::string hex;
  for (unsigned char c : d) hex += "0123456789abcdef"[c >> 4], hex += "0123456789abcdef"[c & 15];
  return hex;
}

class Attachments : public StoreTest {
 protected:
  std::string every_byte() {
    std::string b;
    for (int round = 0; round < 3; ++round)
      for (int c = 0; c < 256; ++c) b += static_cast<char>(c);
    return b + std::string(1, '\0');  // a length that is not a multiple of 3
  }
  int64_t put(const std::string& bytes, const std::string& owner = "change_request", int64_t owner_id = 7) {
    return db_->attachments().insert({owner, owner_id, "证明.pdf", sha256(bytes), "application/pdf", bytes, "alice"});
  }
};

TEST_P(Attachments, TheBytesComeBackExactlyAndListingLeavesThemOut) {
  std::string bytes = every_byte();
  int64_t id = put(bytes);
  put("%PDF-other", "inspection_record", 7);
  EXPECT_EQ(*db_->attachments().content(id), bytes);
  auto listed = db_->attachments().of("change_request", 7);
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].sha256, sha256(bytes));
  EXPECT_EQ(listed[0].size, static_cast<int64_t>(bytes.size()));
  EXPECT_EQ(listed[0].filename, "证明.pdf");
  EXPECT_FALSE(db_->attachments().content(999));
}

TEST_P(Attachments, AWrongHashIsRefusedAndAlteredContentIsNeverReturned) {
  try {
    db_->attachments().insert({"change_request", 1, "a.pdf", sha256("other"), "application/pdf", "%PDF-1", "alice"});
    ADD_FAILURE() << "accepted a hash of other bytes";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), "attachment_hash_mismatch");
  }
  int64_t id = put("%PDF-1.4 original");
  long long key = id;
  db_->sql() << "UPDATE attachment SET content_base64 = 'JVBERi0xLjQgZm9yZ2Vk' WHERE id = :id", soci::use(key);
  try {
    db_->attachments().content(id);
    ADD_FAILURE() << "returned altered content";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), "attachment_corrupt");
  }
}

class ChangeRequests : public StoreTest {};

TEST_P(ChangeRequests, AStepIsTakenOnlyFromTheStatusTheSignerRead) {
  int64_t agency = db_->agencies().insert({0, "衢州市生态环境局", AgencyLevel::kCity, "330800", "", std::nullopt});
  store::ChangeRequestRow row;
  row.agency_id = agency;
  row.kind = "replace_inspector";
  row.payload_json = R"({"unit":"U1","inspector":"ZF1"})";
  row.reason = "休假";
  row.created_by = "alice";
  db_->change_requests().insert(row);
  EXPECT_GT(row.id, 0);
  EXPECT_FALSE(row.created_at.empty());

  store::ChangeRequestRow endorse = row;
  endorse.status = "endorsed";
  endorse.approvals_json = R"([{"step":"team_lead","login":"bob"}])";
  db_->change_requests().advance(endorse, "pending");
  // A second signer who read it as pending too is told to read again.
  store::ChangeRequestRow late = row;
  late.status = "rejected";
  try {
    db_->change_requests().advance(late, "pending");
    ADD_FAILURE() << "two signers took the same step";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), "change_request_changed");
    EXPECT_EQ(e.kind(), ErrorKind::kConflict);
  }
  auto got = db_->change_requests().get(row.id);
  ASSERT_TRUE(got);
  EXPECT_EQ(got->status, "endorsed");
  EXPECT_EQ(got->approvals_json, endorse.approvals_json);
  EXPECT_EQ(got->payload_json, row.payload_json);
}

SUIJI_BOTH_ENGINES(Attachments);
SUIJI_BOTH_ENGINES(ChangeRequests);

}  // namespace
}  // namespace suiji::testing
