// `suiji list import` and `suiji list show`: named, dated lists of units (名录), such as
// Urumqi's 《乌鲁木齐市2019年重点排污单位名录》 (004:L71), that a policy stratum selects
// (docs/policy.md, "Named lists"). Thin over service/lists/import_list.h.
//
//   suiji list import FILE --agency ID --name NAME --year YYYY [--json] [--max-errors N] [--db PATH]
//   suiji list show --agency ID --name NAME --year YYYY [--db PATH]
//
// Exit codes (cli/exit_codes.h): 0 done; 2 bad input (any row error: nothing was written;
// an unreadable file; empty --name, a bad --year, an unknown --agency; a list a draw has
// frozen; no such list for show; no database at --db); 3 the database cannot be reached.
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/import_output.h"
#include "service/database_setup.h"
#include "service/lists/import_list.h"

namespace suiji::cli {

namespace {

struct ListArgs {
  std::string file, agency, name, year, as, db = kDefaultDb;
  bool json = false;
  std::size_t max_errors = service::ListImportOptions{}.max_errors;
};

std::string list_title(const std::string& name, int year) {
  return "名单「" + name + "」(" + std::to_string(year) + ")";
}

int run_list_import(const ListArgs& a) {
  service::ListImportOptions o;
  o.agency = a.agency;
  o.name = a.name;
  o.year = service::parse_list_year(a.year);
  o.max_errors = a.max_errors;
  o.actor = a.as;
  auto db = service::open_existing_database(a.db);
  service::ListImport r = service::import_list_file(*db, a.file, o);

  if (a.json) {
    std::cout << (r.report.ok() ? service::to_json(r) : service::to_json(r.report)).dump(2) << "\n";
    return r.report.ok() ? kExitOk : kExitBadInput;
  }
  if (!print_list_problems(std::cerr, r.report, list_title(r.name, r.year), "list")) return kExitBadInput;
  std::cout << list_title(r.name, r.year) << " 已导入 " << r.members << " 家 / list " << r.name << " (" << r.year
            << ") imported: " << r.members << " units\n";
  if (r.replaced)
    std::cout << "  替换了原有的 " << r.previous_members << " 家 / replaced the previous " << r.previous_members
              << " units\n";
  return kExitOk;
}

int run_list_show(const ListArgs& a) {
  service::ListRef ref{a.agency, a.name, service::parse_list_year(a.year)};
  auto db = service::open_existing_database(a.db);
  std::cout << service::show_list(*db, ref).dump(2) << "\n";
  return kExitOk;
}

void add_list_options(CLI::App* cmd, ListArgs& a) {
  add_agency_option(cmd, a.agency)->required();
  cmd->add_option("--name", a.name, "the list's name, e.g. 2019年重点排污单位名录")->required();
  cmd->add_option("--year", a.year, "the list's year, 1990–2100, e.g. 2019")->required();
  add_db_option(cmd, a.db);
}

}  // namespace

void add_list_commands(CLI::App& app, int& exit_code) {
  auto* list = app.add_subcommand("list", "名录：抽查类别可按名单选取的单位（如 2019年重点排污单位名录） / named lists of units");
  list->require_subcommand(1);

  auto ia = std::make_shared<ListArgs>();
  auto* imp = list->add_subcommand(
      "import", "从 .csv/.xlsx 导入名单（统一社会信用代码或抽查编号列）；任一行有错则不写入；再次导入替换全部成员");
  imp->add_option("file", ia->file, "the .csv or .xlsx file")->required();
  add_list_options(imp, *ia);
  imp->add_option("--as", ia->as, "the 双随机 operator who imports: a user's login (checked, recorded)")->required();
  imp->add_option("--max-errors", ia->max_errors, "stop reading the file after this many row errors (0: no limit)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  imp->add_flag("--json", ia->json, "print {list_id, agency_id, name, year, members} (or the error report) as JSON");
  imp->callback([ia, &exit_code] { exit_code = run_list_import(*ia); });

  auto sa = std::make_shared<ListArgs>();
  auto* show = list->add_subcommand("show", "名单成员（本机构辖区内的抽查编号与名称，JSON）");
  add_list_options(show, *sa);
  show->callback([sa, &exit_code] { exit_code = run_list_show(*sa); });
}

}  // namespace suiji::cli
