#include "store/tasks.h"

#include <soci/soci.h>

#include "domain/error.h"
#include "store/sql_util.h"
#include "store/store.h"

namespace suiji::store {
namespace {

constexpr const char* kTaskCols =
    "id, draw_id, agency_id, unit_id, period, stratum, kind, team_json, lead_inspector_id, due, status, created_at, "
    "covered_by";

std::vector<TaskRow> query_tasks(soci::session& sql, const sqlu::Where& w) {
  std::vector<TaskRow> out;
  soci::row r;
  auto p = (sql.prepare << std::string("SELECT ") + kTaskCols + " FROM task" + w.sql() + " ORDER BY id", soci::into(r));
  w.bind(p);
  soci::statement st(p);
  st.execute();
  while (st.fetch()) {
    TaskRow t;
    t.id = sqlu::i64(r, 0);
    t.draw_id = sqlu::opt_i64(r, 1);
    t.agency_id = sqlu::opt_i64(r, 2).value_or(0);
    t.unit_id = sqlu::i64(r, 3);
    t.period = sqlu::str(r, 4);
    t.stratum = sqlu::str(r, 5);
    t.kind = sqlu::str(r, 6);
    t.team_json = sqlu::str(r, 7);
    t.lead_inspector_id = sqlu::opt_i64(r, 8);
    t.due = sqlu::str(r, 9);
    t.status = sqlu::str(r, 10);
    t.created_at = sqlu::str(r, 11);
    t.covered_by = sqlu::opt_i64(r, 12);
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace

void Tasks::insert_all(std::vector<TaskRow>& rows) {
  if (rows.empty()) return;
  s_.transaction([&] {
    long long first = s_.next_ids("task", static_cast<int64_t>(rows.size()));
    std::string at = Store::now();
    long long id = 0, draw = 0, agency = 0, unit = 0, lead = 0;
    soci::indicator draw_ind = soci::i_null, lead_ind = soci::i_null;
    std::string period, stratum, kind, team, due, status;
    soci::statement st =
        (s_.sql().prepare << "INSERT INTO task (id, draw_id, agency_id, unit_id, period, stratum, kind, team_json, "
                             "lead_inspector_id, due, status, created_at) VALUES (:id, :d, :a, :u, :p, :s, :k, :t, :l, "
                             ":due, :st, :at)",
         soci::use(id), soci::use(draw, draw_ind), soci::use(agency), soci::use(unit), soci::use(period),
         soci::use(stratum), soci::use(kind), soci::use(team), soci::use(lead, lead_ind), soci::use(due),
         soci::use(status), soci::use(at));
    for (std::size_t i = 0; i < rows.size(); ++i) {
      TaskRow& t = rows[i];
      t.id = first + static_cast<int64_t>(i);
      t.created_at = at;
      id = t.id;
      draw = t.draw_id.value_or(0);
      draw_ind = t.draw_id ? soci::i_ok : soci::i_null;
      agency = t.agency_id;
      unit = t.unit_id;
      lead = t.lead_inspector_id.value_or(0);
      lead_ind = t.lead_inspector_id ? soci::i_ok : soci::i_null;
      period = t.period;
      stratum = t.stratum;
      kind = t.kind;
      team = t.team_json;
      due = t.due;
      status = t.status;
      st.execute(true);
    }
  });
}

std::vector<TaskRow> Tasks::of_draw(int64_t draw_id) {
  sqlu::Where w;
  w.add("draw_id = :d", draw_id);
  return query_tasks(s_.sql(), w);
}

std::vector<TaskRow> Tasks::of_year(int year) {
  sqlu::Where w;
  w.add("substr(period, 1, 4) = :y", std::to_string(year));
  return query_tasks(s_.sql(), w);
}

std::vector<TaskRow> Tasks::of_agency(int64_t agency_id) {
  sqlu::Where w;
  w.add("agency_id = :a", agency_id);
  return query_tasks(s_.sql(), w);
}

std::vector<TaskRow> Tasks::open_of_unit(int64_t unit_id) {
  sqlu::Where w;
  w.add("unit_id = :u", unit_id);
  w.add("status = :s", std::string("open"));
  return query_tasks(s_.sql(), w);
}

std::optional<TaskRow> Tasks::get(int64_t id) {
  sqlu::Where w;
  w.add("id = :id", id);
  auto rows = query_tasks(s_.sql(), w);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

namespace {

[[noreturn]] void task_moved(int64_t id, const std::string& expected) {
  if (expected == "open")
    throw Error(ErrorKind::kConflict, "task_not_open", "任务 " + std::to_string(id) + " 已不是待检查状态",
                "task " + std::to_string(id) + " is no longer open");
  throw Error(ErrorKind::kConflict, "task_changed", "任务 " + std::to_string(id) + " 的状态已被他人改变，请重新读取",
              "task " + std::to_string(id) + " was changed by someone else: read it again");
}

}  // namespace

void Tasks::set_team(int64_t id, const std::string& team_json, int64_t lead_inspector_id) {
  s_.transaction([&] {
    long long lid = id, lead = lead_inspector_id;
    soci::statement st = (s_.sql().prepare << "UPDATE task SET team_json = :t, lead_inspector_id = :l "
                                              "WHERE id = :id AND status = 'open'",
                          soci::use(team_json), soci::use(lead), soci::use(lid));
    st.execute(true);
    if (st.get_affected_rows() != 1) task_moved(id, "open");
  });
}

void Tasks::set_status(int64_t id, const std::string& expected, const std::string& status) {
  s_.transaction([&] {
    long long lid = id;
    soci::statement st = (s_.sql().prepare << "UPDATE task SET status = :s WHERE id = :id AND status = :e",
                          soci::use(status), soci::use(lid), soci::use(expected));
    st.execute(true);
    if (st.get_affected_rows() != 1) task_moved(id, expected);
  });
}

void Tasks::merge(int64_t id, int64_t into) {
  s_.transaction([&] {
    long long lid = id, target = into, open = 0;
    s_.sql() << "SELECT COUNT(*) FROM task WHERE id = :t AND status = 'open'", soci::into(open), soci::use(target);
    if (open != 1) task_moved(into, "open");
    soci::statement st = (s_.sql().prepare << "UPDATE task SET status = 'merged', covered_by = :into "
                                              "WHERE id = :id AND status = 'open'",
                          soci::use(target), soci::use(lid));
    st.execute(true);
    if (st.get_affected_rows() != 1) task_moved(id, "open");
  });
}

}  // namespace suiji::store
