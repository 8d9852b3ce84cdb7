// How a Unit is laid out in the `unit` table and in unit_history diffs. Enums are stored
// as their Chinese labels (what the seeds print and what an SQL report shows).
#pragma once
#include <soci/soci.h>

#include <algorithm>
#include <string_view>

#include "domain/json.h"
#include "domain/unit.h"

namespace suiji::store {

// The editable fields as stored (labels, months "1,2,3", flags true/false, "" / null for
// not given), in table order. Used for history diffs and the "unchanged" test.
Json unit_fields(const Unit& u);

// unit_fields(a) == unit_fields(b), without building JSON (an import compares every row).
bool same_fields(const Unit& a, const Unit& b);

// unit_fields without what a new unit does not have: null, "" and false values.
Json created_fields(const Json& fields);

// The stored history of a new unit (version 1). What it set follows from the unit and its
// later history, so it is not stored again (Units::history rebuilds it): an import of
// 100,000 new units wrote 66 MB of it (issue 11 item 8).
inline constexpr std::string_view kCreatedDiff = "{}";

// {"field": {"from": a[field], "to": b[field]}} for every field that differs.
Json unit_diff(const Json& before, const Json& after);

// Column list of SELECTs that UnitColumns::bind_into reads.
extern const char* const kUnitColumns;
// The columns UnitColumns::each_written gives, in order ("org_unit_id, uscc, …, updated_at").
inline constexpr std::string_view kUnitWrittenColumns =
    "org_unit_id, uscc, org_code, name, address, region_code, industry, contact_person, contact_phone, "
    "zone_agency_id, lat, lon, class, level, level_code, special, special_reason, special_source, special_since, "
    "special_until, permit_class, credit, risk, positive_list, production_status, producing_months, is_project, "
    "approved_by, approved_year, reviewed_at, version, updated_at";
inline constexpr size_t kUnitWrittenCount =
    static_cast<size_t>(std::count(kUnitWrittenColumns.begin(), kUnitWrittenColumns.end(), ',')) + 1;

// The columns of one unit as variables that SOCI binds by reference (soci::use to write,
// soci::into to read), kept alive while a statement holds them. Reading a whole file's
// units through soci::row (a holder per value, a type check per get) was a large part of
// an import (issue 11 item 8).
//   Write: UnitColumns(u, id, version, now), then bind its members with soci::use (a
//          unit passed with std::move gives up its text instead of having it copied).
//   Read:  bind_into(p) once per statement (the columns of kUnitColumns, in order); after
//          each fetch, take_unit(), which moves the text out (the next fetch refills it).
struct UnitColumns {
  UnitColumns() = default;
  UnitColumns(Unit u, int64_t id, int version, std::string now);

  void bind_into(soci::details::prepare_temp_type& p);
  Unit take_unit();

  // One list of columns for SOCI and for SQLite's own API (sqlite_direct.h): f(member) or
  // f(member, indicator) for each column, in order.
  //   each_read:    the columns of kUnitColumns.
  //   each_written: the columns every write sets, those of kUnitWrittenColumns.
  template <class F>
  void each_read(F&& f) {
    f(id), f(agency_id), f(org_unit_id, org_unit_ind), f(draw_id_code), f(uscc), f(org_code), f(name), f(address),
        f(region_code), f(industry), f(contact_person), f(contact_phone), f(zone_agency_id, zone_ind), f(lat, lat_ind),
        f(lon, lon_ind), f(level), f(special), f(special_reason), f(special_source), f(special_since),
        f(special_until), f(permit_class), f(credit), f(risk), f(positive_list), f(production_status),
        f(producing_months), f(is_project), f(approved_by), f(approved_year, approved_year_ind), f(reviewed_at),
        f(version), f(deleted_at, deleted_ind);
  }
  template <class F>
  void each_written(F&& f) {
    f(org_unit_id, org_unit_ind), f(uscc), f(org_code), f(name), f(address), f(region_code), f(industry),
        f(contact_person), f(contact_phone), f(zone_agency_id, zone_ind), f(lat, lat_ind), f(lon, lon_ind), f(klass),
        f(level), f(level_code), f(special), f(special_reason), f(special_source), f(special_since),
        f(special_until), f(permit_class), f(credit), f(risk), f(positive_list), f(production_status),
        f(producing_months), f(is_project), f(approved_by), f(approved_year, approved_year_ind), f(reviewed_at),
        f(version), f(at);
  }

  long long id = 0, agency_id = 0, org_unit_id = 0, zone_agency_id = 0;
  soci::indicator org_unit_ind = soci::i_null, zone_ind = soci::i_null;
  std::string draw_id_code, uscc, org_code, name, address, region_code, industry, contact_person, contact_phone;
  double lat = 0, lon = 0;
  soci::indicator lat_ind = soci::i_null, lon_ind = soci::i_null;
  std::string klass, level;  // klass: written only (it follows from level)
  int level_code = 0;        // written only
  int special = 0;
  std::string special_reason, special_source, special_since, special_until, permit_class, credit, risk;
  int positive_list = 0;
  std::string production_status, producing_months;
  int is_project = 0;
  std::string approved_by;
  int approved_year = 0;
  soci::indicator approved_year_ind = soci::i_null;
  std::string reviewed_at;
  int version = 0;
  std::string at;  // written only: updated_at (and created_at of a new unit)
  std::string deleted_at;  // read only
  soci::indicator deleted_ind = soci::i_null;
};

}  // namespace suiji::store
