#include "store/attachments.h"

#include <openssl/evp.h>
#include <openssl/sha.h>
#include <soci/soci.h>

#include "domain/error.h"
#include "store/sql_util.h"
#include "store/store.h"

namespace suiji::store {
namespace {

std::string sha256_hex(const std::string& bytes) {
  unsigned char d[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), d);
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned char c : d) out += hex[c >> 4], out += hex[c & 15];
  return out;
}

std::string to_base64(const std::string& bytes) {
  std::string out(4 * ((bytes.size() + 2) / 3), '\0');
  int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                          reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<int>(bytes.size()));
  out.resize(static_cast<std::size_t>(n));
  return out;
}

// EVP_DecodeBlock keeps the padding's zero bytes; `size` says how many are real.
std::string from_base64(const std::string& text, std::size_t size) {
  std::string out(3 * text.size() / 4 + 3, '\0');
  int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                          reinterpret_cast<const unsigned char*>(text.data()), static_cast<int>(text.size()));
  if (n < 0 || static_cast<std::size_t>(n) < size)
    throw StoreError(ErrorKind::kInternal, "attachment_corrupt", "附件内容已损坏", "attachment content is corrupt");
  out.resize(size);
  return out;
}

constexpr const char* kCols = "id, owner_kind, owner_id, filename, sha256, mime, size, uploaded_by, uploaded_at";

std::vector<AttachmentRow> query(soci::session& sql, const sqlu::Where& w) {
  std::vector<AttachmentRow> out;
  soci::row r;
  auto p = (sql.prepare << std::string("SELECT ") + kCols + " FROM attachment" + w.sql() + " ORDER BY id", soci::into(r));
  w.bind(p);
  soci::statement st(p);
  st.execute();
  while (st.fetch()) {
    AttachmentRow a;
    a.id = sqlu::i64(r, 0);
    a.owner_kind = sqlu::str(r, 1);
    a.owner_id = sqlu::i64(r, 2);
    a.filename = sqlu::str(r, 3);
    a.sha256 = sqlu::str(r, 4);
    a.mime = sqlu::str(r, 5);
    a.size = sqlu::i64(r, 6);
    a.uploaded_by = sqlu::str(r, 7);
    a.uploaded_at = sqlu::str(r, 8);
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace

int64_t Attachments::insert(const NewAttachment& a) {
  if (sha256_hex(a.content) != a.sha256)
    throw StoreError(ErrorKind::kInternal, "attachment_hash_mismatch", "附件的 SHA-256 与内容不符",
                     "the attachment's SHA-256 does not match its content");
  return s_.transaction([&] {
    long long id = s_.next_ids("attachment");
    long long owner = a.owner_id, size = static_cast<long long>(a.content.size());
    std::string b64 = to_base64(a.content), at = Store::now();
    s_.sql() << "INSERT INTO attachment (id, owner_kind, owner_id, filename, sha256, mime, size, content_base64, "
                "uploaded_by, uploaded_at) VALUES (:id, :k, :o, :f, :h, :m, :s, :c, :by, :at)",
        soci::use(id), soci::use(a.owner_kind), soci::use(owner), soci::use(a.filename), soci::use(a.sha256),
        soci::use(a.mime), soci::use(size), soci::use(b64), soci::use(a.uploaded_by), soci::use(at);
    return static_cast<int64_t>(id);
  });
}

std::vector<AttachmentRow> Attachments::of(const std::string& owner_kind, int64_t owner_id) {
  sqlu::Where w;
  w.add("owner_kind = :k", owner_kind);
  w.add("owner_id = :o", owner_id);
  return query(s_.sql(), w);
}

std::optional<AttachmentRow> Attachments::get(int64_t id) {
  sqlu::Where w;
  w.add("id = :id", id);
  auto rows = query(s_.sql(), w);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::optional<std::string> Attachments::content(int64_t id) {
  auto row = get(id);
  if (!row) return std::nullopt;
  std::string b64;
  long long key = id;
  s_.sql() << "SELECT content_base64 FROM attachment WHERE id = :id", soci::into(b64), soci::use(key);
  std::string bytes = from_base64(b64, static_cast<std::size_t>(row->size));
  if (sha256_hex(bytes) != row->sha256)
    throw StoreError(ErrorKind::kInternal, "attachment_corrupt", "附件内容与其 SHA-256 不符（已被改动）",
                     "the attachment no longer matches its SHA-256 (it was altered)");
  return bytes;
}

}  // namespace suiji::store
