// `suiji plan preview --preset NAME --counts FILE` and `suiji plan calendar --preset NAME
// --period P`: a preset's sizes for given stratum counts, and its dates for a period,
// as the JSON that other systems and our own checks read (docs/policy.md, "Commands").
//
//   Json sizes = service::preview_preset("quzhou-city", Json::parse(R"({"key": 137, ...})"));
//   Json dates = service::calendar_preset("quzhou-city", "2026Q4");
//
// Contracts:
// - The counts are {"key": N, "general": N, "special": N, "inspectors": N}: one
//   non-negative integer per stratum of the preset and the headcount on its basis when a
//   staff ratio needs it. A missing, negative, non-integer or unknown count, an unknown
//   preset or a malformed period throws suiji::Error kBadInput naming the field (exit 2).
// - Output: {"preset", "strata": [size_of(...) as policy::to_json, in the preset's order]}
//   and {"preset", "period", "draw_window": {"from", "to"}, "deadlines": [{"what", "due"}],
//   "warnings"} (holiday_warnings.h; the CLI prints warnings on standard error, so that its
//   standard output is exactly the documented form).
// Reads only the counts file; writes nothing.
#pragma once
#include <string>

#include "domain/json.h"

namespace suiji::service {

Json preview_preset(const std::string& preset, const Json& counts);
// The counts file at `path` (UTF-8 JSON, "-" = standard input), then preview_preset.
Json preview_preset_file(const std::string& preset, const std::string& path);
Json calendar_preset(const std::string& preset, const std::string& period);

}  // namespace suiji::service
