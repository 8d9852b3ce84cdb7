// The bulk paths of the units store (an import's lookups and writes; issue 11 item 8),
// one implementation per engine behind one interface, so that units.cpp states what is
// written and this file how it gets there fast.
//   SQLite:     SQLite's own API (sqlite_direct.h), kRowsPerInsert rows per INSERT,
//               prepared once, values bound by pointer. (One row per statement was
//               slower: every step opens the table's and its five indexes' cursors anew.
//               A multi-row INSERT keeps a statement journal while foreign keys are on,
//               deferred or not; turning them off for an import saved 0.2-0.4 s of 3 s
//               and was not worth checking them by hand.)
//   PostgreSQL: SOCI, kRowsPerInsert rows per INSERT: one round trip per batch (one per
//               row made 100,000 new units take 53 s there).
// Internal to src/store; callers hold the write transaction (Store::transaction).
#pragma once
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "domain/unit.h"
#include "store/unit_codec.h"

namespace suiji::store {

class Store;
enum class Engine;

// "(?,?),(?,?)" on SQLite (anonymous: it looks named ones up in a list, which grows
// quadratic with thousands of them), "(:p0,:p1),(:p2,:p3)" elsewhere: the VALUES of a
// multi-row INSERT, or with one row the list of an IN.
std::string placeholder_rows(Engine engine, size_t rows, size_t columns);

struct HistoryRow {
  long long unit_id = 0;
  int version = 0;
  std::string at, by, json;
};

// Writes units and their history rows within the caller's transaction. A unit's history
// row is written after the unit (the foreign key). finish() writes what is still pending;
// without it nothing pending is written.
class UnitWriter {
 public:
  static std::unique_ptr<UnitWriter> make(Store& s);
  virtual ~UnitWriter() = default;
  virtual void insert(UnitColumns unit, HistoryRow created) = 0;  // unit.id set by the caller
  virtual void update(UnitColumns unit, HistoryRow change) = 0;
  virtual void finish() = 0;
};

// The live unit (deleted_at IS NULL) of each draw id among `codes` that has one, by draw id.
std::unordered_map<std::string, Unit> find_live_units(Store& s, const std::vector<std::string>& codes);

}  // namespace suiji::store
