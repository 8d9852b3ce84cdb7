#include "store/audit_log.h"

#include <soci/soci.h>

#include "store/sql_util.h"
#include "store/store.h"

namespace suiji::store {

namespace {

Json json_or_null(const std::string& text) { return text.empty() ? Json(nullptr) : Json::parse(text); }

}  // namespace

AuditTail AuditLog::reserve() {
  // The UPDATE of next_ids takes the row lock; the tail is read after it, so it is the
  // tail every earlier writer committed.
  int64_t seq = s_.next_ids("audit");
  AuditTail t;
  if (seq <= 1) return t;
  long long prev = seq - 1;
  std::string hash;
  soci::indicator ind = soci::i_ok;
  s_.sql() << "SELECT hash FROM audit WHERE seq = :s", soci::into(hash, ind), soci::use(prev);
  if (!s_.sql().got_data())
    throw StoreError(ErrorKind::kInternal, "audit_tail_missing",
                     "审计日志缺少第 " + std::to_string(prev) + " 条，无法续写（运行 suiji audit verify）",
                     "the audit log lacks entry " + std::to_string(prev) + " and cannot be continued (run suiji audit verify)");
  t.seq = prev;
  t.hash = hash;
  return t;
}

void AuditLog::append(const AuditEntry& e) {
  long long seq = e.seq;
  std::string before = e.before.is_null() ? "" : e.before.dump(), after = e.after.is_null() ? "" : e.after.dump();
  soci::indicator bi = before.empty() ? soci::i_null : soci::i_ok, ai = after.empty() ? soci::i_null : soci::i_ok;
  s_.sql() << "INSERT INTO audit (seq, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash) "
              "VALUES (:seq, :at, :actor, :action, :entity, :eid, :b, :a, :p, :h)",
      soci::use(seq), soci::use(e.at), soci::use(e.actor), soci::use(e.action), soci::use(e.entity),
      soci::use(e.entity_id), soci::use(before, bi), soci::use(after, ai), soci::use(e.prev_hash), soci::use(e.hash);
}

void AuditLog::for_each(const std::function<void(const AuditEntry&)>& fn) {
  soci::row r;
  soci::statement st = (s_.sql().prepare << "SELECT seq, at, actor, action, entity, entity_id, before_json, after_json, "
                                            "prev_hash, hash FROM audit ORDER BY seq",
                        soci::into(r));
  st.execute();
  while (st.fetch()) {
    AuditEntry e;
    e.seq = sqlu::i64(r, 0);
    e.at = sqlu::str(r, 1);
    e.actor = sqlu::str(r, 2);
    e.action = sqlu::str(r, 3);
    e.entity = sqlu::str(r, 4);
    e.entity_id = sqlu::str(r, 5);
    e.before = json_or_null(sqlu::str(r, 6));
    e.after = json_or_null(sqlu::str(r, 7));
    e.prev_hash = sqlu::str(r, 8);
    e.hash = sqlu::str(r, 9);
    fn(e);
  }
}

int64_t AuditLog::count() {
  long long n = 0;
  s_.sql() << "SELECT COUNT(*) FROM audit", soci::into(n);
  return n;
}

}  // namespace suiji::store
