// The inspector library's roster changes (执法人员库人员变动审批表), thin over
// service/library/roster_change.h:
//   roster change  --db PATH --agency ID --kind 录入|剔除 (--file JSON | --inspector CODE) --reason TEXT --as LOGIN
//   roster approve --db PATH --request N --as LOGIN     (科室负责人 endorses, then 分管领导 approves)
//   roster reject  --db PATH --request N --note TEXT --as LOGIN
//   roster changes --db PATH --agency ID --as LOGIN
//   roster form    --db PATH --request N --as LOGIN     (the printed form's fields, JSON)
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "domain/error.h"
#include "service/database_setup.h"
#include "service/library/roster_change.h"

namespace suiji::cli {

void add_roster_commands(CLI::App& app, int& exit_code) {
  auto* roster = app.add_subcommand("roster", "执法人员名录库人员变动（录入/剔除，经科室负责人、分管领导审批） / roster changes");
  roster->require_subcommand(1);
  struct Args {
    std::string db = kDefaultDb, file, as, agency, request;
    service::RosterChangeInput change;
    service::LibraryDecision decision;
  };
  auto a = std::make_shared<Args>();
  auto print = [](const Json& j) { std::cout << j.dump(2) << "\n"; };

  auto* change = roster->add_subcommand("change", "填写执法人员库人员变动审批表：录入（--file 人员信息 JSON）或剔除（--inspector 编号）");
  add_db_option(change, a->db);
  add_agency_option(change, a->change.agency)->required();
  change->add_option("--kind", a->change.kind, "录入 (add) or 剔除 (remove)")->required();
  change->add_option("--inspector", a->change.inspector, "剔除: the inspector's code");
  change->add_option("--file", a->file, "录入: the inspector as JSON {code, name, org_unit, on_staff, on_post, senior, tags, certificates}");
  change->add_option("--reason", a->change.reason, "变动原因")->required();
  change->add_option("--as", a->change.actor, "the operator's or team lead's login")->required();
  change->callback([a, print, &exit_code] {
    if (!a->file.empty()) a->change.person = service::person_file(a->file);
    auto db = service::open_existing_database(a->db);
    print(service::request_roster_change(*db, a->change));
    exit_code = kExitOk;
  });

  auto decide = [&](const char* name, const char* help, bool approve) {
    auto* c = roster->add_subcommand(name, help);
    add_db_option(c, a->db);
    c->add_option("--request", a->decision.request, "the request's number")->required();
    auto* note = c->add_option("--note", a->decision.note, approve ? "an optional remark" : "why it is turned down");
    if (!approve) note->required();
    c->add_option("--as", a->decision.actor, "the team lead's (科室负责人) or approver's (分管领导) login")->required();
    c->callback([a, print, approve, &exit_code] {
      a->decision.approve = approve;
      auto db = service::open_existing_database(a->db);
      print(service::decide_roster_change(*db, a->decision));
      exit_code = kExitOk;
    });
  };
  decide("approve", "签署变动审批表：科室负责人签署意见，再由分管领导批准（批准后执法人员库才变动）", true);
  decide("reject", "退回变动申请（须写明理由）", false);

  auto* list = roster->add_subcommand("changes", "列出机构的执法人员库人员变动申请及审批情况");
  add_db_option(list, a->db);
  add_agency_option(list, a->agency)->required();
  list->add_option("--as", a->as, "a user of the agency")->required();
  list->callback([a, print, &exit_code] {
    auto db = service::open_existing_database(a->db);
    print(service::list_roster_changes(*db, a->agency, a->as));
    exit_code = kExitOk;
  });

  auto* form = roster->add_subcommand("form", "输出随机抽查执法人员库人员变动审批表的各栏（JSON，供打印）");
  add_db_option(form, a->db);
  form->add_option("--request", a->request, "the request's number")->required();
  form->add_option("--as", a->as, "a user of the agency")->required();
  form->callback([a, print, &exit_code] {
    auto db = service::open_existing_database(a->db);
    print(service::roster_form(*db, a->request, a->as));
    exit_code = kExitOk;
  });
}

}  // namespace suiji::cli
