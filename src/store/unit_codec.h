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

// Column list of SELECTs that unit_from_row() reads.
extern const char* const kUnitColumns;
Unit unit_from_row(const soci::row& r);

}  // namespace suiji::store
