// Draws (抽取): the stored life of one sj-draw/1 draw, announce → reveal.
//
// The nonce stays secret until reveal (issue 11, section 1). At announce time only its
// commitment is public; the nonce itself lives in the draw_secret table, which no list or
// detail query selects: DrawRow has no nonce field, and `reveal` is the one method that
// reads it. After reveal the published record (record_json) carries the nonce, as sj-draw/1
// requires, so from then on it is public anyway.
//
//   int64_t id = db->draws().announce({"QZ-2026-12-A", std::nullopt, input, commitment, nonce, "alice"});
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
  std::string draw_code;  // e.g. QZ-2026-12-A (an sj-draw/1 draw_id)
  std::optional<int64_t> plan_id;
  std::string status;       // "announced", then "revealed"
  std::string input_json;   // the draw input as announced
  std::string record_json;  // "" until revealed: the published sj-draw/1 record
  std::string commitment;   // SHA-256 of the nonce, public from announce on
  std::string announced_at;
  std::string revealed_at;  // "" until revealed
  std::string operator_name;
  std::string witnesses_json = "[]";
};

// What announce stores: the row and, apart, its nonce.
struct NewDraw {
  std::string draw_code;
  std::optional<int64_t> plan_id;
  std::string input_json;
  std::string commitment;  // 64 lowercase hex
  std::string nonce;       // 64 lowercase hex; goes to draw_secret
  std::string operator_name;
  std::string witnesses_json = "[]";
};

struct DrawFilter {
  std::optional<int64_t> plan_id;
  std::string status;  // "" = any
};

class Draws {
 public:
  explicit Draws(Store& s) : s_(s) {}

  // Stores a new draw with status "announced". Throws Invalid (draw code not an sj-draw/1
  // draw id, commitment or nonce not 64 lowercase hex, draw code already used), writing nothing.
  int64_t announce(const NewDraw& d);

  // Detail and list queries: never the nonce (they do not touch draw_secret).
  std::optional<DrawRow> get(int64_t id);
  std::optional<DrawRow> find(std::string_view draw_code);
  std::vector<DrawRow> list(const DrawFilter& f);  // by id

  // The reveal step, the only reader of the nonce: in one transaction reads it, hands it to
  // make_record (which computes the published record from the announced draw and the nonce),
  // stores that record with status "revealed" and revealed_at, and returns the updated row.
  // Throws NotFound; suiji::Error kConflict "draw_already_revealed" when revealed before.
  // An exception from make_record writes nothing.
  DrawRow reveal(int64_t id, const std::function<std::string(const DrawRow&, std::string_view nonce)>& make_record);

 private:
  Store& s_;
};

}  // namespace suiji::store
