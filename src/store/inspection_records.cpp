#include "store/inspection_records.h"

#include <soci/soci.h>

#include "domain/error.h"
#include "store/sql_util.h"
#include "store/store.h"

namespace suiji::store {
namespace {

constexpr const char* kCols =
    "id, task_id, fields_json, measures_json, result_category, status, author, created_at, submitted_at, "
    "reviewed_by, reviewed_at, return_reason, evidence_json, history_json, updated_at";

std::vector<InspectionRecordRow> query(soci::session& sql, const sqlu::Where& w) {
  std::vector<InspectionRecordRow> out;
  soci::row r;
  auto p = (sql.prepare << std::string("SELECT ") + kCols + " FROM inspection_record" + w.sql() + " ORDER BY id",
            soci::into(r));
  w.bind(p);
  soci::statement st(p);
  st.execute();
  while (st.fetch()) {
    InspectionRecordRow c;
    c.id = sqlu::i64(r, 0);
    c.task_id = sqlu::i64(r, 1);
    c.fields_json = sqlu::str(r, 2);
    c.measures_json = sqlu::str(r, 3);
    c.result_category = sqlu::str(r, 4);
    c.status = sqlu::str(r, 5);
    c.author = sqlu::str(r, 6);
    c.created_at = sqlu::str(r, 7);
    c.submitted_at = sqlu::str(r, 8);
    c.reviewed_by = sqlu::str(r, 9);
    c.reviewed_at = sqlu::str(r, 10);
    c.return_reason = sqlu::str(r, 11);
    c.evidence_json = sqlu::str(r, 12);
    c.history_json = sqlu::str(r, 13);
    c.updated_at = sqlu::str(r, 14);
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<RectificationRow> query_rect(soci::session& sql, const sqlu::Where& w) {
  std::vector<RectificationRow> out;
  soci::row r;
  auto p = (sql.prepare << std::string("SELECT id, record_id, unit_id, deadline, status, closed_by_record_id, "
                                       "opened_at, closed_at FROM rectification") +
                               w.sql() + " ORDER BY id",
            soci::into(r));
  w.bind(p);
  soci::statement st(p);
  st.execute();
  while (st.fetch()) {
    RectificationRow c;
    c.id = sqlu::i64(r, 0);
    c.record_id = sqlu::i64(r, 1);
    c.unit_id = sqlu::i64(r, 2);
    c.deadline = sqlu::str(r, 3);
    c.status = sqlu::str(r, 4);
    c.closed_by_record_id = sqlu::opt_i64(r, 5);
    c.opened_at = sqlu::str(r, 6);
    c.closed_at = sqlu::str(r, 7);
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace

void InspectionRecords::insert(InspectionRecordRow& row) {
  s_.transaction([&] {
    row.id = s_.next_ids("inspection_record");
    row.created_at = Store::now();
    row.updated_at = row.created_at;
    long long id = row.id, task = row.task_id;
    s_.sql() << "INSERT INTO inspection_record (id, task_id, fields_json, measures_json, result_category, status, "
                "author, created_at, submitted_at, reviewed_by, reviewed_at, return_reason, evidence_json, "
                "history_json, updated_at) VALUES (:id, :t, :f, :m, :rc, :s, :a, :ca, :sa, :rb, :ra, :rr, :e, :h, :u)",
        soci::use(id), soci::use(task), soci::use(row.fields_json), soci::use(row.measures_json),
        soci::use(row.result_category), soci::use(row.status), soci::use(row.author), soci::use(row.created_at),
        soci::use(row.submitted_at), soci::use(row.reviewed_by), soci::use(row.reviewed_at),
        soci::use(row.return_reason), soci::use(row.evidence_json), soci::use(row.history_json),
        soci::use(row.updated_at);
  });
}

std::optional<InspectionRecordRow> InspectionRecords::get(int64_t id) {
  sqlu::Where w;
  w.add("id = :id", id);
  auto rows = query(s_.sql(), w);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<InspectionRecordRow> InspectionRecords::of_task(int64_t task_id) {
  sqlu::Where w;
  w.add("task_id = :t", task_id);
  return query(s_.sql(), w);
}

std::vector<InspectionRecordRow> InspectionRecords::of_agency(int64_t agency_id) {
  sqlu::Where w;
  w.add("task_id IN (SELECT id FROM task WHERE agency_id = :a)", agency_id);
  return query(s_.sql(), w);
}

void InspectionRecords::advance(InspectionRecordRow& row, const std::string& expected) {
  s_.transaction([&] {
    row.updated_at = Store::now();
    long long id = row.id;
    soci::statement st =
        (s_.sql().prepare << "UPDATE inspection_record SET status = :s, fields_json = :f, measures_json = :m, "
                             "result_category = :rc, submitted_at = :sa, reviewed_by = :rb, reviewed_at = :ra, "
                             "return_reason = :rr, evidence_json = :e, history_json = :h, updated_at = :u "
                             "WHERE id = :id AND status = :expected",
         soci::use(row.status), soci::use(row.fields_json), soci::use(row.measures_json),
         soci::use(row.result_category), soci::use(row.submitted_at), soci::use(row.reviewed_by),
         soci::use(row.reviewed_at), soci::use(row.return_reason), soci::use(row.evidence_json),
         soci::use(row.history_json), soci::use(row.updated_at), soci::use(id), soci::use(expected));
    st.execute(true);
    if (st.get_affected_rows() != 1) {
      if (!get(row.id))
        throw NotFound("record_not_found", "找不到检查记录 " + std::to_string(row.id),
                       "no inspection record " + std::to_string(row.id));
      throw Error(ErrorKind::kConflict, "record_changed",
                  "检查记录 " + std::to_string(row.id) + " 已被他人处理，请重新读取",
                  "inspection record " + std::to_string(row.id) + " was handled by someone else: read it again");
    }
  });
}

int64_t InspectionRecords::open_rectification(RectificationRow& row) {
  s_.transaction([&] {
    row.id = s_.next_ids("rectification");
    row.opened_at = Store::now();
    row.status = "open";
    long long id = row.id, rec = row.record_id, unit = row.unit_id;
    s_.sql() << "INSERT INTO rectification (id, record_id, unit_id, deadline, status, opened_at, closed_at) "
                "VALUES (:id, :r, :u, :d, :s, :o, '')",
        soci::use(id), soci::use(rec), soci::use(unit), soci::use(row.deadline), soci::use(row.status),
        soci::use(row.opened_at);
  });
  return row.id;
}

std::vector<RectificationRow> InspectionRecords::open_rectifications_of_unit(int64_t unit_id) {
  sqlu::Where w;
  w.add("unit_id = :u", unit_id);
  w.add("status = :s", std::string("open"));
  return query_rect(s_.sql(), w);
}

std::vector<RectificationRow> InspectionRecords::rectifications_of_record(int64_t record_id) {
  sqlu::Where w;
  w.add("record_id = :r", record_id);
  return query_rect(s_.sql(), w);
}

void InspectionRecords::close_rectification(int64_t rect_id, int64_t record_id) {
  s_.transaction([&] {
    long long id = rect_id, rec = record_id;
    std::string at = Store::now();
    soci::statement st = (s_.sql().prepare << "UPDATE rectification SET status = 'closed', closed_by_record_id = :r, "
                                              "closed_at = :at WHERE id = :id AND status = 'open'",
                          soci::use(rec), soci::use(at), soci::use(id));
    st.execute(true);
    if (st.get_affected_rows() != 1)
      throw Error(ErrorKind::kConflict, "rectification_changed",
                  "整改 " + std::to_string(rect_id) + " 已不在整改中", "rectification " + std::to_string(rect_id) +
                                                                        " is no longer open");
  });
}

}  // namespace suiji::store
