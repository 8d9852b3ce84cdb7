#include "store/handover_sheets.h"

#include <soci/soci.h>

#include "domain/error.h"
#include "store/sql_util.h"
#include "store/store.h"

namespace suiji::store {
namespace {

constexpr const char* kCols =
    "id, agency_id, month, basis, lines_json, status, handed_by, handed_name, handed_at, received_by, "
    "received_name, received_at";

std::optional<HandoverSheetRow> query_one(soci::session& sql, const sqlu::Where& w) {
  soci::row r;
  auto p = (sql.prepare << std::string("SELECT ") + kCols + " FROM handover_sheet" + w.sql(), soci::into(r));
  w.bind(p);
  soci::statement st(p);
  st.execute();
  if (!st.fetch()) return std::nullopt;
  HandoverSheetRow h;
  h.id = sqlu::i64(r, 0);
  h.agency_id = sqlu::i64(r, 1);
  h.month = sqlu::str(r, 2);
  h.basis = sqlu::str(r, 3);
  h.lines_json = sqlu::str(r, 4);
  h.status = sqlu::str(r, 5);
  h.handed_by = sqlu::str(r, 6);
  h.handed_name = sqlu::str(r, 7);
  h.handed_at = sqlu::str(r, 8);
  h.received_by = sqlu::str(r, 9);
  h.received_name = sqlu::str(r, 10);
  h.received_at = sqlu::str(r, 11);
  return h;
}

[[noreturn]] void sheet_exists(const HandoverSheetRow& row) {
  throw Error(ErrorKind::kConflict, "handover_exists", "本机构 " + row.month + " 的文书交接单已经制作",
              "this agency's hand-over sheet for " + row.month + " already exists", Json{{"field", "month"}});
}

}  // namespace

void HandoverSheets::insert(HandoverSheetRow& row) {
  s_.transaction([&] {
    if (find(row.agency_id, row.month)) sheet_exists(row);
    row.id = s_.next_ids("handover_sheet");
    row.handed_at = Store::now();
    long long id = row.id, agency = row.agency_id;
    s_.sql() << "INSERT INTO handover_sheet (id, agency_id, month, basis, lines_json, status, handed_by, handed_name, "
                "handed_at, received_by, received_name, received_at) VALUES (:id, :a, :m, :b, :l, :s, :hb, :hn, :ha, "
                ":rb, :rn, :ra)",
        soci::use(id), soci::use(agency), soci::use(row.month), soci::use(row.basis), soci::use(row.lines_json),
        soci::use(row.status), soci::use(row.handed_by), soci::use(row.handed_name), soci::use(row.handed_at),
        soci::use(row.received_by), soci::use(row.received_name), soci::use(row.received_at);
  });
}

std::optional<HandoverSheetRow> HandoverSheets::get(int64_t id) {
  sqlu::Where w;
  w.add("id = :id", id);
  return query_one(s_.sql(), w);
}

std::optional<HandoverSheetRow> HandoverSheets::find(int64_t agency_id, const std::string& month) {
  sqlu::Where w;
  w.add("agency_id = :a", agency_id);
  w.add("month = :m", month);
  return query_one(s_.sql(), w);
}

void HandoverSheets::receive(const HandoverSheetRow& row) {
  s_.transaction([&] {
    long long id = row.id;
    soci::statement st = (s_.sql().prepare << "UPDATE handover_sheet SET status = 'received', received_by = :rb, "
                                              "received_name = :rn, received_at = :ra "
                                              "WHERE id = :id AND status = 'handed_over'",
                          soci::use(row.received_by), soci::use(row.received_name), soci::use(row.received_at),
                          soci::use(id));
    st.execute(true);
    if (st.get_affected_rows() == 1) return;
    if (!get(row.id))
      throw NotFound("handover_not_found", "没有文书交接单 " + std::to_string(row.id),
                     "no hand-over sheet " + std::to_string(row.id));
    throw Error(ErrorKind::kConflict, "handover_signed", "文书交接单 " + std::to_string(row.id) + " 已由接收人签收",
                "hand-over sheet " + std::to_string(row.id) + " was already signed by its receiver",
                Json{{"field", "sheet"}});
  });
}

}  // namespace suiji::store
