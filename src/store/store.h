// The database: one Store per process (or per test), over SQLite or PostgreSQL via SOCI.
//
//   auto db = suiji::store::Store::open("data/suiji.db");           // SQLite (plain path)
//   auto db = suiji::store::Store::open("sqlite3://data/suiji.db");  // SQLite
//   auto db = suiji::store::Store::open("postgresql://suiji@/suiji?host=/run/postgresql");  // PG URI
//   auto db = suiji::store::Store::open("pg:host=/run/postgresql port=5432 dbname=suiji");  // PG conninfo
//   db->transaction([&] {                     // one transaction: all of it or nothing
//     db->units().upsert_all(agency_id, units, "import:alice");
//     db->inspectors().upsert_all(agency_id, inspectors, "import:alice");
//     db->conflicts().upsert_all(agency_id, conflicts, "import:alice");
//   });
//
// Contracts:
// - open() applies every pending migration (src/store/migrations/NNNN_*.sql, embedded in
//   the binary, recorded in schema_migrations); opening an up-to-date database changes
//   nothing. SQLite runs in WAL mode with foreign keys on and a busy timeout.
// - Every repository method that writes runs in a transaction; inside an enclosing
//   Store::transaction() it joins it. An exception anywhere rolls the whole outer
//   transaction back: a failed batch writes nothing.
// - Bad input throws Invalid (per-row, per-field Chinese + English messages) before anything
//   is written; a missing row throws NotFound. Other database failures throw StoreError.
// - Ids are allocated by the store (id_sequence table: the same SQL on both engines).
// - Timestamps are TEXT in ISO 8601 UTC ("2026-11-25T07:37:21Z"), dates "YYYY-MM-DD".
// - Not thread-safe: one Store per thread (SQLite and PostgreSQL both handle several
//   connections).
#pragma once
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "domain/error.h"
#include "domain/unit_rules.h"

namespace soci {
class session;
}

namespace suiji::store {

enum class Engine { kSqlite, kPostgres };

// What a --db connection string names, parsed in one place for the store and the CLI:
// "PATH", "sqlite://PATH" or "sqlite3://PATH" -> SQLite at PATH; "postgresql://…" or
// "postgres://…" (a libpq URI, turned into keyword form) or "pg:KEYWORDS" -> PostgreSQL.
// Throws StoreError kBadInput "bad_connection_string" for an empty SQLite path, a path
// with '=' (a conninfo typed without "pg:") or an unparsable PostgreSQL URI.
struct Connection {
  Engine engine = Engine::kSqlite;
  std::string target;  // the SQLite file path, or the PostgreSQL keyword conninfo
};
Connection parse_connection(std::string_view connection);

// Every store failure is a suiji::Error. StoreError itself: kUnavailable when the
// database cannot be opened, reached or migrated; kInternal when an invariant broke.
struct StoreError : Error {
  StoreError(ErrorKind kind, std::string code, std::string zh, std::string en, Json details = nullptr)
      : Error(kind, std::move(code), std::move(zh), std::move(en), std::move(details)) {}
};

// The named row does not exist: kNotFound.
struct NotFound : StoreError {
  NotFound(std::string code, std::string zh, std::string en)
      : StoreError(ErrorKind::kNotFound, std::move(code), std::move(zh), std::move(en)) {}
};

// The problems of one input row (row = index in the batch, 0-based).
struct RowErrors {
  size_t row = 0;
  std::string key;  // the row's draw_id_code / inspector code, when it has one
  std::vector<FieldError> errors;
};

// Bad input: nothing was written. kBadInput, code "invalid_rows"; what() summarises; rows
// holds every problem found, details the same as JSON:
// [{"row": 0, "key": "...", "errors": [{"field": "...", "message": "..."}]}].
struct Invalid : StoreError {
  explicit Invalid(std::vector<RowErrors> rows);
  std::vector<RowErrors> rows;
};

template <class T>
struct Page {
  std::vector<T> items;
  int64_t total = 0;  // rows matching the filter, ignoring offset/limit
};

enum class UpsertOutcome { kInserted, kUpdated, kUnchanged };

struct UpsertResult {
  int64_t id = 0;
  int version = 0;  // units only; 0 for others
  UpsertOutcome outcome = UpsertOutcome::kInserted;
};

class Agencies;
class OrgUnits;
class Units;
class Inspectors;
class Conflicts;
class Users;
class Holidays;
class AuditLog;
class Draws;
class Policies;
class Plans;
class NamedLists;
class Tasks;
class Attachments;
class ChangeRequests;
class InspectionRecords;
class OfficeLists;
class DispatchOrders;
class Pledges;
class HandoverSheets;

class Store {
 public:
  // See the contracts above. Throws StoreError when the database cannot be opened or a
  // migration fails (the failing migration is rolled back).
  static std::unique_ptr<Store> open(std::string_view connection) {
    return open(connection, kLatestSchema);
  }
  // Applies migrations up to `up_to_version` only: for upgrade tests, which build a
  // database of an older schema, fill it, and open it again with open(connection).
  static constexpr int kLatestSchema = 1 << 30;
  static std::unique_ptr<Store> open(std::string_view connection, int up_to_version);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  Engine engine() const { return engine_; }
  // The SOCI session, for repositories and services that need their own SQL.
  soci::session& sql() { return *sql_; }
  // Highest applied migration number.
  int schema_version();

