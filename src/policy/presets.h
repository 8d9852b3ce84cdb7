// The eight presets: policies that reproduce the seeds' rules clause by clause
// (requirements section 9; docs/presets/NAME.md quotes the clause behind every value).
// Each is a JSON file in src/policy/presets/, compiled into the binary and read with
// policy_from_json, so a preset is data an admin can read, copy and adjust, not code.
//
// preset() throws suiji::Error kBadInput "unknown_preset" naming the known presets; a
// preset file that fails policy_from_json is a build defect (tests/policy checks every
// one). Parsed once; thread-safe.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "policy/policy.h"

namespace suiji::policy {

// shandong-city, shandong-county, quzhou-city, quzhou-county, zibo-zhangdian, baoding,
// urumqi-city, urumqi-district (the order of requirements section 9).
const std::vector<std::string>& preset_names();
const Policy& preset(std::string_view name);

}  // namespace suiji::policy
