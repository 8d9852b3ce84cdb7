// `suiji draw witness --draw ID --role 纪检监察 --name NAME --input TEXT --as LOGIN`: one
// witness's input at the ceremony (spec section 4.2), in the order entered.
//
// Contracts:
// - The actor is an operator (typing for the witness), a 纪检监察 supervisor or an invited
//   witness user, of the draw's agency or above; the draw is announced and not revealed
//   (kConflict "draw_not_announced").
// - White space is removed from the input (dice and lottery digits are read with spaces);
//   what remains must match ^[0-9A-Za-z]{1,64}$ (kBadInput "witness_input_invalid", field
//   "input"). Role and name are required (kBadInput, field "role" / "name").
// - The entry {role, input, name, entered_at, entered_by} is appended; inputs are public
//   (the witnesses' receipt prints them), so the audit entry holds them.
// One service::write ("draw.witness").
#pragma once
#include <string>

#include "domain/json.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

struct WitnessRequest {
  std::string draw, actor, role, name, input;
};

// {"id", "draw_code", "witnesses": [{role, input, name, entered_at, entered_by}],
//  "required_roles": [...], "missing_roles": [...]}
Json witness_draw(store::Store& db, const WitnessRequest& request);

// The policy's required witness roles not yet among `witnesses` (a JSON array of entries).
std::vector<std::string> missing_roles(const std::vector<std::string>& required, const Json& witnesses);

}  // namespace suiji::service
