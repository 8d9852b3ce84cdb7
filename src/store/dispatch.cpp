#include "store/dispatch.h"

#include <soci/soci.h>

#include "domain/error.h"
#include "store/sql_util.h"
#include "store/store.h"

namespace suiji::store {
namespace {

constexpr const char* kOrderCols =
    "id, draw_id, agency_id, status, requested_by, requested_at, approved_by, approved_at, record_sha256";

std::vector<DispatchOrderRow> query_orders(soci::session& sql, const sqlu::Where& w) {
  std::vector<DispatchOrderRow> out;
  soci::row r;
  auto p = (sql.prepare << std::string("SELECT ") + kOrderCols + " FROM dispatch_order" + w.sql() + " ORDER BY id",
            soci::into(r));
  w.bind(p);
  soci::statement st(p);
  st.execute();
  while (st.fetch()) {
    DispatchOrderRow d;
    d.id = sqlu::i64(r, 0);
    d.draw_id = sqlu::i64(r, 1);
    d.agency_id = sqlu::i64(r, 2);
    d.status = sqlu::str(r, 3);
    d.requested_by = sqlu::str(r, 4);
    d.requested_at = sqlu::str(r, 5);
    d.approved_by = sqlu::str(r, 6);
    d.approved_at = sqlu::str(r, 7);
    d.record_sha256 = sqlu::str(r, 8);
    out.push_back(std::move(d));
  }
  return out;
}

constexpr const char* kPledgeCols = "p.id, p.task_id, p.inspector_id, p.text, p.signed_on, p.signed_by, p.signed_at";

std::vector<PledgeRow> query_pledges(soci::session& sql, const std::string& from, const sqlu::Where& w) {
  std::vector<PledgeRow> out;
  soci::row r;
  auto p = (sql.prepare << std::string("SELECT ") + kPledgeCols + " FROM " + from + w.sql() + " ORDER BY p.task_id, p.id",
            soci::into(r));
  w.bind(p);
  soci::statement st(p);
  st.execute();
  while (st.fetch()) {
    PledgeRow x;
    x.id = sqlu::i64(r, 0);
    x.task_id = sqlu::i64(r, 1);
    x.inspector_id = sqlu::i64(r, 2);
    x.text = sqlu::str(r, 3);
    x.signed_on = sqlu::str(r, 4);
    x.signed_by = sqlu::str(r, 5);
    x.signed_at = sqlu::str(r, 6);
    out.push_back(std::move(x));
  }
  return out;
}

}  // namespace

void DispatchOrders::insert(DispatchOrderRow& row) {
  s_.transaction([&] {
    if (auto old = of_draw(row.draw_id))
      throw Error(ErrorKind::kConflict, "dispatch_already_requested",
                  "该抽取的任务派遣单已于 " + old->requested_at + " 提请审批（" +
                      (old->status == "approved" ? "已批准" : "待审批") + "）",
                  "the draw's dispatch order was already requested on " + old->requested_at + " (" + old->status + ")",
                  Json{{"field", "draw"}, {"status", old->status}});
    row.id = s_.next_ids("dispatch_order");
    row.requested_at = Store::now();
    long long id = row.id, draw = row.draw_id, agency = row.agency_id;
    s_.sql() << "INSERT INTO dispatch_order (id, draw_id, agency_id, status, requested_by, requested_at, approved_by, "
                "approved_at, record_sha256) VALUES (:id, :d, :a, :s, :rb, :ra, :ab, :aa, :h)",
        soci::use(id), soci::use(draw), soci::use(agency), soci::use(row.status), soci::use(row.requested_by),
        soci::use(row.requested_at), soci::use(row.approved_by), soci::use(row.approved_at),
        soci::use(row.record_sha256);
  });
}

std::optional<DispatchOrderRow> DispatchOrders::of_draw(int64_t draw_id) {
  sqlu::Where w;
  w.add("draw_id = :d", draw_id);
  auto rows = query_orders(s_.sql(), w);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

DispatchOrderRow DispatchOrders::approve(int64_t id, const std::string& login, const std::string& at,
                                         const std::string& record_sha256) {
  return s_.transaction([&] {
    long long lid = id;
    soci::statement st = (s_.sql().prepare << "UPDATE dispatch_order SET status = 'approved', approved_by = :b, "
                                              "approved_at = :at, record_sha256 = :h WHERE id = :id AND status = 'requested'",
                          soci::use(login), soci::use(at), soci::use(record_sha256), soci::use(lid));
    st.execute(true);
    if (st.get_affected_rows() != 1)
      throw Error(ErrorKind::kConflict, "dispatch_already_approved", "任务派遣单已被批准，不能再次批准",
                  "the dispatch order is already approved", Json{{"field", "draw"}});
    sqlu::Where w;
    w.add("id = :id", id);
    return query_orders(s_.sql(), w).front();
  });
}

void Pledges::insert(PledgeRow& row) {
  s_.transaction([&] {
    long long task = row.task_id, inspector = row.inspector_id, n = 0;
    s_.sql() << "SELECT COUNT(*) FROM pledge WHERE task_id = :t AND inspector_id = :i", soci::into(n), soci::use(task),
        soci::use(inspector);
    if (n > 0)
      throw Error(ErrorKind::kConflict, "pledge_already_signed", "该执法人员已为此任务签署承诺书",
                  "this inspector has already signed the pledge for this task", Json{{"field", "inspector"}});
    row.id = s_.next_ids("pledge");
    row.signed_at = Store::now();
    long long id = row.id;
    s_.sql() << "INSERT INTO pledge (id, task_id, inspector_id, text, signed_on, signed_by, signed_at) "
                "VALUES (:id, :t, :i, :x, :on, :by, :at)",
        soci::use(id), soci::use(task), soci::use(inspector), soci::use(row.text), soci::use(row.signed_on),
        soci::use(row.signed_by), soci::use(row.signed_at);
  });
}

std::vector<PledgeRow> Pledges::of_task(int64_t task_id) {
  sqlu::Where w;
  w.add("p.task_id = :t", task_id);
  return query_pledges(s_.sql(), "pledge p", w);
}

std::vector<PledgeRow> Pledges::of_draw(int64_t draw_id) {
  sqlu::Where w;
  w.add("t.draw_id = :d", draw_id);
  return query_pledges(s_.sql(), "pledge p JOIN task t ON t.id = p.task_id", w);
}

}  // namespace suiji::store
