// The inspector library (执法人员名录库): inspectors, certificates, absences.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/inspector.h"

namespace suiji::store {

class Store;
struct UpsertResult;
enum class UpsertOutcome;  // store.h
template <class T>
struct Page;

struct InspectorFilter {
  std::optional<int64_t> agency_id;
  std::vector<int64_t> agency_ids;  // non-empty: any of these
  std::optional<int64_t> org_unit_id;
  std::optional<bool> on_staff;
  std::optional<bool> on_post;
  bool include_deleted = false;
  int64_t offset = 0;
  int64_t limit = 0;  // 0 = all
};

// A batch that Inspectors::check_all has checked by reading only: each row with its owner
// (agency_id) and, for a known inspector, its id; and what writing it would do.
struct CheckedInspectors {
  std::vector<Inspector> rows;
  std::vector<UpsertOutcome> outcomes;
};

class Inspectors {
 public:
  explicit Inspectors(Store& s) : s_(s) {}

  // Inserts, or updates the live inspector with the same code anywhere in the database
  // (an inspector belongs to one agency); the certificate list replaces the stored one.
  // The owning agency or one above it may update; another agency gets a row error on
  // "code". The inspector keeps its owner. Throws Invalid, writing nothing.
  UpsertResult upsert(const Inspector& i, std::string_view actor);
  // All in one transaction, all validated first; all or nothing.
  std::vector<UpsertResult> upsert_all(int64_t agency_id, const std::vector<Inspector>& list,
                                       std::string_view actor);
  // upsert_all in two steps, so that a dry run reads only and never takes the write lock:
  // check_all makes every check upsert_all makes and decides each row's outcome (throws
  // Invalid as upsert_all does); write_checked writes a checked batch in one transaction.
  // Between the two another writer may commit: only upsert_all checks and writes under
  // one lock.
  CheckedInspectors check_all(int64_t agency_id, const std::vector<Inspector>& list);
  std::vector<UpsertResult> write_checked(const CheckedInspectors& batch);
  std::optional<Inspector> get(int64_t id);  // with certificates
  // The live inspector with this code owned by `agency_id`.
  std::optional<Inspector> find(int64_t agency_id, std::string_view code);
  // The live inspector with this code, whichever agency holds it (at most one).
  std::optional<Inspector> find_live(std::string_view code);
  Page<Inspector> list(const InspectorFilter& f);  // with certificates, by id
  int64_t count(const InspectorFilter& f);          // offset and limit ignored
  void soft_delete(int64_t id, std::string_view actor);

  // Absences (休假/因公出差/学习/借调). add validates (kind, dates, from <= to).
  int64_t add_absence(const Absence& a);
  std::vector<Absence> absences(int64_t inspector_id);
  // Absences of the agency's inspectors that overlap [from, to].
  std::vector<Absence> absences_between(int64_t agency_id, std::string_view from,
                                        std::string_view to);
  void remove_absence(int64_t absence_id);

 private:
  Store& s_;
};

}  // namespace suiji::store
