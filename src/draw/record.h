// The published draw record (spec section 8) as JSON: reading one (inputs plus the
// fields a record claims to have computed) and writing one.
#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "draw/draw.h"
#include "draw/input.h"

namespace simdjson::dom {
class parser;
}

namespace suiji::draw {

// Not JSON, a key twice in one object, not sj-draw/1, a required field missing or of the
// wrong type (spec sections 8 and 9, check 1): refused before any check, exit 2.
// Codes: "record_malformed", "record_duplicate_key"; details {"path": "<field>"} where
// one field is at fault (for a duplicate key, the key's path, e.g. "strata[0].selected").
class MalformedRecord : public InputError {
 public:
  MalformedRecord(std::string code, std::string zh, std::string en, Json details = nullptr)
      : InputError(std::move(code), std::move(zh), std::move(en), std::move(details)) {}
};

// What a record says was computed. Absent fields stay empty so that verify can name them.
struct ClaimedRecord {
  struct Stratum {
    std::optional<std::string> population_hash;
    std::optional<int64_t> n;
    std::optional<std::vector<SelectedUnit>> selected;
  };
  std::optional<std::string> seed;
  std::vector<Stratum> strata;  // parallel to DrawInput::strata
  std::optional<std::string> pool_hash;
  std::optional<std::string> conflicts_hash;
  std::optional<int64_t> cap;
  std::optional<std::vector<Assignment>> assignments;
  std::optional<std::vector<ChangeResult>> change_results;
  std::optional<std::vector<Assignment>> final_assignments;
  bool conflicts_present = false;  // inspectors.conflicts (optional in an input, required in a record)
};

// A parsed input or record. Owns the parsed document the population ids point into,
// so keep it alive while `input` is used. Movable, not copyable.
class ParsedRecord {
 public:
  // Throws MalformedRecord with a bilingual message naming the field. A leading UTF-8
  // byte-order mark is skipped; a key twice in any object of the document (nested objects
  // and informational fields included) is refused ("record_duplicate_key").
  static ParsedRecord parse(std::string_view json_text);
  // The same, without copying: `json_text` must have kParsePadding readable bytes
  // allocated past its end (a std::string with that much spare capacity will do).
  static ParsedRecord parse_padded(std::string_view json_text);
  static constexpr size_t kParsePadding = 64;

  ParsedRecord(ParsedRecord&&) noexcept;
  ParsedRecord& operator=(ParsedRecord&&) noexcept;
  ~ParsedRecord();

  DrawInput input;
  ClaimedRecord claimed;

 private:
  ParsedRecord();
  std::unique_ptr<simdjson::dom::parser> parser_;
};

// The full record: the inputs as given, then every computed field.
std::string record_json(const DrawInput& in, const DrawResult& r);
// The same, handed to `sink` in pieces of about 1 MB (for printing large records).
void write_record(const DrawInput& in, const DrawResult& r, const std::function<void(std::string_view)>& sink);

}  // namespace suiji::draw
