// One entry of the audit log (审计日志): who did what to which record, with the record
// before and after, chained by hash so that no entry can be edited, deleted or reordered
// unseen (src/audit/chain.h computes and checks the chain; store/audit_log.h keeps it).
// A plain value; thread-safe to copy.
#pragma once
#include <cstdint>
#include <string>

#include "domain/json.h"

namespace suiji {

struct AuditEntry {
  int64_t seq = 0;        // 1, 2, 3 … with no gaps
  std::string at;         // UTC, "2026-12-03T08:00:00Z" (Store::now)
  std::string actor;      // the acting user's login ("demo", "cli" for tools acting alone)
  std::string action;     // what was done: "plan.approve", "holidays.set" …
  std::string entity;     // the kind of record: "plan", "unit", "holiday_year" …
  std::string entity_id;  // its id as text
  Json before = nullptr;  // the record before (null: created)
  Json after = nullptr;   // and after (null: deleted)
  std::string prev_hash;  // the previous entry's hash (64 zeros before the first)
  std::string hash;       // audit::entry_hash of this entry
};

}  // namespace suiji
