// Tasks (检查任务): one per unit a revealed draw selected (later also inspections that were
// not drawn: 专项, 信访 …), with its team, lead, due date and status. The rules of how a
// task is made (team from the draw, due date from the calendar) are the services'
// (service/draws/draw_reveal.h); the store keeps rows.
//
// Invariant: a task's draw and unit never change after insert_all. Its team changes only
// through an approved replace_inspector change (set_team); a substituted unit's task is
// closed as "substituted" and the replacement gets a new task. Later steps move the status
// through their own guarded methods.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace suiji::store {

class Store;

struct TaskRow {
  int64_t id = 0;
  std::optional<int64_t> draw_id;
  int64_t agency_id = 0;
  int64_t unit_id = 0;
  std::string period;   // 2027Q1 or 2027
  std::string stratum;  // the stratum that drew it ("" when not drawn)
  std::string kind = "routine";  // policy::PastInspection types: routine / joint / special_campaign …
  std::string team_json = "[]";  // inspector ids of the store, lead first
  std::optional<int64_t> lead_inspector_id;
  std::string due;  // YYYY-MM-DD
  std::string status = "open";
  std::optional<int64_t> covered_by;  // merged: the task it merged into; covered: the inspection that covered it
  std::string created_at;
};

class Tasks {
 public:
  explicit Tasks(Store& s) : s_(s) {}
  // Inserts every row in one transaction, assigning ids (written back into `rows`) and
  // created_at.
  void insert_all(std::vector<TaskRow>& rows);
  std::vector<TaskRow> of_draw(int64_t draw_id);  // by id
  std::optional<TaskRow> get(int64_t id);
  // The team of an open task (lead first): kConflict "task_not_open" when it is not open.
  void set_team(int64_t id, const std::string& team_json, int64_t lead_inspector_id);
  // Moves the task from status `expected` to `status`: kConflict "task_not_open" (or
  // "task_changed" for another `expected`) when it is elsewhere.
  void set_status(int64_t id, const std::string& expected, const std::string& status);
  // An open task becomes "merged" into the open task `into` (covered_by = into); kConflict
  // "task_not_open" when either is no longer open.
  void merge(int64_t id, int64_t into);
  // Every task whose period lies in `year` ("2027", "2027Q1" … "2027Q4"), whatever agency
  // made it: the year's inspections of a unit by every level (caps and coverage, 000:L10).
  std::vector<TaskRow> of_year(int year);
  // The tasks the agency made, by id.
  std::vector<TaskRow> of_agency(int64_t agency_id);
  // The unit's tasks still open, whatever agency made them, by id.
  std::vector<TaskRow> open_of_unit(int64_t unit_id);

 private:
  Store& s_;
};

}  // namespace suiji::store
