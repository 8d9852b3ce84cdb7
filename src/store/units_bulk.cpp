#include "store/units_bulk.h"

#include <soci/soci.h>

#include <algorithm>
#include <functional>
#include <optional>
#include <sstream>

#include "store/sqlite_direct.h"
#include "store/store.h"

namespace suiji::store {
namespace {

// Rows to a multi-row INSERT.
constexpr size_t kRowsPerInsert = 64;
// Values to an IN list of a lookup: one statement for many rows, and under every engine's
// limit on parameters.
constexpr size_t kLookupChunk = 500;

const char* const kInsertHead = "INSERT INTO unit (id, agency_id, draw_id_code, ";
constexpr size_t kInsertColumns = 3 + kUnitWrittenCount + 1;  // ..., created_at
const char* const kHistoryInsert = "INSERT INTO unit_history (unit_id, version, changed_at, changed_by, diff_json) VALUES ";

std::string insert_sql(Engine engine, size_t rows) {
  return std::string(kInsertHead) + std::string(kUnitWrittenColumns) + ", created_at) VALUES " +
         placeholder_rows(engine, rows, kInsertColumns);
}

std::string history_sql(Engine engine, size_t rows) {
  return kHistoryInsert + placeholder_rows(engine, rows, 5);
}

// "UPDATE unit SET org_unit_id = ?, … WHERE id = ?" (":p0" … ":pN" off SQLite).
std::string update_sql(Engine engine) {
  int n = 0;
  auto param = [&] { return engine == Engine::kSqlite ? std::string("?") : ":p" + std::to_string(n++); };
  std::string out = "UPDATE unit SET ";
  std::istringstream columns{std::string(kUnitWrittenColumns)};
  std::string col;
  bool first = true;
  while (std::getline(columns, col, ',')) {
    col.erase(0, col.find_first_not_of(' '));
    out += (first ? "" : ", ") + col + " = ";
    out += param();
    first = false;
  }
  out += " WHERE id = ";
  return out + param();
}

// ---- SQLite: many rows per INSERT through SQLite's API ------------------------------

class SqliteUnitWriter final : public UnitWriter {
 public:
  explicit SqliteUnitWriter(Store& s) : s_(s) {}

  void insert(UnitColumns c, HistoryRow h) override {
    units_.push_back(std::move(c));
    history_.push_back(std::move(h));
    if (units_.size() == kRowsPerInsert) flush_inserts();
  }

  void update(UnitColumns c, HistoryRow h) override {
    if (!update_) update_.emplace(s_.sql(), update_sql(Engine::kSqlite));
    int i = 1;
    bind_written(*update_, i, c);
    update_->bind(i++, c.id);
    run(*update_);
    flush_inserts();  // history in order
    write_history({h});
  }

  void finish() override { flush_inserts(); }

 private:
  static void bind_written(SqliteStatement& st, int& i, UnitColumns& c) {
    c.each_written([&](auto& v, auto&... ind) { st.bind(i++, v, ind...); });
  }
  static void run(SqliteStatement& st) {
    st.step();
    st.reset();
  }
  // The statement for n rows: the full-size one is prepared once.
  SqliteStatement& statement(std::optional<SqliteStatement>& full, std::optional<SqliteStatement>& once, size_t n,
                             std::string (*sql)(Engine, size_t)) {
    if (n != kRowsPerInsert) return once.emplace(s_.sql(), sql(Engine::kSqlite, n));
    if (!full) full.emplace(s_.sql(), sql(Engine::kSqlite, n));
    return *full;
  }
  void flush_inserts() {
    if (units_.empty()) return;
    std::optional<SqliteStatement> once;
    SqliteStatement& st = statement(full_insert_, once, units_.size(), insert_sql);
    int i = 1;
    for (UnitColumns& c : units_) {
      st.bind(i++, c.id);
      st.bind(i++, c.agency_id);
      st.bind(i++, c.draw_id_code);
      bind_written(st, i, c);
      st.bind(i++, c.at);
    }
    run(st);
    units_.clear();
    write_history(history_);
    history_.clear();
  }
  void write_history(const std::vector<HistoryRow>& rows) {
    if (rows.empty()) return;
    std::optional<SqliteStatement> once;
    SqliteStatement& st = statement(full_history_, once, rows.size(), history_sql);
    int i = 1;
    for (const HistoryRow& h : rows) {
      st.bind(i++, h.unit_id);
      st.bind(i++, h.version);
      st.bind(i++, h.at);
      st.bind(i++, h.by);
      st.bind(i++, h.json);
    }
    run(st);
  }

