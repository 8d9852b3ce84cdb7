// What the three library imports (units, inspectors, conflicts) share: the options, the
// agency named by --agency, the jurisdiction test, and the bookkeeping that turns
// parse errors, domain FieldErrors and the store's Invalid into per-row ImportIssues.
#pragma once
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/agency.h"
#include "domain/unit_rules.h"
#include "service/library/import_report.h"
#include "store/store.h"

namespace suiji::service {

struct ImportOptions {
  std::string agency_region;      // --agency: the importing agency's 行政区划代码
  bool dry_run = false;           // validate and report outcomes, write nothing
  bool create_org_units = false;  // create unknown 录入单位/所属单位 instead of refusing them
  // Who imports: a user's login (--as). import_library_bytes/_file check it is an operator
  // (双随机操作员) whose jurisdiction holds the agency (actor_for); recorded in
  // unit_history.changed_by and as the actor of the import's audit entry.
  std::string actor;
  // The file, for the import's audit entry (import_audit.h): its name as given, and the
  // SHA-256 of its bytes (import_library_bytes computes it when empty).
  std::string source_name, source_sha256;
  // Reading stops once the report holds this many errors (0 = no limit): a file of random
  // rows would otherwise list millions of them (issue 11 item 6). The report then says it
  // stopped and how many data rows it read (ImportReport::stopped_at_error_limit).
  std::size_t max_errors = 1000;
};

// The agency named by `ref`: a 6-digit region code ("330800": the agency of that region
// without a zone) or the agency's own id ("#12" or "12": also a zone agency such as
// 衢州市绿色产业集聚区环保分局, which shares its city's region code). nullopt when none.
std::optional<Agency> resolve_agency(store::Store& db, std::string_view ref);
// The same; adds an error (row 0, column "--agency") and returns nullopt when there is none.
std::optional<Agency> resolve_agency(store::Store& db, std::string_view region, ImportReport& report);

// True when the county `region_code` lies in the agency's region (auth::region_within, the
// one rule): a city 330800 holds 330802; a province 330000 holds both; never a neighbour.
bool in_jurisdiction(const Agency& agency, std::string_view region_code);

// "330802 衢州市柯城区" for messages.
std::string region_display(std::string_view code);

// Collects a row's issues, at most one per column: a cell that failed to parse is not
// reported again by the domain validator for the same column.
class RowIssues {
 public:
  RowIssues(int row, std::vector<ImportIssue>& sink) : row_(row), sink_(sink) {}
  void add(const std::string& column, const std::string& message);
  bool has(const std::string& column) const { return columns_.count(column) > 0; }
  bool any() const { return !columns_.empty() || count_ > 0; }

 private:
  int row_;
  std::vector<ImportIssue>& sink_;
  std::set<std::string> columns_;
  int count_ = 0;
};

// Resolves internal-unit (内设机构) names of one agency, remembering what it looked up.
// Unknown names are an error unless options.create_org_units, in which case
// create_missing() inserts them (inside the caller's transaction).
class OrgUnitResolver {
 public:
  OrgUnitResolver(store::Store& db, int64_t agency_id) : db_(db), agency_id_(agency_id) {}
  // nullopt when unknown (and remembers the name as missing).
  std::optional<int64_t> find(const std::string& name);
  // Adds an error under `column` when `name` is neither empty nor known and unknown names
  // may not be created. Looks the name up either way, so that create_missing() knows it.
  void check_known(const std::string& name, bool may_create, const std::string& column, RowIssues& issues);
  const std::set<std::string>& missing() const { return missing_; }
  // Inserts every missing name; afterwards find() returns their ids.
  void create_missing();
  // "环境监察一大队、危管应急中心" — the known names, for the error message.
  std::string known_names();

 private:
  store::Store& db_;
  int64_t agency_id_;
  std::map<std::string, std::optional<int64_t>> cache_;
  std::set<std::string> missing_;
  std::optional<std::string> known_;
};

// The internal units (录入单位/所属单位) of records that another agency owns: a city's
// sheet that updates a county's unit names the county's internal unit, as the county's
// export wrote it. Such a name resolves in the owner's agency and is never created by the
// importer (an unknown one is a row error naming the owner's units).
class OwnersOrgUnits {
 public:
  OwnersOrgUnits(store::Store& db, const Agency& importer) : db_(db), importer_(importer) {}
  // Whether the importer may change a record `owner_agency_id` owns (it is the owner or
  // above it). When not, the store refuses the row naming the owner, and the owner's
  // internal units are none of the importer's business.
  bool importer_may_change(int64_t owner_agency_id);
  // The id of `owner_agency_id`'s internal unit `name`, or nullopt with an error under
  // `column`.
  std::optional<int64_t> resolve(int64_t owner_agency_id, const std::string& name, const std::string& column,
                                 RowIssues& issues);

 private:
  store::Store& db_;
  Agency importer_;
  std::map<int64_t, OrgUnitResolver> by_owner_;
  std::map<int64_t, bool> may_change_;
};

// The store's upsert outcome as the report words it.
RowOutcome row_outcome(store::UpsertOutcome o);

// Adds the store's per-row errors (row = index in the batch) to report.errors, mapping
// each batch index to its spreadsheet row and each field to a column with `column_of`.
void add_store_errors(const store::Invalid& e, const std::vector<int>& row_numbers,
                      const std::function<std::string(const std::string& field)>& column_of,
                      ImportReport& report);

}  // namespace suiji::service