  // Runs fn() in one transaction and returns what it returns. Joins an enclosing
  // transaction; an exception from fn (or from an inner transaction it caught) rolls
  // everything back and propagates.
  template <class F>
  decltype(auto) transaction(F&& fn) {
    Tx tx(*this);
    if constexpr (std::is_void_v<std::invoke_result_t<F&>>) {
      fn();
      tx.commit();
    } else {
      decltype(auto) r = fn();
      tx.commit();
      return r;
    }
  }
  bool in_transaction() const { return depth_ > 0; }

  // Reserves n consecutive ids for `table` and returns the first. Must run inside a
  // transaction (the reservation is undone with it).
  int64_t next_ids(std::string_view table, int64_t n = 1);

  // Current UTC time, ISO 8601 with seconds: "2026-11-25T07:37:21Z".
  static std::string now();

  Agencies agencies();
  OrgUnits org_units();
  Units units();
  Inspectors inspectors();
  Conflicts conflicts();
  Users users();
  Holidays holidays();
  AuditLog audit_log();
  Draws draws();
  Policies policies();
  Plans plans();
  NamedLists named_lists();
  Tasks tasks();
  Attachments attachments();
  ChangeRequests change_requests();
  InspectionRecords inspection_records();
  OfficeLists office_lists();
  DispatchOrders dispatch_orders();
  Pledges pledges();
  HandoverSheets handover_sheets();

 private:
  Store(Engine engine, std::unique_ptr<soci::session> sql);
  void migrate(int up_to_version);
  void rollback_quietly();

  // Scope guard of one (possibly nested) transaction.
  class Tx {
   public:
    explicit Tx(Store& s);
    ~Tx();
    void commit();

   private:
    Store& s_;
    bool done_ = false;
  };

  Engine engine_;
  std::unique_ptr<soci::session> sql_;
  int depth_ = 0;
  bool rollback_only_ = false;
};

}  // namespace suiji::store

#include "store/agencies.h"
#include "store/attachments.h"
#include "store/change_requests.h"
#include "store/inspection_records.h"
#include "store/handover_sheets.h"
#include "store/audit_log.h"
#include "store/conflicts.h"
#include "store/dispatch.h"
#include "store/draws.h"
#include "store/holidays.h"
#include "store/inspectors.h"
#include "store/named_lists.h"
#include "store/office_lists.h"
#include "store/policies.h"
#include "store/plans.h"
#include "store/tasks.h"
#include "store/units.h"
#include "store/users.h"