  Store& s_;
  std::vector<UnitColumns> units_;
  std::vector<HistoryRow> history_;
  std::optional<SqliteStatement> full_insert_, full_history_, update_;
};

// ---- PostgreSQL (and any other engine): SOCI, many rows per INSERT --------------------

// Rows to insert, written `kRowsPerInsert` to a statement. `prepare(rows)` makes the
// INSERT for rows.size() rows and binds every element of `rows` by reference, so the
// vector a statement was prepared with never changes size afterwards. `before_flush`
// runs before each write (the history rows' units must be in the table first).
template <class Row>
class BatchInserter {
 public:
  using Prepare = std::function<soci::statement(std::vector<Row>& rows)>;
  explicit BatchInserter(Prepare prepare, std::function<void()> before_flush = {})
      : prepare_(std::move(prepare)), before_flush_(std::move(before_flush)) {}
  void add(Row r) {
    pending_.push_back(std::move(r));
    if (pending_.size() == kRowsPerInsert) flush();
  }
  void flush() {
    if (pending_.empty()) return;
    if (before_flush_) before_flush_();
    std::vector<Row> partial;
    bool full = pending_.size() == kRowsPerInsert;
    std::vector<Row>& rows = full ? full_rows_ : partial;
    rows.resize(pending_.size());
    std::optional<soci::statement> once;
    if (full && !full_) full_.emplace(prepare_(full_rows_));  // prepared once, reused
    if (!full) once.emplace(prepare_(partial));
    std::move(pending_.begin(), pending_.end(), rows.begin());
    (full ? *full_ : *once).execute(true);
    pending_.clear();
  }

 private:
  Prepare prepare_;
  std::function<void()> before_flush_;
  std::vector<Row> pending_, full_rows_;
  std::optional<soci::statement> full_;
};

void use_written(soci::details::prepare_temp_type& p, UnitColumns& c) {
  c.each_written([&p](auto&... column) { p, soci::use(column...); });
}

class SociUnitWriter final : public UnitWriter {
 public:
  explicit SociUnitWriter(Store& s)
      : s_(s),
        inserts_([this](std::vector<UnitColumns>& rows) {
          auto p = (s_.sql().prepare << insert_sql(s_.engine(), rows.size()));
          for (UnitColumns& c : rows) {
            p, soci::use(c.id), soci::use(c.agency_id), soci::use(c.draw_id_code);
            use_written(p, c);
            p, soci::use(c.at);
          }
          return soci::statement(p);
        }),
        history_(
            [this](std::vector<HistoryRow>& rows) {
              auto p = (s_.sql().prepare << history_sql(s_.engine(), rows.size()));
              for (HistoryRow& r : rows)
                p, soci::use(r.unit_id), soci::use(r.version), soci::use(r.at), soci::use(r.by), soci::use(r.json);
              return soci::statement(p);
            },
            [this] { inserts_.flush(); }) {}

  void insert(UnitColumns c, HistoryRow h) override {
    inserts_.add(std::move(c));
    history_.add(std::move(h));
  }

  void update(UnitColumns c, HistoryRow h) override {
    if (!update_) {
      auto p = (s_.sql().prepare << update_sql(s_.engine()));
      use_written(p, update_row_);
      p, soci::use(update_row_.id);
      update_.emplace(p);
    }
    update_row_ = std::move(c);  // bound by reference
    update_->execute(true);
    history_.add(std::move(h));
  }

