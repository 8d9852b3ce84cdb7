// The monthly hand-over of paper records (文书交接单, 002:L27), thin over
// service/handover/handover_sheet.h:
//   handover create --db PATH --agency ID --month 2027-01 --as LOGIN [--format json|csv]
//   handover sign   --db PATH --sheet N --as RECEIVER [--format json|csv]
//   handover show   --db PATH --sheet N --as LOGIN [--format json|csv]
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "service/database_setup.h"
#include "service/handover/handover_sheet.h"

namespace suiji::cli {

void add_handover_commands(CLI::App& app, int& exit_code) {
  auto* handover = app.add_subcommand("handover", "现场检查执法文书交接单（每月纸质记录交系统管理人员存档） / hand-over sheets");
  handover->require_subcommand(1);
  struct Args {
    std::string db = kDefaultDb, format = "json", sheet, as;
    service::HandoverCreate create;
  };
  auto a = std::make_shared<Args>();
  auto print = [a](const Json& sheet) {
    if (a->format == "csv")
      std::cout << service::handover_csv(sheet);
    else
      std::cout << sheet.dump(2) << "\n";
  };
  auto format_option = [&](CLI::App* c) {
    c->add_option("--format", a->format, "json or csv (序号, 污染源名称, 执法人员名称, 交接人签字, 交接时间, 接收人签字)")
        ->check(CLI::IsMember({"json", "csv"}))
        ->capture_default_str();
  };

  auto* create = handover->add_subcommand("create", "制作某月的文书交接单（已录入检查记录的任务；尚无记录时为当月已办结的任务）");
  add_db_option(create, a->db);
  add_agency_option(create, a->create.agency)->required();
  create->add_option("--month", a->create.month, "the month, e.g. 2027-01")->required();
  create->add_option("--as", a->create.actor, "the login of whoever hands the records over (交接人)")->required();
  format_option(create);
  create->callback([a, print, &exit_code] {
    auto db = service::open_existing_database(a->db);
    print(service::create_handover(*db, a->create));
    exit_code = kExitOk;
  });

  auto* sign = handover->add_subcommand("sign", "接收人签收文书交接单");
  add_db_option(sign, a->db);
  sign->add_option("--sheet", a->sheet, "the sheet's number")->required();
  sign->add_option("--as", a->as, "the receiver's (系统管理人员) login")->required();
  format_option(sign);
  sign->callback([a, print, &exit_code] {
    auto db = service::open_existing_database(a->db);
    print(service::sign_handover(*db, {a->sheet, a->as}));
    exit_code = kExitOk;
  });

  auto* show = handover->add_subcommand("show", "输出文书交接单（JSON 或 CSV，供打印）");
  add_db_option(show, a->db);
  show->add_option("--sheet", a->sheet, "the sheet's number")->required();
  show->add_option("--as", a->as, "a user of the agency")->required();
  format_option(show);
  show->callback([a, print, &exit_code] {
    auto db = service::open_existing_database(a->db);
    print(service::show_handover(*db, a->sheet, a->as));
    exit_code = kExitOk;
  });
}

}  // namespace suiji::cli
