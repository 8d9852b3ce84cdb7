#include "store/agencies.h"

#include <soci/soci.h>

#include <map>
#include <memory>

#include "domain/region_table.h"
#include "domain/unit_rules.h"
#include "store/sql_util.h"
#include "store/store.h"

namespace suiji::store {
namespace {

constexpr const char* kAgencyCols = "id, name, level, region_code, zone_name, parent_id";

Agency agency_from(const soci::row& r) {
  Agency a;
  a.id = sqlu::i64(r, 0);
  a.name = sqlu::str(r, 1);
  a.level = from_label<AgencyLevel>(sqlu::str(r, 2)).value_or(AgencyLevel::kCounty);
  a.region_code = sqlu::str(r, 3);
  a.zone_name = sqlu::str(r, 4);
  a.parent_id = sqlu::opt_i64(r, 5);
  return a;
}

std::vector<Agency> query_agencies(soci::session& sql, const std::string& tail, const sqlu::Where& w) {
  std::vector<Agency> out;
  soci::row r;
  auto p = (sql.prepare << std::string("SELECT ") + kAgencyCols + " FROM agency" + w.sql() + tail,
            soci::into(r));
  w.bind(p);
  soci::statement st(p);
  st.execute();
  while (st.fetch()) out.push_back(agency_from(r));
  return out;
}

[[noreturn]] void invalid(std::string field, std::string message) {
  throw Invalid({RowErrors{0, {}, {FieldError{std::move(field), std::move(message)}}}});
}

}  // namespace

namespace {

// The checks insert and update share: the fields, the parent exists and its jurisdiction
// holds this one, no parent cycle (update), no other agency on the same region and zone.
void check_agency(Agencies& agencies, const Agency& a) {
  if (auto e = validate_agency(a); !e.empty()) throw Invalid({RowErrors{0, a.name, e}});
  if (a.parent_id) {
    auto parent = agencies.get(*a.parent_id);
    if (!parent)
      invalid("parent_id", "上级机构 " + std::to_string(*a.parent_id) + " 不存在 / parent agency " +
                               std::to_string(*a.parent_id) + " does not exist");
    // A cycle: this agency would be its own ancestor (A→B→A, or A→A).
    if (a.id != 0 && (*a.parent_id == a.id || auth::agency_within(*a.parent_id, a, agencies.lookup())))
      invalid("parent_id", "上级机构「" + parent->name + "」是本机构或其下级，会形成循环 / the parent agency "
                               "is this agency or one below it: that would make a cycle");
    if (!auth::region_within(a.region_code, *parent))
      invalid("region_code", "辖区「" + a.region_code + "」不在上级机构「" + parent->name +
                                 "」的辖区内 / the jurisdiction lies outside the parent's");
  }
  for (const auto& other : agencies.all_by_region(a.region_code))
    if (other.zone_name == a.zone_name && other.id != a.id)
      invalid("region_code", "该辖区已有机构「" + other.name + "」 / an agency already covers " +
                                 a.region_code + (a.zone_name.empty() ? "" : " " + a.zone_name));
  // Update: the agencies below must stay inside the new jurisdiction, as insert made them.
  if (a.id != 0)
    for (const auto& child : agencies.children(a.id))
      if (!auth::region_within(child.region_code, a))
        invalid("region_code", "下级机构「" + child.name + "」的辖区 " + child.region_code + " 将不在「" +
                                   a.region_code + "」内 / the jurisdiction of " + child.name +
                                   " below would lie outside the new one");
}

}  // namespace

int64_t Agencies::insert(const Agency& in) {
  return s_.transaction([&] {
    Agency a = in;
    a.id = 0;
    check_agency(*this, a);
    int64_t id = s_.next_ids("agency");
    std::string level(label(a.level)), at = Store::now();
    long long parent = a.parent_id.value_or(0);
    soci::indicator parent_ind = a.parent_id ? soci::i_ok : soci::i_null;
    long long lid = id;
    s_.sql() << "INSERT INTO agency (id, name, level, region_code, zone_name, parent_id, created_at) "
                "VALUES (:id, :name, :level, :region, :zone, :parent, :at)",
        soci::use(lid), soci::use(a.name), soci::use(level), soci::use(a.region_code),
        soci::use(a.zone_name), soci::use(parent, parent_ind), soci::use(at);
    return id;
  });
}

void Agencies::update(const Agency& a) {
  s_.transaction([&] {
    if (!get(a.id))
      throw NotFound("agency_not_found", "机构 " + std::to_string(a.id) + " 不存在",
                     "agency " + std::to_string(a.id) + " not found");
    check_agency(*this, a);
    std::string level(label(a.level));
    long long parent = a.parent_id.value_or(0);
    soci::indicator parent_ind = a.parent_id ? soci::i_ok : soci::i_null;
    long long id = a.id;
    s_.sql() << "UPDATE agency SET name = :name, level = :level, region_code = :region, "
                "zone_name = :zone, parent_id = :parent WHERE id = :id",
        soci::use(a.name), soci::use(level), soci::use(a.region_code), soci::use(a.zone_name),
        soci::use(parent, parent_ind), soci::use(id);
  });
}

std::optional<Agency> Agencies::get(int64_t id) {
  sqlu::Where w;
  w.add("id = :id", id);
  auto v = query_agencies(s_.sql(), "", w);
  if (v.empty()) return std::nullopt;
  return v.front();
}

std::optional<Agency> Agencies::find_by_region(std::string_view region_code) {
  sqlu::Where w;
  w.add("region_code = :r", std::string(region_code));
  w.add("zone_name = ''");
  auto v = query_agencies(s_.sql(), "", w);
  if (v.empty()) return std::nullopt;
  return v.front();
}

std::vector<Agency> Agencies::all_by_region(std::string_view region_code) {
  sqlu::Where w;
  w.add("region_code = :r", std::string(region_code));
  return query_agencies(s_.sql(), " ORDER BY id", w);
}

std::vector<Agency> Agencies::list() { return query_agencies(s_.sql(), " ORDER BY id", {}); }

std::vector<Agency> Agencies::children(int64_t parent_id) {
  sqlu::Where w;
  w.add("parent_id = :p", parent_id);
  return query_agencies(s_.sql(), " ORDER BY id", w);
}

std::vector<int64_t> Agencies::subtree_ids(int64_t id) {
  auto top = get(id);
  if (!top) return {};
  auto get_one = lookup();
  std::vector<int64_t> out;
  for (const auto& a : list())
    if (auth::agency_within(a.id, *top, get_one)) out.push_back(a.id);
  return out;
}

auth::AgencyLookup Agencies::lookup() {
  auto all = std::make_shared<std::map<int64_t, Agency>>();
  for (auto& a : list()) all->emplace(a.id, std::move(a));
  return [all](int64_t id) -> std::optional<Agency> {
    auto it = all->find(id);
    if (it == all->end()) return std::nullopt;
    return it->second;
  };
}

int64_t OrgUnits::insert(const OrgUnit& o) {
  return s_.transaction([&] {
    if (o.name.empty()) invalid("name", "缺少内设机构名称 / org unit name is missing");
    if (!s_.agencies().get(o.agency_id))
      invalid("agency_id", "机构 " + std::to_string(o.agency_id) + " 不存在 / agency " + std::to_string(o.agency_id) + " does not exist");
    if (find(o.agency_id, o.name))
      invalid("name", "内设机构「" + o.name + "」已存在 / org unit already exists");
    long long id = s_.next_ids("org_unit");
    long long agency = o.agency_id;
    std::string kind(label(o.kind));
    s_.sql() << "INSERT INTO org_unit (id, agency_id, name, kind) VALUES (:id, :a, :n, :k)",
        soci::use(id), soci::use(agency), soci::use(o.name), soci::use(kind);
    return static_cast<int64_t>(id);
  });
}

namespace {
std::vector<OrgUnit> query_org_units(soci::session& sql, const sqlu::Where& w) {
  std::vector<OrgUnit> out;
  soci::row r;
  auto p = (sql.prepare << "SELECT id, agency_id, name, kind FROM org_unit" + w.sql() + " ORDER BY id",
            soci::into(r));
  w.bind(p);
  soci::statement st(p);
  st.execute();
  while (st.fetch())
    out.push_back(OrgUnit{sqlu::i64(r, 0), sqlu::i64(r, 1), sqlu::str(r, 2),
                          from_label<OrgUnitKind>(sqlu::str(r, 3)).value_or(OrgUnitKind::kTeam)});
  return out;
}
}  // namespace

std::optional<OrgUnit> OrgUnits::get(int64_t id) {
  sqlu::Where w;
  w.add("id = :id", id);
  auto v = query_org_units(s_.sql(), w);
  if (v.empty()) return std::nullopt;
  return v.front();
}

std::optional<OrgUnit> OrgUnits::find(int64_t agency_id, std::string_view name) {
  sqlu::Where w;
  w.add("agency_id = :a", agency_id);
  w.add("name = :n", std::string(name));
  auto v = query_org_units(s_.sql(), w);
  if (v.empty()) return std::nullopt;
  return v.front();
}

std::vector<OrgUnit> OrgUnits::list(int64_t agency_id) {
  sqlu::Where w;
  w.add("agency_id = :a", agency_id);
  return query_org_units(s_.sql(), w);
}

}  // namespace suiji::store