  void finish() override {
    history_.flush();  // and the units before it
    inserts_.flush();
  }

 private:
  Store& s_;
  BatchInserter<UnitColumns> inserts_;
  BatchInserter<HistoryRow> history_;
  UnitColumns update_row_;
  std::optional<soci::statement> update_;
};

std::string lookup_sql(Engine engine, size_t n) {
  return std::string("SELECT ") + kUnitColumns + " FROM unit WHERE deleted_at IS NULL AND draw_id_code IN " +
         placeholder_rows(engine, 1, n);
}

void find_live_sqlite(Store& s, const std::vector<std::string>& codes, std::unordered_map<std::string, Unit>& out) {
  std::optional<SqliteStatement> full;
  UnitColumns r;
  for (size_t from = 0; from < codes.size(); from += kLookupChunk) {
    size_t n = std::min(codes.size() - from, kLookupChunk);
    std::optional<SqliteStatement> partial;
    if (n == kLookupChunk && !full) full.emplace(s.sql(), lookup_sql(Engine::kSqlite, n));
    if (n != kLookupChunk) partial.emplace(s.sql(), lookup_sql(Engine::kSqlite, n));
    SqliteStatement& st = n == kLookupChunk ? *full : *partial;
    for (size_t i = 0; i < n; ++i) st.bind(static_cast<int>(i + 1), codes[from + i]);
    while (st.step()) {
      int col = 0;
      r.each_read([&](auto& v, auto&... ind) { st.read(col++, v, ind...); });
      Unit u = r.take_unit();
      std::string code = u.draw_id_code;
      out.emplace(std::move(code), std::move(u));
    }
    st.reset();
  }
}

// PostgreSQL prepares each chunk anew: a reused statement gets a generic plan after five
// runs, which scanned the table once per chunk (60 ms each) instead of hashing the list.
void find_live_soci(Store& s, const std::vector<std::string>& codes, std::unordered_map<std::string, Unit>& out) {
  std::vector<std::string> vals(kLookupChunk);
  UnitColumns r;
  for (size_t from = 0; from < codes.size(); from += kLookupChunk) {
    size_t n = std::min(codes.size() - from, kLookupChunk);
    std::copy_n(codes.begin() + static_cast<std::ptrdiff_t>(from), n, vals.begin());
    auto p = (s.sql().prepare << lookup_sql(s.engine(), n));
    r.bind_into(p);
    for (size_t i = 0; i < n; ++i) p, soci::use(vals[i]);
    soci::statement st(p);
    st.execute();
    while (st.fetch()) {
      Unit u = r.take_unit();
      std::string code = u.draw_id_code;
      out.emplace(std::move(code), std::move(u));
    }
  }
}

}  // namespace

std::string placeholder_rows(Engine engine, size_t rows, size_t columns) {
  std::string out;
  size_t n = 0;
  for (size_t r = 0; r < rows; ++r) {
    out += r ? ",(" : "(";
    for (size_t c = 0; c < columns; ++c, ++n) {
      if (c) out += ',';
      out += engine == Engine::kSqlite ? "?" : ":p" + std::to_string(n);
    }
    out += ')';
  }
  return out;
}

std::unique_ptr<UnitWriter> UnitWriter::make(Store& s) {
  if (s.engine() == Engine::kSqlite) return std::make_unique<SqliteUnitWriter>(s);
  return std::make_unique<SociUnitWriter>(s);
}

std::unordered_map<std::string, Unit> find_live_units(Store& s, const std::vector<std::string>& codes) {
  std::unordered_map<std::string, Unit> out;
  out.reserve(codes.size());
  if (s.engine() == Engine::kSqlite)
    find_live_sqlite(s, codes, out);
  else
    find_live_soci(s, codes, out);
  return out;
}

}  // namespace suiji::store
