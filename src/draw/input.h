// The inputs of one sj-draw/1 draw (spec section 4, "Announce"), as plain values.
//
// Population ids are string_views: for a million-unit stratum they point into the parsed
// JSON document rather than being copied. Whoever builds a DrawInput keeps the storage
// they point into alive for as long as the DrawInput is used (ParsedDraw does this).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/error.h"

namespace suiji::draw {

// Bad input: the draw cannot be made (or verified) from it. Kind kBadInput; what() is
// "中文 / English". Codes: "draw_input_invalid" (a rule of spec sections 3–4 broken: an id,
// the nonce, k, team_size …), "draw_duplicate_id", "draw_team_impossible" (fewer candidates
// than team_size), "draw_change_invalid" (a change that cannot be replayed).
// details is {"path": "<the field at fault>"} where one field is at fault, else null.
class InputError : public Error {
 public:
  InputError(std::string code, std::string zh, std::string en, Json details = nullptr)
      : Error(ErrorKind::kBadInput, std::move(code), std::move(zh), std::move(en), std::move(details)) {}
  // details.path, or "" when the error names no single field.
  std::string path() const {
    return details().is_object() && details().contains("path") && details()["path"].is_string()
               ? details()["path"].get<std::string>()
               : std::string();
  }
};
// {"path": path}, the details of an error about one field.
inline Json path_details(const std::string& path) { return Json{{"path", path}}; }

// Informational fields a record may carry beside the spec's own (agency, period, witness
// names, policy basis of each k …): ignored by the draw, copied to the record as they came.
// Each is a key and its value as serialized JSON.
using Extras = std::vector<std::pair<std::string, std::string>>;

struct Witness {
  std::string role;
  std::string input;
  Extras extra;
};

struct StratumInput {
  std::string id;
  std::string label;  // informational
  std::vector<std::string_view> population;
  int64_t k = 0;
  Extras extra;
};

struct PoolMember {
  std::string id;
  bool senior = false;
};

struct Conflict {
  std::string unit;
  std::string inspector;
};

enum class ChangeType { kReplaceInspector, kSubstituteUnit };

struct Change {
  ChangeType type = ChangeType::kReplaceInspector;
  std::string unit;
  std::string inspector;  // replace_inspector only
  std::string stratum;    // substitute_unit only
  std::string reason;
  std::string approved_by;
  Extras extra;
};

struct DrawInput {
  std::string draw_id;
  std::string commitment;
  std::string nonce;
  std::vector<Witness> witnesses;
  std::optional<std::string> beacon;
  std::vector<StratumInput> strata;
  std::vector<PoolMember> pool;
  std::vector<Conflict> conflicts;
  int team_size = 2;
  bool mentor_pairing = false;
  std::vector<Change> changes;
  Extras extra;
};

// How strictly to check. Computing a new draw refuses k > n (an operator's mistake);
// verifying follows the spec's letter, which selects the whole stratum when k >= n.
enum class Strictness { kCompute, kVerify };

// Throws InputError naming the first problem (bad id, duplicate id, nonce not matching
// the commitment, k larger than the population, bad witness input, …). With kVerify the
// nonce is not compared with the commitment: verify() reports that as a discrepancy
// (spec section 9, check 2), not as a malformed record.
void validate(const DrawInput& in, Strictness strictness);

// Parts of validate(): everything but the population ids, and one stratum's ids
// (compute_draw checks those on the thread that hashes the population).
void validate_except_population_ids(const DrawInput& in, Strictness strictness);
void validate_population_ids(const StratumInput& s);

// spec section 4.3: draw_id | nonce | witness inputs joined by "," [| beacon]
std::string derive_seed(const DrawInput& in);

const char* change_type_name(ChangeType t);

}  // namespace suiji::draw
