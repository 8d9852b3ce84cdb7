// `suiji task merge --task A --into B --as LOGIN`: several inspections of one unit in one
// period done as one visit (003:L27: 对同一监管对象的多个检查事项，原则上一次完成) — the city's
// and a county's draw picking the same unit, or a drawn task and a 专项 one. Task A becomes
// "merged" into B (B's team makes the visit); A stays visible with where it went.
//
// Contracts:
// - Both tasks exist (kNotFound "task_not_found"), differ ("task_same"), are open
//   (kConflict "task_not_open"), name the same unit ("tasks_not_same_unit") and periods
//   that overlap — the same quarter, or a year and one of its quarters ("periods_differ").
// - The actor is an operator whose jurisdiction holds both tasks' agencies (actor_for on
//   each: a county operator cannot merge the city's task).
// - Caps and coverage then count one inspection (draw_history.h). One service::write
//   ("task.merge").
#pragma once
#include <string>

#include "domain/json.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

struct TaskMergeRequest {
  std::string task, into, actor;  // task numbers
};

// {"task", "status": "merged", "into", "unit", "period"}
Json merge_tasks(store::Store& db, const TaskMergeRequest& request);

}  // namespace suiji::service
