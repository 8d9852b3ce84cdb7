#include "store/draws.h"

#include <soci/soci.h>

#include "domain/sj_ids.h"
#include "store/sql_util.h"
#include "store/store.h"

namespace suiji::store {
namespace {

// The draw row only: draw_secret is never joined here.
constexpr const char* kDrawCols =
    "id, draw_code, plan_id, status, input_json, record_json, commitment, announced_at, revealed_at, "
    "operator, witnesses_json";

std::vector<DrawRow> query_draws(soci::session& sql, const sqlu::Where& w) {
  std::vector<DrawRow> out;
  soci::row r;
  auto p = (sql.prepare << std::string("SELECT ") + kDrawCols + " FROM draw" + w.sql() + " ORDER BY id",
            soci::into(r));
  w.bind(p);
  soci::statement st(p);
  st.execute();
  while (st.fetch()) {
    DrawRow d;
    d.id = sqlu::i64(r, 0);
    d.draw_code = sqlu::str(r, 1);
    d.plan_id = sqlu::opt_i64(r, 2);
    d.status = sqlu::str(r, 3);
    d.input_json = sqlu::str(r, 4);
    d.record_json = sqlu::str(r, 5);
    d.commitment = sqlu::str(r, 6);
    d.announced_at = sqlu::str(r, 7);
    d.revealed_at = sqlu::str(r, 8);
    d.operator_name = sqlu::str(r, 9);
    d.witnesses_json = sqlu::str(r, 10);
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace

int64_t Draws::announce(const NewDraw& d) {
  return s_.transaction([&] {
    std::vector<FieldError> e;
    if (!is_valid_draw_id(d.draw_code))
      e.push_back({"draw_code", "抽取编号「" + d.draw_code + "」不符合 sj-draw/1 编号规则 / the draw code is not an "
                                "sj-draw/1 draw id"});
    else if (find(d.draw_code))
      e.push_back({"draw_code", "抽取编号「" + d.draw_code + "」已使用 / the draw code is already used"});
    if (!is_lower_hex64(d.commitment))
      e.push_back({"commitment", "承诺值须为 64 位小写十六进制 / the commitment must be 64 lowercase hex characters"});
    if (!is_lower_hex64(d.nonce))
      e.push_back({"nonce", "随机数须为 64 位小写十六进制 / the nonce must be 64 lowercase hex characters"});
    if (!e.empty()) throw Invalid({RowErrors{0, d.draw_code, std::move(e)}});
    long long id = s_.next_ids("draw");
    long long plan = d.plan_id.value_or(0);
    soci::indicator plan_ind = d.plan_id ? soci::i_ok : soci::i_null;
    std::string status = "announced", at = Store::now();
    s_.sql() << "INSERT INTO draw (id, draw_code, plan_id, status, input_json, commitment, announced_at, "
                "operator, witnesses_json) VALUES (:id, :code, :plan, :status, :input, :c, :at, :op, :w)",
        soci::use(id), soci::use(d.draw_code), soci::use(plan, plan_ind), soci::use(status),
        soci::use(d.input_json), soci::use(d.commitment), soci::use(at), soci::use(d.operator_name),
        soci::use(d.witnesses_json);
    s_.sql() << "INSERT INTO draw_secret (draw_id, nonce) VALUES (:id, :n)", soci::use(id), soci::use(d.nonce);
    return static_cast<int64_t>(id);
  });
}

std::optional<DrawRow> Draws::get(int64_t id) {
  sqlu::Where w;
  w.add("id = :id", id);
  auto v = query_draws(s_.sql(), w);
  if (v.empty()) return std::nullopt;
  return v.front();
}

std::optional<DrawRow> Draws::find(std::string_view draw_code) {
  sqlu::Where w;
  w.add("draw_code = :c", std::string(draw_code));
  auto v = query_draws(s_.sql(), w);
  if (v.empty()) return std::nullopt;
  return v.front();
}

std::vector<DrawRow> Draws::list(const DrawFilter& f) {
  sqlu::Where w;
  if (f.plan_id) w.add("plan_id = :p", *f.plan_id);
  if (!f.status.empty()) w.add("status = :s", f.status);
  return query_draws(s_.sql(), w);
}

DrawRow Draws::reveal(int64_t id,
                      const std::function<std::string(const DrawRow&, std::string_view nonce)>& make_record) {
  return s_.transaction([&] {
    auto d = get(id);
    if (!d)
      throw NotFound("draw_not_found", "抽取 " + std::to_string(id) + " 不存在", "draw " + std::to_string(id) + " not found");
    if (d->status != "announced")
      throw Error(ErrorKind::kConflict, "draw_already_revealed", "抽取「" + d->draw_code + "」已揭示",
                  "draw " + d->draw_code + " was already revealed");
    long long lid = id;
    std::string nonce;
    soci::indicator ind = soci::i_null;
    s_.sql() << "SELECT nonce FROM draw_secret WHERE draw_id = :id", soci::into(nonce, ind), soci::use(lid);
    if (ind != soci::i_ok)
      throw StoreError(ErrorKind::kInternal, "draw_secret_missing", "抽取「" + d->draw_code + "」缺少随机数记录",
                       "the nonce of draw " + d->draw_code + " is missing");
    std::string record = make_record(*d, nonce);
    std::string status = "revealed", at = Store::now();
    s_.sql() << "UPDATE draw SET status = :s, record_json = :r, revealed_at = :at WHERE id = :id", soci::use(status),
        soci::use(record), soci::use(at), soci::use(lid);
    d->status = status;
    d->record_json = record;
    d->revealed_at = at;
    return *d;
  });
}

}  // namespace suiji::store
