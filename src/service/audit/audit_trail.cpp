#include "service/audit/audit_trail.h"

#include "service/audit/audited_write.h"
#include "store/store.h"

namespace suiji::service {

AuditEntry record(store::Store& db, const AuditWrite& w) {
  AuditEntry e;
  e.at = store::Store::now();
  e.actor = w.actor;
  e.action = w.action;
  e.entity = w.entity;
  e.entity_id = w.entity_id;
  e.before = w.before;
  e.after = w.after;
  store::AuditLog log = db.audit_log();
  store::AuditTail tail = log.reserve();
  audit::seal(e, tail.seq, tail.seq == 0 ? std::string(audit::kGenesisHash) : tail.hash);
  log.append(e);
  return e;
}

void throw_unaudited_write() {
  throw Error(ErrorKind::kInternal, "unaudited_write", "写操作未记入审计日志，已回滚",
              "a write recorded no audit entry and was rolled back");
}

audit::ChainCheck verify_audit(store::Store& db) {
  audit::ChainVerifier v;
  db.audit_log().for_each([&](const AuditEntry& e) { v.add(e); });
  return v.result();
}

}  // namespace suiji::service
