// The hash chain of the audit log. Each entry's hash covers the previous entry's hash and
// the entry itself in canonical JSON, so the last hash (the head) vouches for the whole
// log: an edited, deleted, inserted or reordered entry breaks the chain at that entry, and
// a log cut short shows a head that no longer matches one noted earlier (print it with
// `suiji audit verify`, and keep it outside the database, e.g. in the published record).
//
//   hash = sha256_hex(prev_hash ‖ canonical_json({"seq", "at", "actor", "action", "entity",
//                                                 "entity_id", "before", "after"}))
//
// canonical_json: object keys sorted by their UTF-8 bytes at every level, no whitespace,
// strings as JSON writes them with non-ASCII left as UTF-8, integers in decimal. The
// stored before/after texts are re-read and re-written this way when checked, so the
// hash does not depend on how a database returns whitespace or key order.
// Pure functions; ChainCheck is a value, ChainVerifier is not thread-safe (one per walk).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "domain/audit_entry.h"
#include "domain/json.h"

namespace suiji::audit {

inline constexpr std::string_view kGenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

std::string canonical_json(const Json& j);

// The hash `e` must carry, from its fields and e.prev_hash (e.hash is not read).
std::string entry_hash(const AuditEntry& e);

// Seals `e` as the entry after one whose seq and hash are given (0 and kGenesisHash for
// the first): sets seq, prev_hash and hash.
void seal(AuditEntry& e, int64_t prev_seq, std::string_view prev_hash);

struct ChainCheck {
  bool ok = true;
  int64_t entries = 0;     // entries read
  std::string head_hash;   // the last good entry's hash (kGenesisHash when empty)
  int64_t bad_seq = 0;     // the first bad entry (its seq, or where one is missing)
  std::string problem_zh, problem_en;  // why, when !ok
};

// Feed entries in ascending seq order; stops judging at the first bad one.
class ChainVerifier {
 public:
  void add(const AuditEntry& e);
  const ChainCheck& result() const { return check_; }

 private:
  ChainCheck check_{true, 0, std::string(kGenesisHash), 0, "", ""};
  int64_t last_seq_ = 0;
};

}  // namespace suiji::audit
