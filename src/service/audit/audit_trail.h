// The service layer's audit trail: every write appends one entry to the hash-chained audit
// log (audit/chain.h) in the write's own transaction, so a write and its entry commit or
// roll back together, and `suiji audit verify` checks the whole chain.
//
//   db.transaction([&] {
//     … the write …
//     service::record(db, {actor, "plan.approve", "plan", std::to_string(id), before, after});
//   });
//
// Contracts:
// - record() must run inside a transaction (the store throws kInternal "no_transaction");
//   it seals the entry after the log's tail, which store/audit_log.h locks for the rest of
//   the transaction: concurrent writers queue, and the chain never forks.
// - `at` is Store::now(); before/after are the record as JSON (null for none) — never a
//   secret (no password hash, session or unrevealed nonce goes into the log).
// - verify_audit reads every entry in seq order and returns the first break (an edited,
//   deleted, inserted or reordered entry) or the head hash; it reads only.
#pragma once
#include <string>

#include "audit/chain.h"
#include "domain/json.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

struct AuditWrite {
  std::string actor, action, entity, entity_id;
  Json before = nullptr, after = nullptr;
};

AuditEntry record(store::Store& db, const AuditWrite& w);

audit::ChainCheck verify_audit(store::Store& db);

}  // namespace suiji::service
