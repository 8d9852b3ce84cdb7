#include "store/conflicts.h"

#include <soci/soci.h>

#include "store/sql_util.h"
#include "store/store.h"

namespace suiji::store {
namespace {

int64_t write(Store& s, const Conflict& c) {
  long long unit = c.unit_id, insp = c.inspector_id;
  long long existing = 0;
  soci::indicator ind = soci::i_null;
  s.sql() << "SELECT id FROM conflict WHERE unit_id = :u AND inspector_id = :i",
      soci::into(existing, ind), soci::use(unit), soci::use(insp);
  if (ind == soci::i_ok && s.sql().got_data()) {
    s.sql() << "UPDATE conflict SET reason = :r WHERE id = :id", soci::use(c.reason),
        soci::use(existing);
    return existing;
  }
  long long id = s.next_ids("conflict");
  std::string at = Store::now();
  s.sql() << "INSERT INTO conflict (id, unit_id, inspector_id, reason, created_at) "
             "VALUES (:id, :u, :i, :r, :at)",
      soci::use(id), soci::use(unit), soci::use(insp), soci::use(c.reason), soci::use(at);
  return id;
}

std::vector<Conflict> query(soci::session& sql, const sqlu::Where& w) {
  std::vector<Conflict> out;
  soci::row r;
  auto p = (sql.prepare << "SELECT id, unit_id, inspector_id, reason FROM conflict" + w.sql() +
                               " ORDER BY id",
            soci::into(r));
  w.bind(p);
  soci::statement st(p);
  st.execute();
  while (st.fetch())
    out.push_back(Conflict{sqlu::i64(r, 0), sqlu::i64(r, 1), sqlu::i64(r, 2), sqlu::str(r, 3)});
  return out;
}

}  // namespace

int64_t Conflicts::upsert(const Conflict& c) {
  return s_.transaction([&] {
    auto u = s_.units().get(c.unit_id);
    auto i = s_.inspectors().get(c.inspector_id);
    std::vector<FieldError> errors;
    if (!u || !u->deleted_at.empty())
      errors.push_back({"unit_id", "污染源不存在 / unit " + std::to_string(c.unit_id) + " not found"});
    if (!i || !i->deleted_at.empty())
      errors.push_back({"inspector_id", "执法人员不存在 / inspector " +
                                            std::to_string(c.inspector_id) + " not found"});
    if (c.reason.empty()) errors.push_back({"reason", "须说明回避原因 / a conflict needs a reason"});
    if (!errors.empty()) throw Invalid({RowErrors{0, {}, errors}});
    return write(s_, c);
  });
}

std::vector<int64_t> Conflicts::upsert_all(int64_t agency_id, const std::vector<ConflictRow>& rows) {
  return s_.transaction([&] {
    std::vector<RowErrors> bad;
    std::vector<Conflict> resolved;
    for (size_t k = 0; k < rows.size(); ++k) {
      const auto& row = rows[k];
      std::vector<FieldError> errors;
      auto u = s_.units().find(agency_id, row.unit_draw_id);
      auto i = s_.inspectors().find(agency_id, row.inspector_code);
      if (!u)
        errors.push_back({"unit_draw_id", "本机构没有编号为「" + row.unit_draw_id +
                                              "」的污染源 / no such unit in this agency"});
      if (!i)
        errors.push_back({"inspector_code", "本机构没有编号为「" + row.inspector_code +
                                                "」的执法人员 / no such inspector in this agency"});
      if (row.reason.empty())
        errors.push_back({"reason", "须说明回避原因 / a conflict needs a reason"});
      if (!errors.empty()) {
        bad.push_back(RowErrors{k, row.unit_draw_id + "/" + row.inspector_code, std::move(errors)});
        continue;
      }
      resolved.push_back(Conflict{0, u->id, i->id, row.reason});
    }
    if (!bad.empty()) throw Invalid(std::move(bad));
    std::vector<int64_t> ids;
    for (const auto& c : resolved) ids.push_back(write(s_, c));
    return ids;
  });
}

std::vector<ConflictView> Conflicts::list(int64_t agency_id) {
  std::vector<ConflictView> out;
  soci::row r;
  long long a = agency_id;
  soci::statement st =
      (s_.sql().prepare << "SELECT c.id, c.unit_id, c.inspector_id, c.reason, u.draw_id_code, "
                           "u.name, i.code, i.name FROM conflict c JOIN unit u ON u.id = c.unit_id "
                           "JOIN inspector i ON i.id = c.inspector_id WHERE u.agency_id = :a "
                           "ORDER BY c.id",
       soci::into(r), soci::use(a));
  st.execute();
  while (st.fetch())
    out.push_back(ConflictView{
        Conflict{sqlu::i64(r, 0), sqlu::i64(r, 1), sqlu::i64(r, 2), sqlu::str(r, 3)},
        sqlu::str(r, 4), sqlu::str(r, 5), sqlu::str(r, 6), sqlu::str(r, 7)});
  return out;
}

std::vector<Conflict> Conflicts::for_unit(int64_t unit_id) {
  sqlu::Where w;
  w.add("unit_id = :u", unit_id);
  return query(s_.sql(), w);
}

std::vector<Conflict> Conflicts::for_inspector(int64_t inspector_id) {
  sqlu::Where w;
  w.add("inspector_id = :i", inspector_id);
  return query(s_.sql(), w);
}

void Conflicts::remove(int64_t id) {
  s_.transaction([&] {
    long long lid = id;
    soci::statement st = (s_.sql().prepare << "DELETE FROM conflict WHERE id = :id", soci::use(lid));
    st.execute(true);
    if (st.get_affected_rows() == 0)
      throw NotFound("conflict_not_found", "回避记录 " + std::to_string(id) + " 不存在", "conflict " + std::to_string(id) + " not found");
  });
}

}  // namespace suiji::store
