// suiji task list | schedule | monthly | merge | add | cover | cover-approve | cover-reject — thin over service/tasks/.
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "service/database_setup.h"
#include "service/tasks/task_adhoc.h"
#include "service/tasks/task_cover.h"
#include "service/tasks/task_list.h"
#include "service/tasks/task_merge.h"
#include "service/tasks/monthly_plan.h"

namespace suiji::cli {
namespace {

void print(const Json& j) { std::cout << j.dump(2) << "\n"; }

}  // namespace

void add_task_commands(CLI::App& app, int& exit_code) {
  auto* task = app.add_subcommand("task", "检查任务 / inspection tasks");
  task->require_subcommand(1);
  struct Args {
    std::string db = kDefaultDb;
    std::string as;
    service::TaskMergeRequest merge;
    service::InspectionTaskRequest add;
    service::CoverRequest cover;
    service::CoverDecision decision;
    service::TaskQuery query;
    service::ScheduleRequest schedule;
    service::MonthlyPlanQuery monthly;
  };
  auto a = std::make_shared<Args>();
  auto* merge = task->add_subcommand("merge", "同一污染源同一期间的多项检查合并为一次检查（003:L27）");
  add_db_option(merge, a->db);
  merge->add_option("--task", a->merge.task, "the task that merges (its number)")->required();
  merge->add_option("--into", a->merge.into, "the task whose visit covers it")->required();
  merge->add_option("--as", a->merge.actor, "the operator's login")->required();
  merge->callback([a, &exit_code] {
    auto db = service::open_existing_database(a->db);
    print(service::merge_tasks(*db, a->merge));
    exit_code = kExitOk;
  });

  auto* list = task->add_subcommand("list", "列出本机构的检查任务（抽查名单在检查前保密，仅本机构及上级人员可见）");
  add_db_option(list, a->db);
  add_agency_option(list, a->query.agency)->required();
  list->add_option("--period", a->query.period, "2027Q1 or 2027");
  list->add_option("--status", a->query.status, "open/closed/… or 待检查/已办结/…");
  list->add_option("--as", a->query.actor, "your login")->required();
  list->callback([a, &exit_code] {
    auto db = service::open_existing_database(a->db);
    print(service::list_tasks(*db, a->query));
    exit_code = kExitOk;
  });

  auto* sched = task->add_subcommand("schedule", "把任务排入月检查计划（002:L16–18，当月计划当月完成）");
  add_db_option(sched, a->db);
  sched->add_option("--tasks", a->schedule.tasks, "task numbers, comma-separated")->required();
  sched->add_option("--month", a->schedule.month, "YYYY-MM, inside the tasks' period")->required();
  sched->add_option("--as", a->schedule.actor, "the team lead's or operator's login")->required();
  sched->callback([a, &exit_code] {
    auto db = service::open_existing_database(a->db);
    print(service::schedule_tasks(*db, a->schedule));
    exit_code = kExitOk;
  });

  auto* monthly = task->add_subcommand("monthly", "月检查计划：按大队列出当月任务，逾期未完成的标出");
  add_db_option(monthly, a->db);
  add_agency_option(monthly, a->monthly.agency)->required();
  monthly->add_option("--month", a->monthly.month, "YYYY-MM")->required();
  monthly->add_option("--today", a->monthly.today, "YYYY-MM-DD, default today");
  monthly->add_option("--as", a->monthly.actor, "your login")->required();
  monthly->callback([a, &exit_code] {
    auto db = service::open_existing_database(a->db);
    print(service::monthly_plan(*db, a->monthly));
    exit_code = kExitOk;
  });

  auto* add = task->add_subcommand("add", "添加非随机检查任务（专项、有针对性、信访、后督察）：单独统计，不计入抽查比例");
  add_db_option(add, a->db);
  add_agency_option(add, a->add.agency)->required();
  add->add_option("--unit", a->add.unit, "the unit's draw id (抽查编号)")->required();
  add->add_option("--kind", a->add.kind, "专项/有针对性/信访/后督察 (special_campaign/targeted/petition/follow_up)")->required();
  add->add_option("--period", a->add.period, "2027Q1 or 2027")->required();
  add->add_option("--team", a->add.team, "inspector codes, comma-separated, the lead first");
  add->add_option("--due", a->add.due, "YYYY-MM-DD (default: the period's last day)");
  add->add_option("--as", a->add.actor, "the operator's login")->required();
  add->callback([a, &exit_code] {
    auto db = service::open_existing_database(a->db);
    print(service::add_inspection_task(*db, a->add));
    exit_code = kExitOk;
  });

  auto* cover = task->add_subcommand("cover", "申请以其他检查覆盖随机任务（001:L51），经审批人批准");
  add_db_option(cover, a->db);
  cover->add_option("--task", a->cover.task, "the drawn task")->required();
  cover->add_option("--by", a->cover.by, "the inspection (task) that covered it")->required();
  cover->add_option("--reason", a->cover.reason, "why")->required();
  cover->add_option("--as", a->cover.actor, "the operator's login")->required();
  cover->callback([a, &exit_code] {
    auto db = service::open_existing_database(a->db);
    print(service::request_cover(*db, a->cover));
    exit_code = kExitOk;
  });

  for (bool approve : {true, false}) {
    auto* c = task->add_subcommand(approve ? "cover-approve" : "cover-reject",
                                   approve ? "批准以其他检查覆盖" : "不批准以其他检查覆盖（须写明理由）");
    add_db_option(c, a->db);
    c->add_option("--request", a->decision.request, "the request's number")->required();
    auto* note = c->add_option("--note", a->decision.note, "an opinion / why not");
    if (!approve) note->required();
    c->add_option("--as", a->decision.actor, "the approver's login")->required();
    c->callback([a, approve, &exit_code] {
      auto db = service::open_existing_database(a->db);
      a->decision.approve = approve;
      print(service::decide_cover(*db, a->decision));
      exit_code = kExitOk;
    });
  }
}

}  // namespace suiji::cli
