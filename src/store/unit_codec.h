// How a Unit is laid out in the `unit` table and in unit_history diffs. Enums are stored
// as their Chinese labels (what the seeds print and what an SQL report shows).
#pragma once
#include <soci/soci.h>

#include "domain/json.h"
#include "domain/unit.h"

namespace suiji::store {

// The editable fields as stored (labels, months "1,2,3", flags true/false, "" / null for
// not given), in table order. Used for history diffs and the "unchanged" test.
Json unit_fields(const Unit& u);

// unit_fields(a) == unit_fields(b), without building JSON (an import compares every row).
bool same_fields(const Unit& a, const Unit& b);

// unit_diff(Json::object(), unit_fields(u)).dump(): the history of a new unit, written
// directly (an import of 100k new units builds 100k of them).
std::string unit_created_diff(const Unit& u);

// {"field": {"from": a[field], "to": b[field]}} for every field that differs.
Json unit_diff(const Json& before, const Json& after);

// Column list of SELECTs that UnitRow reads.
extern const char* const kUnitColumns;

// One row of kUnitColumns, bound column by column to variables (soci::into each):
// reading a whole file's units through soci::row (a holder per value, a type check per
// get) was a large part of an import (issue 11 item 8). Bind once per statement with
// bind_into(); after each fetch, to_unit() makes the Unit. Not copyable: the statement
// holds references to its members.
struct UnitRow {
  UnitRow() = default;
  UnitRow(const UnitRow&) = delete;
  UnitRow& operator=(const UnitRow&) = delete;

  void bind_into(soci::details::prepare_temp_type& p);
  Unit to_unit() const;

  long long id = 0, agency_id = 0, org_unit_id = 0, zone_agency_id = 0;
  soci::indicator org_unit_ind = soci::i_null, zone_ind = soci::i_null;
  std::string draw_id_code, uscc, org_code, name, address, region_code, industry, contact_person, contact_phone;
  double lat = 0, lon = 0;
  soci::indicator lat_ind = soci::i_null, lon_ind = soci::i_null;
  std::string level;
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
  std::string deleted_at;
  soci::indicator deleted_ind = soci::i_null;
};

}  // namespace suiji::store
