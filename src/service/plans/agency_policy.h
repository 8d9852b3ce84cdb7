// An agency's policy for a year (`suiji policy apply | show`): given from a preset or a
// policy file, checked, and stored as a new version (store/policies.h) — an edit never
// overwrites, so a draw that names (agency, year, version) can be checked against the
// rules it was drawn under.
//
//   service::apply_policy(db, "330800", 2026, {.preset = "quzhou-city"}, "cli");
//   AgencyPolicy p = service::current_policy(db, agency, 2026);   // the latest version
//
// Contracts:
// - Exactly one of preset and file. A file is suiji-policy/1 JSON (docs/policy.md), checked
//   by policy_from_json (kBadInput "policy_invalid" naming the path); what is stored is
//   the checked policy written out again, so every stored version reads back exactly.
// - Unknown agency or preset, a year outside 2000–2099: kBadInput naming the field.
// - current_policy: the latest version, or kNotFound "no_policy" saying how to apply one.
// One transaction per apply; show and current only read.
#pragma once
#include <optional>
#include <string>

#include "domain/agency.h"
#include "domain/json.h"
#include "policy/policy.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

struct PolicySource {
  std::string preset;  // a preset name (policy/presets.h), or
  std::string file;    // a suiji-policy/1 JSON file ("-" = standard input)
};

// {"agency": {"id", "name"}, "year", "version", "preset", "title"}
Json apply_policy(store::Store& db, const std::string& agency_ref, int year, const PolicySource& source,
                  const std::string& actor);

struct AgencyPolicy {
  int year = 0;
  int version = 0;
  std::string created_at, created_by;
  policy::Policy policy;
};

AgencyPolicy current_policy(store::Store& db, const Agency& agency, int year);
// The version a draw was prepared under (a later apply never changes a prepared draw's
// rules); kNotFound "no_policy" when it does not exist.
AgencyPolicy policy_version(store::Store& db, const Agency& agency, int year, int version);

// {"agency", "year", "version", "created_at", "created_by", "policy": suiji-policy/1};
// `version` nullopt: the latest.
Json show_policy(store::Store& db, const std::string& agency_ref, int year, std::optional<int> version);

}  // namespace suiji::service
