// Whether a Unit, Inspector, Absence or Agency may be stored: every rule of
// requirements 2 that needs no database. Each problem names the field and says in
// Chinese and English what is wrong, so an importer can show it per row.
#pragma once
#include <string>
#include <vector>

#include "domain/agency.h"
#include "domain/inspector.h"
#include "domain/unit.h"

namespace suiji {

struct FieldError {
  std::string field;    // e.g. "uscc"
  std::string message;  // Chinese + English
};

// Empty when the unit is valid. Checks: draw_id_code is a valid sj-draw/1 id; uscc (if
// given) passes GB 32100 and draw_id_code equals it; org_code (if given) passes GB 11714
// and, with a uscc, equals its positions 9–17; name present; region_code in GB/T 2260;
// lat/lon in range; special reason given only with special; since <= until, ISO dates;
// producing months only for 季节性生产 and required there; approval fields only for
// projects.
std::vector<FieldError> validate_unit(const Unit& u);
std::vector<FieldError> validate_inspector(const Inspector& i);
std::vector<FieldError> validate_absence(const Absence& a);
std::vector<FieldError> validate_agency(const Agency& a);

// "uscc: 统一社会信用代码校验位错误…; name: …" — for exceptions and logs.
std::string join_errors(const std::vector<FieldError>& errors);

}  // namespace suiji
