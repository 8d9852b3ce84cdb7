#include "store/change_requests.h"

#include <soci/soci.h>

#include <algorithm>

#include "domain/error.h"
#include "store/sql_util.h"
#include "store/store.h"

namespace suiji::store {
namespace {

constexpr const char* kCols =
    "id, agency_id, draw_id, kind, payload, reason, evidence, status, approvals_json, created_by, created_at, "
    "decided_at, result_json";

std::vector<ChangeRequestRow> query(soci::session& sql, const sqlu::Where& w) {
  std::vector<ChangeRequestRow> out;
  soci::row r;
  auto p = (sql.prepare << std::string("SELECT ") + kCols + " FROM change_request" + w.sql() + " ORDER BY id",
            soci::into(r));
  w.bind(p);
  soci::statement st(p);
  st.execute();
  while (st.fetch()) {
    ChangeRequestRow c;
    c.id = sqlu::i64(r, 0);
    c.agency_id = sqlu::i64(r, 1);
    c.draw_id = sqlu::opt_i64(r, 2);
    c.kind = sqlu::str(r, 3);
    c.payload_json = sqlu::str(r, 4);
    c.reason = sqlu::str(r, 5);
    c.evidence_json = sqlu::str(r, 6);
    c.status = sqlu::str(r, 7);
    c.approvals_json = sqlu::str(r, 8);
    c.created_by = sqlu::str(r, 9);
    c.created_at = sqlu::str(r, 10);
    c.decided_at = sqlu::str(r, 11);
    c.result_json = sqlu::str(r, 12);
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace

void ChangeRequests::insert(ChangeRequestRow& row) {
  s_.transaction([&] {
    row.id = s_.next_ids("change_request");
    row.created_at = Store::now();
    long long id = row.id, agency = row.agency_id, draw = row.draw_id.value_or(0);
    soci::indicator draw_ind = row.draw_id ? soci::i_ok : soci::i_null;
    s_.sql() << "INSERT INTO change_request (id, agency_id, draw_id, kind, payload, reason, evidence, status, "
                "approvals_json, created_by, created_at, decided_at, result_json) VALUES (:id, :a, :d, :k, :p, :r, "
                ":e, :s, :ap, :by, :at, :dec, :res)",
        soci::use(id), soci::use(agency), soci::use(draw, draw_ind), soci::use(row.kind), soci::use(row.payload_json),
        soci::use(row.reason), soci::use(row.evidence_json), soci::use(row.status), soci::use(row.approvals_json),
        soci::use(row.created_by), soci::use(row.created_at), soci::use(row.decided_at), soci::use(row.result_json);
  });
}

std::optional<ChangeRequestRow> ChangeRequests::get(int64_t id) {
  sqlu::Where w;
  w.add("id = :id", id);
  auto rows = query(s_.sql(), w);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<ChangeRequestRow> ChangeRequests::of_draw(int64_t draw_id) {
  sqlu::Where w;
  w.add("draw_id = :d", draw_id);
  return query(s_.sql(), w);
}

std::vector<ChangeRequestRow> ChangeRequests::of_agency(int64_t agency_id, const std::vector<std::string>& kinds) {
  std::vector<ChangeRequestRow> out;
  for (const auto& kind : kinds) {
    sqlu::Where w;
    w.add("agency_id = :a", agency_id);
    w.add("kind = :k", kind);
    w.add("draw_id IS NULL");
    auto rows = query(s_.sql(), w);
    out.insert(out.end(), rows.begin(), rows.end());
  }
  std::sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.id < y.id; });
  return out;
}

void ChangeRequests::advance(const ChangeRequestRow& row, const std::string& expected) {
  s_.transaction([&] {
    long long id = row.id;
    soci::statement st = (s_.sql().prepare << "UPDATE change_request SET status = :s, approvals_json = :ap, "
                                              "evidence = :e, decided_at = :dec, result_json = :res "
                                              "WHERE id = :id AND status = :expected",
                          soci::use(row.status), soci::use(row.approvals_json), soci::use(row.evidence_json),
                          soci::use(row.decided_at), soci::use(row.result_json), soci::use(id), soci::use(expected));
    st.execute(true);
    if (st.get_affected_rows() != 1) {
      if (!get(row.id))
        throw NotFound("change_request_not_found", "找不到变动申请 " + std::to_string(row.id),
                       "no change request " + std::to_string(row.id));
      throw Error(ErrorKind::kConflict, "change_request_changed",
                  "变动申请 " + std::to_string(row.id) + " 已被他人处理，请重新读取",
                  "change request " + std::to_string(row.id) + " was handled by someone else: read it again");
    }
  });
}

}  // namespace suiji::store
