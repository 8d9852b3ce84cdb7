// Attachments (附件): files kept as evidence beside a change request or an inspection
// record, stored in the database itself (one backup holds everything) by content with its
// SHA-256, so a printed form can cite the hash and anyone can check the file against it.
//
//   int64_t id = db->attachments().insert({"change_request", 7, "请假条.pdf", sha, "application/pdf", bytes, "alice"});
//   auto files = db->attachments().of("change_request", 7);   // metadata only, no bytes
//   std::string bytes = *db->attachments().content(id);
//
// Contracts:
// - What may be attached (type, size) is the service's rule (domain/attachment_rules.h);
//   the store checks only that sha256 is the content's SHA-256 (kInternal
//   "attachment_hash_mismatch" otherwise: the caller hashed something else).
// - Rows are never updated or deleted: evidence stays as it was uploaded.
// - Listing never reads the content; content() is the one reader.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace suiji::store {

class Store;

struct AttachmentRow {
  int64_t id = 0;
  std::string owner_kind;  // "change_request", "inspection_record" …
  int64_t owner_id = 0;
  std::string filename;    // as uploaded, without folders
  std::string sha256;      // 64 lowercase hex of the content
  std::string mime;
  int64_t size = 0;        // bytes
  std::string uploaded_by;
  std::string uploaded_at;
};

struct NewAttachment {
  std::string owner_kind;
  int64_t owner_id = 0;
  std::string filename;
  std::string sha256;
  std::string mime;
  std::string content;  // the bytes
  std::string uploaded_by;
};

class Attachments {
 public:
  explicit Attachments(Store& s) : s_(s) {}
  int64_t insert(const NewAttachment& a);
  std::vector<AttachmentRow> of(const std::string& owner_kind, int64_t owner_id);  // by id
  std::optional<AttachmentRow> get(int64_t id);
  std::optional<std::string> content(int64_t id);

 private:
  Store& s_;
};

}  // namespace suiji::store
