// The audit log's table (audit): entries appended one at a time in the writer's own
// transaction, and read back in seq order to check the chain (src/audit/chain.h). The
// store computes no hash (the service seals each entry, service/audit/record.h); it only
// makes the order safe:
// - reserve() takes the next seq with the audit row of id_sequence, whose row lock (the
//   write lock on SQLite, BEGIN IMMEDIATE) is held until the writer's transaction ends, so
//   two writers — two processes on one SQLite file or two servers on one PostgreSQL —
//   append one after the other and never fork the chain; it returns the entry before
//   (its seq and hash), read after the lock is taken.
// - Entries are never updated or deleted by the store.
#pragma once
#include <cstdint>
#include <functional>
#include <string>

#include "domain/audit_entry.h"

namespace suiji::store {

class Store;

struct AuditTail {
  int64_t seq = 0;   // 0: the log is empty
  std::string hash;  // "" when empty
};

class AuditLog {
 public:
  explicit AuditLog(Store& s) : s_(s) {}
  // Inside a transaction: locks the log's tail for this transaction and returns it.
  AuditTail reserve();
  // Inside the same transaction: stores the sealed entry (seq = tail.seq + 1).
  void append(const AuditEntry& e);
  // Every entry in ascending seq, streamed (the log grows by an entry per write).
  void for_each(const std::function<void(const AuditEntry&)>& fn);
  int64_t count();

 private:
  Store& s_;
};

}  // namespace suiji::store
