#include "store/units.h"

#include <soci/soci.h>

#include <algorithm>
#include <functional>
#include <optional>
#include <map>
#include <set>
#include <unordered_map>

#include "domain/codes.h"
#include "auth/scope.h"
#include "domain/region_table.h"
#include "domain/unit_rules.h"
#include "store/sql_util.h"
#include "store/store.h"
#include "store/unit_codec.h"
#include "store/units_bulk.h"

namespace suiji::store {
namespace {

void write_history(soci::session& sql, int64_t unit_id, int version, const std::string& at,
                   std::string_view actor, const Json& diff) {
  long long id = unit_id;
  std::string by(actor), json = diff.dump();
  sql << "INSERT INTO unit_history (unit_id, version, changed_at, changed_by, diff_json) "
         "VALUES (:u, :v, :at, :by, :diff)",
      soci::use(id), soci::use(version), soci::use(at), soci::use(by), soci::use(json);
}

// The units in the agency's jurisdiction (auth/scope.h) as SQL: those in a zone of its
// subtree, and those outside any zone whose region lies within its region (none for a zone
// agency). Only integers and GB/T 2260 codes from the built-in table go into the text.
std::string within_clause(Store& s, int64_t agency_id) {
  auto agency = s.agencies().get(agency_id);
  if (!agency) return "1 = 0";
  std::string ids;
  for (int64_t id : s.agencies().subtree_ids(agency_id)) ids += (ids.empty() ? "" : ",") + std::to_string(id);
  std::string out = "(zone_agency_id IN (" + ids + ")";
  if (!auth::is_zone(*agency)) {
    std::string codes;
    for (const auto& c : RegionTable::builtin().codes_within(agency->region_code))
      codes += (codes.empty() ? "'" : ",'") + c + "'";
    if (!codes.empty()) out += " OR (zone_agency_id IS NULL AND region_code IN (" + codes + "))";
  }
  return out + ")";
}

std::vector<Unit> query_units(soci::session& sql, const sqlu::Where& w, const std::string& tail) {
  std::vector<Unit> out;
  UnitColumns r;
  auto p = (sql.prepare << std::string("SELECT ") + kUnitColumns + " FROM unit" + w.sql() + tail);
  r.bind_into(p);
  w.bind(p);
  soci::statement st(p);
  st.execute();
  while (st.fetch()) out.push_back(r.take_unit());
  return out;
}

sqlu::Where where_of(Store& s, const UnitFilter& f) {
  sqlu::Where w;
  if (f.within_agency) w.add(within_clause(s, *f.within_agency));
  if (f.agency_id) w.add("agency_id = :agency", *f.agency_id);
  if (!f.agency_ids.empty()) {
    std::string in;
    for (int64_t id : f.agency_ids) in += (in.empty() ? "" : ",") + std::to_string(id);
    w.add("agency_id IN (" + in + ")");  // integers we formatted ourselves
  }
  if (!f.region_prefix.empty()) w.add("region_code LIKE :region", f.region_prefix + "%");
  if (f.level) w.add("level = :level", std::string(label(*f.level)));
  if (f.unit_class) w.add("class = :class", std::string(label(*f.unit_class)));
  if (f.special) w.add("special = :special", int64_t{*f.special ? 1 : 0});
  if (f.production_status)
    w.add("production_status = :status", std::string(label(*f.production_status)));
  if (f.is_project) w.add("is_project = :project", int64_t{*f.is_project ? 1 : 0});
  if (f.org_unit_id) w.add("org_unit_id = :org_unit", *f.org_unit_id);
  if (!f.name_contains.empty()) w.add("name LIKE :name", "%" + f.name_contains + "%");
  if (!f.include_deleted) w.add("deleted_at IS NULL");
  return w;
}

// What another connection's commit changes ("" when the engine cannot tell): SQLite's
// data_version moves when any other connection commits; PostgreSQL's WAL position moves
// with any write at all, so it may say "changed" when nothing relevant did, never the
// reverse.
std::string database_state(Store& s) {
  try {
    std::string v;
    if (s.engine() == Engine::kSqlite) {
      long long n = 0;
      s.sql() << "PRAGMA data_version", soci::into(n);
      v = std::to_string(n);
    } else {
      s.sql() << "SELECT pg_current_wal_lsn()::text", soci::into(v);
    }
    return v;
  } catch (const std::exception&) {
    return "";  // unknown: write_checked checks again
  }
}

}  // namespace

std::string Units::state() { return database_state(s_); }

std::unordered_map<std::string, Unit> Units::find_live_many(const std::vector<std::string>& codes) {
  return find_live_units(s_, codes);
}

CheckedUnits Units::check_all(int64_t agency_id, std::vector<Unit> units,
                              const std::unordered_map<std::string, Unit>* known, bool validated) {
  CheckedUnits out;
  out.seen = database_state(s_);  // before reading: a commit after this is noticed
  out.agency_id = agency_id;
  // Check every row before writing anything, collecting every problem. Each row is
  // matched to the live unit with its draw id anywhere in the database (一企一档).
  std::vector<RowErrors> bad;
  auto agency = s_.agencies().get(agency_id);
  auth::AgencyLookup lookup = s_.agencies().lookup();
  std::unordered_map<std::string, Unit> looked_up;
  if (!known && agency) {
    std::vector<std::string> codes;
    codes.reserve(units.size());
    for (const auto& u : units)
      if (!u.draw_id_code.empty()) codes.push_back(u.draw_id_code);
    looked_up = find_live_many(codes);
    known = &looked_up;
  }
  std::map<int64_t, int64_t> org_unit_owner;  // org unit id -> its agency (0: none)
  std::unordered_map<std::string, size_t> seen;
  out.given_zones.reserve(units.size());
  out.outcomes.reserve(units.size());
  out.diffs.resize(units.size());
  for (size_t i = 0; i < units.size(); ++i) {
    Unit& u = units[i];
    out.given_zones.push_back(u.zone_agency_id);
    u.agency_id = agency_id;
    if (agency && auth::is_zone(*agency)) u.zone_agency_id = agency_id;
    std::vector<FieldError> errors;
    if (!validated) errors = validate_unit(u);
    if (!agency)
      errors.push_back({"agency_id", "机构 " + std::to_string(agency_id) + " 不存在 / agency " +
                                         std::to_string(agency_id) + " does not exist"});
    const Unit* old = nullptr;
    if (agency && !u.draw_id_code.empty()) {
      auto it = known->find(u.draw_id_code);
      if (it != known->end()) old = &it->second;
    }
    bool foreign = false;  // another agency's unit this one may not change
    if (old) {
      // The owner keeps it; an agency above the owner may update it, others may not.
      foreign = old->agency_id != agency_id && !auth::agency_within(old->agency_id, *agency, lookup);
      if (foreign) {
        auto owner = lookup(old->agency_id);
        std::string name = owner ? owner->name : std::to_string(old->agency_id);
        errors.push_back({"draw_id_code", "该污染源已由「" + name + "」录入（一企一档），只有「" + name +
                                              "」或其上级机构可以修改 / this unit was already entered by " + name +
                                              " (one record per enterprise): only " + name +
                                              " or an agency above it may change it"});
      } else {
        u.agency_id = old->agency_id;
        if (!u.zone_agency_id) u.zone_agency_id = old->zone_agency_id;
      }
    }
    if (u.zone_agency_id && (!lookup(*u.zone_agency_id) || !auth::is_zone(*lookup(*u.zone_agency_id))))
      errors.push_back({"zone_agency_id", "机构 " + std::to_string(*u.zone_agency_id) + " 不是园区分局 / agency " +
                                              std::to_string(*u.zone_agency_id) + " is not a zone agency"});
    // A county's library holds that county's units only (requirements 1: a county user
    // never sees another county's data); a city's holds units of its counties; a zone's
    // the units of its park (auth/scope.h).
    // (Not for a unit already refused as another agency's: one error says it.)
    else if (agency && !foreign && !u.region_code.empty() && check_region_code(u.region_code) &&
             (!auth::unit_within(u.region_code, u.zone_agency_id, *agency, lookup) ||
              !auth::region_within(u.region_code, *agency)))
      errors.push_back({"region_code", "行政区划代码「" + u.region_code + "」不在本机构辖区「" +
                                           agency->region_code + " " + agency->name +
                                           "」内 / the unit lies outside the agency's jurisdiction"});
    // An agency above the owner edits the owner's record: the unit must stay where its
    // owner sees it (a city cannot move a county's unit into another county or a zone).
    else if (agency && u.agency_id != agency_id && !u.region_code.empty() && check_region_code(u.region_code)) {
      auto owner = lookup(u.agency_id);
      if (owner && !auth::unit_within(u.region_code, u.zone_agency_id, *owner, lookup))
        errors.push_back({"region_code", "行政区划代码「" + u.region_code + "」不在录入机构「" + owner->name +
                                             "」的辖区内，不能这样修改 / the unit would leave the jurisdiction of " +
                                             owner->name + ", which entered it"});
    }
    // The 录入单位 is an internal unit of the agency that owns the unit (the county's
    // own 大队 when the city updates a county's unit).
    if (u.org_unit_id) {
      auto it = org_unit_owner.find(*u.org_unit_id);
      if (it == org_unit_owner.end()) {
        auto o = s_.org_units().get(*u.org_unit_id);
        it = org_unit_owner.emplace(*u.org_unit_id, o ? o->agency_id : 0).first;
      }
      if (it->second != u.agency_id)
        errors.push_back({"org_unit_id", "录入单位 " + std::to_string(*u.org_unit_id) +
                                             " 不属于录入机构 / org unit " + std::to_string(*u.org_unit_id) +
                                             " is not one of the owning agency's"});
    }
    if (!u.draw_id_code.empty()) {
      auto [it, fresh] = seen.emplace(u.draw_id_code, i);
      if (!fresh)
        errors.push_back({"draw_id_code", "与第" + std::to_string(it->second + 1) + "行重复 / duplicate of row " +
                                              std::to_string(it->second + 1)});
    }
    if (!errors.empty()) bad.push_back(RowErrors{i, u.draw_id_code, std::move(errors)});
    // What the row would do. Unchanged is decided by comparing fields, without building
    // JSON (issue 11 item 8); only an update's history diff is built.
    if (!old) {
      u.id = 0;
      u.version = 0;
      out.outcomes.push_back(UpsertOutcome::kInserted);
    } else {
      u.id = old->id;
      u.version = old->version;
      if (same_fields(*old, u)) {
        out.outcomes.push_back(UpsertOutcome::kUnchanged);
      } else {
        out.outcomes.push_back(UpsertOutcome::kUpdated);
        out.diffs[i] = unit_diff(unit_fields(*old), unit_fields(u));
      }
    }
  }
  if (!bad.empty()) throw Invalid(std::move(bad));
  out.rows = std::move(units);
  return out;
}

std::vector<UpsertResult> Units::write_checked(CheckedUnits batch, std::string_view actor) {
  return s_.transaction([&] {
    if (batch.seen.empty() || batch.seen != database_state(s_)) {
      // Another connection committed since the check: check again, under the lock.
      for (size_t i = 0; i < batch.rows.size(); ++i) batch.rows[i].zone_agency_id = batch.given_zones[i];
      batch = check_all(batch.agency_id, std::move(batch.rows));
    }
    // Ids for new units come in one block; each statement is prepared once.
    int64_t fresh_count = std::count(batch.outcomes.begin(), batch.outcomes.end(), UpsertOutcome::kInserted);
    int64_t next_id = fresh_count ? s_.next_ids("unit", fresh_count) : 0;
    std::string at = Store::now();
    auto writer = UnitWriter::make(s_);
    const std::string by(actor);
    std::vector<UpsertResult> results;
    results.reserve(batch.rows.size());
    for (size_t i = 0; i < batch.rows.size(); ++i) {
      Unit& u = batch.rows[i];  // written once: its text moves into the columns
      const int64_t old_id = u.id;
      const int old_version = u.version;
      switch (batch.outcomes[i]) {
        case UpsertOutcome::kInserted: {
          int64_t id = next_id++;
          writer->insert(UnitColumns(std::move(u), id, 1, at), {id, 1, at, by, std::string(kCreatedDiff)});
          results.push_back({id, 1, UpsertOutcome::kInserted});
          break;
        }
        case UpsertOutcome::kUnchanged:
          results.push_back({old_id, old_version, UpsertOutcome::kUnchanged});
          break;
        case UpsertOutcome::kUpdated: {
          int version = old_version + 1;
          writer->update(UnitColumns(std::move(u), old_id, version, at), {old_id, version, at, by, batch.diffs[i].dump()});
          results.push_back({old_id, version, UpsertOutcome::kUpdated});
          break;
        }
      }
    }
    writer->finish();
    // PostgreSQL plans from statistics that autovacuum refreshes only later: after many
    // new rows, refresh them now, or the next import's lookups scan the whole table
    // (a re-import right after 100,000 new units took 9.3 s instead of 2.3 s).
    if (s_.engine() == Engine::kPostgres && fresh_count >= 10000) s_.sql() << "ANALYZE unit";
    return results;
  });
}

std::vector<UpsertResult> Units::upsert_all(int64_t agency_id, const std::vector<Unit>& units,
                                            std::string_view actor) {
  // Inside the transaction: nothing can commit between the check and the write.
  return s_.transaction([&] { return write_checked(check_all(agency_id, units), actor); });
}

UpsertResult Units::upsert(const Unit& u, std::string_view actor) {
  return upsert_all(u.agency_id, {u}, actor).front();
}

UpsertResult Units::update(const Unit& u, std::string_view actor) {
  return s_.transaction([&] {
    auto old = get(u.id);
    if (!old || !old->deleted_at.empty())
      throw NotFound("unit_not_found", "污染源 " + std::to_string(u.id) + " 不存在或已删除", "unit " + std::to_string(u.id) + " not found or deleted");
    if (u.draw_id_code != old->draw_id_code || u.agency_id != old->agency_id)
      throw Invalid({RowErrors{0, old->draw_id_code,
                               {{"draw_id_code", "抽查编号和所属机构不可更改 / the draw id and the "
                                                 "agency of a unit never change"}}}});
    return upsert_all(old->agency_id, {u}, actor).front();
  });
}

std::optional<Unit> Units::get(int64_t id) {
  sqlu::Where w;
  w.add("id = :id", id);
  auto v = query_units(s_.sql(), w, "");
  if (v.empty()) return std::nullopt;
  return v.front();
}

std::optional<Unit> Units::find_live(std::string_view draw_id_code) {
  sqlu::Where w;
  w.add("draw_id_code = :c", std::string(draw_id_code));
  w.add("deleted_at IS NULL");
  auto v = query_units(s_.sql(), w, "");
  if (v.empty()) return std::nullopt;
  return v.front();
}

std::optional<Unit> Units::find(int64_t agency_id, std::string_view draw_id_code) {
  sqlu::Where w;
  w.add("agency_id = :a", agency_id);
  w.add("draw_id_code = :c", std::string(draw_id_code));
  w.add("deleted_at IS NULL");
  auto v = query_units(s_.sql(), w, "");
  if (v.empty()) return std::nullopt;
  return v.front();
}

Page<Unit> Units::list(const UnitFilter& f) {
  Page<Unit> page;
  sqlu::Where w = where_of(s_, f);
  std::string tail = " ORDER BY id";
  if (f.limit > 0)
    tail += " LIMIT " + std::to_string(f.limit);
  else if (f.offset > 0 && s_.engine() == Engine::kSqlite)
    tail += " LIMIT -1";  // SQLite takes OFFSET only after a LIMIT
  if (f.offset > 0) tail += " OFFSET " + std::to_string(f.offset);
  page.items = query_units(s_.sql(), w, tail);
  page.total = count(f);
  return page;
}

std::vector<Unit> Units::list_for_policy(const UnitFilter& f) {
  sqlu::Where w = where_of(s_, f);
  long long id = 0, agency = 0, zone = 0;
  soci::indicator zone_ind = soci::i_null, year_ind = soci::i_null;
  std::string code, name, region, permit, credit, risk, status, months, approved_by;
  int level = 0, special = 0, positive = 0, project = 0, year = 0;
  auto p = (s_.sql().prepare << "SELECT id, agency_id, zone_agency_id, draw_id_code, name, region_code, level_code, "
                                "special, permit_class, credit, risk, positive_list, production_status, "
                                "producing_months, is_project, approved_by, approved_year FROM unit" + w.sql(),
            soci::into(id), soci::into(agency), soci::into(zone, zone_ind), soci::into(code), soci::into(name),
            soci::into(region), soci::into(level), soci::into(special), soci::into(permit), soci::into(credit),
            soci::into(risk), soci::into(positive), soci::into(status), soci::into(months), soci::into(project),
            soci::into(approved_by), soci::into(year, year_ind));
  w.bind(p);
  soci::statement st(p);
  st.execute();
  std::vector<Unit> out;
  out.reserve(static_cast<std::size_t>(count(f)));
  auto opt = [](const std::string& text, auto e) -> std::optional<decltype(e)> {
    if (text.empty()) return std::nullopt;
    return from_label<decltype(e)>(text);
  };
  while (st.fetch()) {
    Unit& u = out.emplace_back();
    u.id = id;
    u.agency_id = agency;
    if (zone_ind == soci::i_ok) u.zone_agency_id = zone;
    u.draw_id_code = std::move(code);
    u.name = std::move(name);
    u.region_code = std::move(region);
    u.level = level_from_code(level).value_or(UnitLevel::kGeneralCounty);
    u.special = special != 0;
    u.permit_class = opt(permit, PermitClass{});
    u.credit = opt(credit, Credit{});
    u.risk = opt(risk, RiskLevel{});
    u.positive_list = positive != 0;
    u.production_status = from_label<ProductionStatus>(status).value_or(ProductionStatus::kProducing);
    if (!months.empty()) u.producing_months = parse_months(months).value_or(std::vector<int>{});
    u.is_project = project != 0;
    u.approved_by = std::move(approved_by);
    if (year_ind == soci::i_ok) u.approved_year = year;
  }
  return out;
}

int64_t Units::count(const UnitFilter& f) {
  sqlu::Where w = where_of(s_, f);
  long long n = 0;
  auto p = (s_.sql().prepare << "SELECT COUNT(*) FROM unit" + w.sql(), soci::into(n));
  w.bind(p);
  soci::statement st(p);
  st.execute(true);
  return n;
}

void Units::soft_delete(int64_t id, std::string_view actor, std::string_view reason) {
  s_.transaction([&] {
    auto u = get(id);
    if (!u) throw NotFound("unit_not_found", "污染源 " + std::to_string(id) + " 不存在", "unit " + std::to_string(id) + " not found");
    if (!u->deleted_at.empty())
      throw Invalid({RowErrors{0, u->draw_id_code,
                               {{"deleted_at", "该污染源已于" + u->deleted_at +
                                                   "删除 / unit was already deleted"}}}});
    if (reason.empty())
      throw Invalid({RowErrors{0, u->draw_id_code,
                               {{"reason", "删除须说明原因 / a deletion needs a reason"}}}});
    std::string at = Store::now();
    long long lid = id;
    int version = u->version + 1;
    s_.sql() << "UPDATE unit SET deleted_at = :at, version = :v, updated_at = :at2 WHERE id = :id",
        soci::use(at), soci::use(version), soci::use(at), soci::use(lid);
    Json diff{{"deleted_at", {{"from", nullptr}, {"to", at}}},
              {"delete_reason", {{"from", nullptr}, {"to", std::string(reason)}}}};
    write_history(s_.sql(), id, version, at, actor, diff);
  });
}

std::vector<UnitHistoryEntry> Units::history(int64_t unit_id) {
  std::vector<UnitHistoryEntry> out;
  soci::row r;
  long long id = unit_id;
  soci::statement st = (s_.sql().prepare << "SELECT unit_id, version, changed_at, changed_by, diff_json "
                                            "FROM unit_history WHERE unit_id = :u ORDER BY version",
                        soci::into(r), soci::use(id));
  st.execute();
  while (st.fetch())
    out.push_back(UnitHistoryEntry{sqlu::i64(r, 0), static_cast<int>(sqlu::i64(r, 1)),
                                   sqlu::str(r, 2), sqlu::str(r, 3), Json::parse(sqlu::str(r, 4))});
  // Version 1 is stored as {} (kCreatedDiff): the fields it set are the unit's fields now
  // with every later change undone, newest first. (Databases written before this keep a
  // full version 1, which is read as stored.)
  if (!out.empty() && out.front().version == 1 && out.front().diff.empty()) {
    if (auto u = get(unit_id)) {
      Json state = unit_fields(*u);
      for (size_t i = out.size(); i-- > 1;)
        for (const auto& [field, change] : out[i].diff.items())
          if (state.contains(field)) state[field] = change.at("from");
      out.front().diff = unit_diff(Json::object(), created_fields(state));
    }
  }
  return out;
}

}  // namespace suiji::store
