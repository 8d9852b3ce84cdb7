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

Unit unit_from_row(const soci::row& r) {
  Unit u;
  size_t i = 0;
  u.id = sqlu::i64(r, i++);
  u.agency_id = sqlu::i64(r, i++);
  u.org_unit_id = sqlu::opt_i64(r, i++);
  u.draw_id_code = sqlu::str(r, i++);
  u.uscc = sqlu::str(r, i++);
  u.org_code = sqlu::str(r, i++);
  u.name = sqlu::str(r, i++);
  u.address = sqlu::str(r, i++);
  u.region_code = sqlu::str(r, i++);
  u.industry = sqlu::str(r, i++);
  u.contact_person = sqlu::str(r, i++);
  u.contact_phone = sqlu::str(r, i++);
  u.zone_agency_id = sqlu::opt_i64(r, i++);
  u.lat = sqlu::opt_double(r, i++);
  u.lon = sqlu::opt_double(r, i++);
  u.level = from_label<UnitLevel>(sqlu::str(r, i++)).value_or(UnitLevel::kGeneralCounty);
  u.special = sqlu::flag(r, i++);
  u.special_reason = opt_from<SpecialReason>(sqlu::str(r, i++));
  u.special_source = sqlu::str(r, i++);
  u.special_since = sqlu::str(r, i++);
  u.special_until = sqlu::str(r, i++);
  u.permit_class = opt_from<PermitClass>(sqlu::str(r, i++));
  u.credit = opt_from<Credit>(sqlu::str(r, i++));
  u.risk = opt_from<RiskLevel>(sqlu::str(r, i++));
  u.positive_list = sqlu::flag(r, i++);
  u.production_status =
      from_label<ProductionStatus>(sqlu::str(r, i++)).value_or(ProductionStatus::kProducing);
  u.producing_months = parse_months(sqlu::str(r, i++)).value_or(std::vector<int>{});
  u.is_project = sqlu::flag(r, i++);
  u.approved_by = sqlu::str(r, i++);
  auto year = sqlu::opt_i64(r, i++);
  if (year) u.approved_year = static_cast<int>(*year);
  u.reviewed_at = sqlu::str(r, i++);
  u.version = static_cast<int>(sqlu::i64(r, i++));
  u.deleted_at = sqlu::str(r, i++);
  return u;
}

}  // namespace suiji::store
