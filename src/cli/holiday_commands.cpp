// suiji holidays set | show — the holiday table admins maintain (service/plans/holiday_table.h).
//   holidays set  --db PATH --year 2027 --file 2027.csv --as admin
//   holidays show --db PATH --year 2027
// Thin over the service; errors are thrown to main() (cli/exit_codes.h).
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "service/database_setup.h"
#include "service/plans/holiday_table.h"

namespace suiji::cli {

void add_holiday_commands(CLI::App& app, int& exit_code) {
  auto* group = app.add_subcommand("holidays", "节假日表（放假与调休上班）：系统管理员录入国务院公布的年度安排 / the holiday table");
  group->require_subcommand(1);

  struct Args {
    std::string db = kDefaultDb, file, as;
    int year = 0;
  };
  auto a = std::make_shared<Args>();
  auto* set = group->add_subcommand("set", "以文件替换某年的节假日表（.csv 或 .xlsx：日期,类型,名称）");
  add_db_option(set, a->db);
  set->add_option("--year", a->year, "the year, e.g. 2027")->required();
  set->add_option("--file", a->file, ".csv or .xlsx with 日期,类型,名称 (类型: 放假 / 调休上班)")->required();
  set->add_option("--as", a->as, "a system admin's login")->required();
  set->callback([a, &exit_code] {
    auto db = service::open_existing_database(a->db);
    std::cout << service::set_holiday_year(*db, a->year, a->file, a->as).dump(2) << "\n";
    exit_code = kExitOk;
  });

  auto s = std::make_shared<Args>();
  auto* show = group->add_subcommand("show", "某年的节假日表（JSON）");
  add_db_option(show, s->db);
  show->add_option("--year", s->year, "the year, e.g. 2027")->required();
  show->callback([s, &exit_code] {
    auto db = service::open_existing_database(s->db);
    std::cout << service::show_holiday_year(*db, s->year).dump(2) << "\n";
    exit_code = kExitOk;
  });
}

}  // namespace suiji::cli
