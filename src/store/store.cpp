#include "store/store.h"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <libpq-fe.h>

#include <chrono>
#include <ctime>
#include <set>

#include "store/migration_steps.h"
#include "store/migrations.h"

namespace suiji::store {
namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Replaces {{BLOB}}, the one column type the two engines spell differently.
std::string for_engine(std::string sql, Engine e) {
  const std::string token = "{{BLOB}}";
  const std::string type = e == Engine::kSqlite ? "BLOB" : "BYTEA";
  for (size_t at = sql.find(token); at != std::string::npos; at = sql.find(token, at))
    sql.replace(at, token.size(), type);
  return sql;
}

// The first problems, for the message ("第2行 [code] field: 中文 / English; …").
std::string summarise(const std::vector<RowErrors>& rows) {
  std::string out;
  size_t shown = 0;
  for (const auto& r : rows) {
    for (const auto& e : r.errors) {
      if (shown++ == 5) return out + "; …";
      out += "; ";
      if (rows.size() > 1 || r.row > 0) out += "第" + std::to_string(r.row + 1) + "行 ";
      if (!r.key.empty()) out += "[" + r.key + "] ";
      out += e.field + ": " + e.message;
    }
  }
  return out;
}

Json rows_json(const std::vector<RowErrors>& rows) {
  Json out = Json::array();
  for (const auto& r : rows) {
    Json errors = Json::array();
    for (const auto& e : r.errors) errors.push_back({{"field", e.field}, {"message", e.message}});
    out.push_back({{"row", r.row}, {"key", r.key}, {"errors", errors}});
  }
  return out;
}

// SOCI 4.0's PostgreSQL backend re-tokenises its connect string on spaces and "=", which
// mangles URIs: let libpq parse the URI and hand SOCI the keyword form, values quoted.
std::string to_keyword_conninfo(const std::string& uri) {
  char* err = nullptr;
  PQconninfoOption* opts = PQconninfoParse(uri.c_str(), &err);
  if (!opts) {
    std::string msg = err ? err : "unparsable";
    if (err) PQfreemem(err);
    throw StoreError(ErrorKind::kBadInput, "bad_connection_string", "PostgreSQL 连接串无效：" + msg,
                     "invalid PostgreSQL connection string: " + msg);
  }
  std::string out;
  for (PQconninfoOption* o = opts; o->keyword; ++o) {
    if (!o->val || !*o->val) continue;
    std::string v;
    for (const char* c = o->val; *c; ++c) {
      if (*c == '\\' || *c == '\'') v += '\\';
      v += *c;
    }
    out += std::string(out.empty() ? "" : " ") + o->keyword + "='" + v + "'";
  }
  PQconninfoFree(opts);
  return out;
}

}  // namespace

Invalid::Invalid(std::vector<RowErrors> r)
    : StoreError(ErrorKind::kBadInput, "invalid_rows", "数据有误，未写入任何内容" + summarise(r),
                 "invalid input, nothing was written", rows_json(r)),
      rows(std::move(r)) {}

Store::Store(Engine engine, std::unique_ptr<soci::session> sql)
    : engine_(engine), sql_(std::move(sql)) {}

Store::~Store() = default;

Connection parse_connection(std::string_view connection) {
  std::string conn(connection);
  if (starts_with(conn, "postgresql://") || starts_with(conn, "postgres://"))
    return {Engine::kPostgres, to_keyword_conninfo(conn)};
  // libpq takes URIs as they are; "pg:" introduces a keyword conninfo
  // ("pg:host=/run/postgresql port=5432 dbname=suiji").
  if (starts_with(conn, "pg:")) return {Engine::kPostgres, conn.substr(3)};
  std::string path = conn;
  if (starts_with(path, "sqlite3://")) path = path.substr(10);
  else if (starts_with(path, "sqlite://")) path = path.substr(9);
  if (path.empty())
    throw StoreError(ErrorKind::kBadInput, "bad_connection_string", "数据库路径为空", "empty database path");
  if (path.find('=') != std::string::npos)
    throw StoreError(ErrorKind::kBadInput, "bad_connection_string", "数据库路径不能含“=”：" + path,
                     "an SQLite path cannot contain '=': " + path);
  return {Engine::kSqlite, path};
}

