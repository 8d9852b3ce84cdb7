#include "store/sqlite_direct.h"

#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "store/store.h"

namespace suiji::store {
using namespace sqlite_api;  // soci-sqlite3.h includes <sqlite3.h> in it

namespace {

sqlite3* native(soci::session& sql) {
  // By name: SOCI's backend library exports no type information for dynamic_cast.
  if (sql.get_backend_name() != "sqlite3")
    throw StoreError(ErrorKind::kInternal, "not_sqlite", "内部错误：该操作只适用于 SQLite 数据库",
                     "internal error: this step runs on SQLite only");
  return static_cast<soci::sqlite3_session_backend*>(sql.get_backend())->conn_;
}

}  // namespace

SqliteStatement::SqliteStatement(soci::session& sql, std::string_view text) : text_(text) {
  sqlite3* db = native(sql);
  int rc = sqlite3_prepare_v3(db, text_.data(), static_cast<int>(text_.size()), SQLITE_PREPARE_PERSISTENT, &st_,
                              nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = sqlite3_errmsg(db);
    sqlite3_finalize(st_);
    st_ = nullptr;
    throw StoreError(ErrorKind::kUnavailable, "database_error", "数据库语句无法准备", "a database statement could not be prepared",
                     Json{{"cause", msg}, {"sql", text_.substr(0, 200)}});
  }
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(st_); }

void SqliteStatement::fail(int rc, const char* what) const {
  std::string msg = sqlite3_errmsg(sqlite3_db_handle(st_));
  Json details{{"cause", msg}, {"step", what}, {"sql", text_.substr(0, 200)}};
  if ((rc & 0xff) == SQLITE_CONSTRAINT)
    throw StoreError(ErrorKind::kConflict, "constraint_violation", "写入违反数据库约束：" + msg,
                     "the write breaks a database constraint: " + msg, details);
  throw StoreError(ErrorKind::kUnavailable, "database_error", "数据库操作失败：" + msg, "a database operation failed: " + msg,
                   details);
}

void SqliteStatement::bind(int i, long long v) {
  if (int rc = sqlite3_bind_int64(st_, i, v); rc != SQLITE_OK) fail(rc, "bind");
}
void SqliteStatement::bind(int i, double v) {
  if (int rc = sqlite3_bind_double(st_, i, v); rc != SQLITE_OK) fail(rc, "bind");
}
void SqliteStatement::bind(int i, const std::string& v) {
  if (int rc = sqlite3_bind_text(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC); rc != SQLITE_OK)
    fail(rc, "bind");
}
void SqliteStatement::bind_null(int i) {
  if (int rc = sqlite3_bind_null(st_, i); rc != SQLITE_OK) fail(rc, "bind");
}

bool SqliteStatement::step() {
  int rc = sqlite3_step(st_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  fail(rc, "step");
}

void SqliteStatement::reset() {
  sqlite3_reset(st_);  // returns the last step's error, already reported by step()
  sqlite3_clear_bindings(st_);
}

bool SqliteStatement::is_null(int col) const { return sqlite3_column_type(st_, col) == SQLITE_NULL; }
void SqliteStatement::read(int col, long long& v) const { v = sqlite3_column_int64(st_, col); }
void SqliteStatement::read(int col, int& v) const { v = sqlite3_column_int(st_, col); }
void SqliteStatement::read(int col, double& v) const { v = sqlite3_column_double(st_, col); }
void SqliteStatement::read(int col, std::string& v) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st_, col));
  v.assign(p ? p : "", static_cast<size_t>(sqlite3_column_bytes(st_, col)));
}

}  // namespace suiji::store
