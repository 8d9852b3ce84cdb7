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
    "operator, witnesses_json, agency_id, period, prepared_at, published_at, published_by, override_reason, policy_version";

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
    d.agency_id = sqlu::opt_i64(r, 11);
    d.period = sqlu::str(r, 12);
    d.prepared_at = sqlu::str(r, 13);
    d.published_at = sqlu::str(r, 14);
    d.published_by = sqlu::str(r, 15);
    d.override_reason = sqlu::str(r, 16);
    d.policy_version = static_cast<int>(sqlu::i64(r, 17));
    out.push_back(std::move(d));
  }
  return out;
}

Error not_in_status(const DrawRow& d, const char* code, const std::string& zh_state, const std::string& en_state) {
  return Error(ErrorKind::kConflict, code, "抽取「" + d.draw_code + "」" + zh_state + "（当前状态 " + d.status + "）",
               "draw " + d.draw_code + " " + en_state + " (status " + d.status + ")");
}

}  // namespace

int64_t Draws::prepare(const NewDraw& d) {
  return s_.transaction([&] {
    std::vector<FieldError> e;
    if (!is_valid_draw_id(d.draw_code))
      e.push_back({"draw_code", "抽取编号「" + d.draw_code + "」不符合 sj-draw/1 编号规则 / the draw code is not an "
                                "sj-draw/1 draw id"});
    else if (find(d.draw_code))
      e.push_back({"draw_code", "抽取编号「" + d.draw_code + "」已使用 / the draw code is already used"});
    if (!e.empty()) throw Invalid({RowErrors{0, d.draw_code, std::move(e)}});
    long long id = s_.next_ids("draw");
    long long plan = d.plan_id.value_or(0), agency = d.agency_id.value_or(0);
    soci::indicator plan_ind = d.plan_id ? soci::i_ok : soci::i_null;
    soci::indicator agency_ind = d.agency_id ? soci::i_ok : soci::i_null;
    std::string status = "prepared", at = Store::now(), empty;
    int version = d.policy_version;
    s_.sql() << "INSERT INTO draw (id, draw_code, plan_id, agency_id, period, policy_version, status, input_json, "
                "commitment, announced_at, prepared_at, operator) VALUES (:id, :code, :plan, :agency, :period, :v, "
                ":status, :input, :c, :a, :at, :op)",
        soci::use(id), soci::use(d.draw_code), soci::use(plan, plan_ind), soci::use(agency, agency_ind),
        soci::use(d.period), soci::use(version), soci::use(status), soci::use(d.input_json), soci::use(empty), soci::use(empty),
        soci::use(at), soci::use(d.operator_name);
    return static_cast<int64_t>(id);
  });
}

DrawRow Draws::announce(int64_t id, const Announcement& a) {
  return s_.transaction([&] {
    auto d = get(id);
    if (!d)
      throw NotFound("draw_not_found", "抽取 " + std::to_string(id) + " 不存在", "draw " + std::to_string(id) + " not found");
    std::vector<FieldError> e;
    if (!is_lower_hex64(a.commitment))
      e.push_back({"commitment", "承诺值须为 64 位小写十六进制 / the commitment must be 64 lowercase hex characters"});
    if (!is_lower_hex64(a.nonce))
      e.push_back({"nonce", "随机数须为 64 位小写十六进制 / the nonce must be 64 lowercase hex characters"});
    if (!e.empty()) throw Invalid({RowErrors{0, d->draw_code, std::move(e)}});
    long long lid = id;
    std::string status = "announced", at = Store::now();
    soci::statement st = (s_.sql().prepare << "UPDATE draw SET status = :s, input_json = :i, commitment = :c, "
                                              "announced_at = :at, override_reason = :o WHERE id = :id AND status = 'prepared'",
                          soci::use(status), soci::use(a.input_json), soci::use(a.commitment), soci::use(at),
                          soci::use(a.override_reason), soci::use(lid));
    st.execute(true);
    if (st.get_affected_rows() != 1) throw not_in_status(*d, "draw_not_prepared", "不是待公告状态", "is not prepared");
    s_.sql() << "INSERT INTO draw_secret (draw_id, nonce) VALUES (:id, :n)", soci::use(lid), soci::use(a.nonce);
    d->status = status;
    d->input_json = a.input_json;
    d->commitment = a.commitment;
    d->announced_at = at;
    d->override_reason = a.override_reason;
    return *d;
  });
}

