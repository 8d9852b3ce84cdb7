// Draws (抽取): the stored life of one sj-draw/1 draw, prepare → announce → reveal → publish.
// The rules of each step (who, when, what is checked) are the services' (service/draws/).
//
// The nonce stays secret until reveal (issue 11, section 1). At announce time only its
// commitment is public; the nonce itself lives in the draw_secret table, which no list or
// detail query selects: DrawRow has no nonce field, and `reveal` is the one method that
// reads it. After reveal the published record (record_json) carries the nonce, as sj-draw/1
// requires, so from then on it is public anyway.
//
//   int64_t id = db->draws().prepare({"330800-2027Q1-1", std::nullopt, agency, "2027Q1", input, "alice"});
//   db->draws().announce(id, {frozen_input, commitment, nonce, ""});
//   db->draws().list({});                  // never the nonce
//   db->draws().reveal(id, [&](const DrawRow& d, std::string_view nonce) {
//     return compute_record(d.input_json, nonce);   // the service's job, not the store's
//   });
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace suiji::store {

class Store;

// What may be shown of a draw at any time: every column of the draw row (none of them
// secret), never the nonce.
struct DrawRow {
  int64_t id = 0;
  std::string draw_code;  // e.g. 330800-2027Q1-1 (an sj-draw/1 draw_id)
  std::optional<int64_t> plan_id;
  std::optional<int64_t> agency_id;
  std::string period;       // 2027Q1 or 2027
  int policy_version = 0;   // the agency's policy version (for the period's year) it was prepared under
  std::string status;       // prepared → announced → revealed → published (or revealed → voided)
  std::string input_json;   // the draw input: as prepared, then frozen at announce
  std::string record_json;  // "" until revealed: the sj-draw/1 record
  std::string commitment;   // SHA-256 of the nonce, public from announce on ("" before)
  std::string prepared_at;
  std::string announced_at;  // "" until announced
  std::string revealed_at;   // "" until revealed
  std::string published_at;  // "" until published
  std::string published_by;
  std::string override_reason;  // why it was announced outside the policy's window
  std::string operator_name;
  std::string witnesses_json = "[]";
};

// What prepare stores: a draw with its input, no commitment and no nonce yet.
struct NewDraw {
  std::string draw_code;
  std::optional<int64_t> plan_id;
  std::optional<int64_t> agency_id;
  std::string period;
  int policy_version = 0;
  std::string input_json;
  std::string operator_name;
};

// What announce adds: the frozen input (now with its commitment) and, apart, the nonce.
struct Announcement {
  std::string input_json;
  std::string commitment;  // 64 lowercase hex
  std::string nonce;       // 64 lowercase hex; goes to draw_secret
  std::string override_reason;
};

struct DrawFilter {
  std::optional<int64_t> plan_id;
  std::optional<int64_t> agency_id;
  std::string period;  // "" = any
  std::string status;  // "" = any
};

class Draws {
 public:
  explicit Draws(Store& s) : s_(s) {}

  // Stores a new draw with status "prepared". Throws Invalid (draw code not an sj-draw/1
  // draw id, or already used), writing nothing.
  int64_t prepare(const NewDraw& d);

  // prepared → announced: replaces the input with the frozen one, stores the commitment and
  // announced_at, and the nonce in draw_secret. Throws Invalid (commitment or nonce not 64
  // lowercase hex), NotFound, or kConflict "draw_not_prepared" when it is not prepared
  // (the UPDATE is guarded, so two announcers cannot both succeed).
  DrawRow announce(int64_t id, const Announcement& a);

  // Replaces the witness list of an announced draw if it still is `expected` (what the caller
  // read and appended to): kConflict "draw_not_announced" when not announced, kConflict
  // "draw_changed" when another input came in between (enter it again).
  void set_witnesses(int64_t id, const std::string& expected, const std::string& witnesses_json);

  // revealed → published, by whom and when (kConflict "draw_not_revealed" else).
  DrawRow publish(int64_t id, const std::string& by, const std::string& at);

  // A change after reveal (spec section 7): replaces the record of a revealed draw with
  // `record_json` (the same draw replayed with one more change) if it still is `expected`.
  // kConflict "draw_not_revealed" unless revealed (a published record is final),
  // "draw_changed" when another change landed in between.
  void replace_record(int64_t id, const std::string& expected, const std::string& record_json);

  // revealed → voided (作废, service/draws/draw_void.h): the row and its record stay as they
  // are, only the status moves. kConflict "draw_not_revealed" unless revealed (the UPDATE is
  // guarded, so two approvers cannot both void it).
  DrawRow void_draw(int64_t id);

  // Detail and list queries: never the nonce (they do not touch draw_secret).
  std::optional<DrawRow> get(int64_t id);
  std::optional<DrawRow> find(std::string_view draw_code);
  std::vector<DrawRow> list(const DrawFilter& f);  // by id

  // The reveal step, the only reader of the nonce: in one transaction reads it, hands it to
  // make_record (which computes the published record from the announced draw and the nonce),
  // stores that record with status "revealed" and revealed_at, and returns the updated row.
  // Throws NotFound; suiji::Error kConflict "draw_already_revealed" when revealed before,
  // "draw_not_announced" when not yet announced. An exception from make_record writes nothing.
  DrawRow reveal(int64_t id, const std::function<std::string(const DrawRow&, std::string_view nonce)>& make_record);

 private:
  Store& s_;
};

}  // namespace suiji::store
