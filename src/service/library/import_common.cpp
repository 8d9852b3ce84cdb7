#include "service/library/import_common.h"

#include "auth/scope.h"
#include "domain/region_table.h"

namespace suiji::service {

std::optional<Agency> resolve_agency(store::Store& db, std::string_view ref) {
  std::string_view id = ref;
  if (!id.empty() && id.front() == '#') id.remove_prefix(1);
  // Six digits are a region code (330800); "#12" or a shorter number is the agency's id,
  // which names a zone agency (园区分局) that shares its city's region code.
  bool digits = !id.empty() && id.find_first_not_of("0123456789") == std::string_view::npos;
  if (digits && (ref.front() == '#' || id.size() < 6) && id.size() < 12)
    return db.agencies().get(std::stoll(std::string(id)));
  return db.agencies().find_by_region(ref);
}

std::optional<Agency> resolve_agency(store::Store& db, std::string_view region, ImportReport& report) {
  if (region.empty()) {
    report.errors.push_back({0, "--agency", "须指定导入到哪个机构（--agency 行政区划代码或机构编号） / name the importing agency"});
    return std::nullopt;
  }
  auto a = resolve_agency(db, region);
  if (!a)
    report.errors.push_back({0, "--agency",
                             "找不到行政区划代码或编号为「" + std::string(region) +
                                 "」的机构 / no agency with this region code or id; create it first, e.g. suiji init"});
  return a;
}

bool in_jurisdiction(const Agency& agency, std::string_view region_code) {
  return auth::region_within(region_code, agency);
}

std::string region_display(std::string_view code) {
  std::string name = RegionTable::builtin().full_name(code);
  return name.empty() ? std::string(code) : std::string(code) + " " + name;
}

void RowIssues::add(const std::string& column, const std::string& message) {
  if (!column.empty() && !columns_.insert(column).second) return;
  ++count_;
  sink_.push_back({row_, column, message});
}

std::optional<int64_t> OrgUnitResolver::find(const std::string& name) {
  auto it = cache_.find(name);
  if (it != cache_.end()) return it->second;
  std::optional<int64_t> id;
  if (auto o = db_.org_units().find(agency_id_, name)) id = o->id;
  cache_[name] = id;
  if (!id) missing_.insert(name);
  return id;
}

void OrgUnitResolver::check_known(const std::string& name, bool may_create, const std::string& column,
                                  RowIssues& issues) {
  if (name.empty() || find(name) || may_create) return;
  issues.add(column, "本机构没有内设机构「" + name + "」，现有：" + known_names() +
                         " / unknown internal unit; use --create-org-units to add it");
}

void OrgUnitResolver::create_missing() {
  for (const auto& name : missing_) {
    OrgUnit o;
    o.agency_id = agency_id_;
    o.name = name;
    // The kind only labels the unit; guess it from the name as people write them.
    if (name.find("科") != std::string::npos || name.find("室") != std::string::npos) o.kind = OrgUnitKind::kSection;
    else if (name.find("中心") != std::string::npos) o.kind = OrgUnitKind::kCenter;
    else o.kind = OrgUnitKind::kTeam;
    cache_[name] = db_.org_units().insert(o);
  }
}

std::string OrgUnitResolver::known_names() {
  if (!known_) {
    std::string out;
    for (const auto& o : db_.org_units().list(agency_id_)) out += (out.empty() ? "" : "、") + o.name;
    known_ = out.empty() ? "（本机构尚无内设机构 none yet）" : out;
  }
  return *known_;
}

bool OwnersOrgUnits::importer_may_change(int64_t owner_agency_id) {
  auto it = may_change_.find(owner_agency_id);
  if (it == may_change_.end())
    it = may_change_.emplace(owner_agency_id, auth::agency_within(owner_agency_id, importer_, db_.agencies().lookup())).first;
  return it->second;
}

std::optional<int64_t> OwnersOrgUnits::resolve(int64_t owner_agency_id, const std::string& name,
                                               const std::string& column, RowIssues& issues) {
  auto it = by_owner_.try_emplace(owner_agency_id, db_, owner_agency_id).first;
  if (auto id = it->second.find(name)) return id;
  auto owner = db_.agencies().get(owner_agency_id);
  std::string owner_name = owner ? owner->name : std::to_string(owner_agency_id);
  issues.add(column, "录入机构「" + owner_name + "」没有内设机构「" + name + "」，现有：" + it->second.known_names() +
                         " / " + owner_name + ", which entered this record, has no internal unit of that name");
  return std::nullopt;
}

RowOutcome row_outcome(store::UpsertOutcome o) {
  switch (o) {
    case store::UpsertOutcome::kInserted: return RowOutcome::kCreated;
    case store::UpsertOutcome::kUpdated: return RowOutcome::kUpdated;
    case store::UpsertOutcome::kUnchanged: return RowOutcome::kUnchanged;
  }
  return RowOutcome::kUnchanged;
}

void add_store_errors(const store::Invalid& e, const std::vector<int>& row_numbers,
                      const std::function<std::string(const std::string&)>& column_of,
                      ImportReport& report) {
  for (const auto& r : e.rows) {
    int row = r.row < row_numbers.size() ? row_numbers[r.row] : 0;
    for (const auto& fe : r.errors) report.errors.push_back({row, column_of(fe.field), fe.message});
  }
  if (e.rows.empty()) report.errors.push_back({0, "", e.what()});
}

}  // namespace suiji::service
