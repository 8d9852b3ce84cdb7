// The one door every write of the service layer goes through (issue 13 §1: "one place,
// not each use case by hand"): write() opens the transaction, hands the use case an
// Audit to name what it changed, and refuses to commit a write that named nothing.
//
//   return service::write(db, [&](Audit& audit) {
//     auto row = db.plans().approve(id, …);
//     audit.record({user.login, "plan.approve", "plan", std::to_string(id), before, after});
//     return row;
//   });
//
// Contracts:
// - One transaction (store.h): the write, its entries and the chain's tail lock commit or
//   roll back together; nested write() calls join the outer one.
// - A write() whose body returns without recording an entry throws kInternal
//   "unaudited_write" and rolls back: a forgotten audit line is a failing test, never a
//   silent gap in the chain.
// - scripts/check-layers.sh refuses `.transaction(` anywhere in src/service outside this
//   folder, so no use case can bypass it.
// Thread safety: as the Store it runs on (one per thread).
#pragma once
#include <string>
#include <type_traits>

#include "domain/error.h"
#include "service/audit/audit_trail.h"
#include "store/store.h"

namespace suiji::service {

class Audit {
 public:
  explicit Audit(store::Store& db) : db_(db) {}
  // Appends one sealed entry after the chain's tail (audit_trail.h) and returns it.
  AuditEntry record(const AuditWrite& w) {
    ++count_;
    return service::record(db_, w);
  }
  int count() const { return count_; }

 private:
  store::Store& db_;
  int count_ = 0;
};

[[noreturn]] void throw_unaudited_write();

template <class F>
decltype(auto) write(store::Store& db, F&& fn) {
  return db.transaction([&]() -> decltype(auto) {
    Audit audit(db);
    if constexpr (std::is_void_v<std::invoke_result_t<F&, Audit&>>) {
      fn(audit);
      if (audit.count() == 0) throw_unaudited_write();
    } else {
      decltype(auto) r = fn(audit);
      if (audit.count() == 0) throw_unaudited_write();
      return r;
    }
  });
}

}  // namespace suiji::service