std::unique_ptr<Store> Store::open(std::string_view connection, int up_to_version) {
  std::string conn(connection);
  try {
    Connection c = parse_connection(conn);
    if (c.engine == Engine::kPostgres) {
      auto sql = std::make_unique<soci::session>(soci::postgresql, c.target);
      std::unique_ptr<Store> s(new Store(Engine::kPostgres, std::move(sql)));
      *s->sql_ << "SET client_min_messages = WARNING";
      s->migrate(up_to_version);
      return s;
    }
    const std::string& path = c.target;
    auto sql = std::make_unique<soci::session>(soci::sqlite3, path);
    std::unique_ptr<Store> s(new Store(Engine::kSqlite, std::move(sql)));
    // WAL: readers never block the writer; FULL sync: a committed transaction survives
    // power loss (requirements 7); the busy timeout lets a second process wait its turn.
    // Memory-mapped reads (up to 256 MiB of the file) halve a whole-jurisdiction scan: 200k
    // units read in 0.25 s instead of 0.45 s, without a copy through SQLite's page cache
    // (bench/RESULTS.md, plan preview). Writes still go through the WAL.
    *s->sql_ << "PRAGMA busy_timeout = 10000";
    *s->sql_ << "PRAGMA mmap_size = 268435456";
    *s->sql_ << "PRAGMA journal_mode = WAL";
    *s->sql_ << "PRAGMA synchronous = FULL";
    *s->sql_ << "PRAGMA foreign_keys = ON";
    s->migrate(up_to_version);
    return s;
  } catch (const StoreError&) {
    throw;
  } catch (const std::exception& e) {
    throw StoreError(ErrorKind::kUnavailable, "database_unavailable", "无法打开数据库 " + conn + "：" + e.what(),
                     "cannot open database " + conn + ": " + e.what());
  }
}

void Store::migrate(int up_to_version) {
  soci::session& sql = *sql_;
  sql << "CREATE TABLE IF NOT EXISTS schema_migrations ("
         "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";
  // Read first, outside any transaction: opening a migrated database must not take the
  // write lock (BEGIN IMMEDIATE), or every reader (export, /health, a dry run) would wait
  // behind a running import (issue 11 item 7).
  int current = schema_version();
  for (const Migration& m : embedded_migrations()) {
    if (m.version > up_to_version) break;
    if (m.version <= current) continue;
    transaction([&] {
      // Several server instances may start at once on one PostgreSQL: the first one
      // migrates, the others wait here and then find the version applied.
      if (engine_ == Engine::kPostgres) sql << "SELECT pg_advisory_xact_lock(7102026)";
      int applied = 0;
      sql << "SELECT COUNT(*) FROM schema_migrations WHERE version = :v", soci::into(applied),
          soci::use(m.version);
      if (applied) return;
      std::string at = now();
      for (const std::string& stmt : split_statements(for_engine(m.sql, engine_))) {
        try {
          sql << stmt;
        } catch (const std::exception& e) {
          throw StoreError(ErrorKind::kUnavailable, "migration_failed", "数据库迁移 " + m.name + " 失败",
                           "migration " + m.name + " failed", Json{{"cause", e.what()}, {"sql", stmt.substr(0, 200)}});
        }
      }
      try {
        run_data_step(sql, m.version, at.c_str());
      } catch (const std::exception& e) {
        throw StoreError(ErrorKind::kUnavailable, "migration_failed", "数据库迁移 " + m.name + " 的数据步骤失败",
                         "the data step of migration " + m.name + " failed", Json{{"cause", e.what()}});
      }
      sql << "INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :a)",
          soci::use(m.version), soci::use(m.name), soci::use(at);
    });
  }
}

int Store::schema_version() {
  int v = 0;
  soci::indicator ind = soci::i_ok;
  *sql_ << "SELECT MAX(version) FROM schema_migrations", soci::into(v, ind);
  return ind == soci::i_null ? 0 : v;
}

