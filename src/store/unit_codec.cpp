#include "store/unit_codec.h"

#include "store/sql_util.h"

namespace suiji::store {
namespace {

template <class E>
Json opt_label(const std::optional<E>& e) {
  return e ? Json(std::string(label(*e))) : Json("");
}

template <class E>
std::optional<E> opt_from(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return from_label<E>(s);
}

}  // namespace

Json unit_fields(const Unit& u) {
  Json j;
  j["agency_id"] = u.agency_id;
  j["zone_agency_id"] = u.zone_agency_id ? Json(*u.zone_agency_id) : Json(nullptr);
  j["org_unit_id"] = u.org_unit_id ? Json(*u.org_unit_id) : Json(nullptr);
  j["draw_id_code"] = u.draw_id_code;
  j["uscc"] = u.uscc;
  j["org_code"] = u.org_code;
  j["name"] = u.name;
  j["address"] = u.address;
  j["region_code"] = u.region_code;
  j["industry"] = u.industry;
  j["contact_person"] = u.contact_person;
  j["contact_phone"] = u.contact_phone;
  j["lat"] = u.lat ? Json(*u.lat) : Json(nullptr);
  j["lon"] = u.lon ? Json(*u.lon) : Json(nullptr);
  j["class"] = std::string(label(unit_class(u.level)));
  j["level"] = std::string(label(u.level));
  j["special"] = u.special;
  j["special_reason"] = opt_label(u.special_reason);
  j["special_source"] = u.special_source;
  j["special_since"] = u.special_since;
  j["special_until"] = u.special_until;
  j["permit_class"] = opt_label(u.permit_class);
  j["credit"] = opt_label(u.credit);
  j["risk"] = opt_label(u.risk);
  j["positive_list"] = u.positive_list;
  j["production_status"] = std::string(label(u.production_status));
  j["producing_months"] = format_months(u.producing_months);
  j["is_project"] = u.is_project;
  j["approved_by"] = u.approved_by;
  j["approved_year"] = u.approved_year ? Json(*u.approved_year) : Json(nullptr);
  j["reviewed_at"] = u.reviewed_at;
  return j;
}

bool same_fields(const Unit& a, const Unit& b) {
  // The fields of unit_fields, in its order; class follows from level.
  return a.agency_id == b.agency_id && a.zone_agency_id == b.zone_agency_id && a.org_unit_id == b.org_unit_id &&
         a.draw_id_code == b.draw_id_code && a.uscc == b.uscc && a.org_code == b.org_code && a.name == b.name &&
         a.address == b.address && a.region_code == b.region_code && a.industry == b.industry &&
         a.contact_person == b.contact_person && a.contact_phone == b.contact_phone && a.lat == b.lat &&
         a.lon == b.lon && a.level == b.level && a.special == b.special && a.special_reason == b.special_reason &&
         a.special_source == b.special_source && a.special_since == b.special_since &&
         a.special_until == b.special_until && a.permit_class == b.permit_class && a.credit == b.credit &&
         a.risk == b.risk && a.positive_list == b.positive_list && a.production_status == b.production_status &&
         (a.producing_months == b.producing_months ||
          format_months(a.producing_months) == format_months(b.producing_months)) &&
         a.is_project == b.is_project && a.approved_by == b.approved_by && a.approved_year == b.approved_year &&
         a.reviewed_at == b.reviewed_at;
}

Json created_fields(const Json& fields) {
  Json out = Json::object();
  for (const auto& [k, v] : fields.items())
    if (!v.is_null() && v != "" && v != false) out[k] = v;
  return out;
}

Json unit_diff(const Json& before, const Json& after) {
  Json d = Json::object();
  for (const auto& [k, v] : after.items()) {
    Json from = before.contains(k) ? before[k] : Json(nullptr);
    if (from != v) d[k] = Json{{"from", from}, {"to", v}};
  }
  return d;
}

const char* const kUnitColumns =
    "id, agency_id, org_unit_id, draw_id_code, uscc, org_code, name, address, region_code, "
    "industry, contact_person, contact_phone, zone_agency_id, lat, lon, level, special, special_reason, special_source, special_since, "
    "special_until, permit_class, credit, risk, positive_list, production_status, "
    "producing_months, is_project, approved_by, approved_year, reviewed_at, version, deleted_at";


UnitColumns::UnitColumns(Unit u, int64_t id_, int version_, std::string now) {
  id = id_;
  agency_id = u.agency_id;
  if (u.org_unit_id) org_unit_id = *u.org_unit_id, org_unit_ind = soci::i_ok;
  draw_id_code = std::move(u.draw_id_code);
  uscc = std::move(u.uscc);
  org_code = std::move(u.org_code);
  name = std::move(u.name);
  address = std::move(u.address);
  region_code = std::move(u.region_code);
  industry = std::move(u.industry);
  contact_person = std::move(u.contact_person);
  contact_phone = std::move(u.contact_phone);
  if (u.zone_agency_id) zone_agency_id = *u.zone_agency_id, zone_ind = soci::i_ok;
  if (u.lat) lat = *u.lat, lat_ind = soci::i_ok;
  if (u.lon) lon = *u.lon, lon_ind = soci::i_ok;
  klass = label(unit_class(u.level));
  level = label(u.level);
  level_code = suiji::level_code(u.level);
  special = u.special;
  special_reason = u.special_reason ? std::string(label(*u.special_reason)) : "";
  special_source = std::move(u.special_source);
  special_since = std::move(u.special_since);
  special_until = std::move(u.special_until);
  permit_class = u.permit_class ? std::string(label(*u.permit_class)) : "";
  credit = u.credit ? std::string(label(*u.credit)) : "";
  risk = u.risk ? std::string(label(*u.risk)) : "";
  positive_list = u.positive_list;
  production_status = label(u.production_status);
  producing_months = format_months(u.producing_months);
  is_project = u.is_project;
  approved_by = std::move(u.approved_by);
  if (u.approved_year) approved_year = *u.approved_year, approved_year_ind = soci::i_ok;
  reviewed_at = std::move(u.reviewed_at);
  version = version_;
  at = std::move(now);
}

void UnitColumns::bind_into(soci::details::prepare_temp_type& p) {
  each_read([&p](auto&... column) { p, soci::into(column...); });
}

Unit UnitColumns::take_unit() {
  Unit u;
  u.id = id;
  u.agency_id = agency_id;
  if (org_unit_ind == soci::i_ok) u.org_unit_id = org_unit_id;
  u.draw_id_code = std::move(draw_id_code);
  u.uscc = std::move(uscc);
  u.org_code = std::move(org_code);
  u.name = std::move(name);
  u.address = std::move(address);
  u.region_code = std::move(region_code);
  u.industry = std::move(industry);
  u.contact_person = std::move(contact_person);
  u.contact_phone = std::move(contact_phone);
  if (zone_ind == soci::i_ok) u.zone_agency_id = zone_agency_id;
  if (lat_ind == soci::i_ok) u.lat = lat;
  if (lon_ind == soci::i_ok) u.lon = lon;
  u.level = from_label<UnitLevel>(level).value_or(UnitLevel::kGeneralCounty);
  u.special = special != 0;
  u.special_reason = opt_from<SpecialReason>(special_reason);
  u.special_source = std::move(special_source);
  u.special_since = std::move(special_since);
  u.special_until = std::move(special_until);
  u.permit_class = opt_from<PermitClass>(permit_class);
  u.credit = opt_from<Credit>(credit);
  u.risk = opt_from<RiskLevel>(risk);
  u.positive_list = positive_list != 0;
  u.production_status = from_label<ProductionStatus>(production_status).value_or(ProductionStatus::kProducing);
  u.producing_months = parse_months(producing_months).value_or(std::vector<int>{});
  u.is_project = is_project != 0;
  u.approved_by = std::move(approved_by);
  if (approved_year_ind == soci::i_ok) u.approved_year = approved_year;
  u.reviewed_at = std::move(reviewed_at);
  u.version = version;
  if (deleted_ind == soci::i_ok) u.deleted_at = std::move(deleted_at);
  return u;
}

}  // namespace suiji::store
