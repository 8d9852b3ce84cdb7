#include "service/tasks/task_merge.h"

#include "domain/error.h"
#include "service/acting_user.h"
#include "service/audit/audited_write.h"
#include "service/tasks/task_ref.h"
#include "store/store.h"

namespace suiji::service {

Json merge_tasks(store::Store& db, const TaskMergeRequest& req) {
  store::TaskRow a = task_arg(db, req.task, "task"), b = task_arg(db, req.into, "into");
  User user = actor_for(db, req.actor, Role::kOperator, task_agency(db, a), "合并检查任务");
  actor_for(db, req.actor, Role::kOperator, task_agency(db, b), "合并检查任务");
  if (a.id == b.id)
    throw bad_input("task_same", "不能把任务合并到它自己", "a task cannot merge into itself", Json{{"field", "into"}});
  if (a.unit_id != b.unit_id)
    throw bad_input("tasks_not_same_unit", "两项任务不是同一污染源，不能合并为一次检查",
                    "the two tasks are of different units: they cannot be one visit", Json{{"field", "into"}});
  if (!periods_overlap(a.period, b.period))
    throw bad_input("periods_differ", "两项任务的期间（" + a.period + "、" + b.period + "）不重叠，不能合并",
                    "the tasks' periods (" + a.period + ", " + b.period + ") do not overlap", Json{{"field", "into"}});
  return write(db, [&](Audit& audit) {
    db.tasks().merge(a.id, b.id);
    audit.record({user.login, "task.merge", "task", std::to_string(a.id), Json{{"status", a.status}},
                  Json{{"status", "merged"}, {"into", b.id}}});
    return Json{{"task", a.id}, {"status", "merged"}, {"into", b.id}, {"unit", a.unit_id}, {"period", a.period}};
  });
}

}  // namespace suiji::service
