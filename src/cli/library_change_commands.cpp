// Deleting units from the pollution-source library (quarterly, with site photos, approved;
// 002:L24), thin over service/library/unit_delete.h:
//   library delete-request  --db PATH --unit ID --reason TEXT --evidence FILE… --as OPERATOR
//   library delete-approve  --db PATH --request N --as APPROVER
//   library delete-reject   --db PATH --request N --note TEXT --as APPROVER
//   library delete-requests --db PATH --agency ID [--quarter 2026Q4] --as LOGIN
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "service/database_setup.h"
#include "service/library/unit_delete.h"

namespace suiji::cli {

void add_library_change_commands(CLI::App& app, int& exit_code) {
  auto* library = app.add_subcommand("library", "污染源库的删除（每季度一次，附现场照片，经分管领导批准） / library deletions");
  library->require_subcommand(1);
  struct Args {
    std::string db = kDefaultDb, agency, quarter, as;
    std::vector<std::string> evidence;
    service::UnitDeleteInput request;
    service::LibraryDecision decision;
  };
  auto a = std::make_shared<Args>();
  auto print = [](const Json& j) { std::cout << j.dump(2) << "\n"; };

  auto* req = library->add_subcommand("delete-request", "申请删除污染源（须写明原因并附现场照片）");
  add_db_option(req, a->db);
  req->add_option("--unit", a->request.unit, "the unit's draw id (抽查编号) or #id")->required();
  req->add_option("--reason", a->request.reason, "why it leaves the library (注销、关闭、重复录入 …)")->required();
  req->add_option("--evidence", a->evidence, "a JPEG, PNG or PDF file (≤ 10 MB); repeat for several")->required();
  req->add_option("--as", a->request.actor, "the operator's login")->required();
  req->callback([a, print, &exit_code] {
    auto db = service::open_existing_database(a->db);
    for (const auto& path : a->evidence) a->request.evidence.push_back(service::evidence_file(path));
    print(service::request_unit_delete(*db, a->request));
    exit_code = kExitOk;
  });

  auto decide = [&](const char* name, const char* help, bool approve) {
    auto* c = library->add_subcommand(name, help);
    add_db_option(c, a->db);
    c->add_option("--request", a->decision.request, "the deletion request's number")->required();
    auto* note = c->add_option("--note", a->decision.note, approve ? "an optional remark" : "why it is turned down");
    if (!approve) note->required();
    c->add_option("--as", a->decision.actor, "the approver's (分管领导) login")->required();
    c->callback([a, print, approve, &exit_code] {
      a->decision.approve = approve;
      auto db = service::open_existing_database(a->db);
      print(service::decide_unit_delete(*db, a->decision));
      exit_code = kExitOk;
    });
  };
  decide("delete-approve", "批准删除污染源（批准后该污染源才从库中删除，历史保留）", true);
  decide("delete-reject", "退回删除申请（须写明理由）", false);

  auto* list = library->add_subcommand("delete-requests", "机构的污染源删除申请（按季度汇总）");
  add_db_option(list, a->db);
  add_agency_option(list, a->agency)->required();
  list->add_option("--quarter", a->quarter, "only this quarter's, e.g. 2026Q4");
  list->add_option("--as", a->as, "a user of the agency")->required();
  list->callback([a, print, &exit_code] {
    auto db = service::open_existing_database(a->db);
    print(service::list_unit_deletions(*db, a->agency, a->quarter, a->as));
    exit_code = kExitOk;
  });
}

}  // namespace suiji::cli
