#include "service/library/export_library.h"

#include <algorithm>
#include <map>
#include <set>

#include "domain/shandong_code.h"
#include "domain/error.h"
#include "service/library/import_columns.h"
#include "service/library/import_common.h"
#include "service/library/import_values.h"

namespace suiji::service {

namespace {

std::string yes_no(bool b) { return b ? "是" : "否"; }

template <class E>
std::string opt_label(const std::optional<E>& e) {
  return e ? std::string(label(*e)) : "";
}

std::vector<std::string> headers_of(const std::vector<ColumnSpec>& specs, size_t count) {
  std::vector<std::string> h;
  for (size_t i = 0; i < count && i < specs.size(); ++i) h.push_back(specs[i].header);
  return h;
}

// The agency named like import's --agency (a region code, or "#12" / "12" for a zone);
// none for "" (every agency's records).
std::optional<int64_t> agency_id_of(store::Store& db, const std::string& ref) {
  if (ref.empty()) return std::nullopt;
  auto a = resolve_agency(db, ref);
  if (!a)
    throw Error(ErrorKind::kBadInput, "agency_not_found", "找不到行政区划代码或编号为「" + ref + "」的机构",
                "no agency with region code or id " + ref);
  return a->id;
}

// Org unit names by id, loaded once per agency.
class OrgUnitNames {
 public:
  explicit OrgUnitNames(store::Store& db) : db_(db) {}
  std::string operator()(const std::optional<int64_t>& id) {
    if (!id) return "";
    auto it = names_.find(*id);
    if (it != names_.end()) return it->second;
    auto o = db_.org_units().get(*id);
    return names_[*id] = o ? o->name : "";
  }

 private:
  store::Store& db_;
  std::map<int64_t, std::string> names_;
};

ExportTable export_units(store::Store& db, const std::string& region) {
  ExportTable t{"污染源", {}, {}};
  const auto& specs = unit_columns();
  t.header = headers_of(specs, specs.size());
  store::UnitFilter f;
  f.within_agency = agency_id_of(db, region);  // what the agency sees (auth/scope.h)
  OrgUnitNames org_name(db);
  for (const auto& u : db.units().list(f).items) {
    const std::string& contact = u.contact_person;
    const std::string& phone = u.contact_phone;
    std::map<std::string, std::string> v = {
        {"uscc", u.uscc},
        {"draw_id_code", u.draw_id_code},
        {"org_code", u.org_code},
        {"name", u.name},
        {"region_code", u.region_code},
        {"unit_class", std::string(label(unit_class(u)))},
        {"level", std::string(label(u.level))},
        {"special", yes_no(u.special)},
        {"special_reason", opt_label(u.special_reason)},
        {"special_source", u.special_source},
        {"special_since", u.special_since},
        {"special_until", u.special_until},
        {"permit_class", opt_label(u.permit_class)},
        {"credit", opt_label(u.credit)},
        {"risk", opt_label(u.risk)},
        {"positive_list", yes_no(u.positive_list)},
        {"production_status", std::string(label(u.production_status))},
        {"producing_months", format_months(u.producing_months)},
        {"is_project", yes_no(u.is_project)},
        {"approved_by", u.approved_by},
        {"approved_year", u.approved_year ? std::to_string(*u.approved_year) : ""},
        {"address", u.address},
        {"industry", u.industry},
        {"contact", contact},
        {"phone", phone},
        {"lon", u.lon ? format_decimal(*u.lon) : ""},
        {"lat", u.lat ? format_decimal(*u.lat) : ""},
        {"org_unit", org_name(u.org_unit_id)},
        {"fixed_code", shandong_fixed_code(u)},
    };
    std::vector<std::string> row;
    for (const auto& s : specs) row.push_back(v[s.field]);
    t.rows.push_back(std::move(row));
  }
  return t;
}

ExportTable export_inspectors(store::Store& db, const std::string& region) {
  ExportTable t{"执法人员", {}, {}};
  store::InspectorFilter f;
  // The agency's inspectors and those of the agencies below it (auth::agency_within).
  if (auto id = agency_id_of(db, region)) f.agency_ids = db.agencies().subtree_ids(*id);
  auto list = db.inspectors().list(f).items;
  size_t groups = 1;
  for (const auto& i : list) groups = std::max(groups, i.certificates.size());
  if (groups > static_cast<size_t>(kMaxCertificates))
    throw Error(ErrorKind::kInternal, "too_many_certificates",
                "执法人员证件超过 " + std::to_string(kMaxCertificates) + " 个，无法导出",
                "an inspector has more than " + std::to_string(kMaxCertificates) + " certificates: cannot export");
  const auto& specs = inspector_columns();
  const size_t fixed = 7;  // code … tags; then 3 columns per certificate group
  t.header = headers_of(specs, fixed + 3 * groups);
  OrgUnitNames org_name(db);
  for (const auto& i : list) {
    std::vector<std::string> row = {i.code, i.name, org_name(i.org_unit_id), yes_no(i.on_staff),
                                    yes_no(i.on_post), yes_no(i.senior), join_tags(i.tags)};
    for (size_t g = 0; g < groups; ++g) {
      if (g < i.certificates.size()) {
        const auto& c = i.certificates[g];
        row.insert(row.end(), {std::string(label(c.kind)), c.number, c.expires_on});
      } else {
        row.insert(row.end(), {"", "", ""});
      }
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

ExportTable export_conflicts(store::Store& db, const std::string& region) {
  ExportTable t{"回避关系", {}, {}};
  const auto& specs = conflict_columns();
  t.header = headers_of(specs, specs.size());
  // The conflicts of the units the agency sees, whoever owns them.
  std::optional<std::set<int64_t>> seen;
  if (auto id = agency_id_of(db, region)) {
    store::UnitFilter f;
    f.within_agency = id;
    seen.emplace();
    for (const auto& u : db.units().list(f).items) seen->insert(u.id);
  }
  for (const auto& a : db.agencies().list())
    for (const auto& v : db.conflicts().list(a.id))
      if (!seen || seen->count(v.conflict.unit_id))
        t.rows.push_back({v.unit_draw_id, v.inspector_code, v.conflict.reason, v.unit_name, v.inspector_name});
  return t;
}

}  // namespace

ExportTable export_library(store::Store& db, Library lib, const std::string& agency_region) {
  switch (lib) {
    case Library::kUnits: return export_units(db, agency_region);
    case Library::kInspectors: return export_inspectors(db, agency_region);
    case Library::kConflicts: return export_conflicts(db, agency_region);
  }
  return {};
}

}  // namespace suiji::service