void Draws::set_witnesses(int64_t id, const std::string& expected, const std::string& witnesses_json) {
  s_.transaction([&] {
    auto d = get(id);
    if (!d)
      throw NotFound("draw_not_found", "抽取 " + std::to_string(id) + " 不存在", "draw " + std::to_string(id) + " not found");
    if (d->status != "announced") throw not_in_status(*d, "draw_not_announced", "不在已公告待揭示状态", "is not announced");
    long long lid = id;
    soci::statement st = (s_.sql().prepare << "UPDATE draw SET witnesses_json = :w WHERE id = :id AND status = 'announced' "
                                              "AND witnesses_json = :old",
                          soci::use(witnesses_json), soci::use(lid), soci::use(expected));
    st.execute(true);
    if (st.get_affected_rows() != 1)
      throw Error(ErrorKind::kConflict, "draw_changed", "抽取「" + d->draw_code + "」刚有其他见证人输入，请重新录入",
                  "another witness input reached draw " + d->draw_code + " meanwhile: enter it again");
  });
}

void Draws::replace_record(int64_t id, const std::string& expected, const std::string& record_json) {
  s_.transaction([&] {
    auto d = get(id);
    if (!d)
      throw NotFound("draw_not_found", "抽取 " + std::to_string(id) + " 不存在", "draw " + std::to_string(id) + " not found");
    if (d->status != "revealed") throw not_in_status(*d, "draw_not_revealed", "尚未揭示或已公开", "is not revealed");
    long long lid = id;
    soci::statement st = (s_.sql().prepare << "UPDATE draw SET record_json = :r WHERE id = :id AND status = 'revealed' "
                                              "AND record_json = :old",
                          soci::use(record_json), soci::use(lid), soci::use(expected));
    st.execute(true);
    if (st.get_affected_rows() != 1)
      throw Error(ErrorKind::kConflict, "draw_changed", "抽取「" + d->draw_code + "」刚有其他变动生效，请重新提交",
                  "another change reached draw " + d->draw_code + " meanwhile: submit it again");
  });
}

DrawRow Draws::void_draw(int64_t id) {
  return s_.transaction([&] {
    auto d = get(id);
    if (!d)
      throw NotFound("draw_not_found", "抽取 " + std::to_string(id) + " 不存在", "draw " + std::to_string(id) + " not found");
    long long lid = id;
    soci::statement st =
        (s_.sql().prepare << "UPDATE draw SET status = 'voided' WHERE id = :id AND status = 'revealed'", soci::use(lid));
    st.execute(true);
    if (st.get_affected_rows() != 1) throw not_in_status(*d, "draw_not_revealed", "不在已揭示、未公开状态", "is not revealed");
    d->status = "voided";
    return *d;
  });
}

DrawRow Draws::publish(int64_t id, const std::string& by, const std::string& at) {
  return s_.transaction([&] {
    auto d = get(id);
    if (!d)
      throw NotFound("draw_not_found", "抽取 " + std::to_string(id) + " 不存在", "draw " + std::to_string(id) + " not found");
    long long lid = id;
    std::string status = "published";
    soci::statement st = (s_.sql().prepare << "UPDATE draw SET status = :s, published_at = :at, published_by = :b "
                                              "WHERE id = :id AND status = 'revealed'",
                          soci::use(status), soci::use(at), soci::use(by), soci::use(lid));
    st.execute(true);
    if (st.get_affected_rows() != 1) throw not_in_status(*d, "draw_not_revealed", "尚未揭示或已公开", "is not revealed");
    d->status = status;
    d->published_at = at;
    d->published_by = by;
    return *d;
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
  if (f.agency_id) w.add("agency_id = :a", *f.agency_id);
  if (!f.period.empty()) w.add("period = :per", f.period);
  if (!f.status.empty()) w.add("status = :s", f.status);
  return query_draws(s_.sql(), w);
}

DrawRow Draws::reveal(int64_t id,
                      const std::function<std::string(const DrawRow&, std::string_view nonce)>& make_record) {
  return s_.transaction([&] {
    auto d = get(id);
    if (!d)
      throw NotFound("draw_not_found", "抽取 " + std::to_string(id) + " 不存在", "draw " + std::to_string(id) + " not found");
    if (d->status == "prepared") throw not_in_status(*d, "draw_not_announced", "尚未公告", "is not announced yet");
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
    soci::statement st = (s_.sql().prepare << "UPDATE draw SET status = :s, record_json = :r, revealed_at = :at "
                                              "WHERE id = :id AND status = 'announced'",
                          soci::use(status), soci::use(record), soci::use(at), soci::use(lid));
    st.execute(true);
    if (st.get_affected_rows() != 1)
      throw Error(ErrorKind::kConflict, "draw_already_revealed", "抽取「" + d->draw_code + "」已揭示",
                  "draw " + d->draw_code + " was already revealed");
    d->status = status;
    d->record_json = record;
    d->revealed_at = at;
    return *d;
  });
}

}  // namespace suiji::store
