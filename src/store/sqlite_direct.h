// One prepared statement on SQLite's own C API, beside SOCI, for the bulk paths of the
// store (an import's lookups and inserts; issue 11 item 8).
//
// Why: SOCI converts and copies every bound value at each execute; for 100,000 new units
// of 36 columns that was most of the write loop (2.6 s with SOCI, 1.3-1.5 s here, on the
// same machine and file). This binds by pointer and steps directly, as `sqlite3 .import`
// does.
//
// Contract:
//   - Only for a session whose engine is SQLite (Store::engine() == Engine::kSqlite).
//   - Text is bound without copying (SQLITE_STATIC): a bound string must stay alive and
//     unchanged until the next reset() or the statement's end.
//   - Every failure throws StoreError (kConflict for a constraint, kUnavailable otherwise)
//     with SQLite's message in details.cause; the enclosing Store::transaction rolls back.
//   - Not thread-safe: like the session it comes from, one thread at a time.
#pragma once
#include <soci/soci-backend.h>

#include <string>
#include <string_view>

namespace sqlite_api {  // SOCI's header puts SQLite's declarations in this namespace
struct sqlite3_stmt;
}

namespace soci {
class session;
}

namespace suiji::store {

class SqliteStatement {
 public:
  SqliteStatement(soci::session& sql, std::string_view text);
  ~SqliteStatement();
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;

  // Parameters count from 1, as in SQLite.
  void bind(int i, long long v);
  void bind(int i, int v) { bind(i, static_cast<long long>(v)); }
  void bind(int i, double v);
  void bind(int i, const std::string& v);  // not copied: see above
  void bind_null(int i);
  template <class T>
  void bind(int i, const T& v, soci::indicator ind) {
    if (ind == soci::i_null)
      bind_null(i);
    else
      bind(i, v);
  }

  // Runs to the next row: true when there is one, false when the statement is done.
  bool step();
  // Ready to run again, every parameter unbound.
  void reset();

  // Columns of the current row count from 0, as in SQLite. NULL reads as 0 or "".
  bool is_null(int col) const;
  void read(int col, long long& v) const;
  void read(int col, int& v) const;
  void read(int col, double& v) const;
  void read(int col, std::string& v) const;
  template <class T>
  void read(int col, T& v, soci::indicator& ind) const {
    ind = is_null(col) ? soci::i_null : soci::i_ok;
    read(col, v);
  }

 private:
  [[noreturn]] void fail(int rc, const char* what) const;
  sqlite_api::sqlite3_stmt* st_ = nullptr;
  std::string text_;  // for the error message
};

}  // namespace suiji::store
