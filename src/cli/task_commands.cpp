// suiji task merge --db PATH --task A --into B --as LOGIN — thin over service/tasks/.
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "service/database_setup.h"
#include "service/tasks/task_merge.h"

namespace suiji::cli {

void add_task_commands(CLI::App& app, int& exit_code) {
  auto* task = app.add_subcommand("task", "检查任务 / inspection tasks");
  task->require_subcommand(1);
  struct Args {
    std::string db = kDefaultDb;
    service::TaskMergeRequest merge;
  };
  auto a = std::make_shared<Args>();
  auto* merge = task->add_subcommand("merge", "同一污染源同一期间的多项检查合并为一次检查（003:L27）");
  add_db_option(merge, a->db);
  merge->add_option("--task", a->merge.task, "the task that merges (its number)")->required();
  merge->add_option("--into", a->merge.into, "the task whose visit covers it")->required();
  merge->add_option("--as", a->merge.actor, "the operator's login")->required();
  merge->callback([a, &exit_code] {
    auto db = service::open_existing_database(a->db);
    std::cout << service::merge_tasks(*db, a->merge).dump(2) << "\n";
    exit_code = kExitOk;
  });
}

}  // namespace suiji::cli
