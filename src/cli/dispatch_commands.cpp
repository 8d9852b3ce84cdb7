// After the draw, thin over service/draws/draw_void.h and service/tasks/:
//   draw void          --db PATH --draw ID --reason TEXT --as LOGIN
//   draw void-approve  --db PATH --request N [--note TEXT] --as LOGIN
//   draw void-reject   --db PATH --request N --note TEXT --as LOGIN
//   dispatch request   --db PATH --draw ID --as OPERATOR
//   dispatch approve   --db PATH --draw ID --as APPROVER
//   dispatch show      --db PATH --draw ID [--org-unit NAME] [--format json|csv|xlsx] [--out FILE] --as LOGIN
//   pledge sign        --db PATH --task N --inspector CODE [--date YYYY-MM-DD] --as LOGIN
//   pledge list        --db PATH --draw ID --as LOGIN
// Registered after add_draw_commands (main.cpp): the void verbs join its `draw` group.
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "service/database_setup.h"
#include "service/draws/draw_void.h"
#include "service/tasks/dispatch_order.h"
#include "service/tasks/pledge.h"

namespace suiji::cli {
namespace {

void print(const Json& j) { std::cout << j.dump(2) << "\n"; }

struct Args {
  std::string db = kDefaultDb, draw, as;
  service::VoidRequest void_request;
  service::VoidDecision void_decision;
  service::DispatchShow show;
  service::PledgeSign pledge;
};

void add_void_commands(CLI::App& app, const std::shared_ptr<Args>& a, int& exit_code) {
  CLI::App* draw_cmd = app.get_subcommand("draw");
  auto* ask = draw_cmd->add_subcommand("void", "申请作废已揭示的抽取（须写明原因，经审批人批准；抽取记录保留）");
  add_db_option(ask, a->db);
  ask->add_option("--draw", a->void_request.draw, "the draw's number or code")->required();
  ask->add_option("--reason", a->void_request.reason, "why the draw is voided")->required();
  ask->add_option("--as", a->void_request.actor, "the operator's login")->required();
  ask->callback([a, &exit_code] {
    auto db = service::open_existing_database(a->db);
    print(service::request_void(*db, a->void_request));
    exit_code = kExitOk;
  });
  auto decide = [&](const char* name, const char* help, bool approve) {
    auto* c = draw_cmd->add_subcommand(name, help);
    add_db_option(c, a->db);
    c->add_option("--request", a->void_decision.request, "the void request's number")->required();
    auto* note = c->add_option("--note", a->void_decision.note, approve ? "an opinion to record" : "why it is sent back");
    if (!approve) note->required();
    c->add_option("--as", a->as, "the approver's login (not the requester)")->required();
    c->callback([a, approve, &exit_code] {
      auto db = service::open_existing_database(a->db);
      a->void_decision.actor = a->as;
      a->void_decision.approve = approve;
      print(service::decide_void(*db, a->void_decision));
      exit_code = kExitOk;
    });
  };
  decide("void-approve", "批准作废抽取（抽取及其待检查任务标为已作废）", true);
  decide("void-reject", "退回作废申请（须写明理由）", false);
}

void add_dispatch_group(CLI::App& app, const std::shared_ptr<Args>& a, int& exit_code) {
  auto* dispatch = app.add_subcommand("dispatch", "双随机任务派遣单 / dispatch orders (002:L16)");
  dispatch->require_subcommand(1);
  auto step = [&](const char* name, const char* help, const char* who, bool approve) {
    auto* c = dispatch->add_subcommand(name, help);
    add_db_option(c, a->db);
    c->add_option("--draw", a->draw, "the draw's number or code")->required();
    c->add_option("--as", a->as, who)->required();
    c->callback([a, approve, &exit_code] {
      auto db = service::open_existing_database(a->db);
      service::DispatchStep s{a->draw, a->as};
      print(approve ? service::approve_dispatch(*db, s) : service::request_dispatch(*db, s));
      exit_code = kExitOk;
    });
  };
  step("request", "提请分管局长签发抽取的任务派遣单", "the operator's login", false);
  step("approve", "分管局长签发任务派遣单（签发后方可派发）", "the approver's login", true);

  auto* show = dispatch->add_subcommand("show", "输出已签发的任务派遣单（可按大队/科室分发）");
  add_db_option(show, a->db);
  show->add_option("--draw", a->show.draw, "the draw's number or code")->required();
  show->add_option("--org-unit", a->show.org_unit, "one internal unit's slice (大队/科室/中心 name)");
  show->add_option("--format", a->show.format, "json, csv or xlsx (default: from --out's extension, else json)");
  show->add_option("--out", a->show.out, "the file to write (required for xlsx; default stdout)");
  show->add_option("--as", a->show.actor, "a user of the draw's agency")->required();
  show->callback([a, &exit_code] {
    auto db = service::open_existing_database(a->db);
    service::DispatchOutput out = service::show_dispatch(*db, a->show);
    if (!a->show.out.empty())
      std::cout << "已写入 wrote " << a->show.out << " (" << out.format << ", " << out.rows << " 行 rows)\n";
    else
      std::cout << out.text;
    exit_code = kExitOk;
  });
}

void add_pledge_group(CLI::App& app, const std::shared_ptr<Args>& a, int& exit_code) {
  auto* pledge = app.add_subcommand("pledge", "随机抽查任务现场检查承诺书 / integrity pledges");
  pledge->require_subcommand(1);
  auto* sign = pledge->add_subcommand("sign", "检查人员签署现场检查承诺书");
  add_db_option(sign, a->db);
  sign->add_option("--task", a->pledge.task, "the task's number")->required();
  sign->add_option("--inspector", a->pledge.inspector, "the team member's code (or #id)")->required();
  sign->add_option("--date", a->pledge.date, "the date signed, YYYY-MM-DD (default today)");
  sign->add_option("--as", a->pledge.actor, "the login entering the signature")->required();
  sign->callback([a, &exit_code] {
    auto db = service::open_existing_database(a->db);
    print(service::sign_pledge(*db, a->pledge));
    exit_code = kExitOk;
  });
  auto* list = pledge->add_subcommand("list", "列出抽取各任务检查人员的承诺书签署情况");
  add_db_option(list, a->db);
  list->add_option("--draw", a->draw, "the draw's number or code")->required();
  list->add_option("--as", a->as, "a user of the draw's agency")->required();
  list->callback([a, &exit_code] {
    auto db = service::open_existing_database(a->db);
    print(service::list_pledges(*db, a->draw, a->as));
    exit_code = kExitOk;
  });
}

}  // namespace

void add_dispatch_commands(CLI::App& app, int& exit_code) {
  auto a = std::make_shared<Args>();
  add_void_commands(app, a, exit_code);
  add_dispatch_group(app, a, exit_code);
  add_pledge_group(app, a, exit_code);
}

}  // namespace suiji::cli