Store::Tx::Tx(Store& s) : s_(s) {
  if (s_.depth_ == 0) {
    // SQLite: IMMEDIATE takes the write lock at BEGIN, so two writers queue on the busy
    // timeout instead of one failing with SQLITE_BUSY when it upgrades a read lock.
    if (s_.engine_ == Engine::kSqlite)
      *s_.sql_ << "BEGIN IMMEDIATE";
    else
      s_.sql_->begin();
    s_.rollback_only_ = false;
  }
  ++s_.depth_;
}

void Store::rollback_quietly() {
  try {
    if (engine_ == Engine::kSqlite)
      *sql_ << "ROLLBACK";
    else
      sql_->rollback();
  } catch (...) {
    // The connection is gone or no transaction is open: nothing was committed anyway.
  }
}

void Store::Tx::commit() {
  done_ = true;
  bool outer = s_.depth_ == 1;
  --s_.depth_;
  if (!outer) return;
  if (s_.rollback_only_) {
    s_.rollback_only_ = false;
    s_.rollback_quietly();
    throw StoreError(ErrorKind::kInternal, "transaction_rolled_back", "内层操作失败，整个事务已回滚",
                     "an inner step failed, the whole transaction was rolled back");
  }
  try {
    if (s_.engine_ == Engine::kSqlite)
      *s_.sql_ << "COMMIT";
    else
      s_.sql_->commit();
  } catch (const std::exception& e) {
    s_.rollback_quietly();
    throw StoreError(ErrorKind::kUnavailable, "commit_failed", std::string("提交失败，已回滚：") + e.what(),
                     std::string("commit failed, rolled back: ") + e.what());
  }
}

Store::Tx::~Tx() {
  if (done_) return;
  // Leaving by exception.
  if (s_.depth_ == 1)
    s_.rollback_quietly();
  else
    s_.rollback_only_ = true;
  --s_.depth_;
}

int64_t Store::next_ids(std::string_view table, int64_t n) {
  if (depth_ == 0)
    throw StoreError(ErrorKind::kInternal, "no_transaction", "分配编号须在事务内", "next_ids needs a transaction");
  if (n < 1) throw StoreError(ErrorKind::kInternal, "bad_id_count", "分配编号数须为正", "next_ids: n must be positive");
  std::string name(table);
  long long count = n;
  soci::statement st = (sql_->prepare << "UPDATE id_sequence SET next_id = next_id + :n WHERE name = :t",
                        soci::use(count), soci::use(name));
  st.execute(true);
  if (st.get_affected_rows() == 0) {
    long long next = 1 + count;
    *sql_ << "INSERT INTO id_sequence (name, next_id) VALUES (:t, :n)", soci::use(name),
        soci::use(next);
    return 1;
  }
  long long next = 0;
  *sql_ << "SELECT next_id FROM id_sequence WHERE name = :t", soci::into(next), soci::use(name);
  return next - count;
}

std::string Store::now() {
  auto t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

Agencies Store::agencies() { return Agencies(*this); }
OrgUnits Store::org_units() { return OrgUnits(*this); }
Units Store::units() { return Units(*this); }
Inspectors Store::inspectors() { return Inspectors(*this); }
Conflicts Store::conflicts() { return Conflicts(*this); }
Users Store::users() { return Users(*this); }
Holidays Store::holidays() { return Holidays(*this); }
AuditLog Store::audit_log() { return AuditLog(*this); }
Draws Store::draws() { return Draws(*this); }
Tasks Store::tasks() { return Tasks(*this); }
Attachments Store::attachments() { return Attachments(*this); }
ChangeRequests Store::change_requests() { return ChangeRequests(*this); }
InspectionRecords Store::inspection_records() { return InspectionRecords(*this); }
OfficeLists Store::office_lists() { return OfficeLists(*this); }
DispatchOrders Store::dispatch_orders() { return DispatchOrders(*this); }
Pledges Store::pledges() { return Pledges(*this); }
HandoverSheets Store::handover_sheets() { return HandoverSheets(*this); }
Policies Store::policies() { return Policies(*this); }
Plans Store::plans() { return Plans(*this); }
NamedLists Store::named_lists() { return NamedLists(*this); }

}  // namespace suiji::store
