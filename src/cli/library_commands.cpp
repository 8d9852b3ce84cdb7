// `suiji import` and `suiji export`: the 两库 (污染源库, 执法人员名录库) and 回避 from and to
// spreadsheets. Thin over service/library/import_library.h and export_files.h; the
// column layout is documented in docs/import-format.md.
//
//   suiji import units|inspectors|conflicts FILE --agency CODE --as LOGIN [--dry-run] [--db PATH]
//                [--create-org-units] [--max-errors N] [--json]
//   suiji import office-list FILE --agency CODE --kind 处罚案件|信访|其他 --period 2027Q1 --as LOGIN
//                (another office's quarterly list: its units are special next quarter)
//   suiji export units|inspectors|conflicts [--format csv|xlsx] [--agency CODE]
//                [--out FILE] [--db PATH]
//
// Exit codes (cli/exit_codes.h): 0 done; 2 bad input (any row error: nothing was written;
// unreadable file; unknown agency or --as user; an --as user who is no operator of the
// agency, or disabled, kForbidden); 3 the database cannot be reached
// or the export file cannot be written.
#include <cstdlib>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/import_output.h"
#include "service/database_setup.h"
#include "service/library/export_files.h"
#include "service/library/import_library.h"
#include "service/lists/import_office_list.h"

namespace suiji::cli {

namespace {

struct ImportArgs {
  std::string library, file, agency, as, db = kDefaultDb;
  std::string kind, period;  // office-list only
  bool dry_run = false, create_org_units = false, json = false;
  std::size_t max_errors = service::ImportOptions{}.max_errors;
};

struct ExportArgs {
  std::string library, format, agency, out, db = kDefaultDb;
};

std::string library_title(service::Library lib) {
  switch (lib) {
    case service::Library::kUnits: return "污染源库 / units";
    case service::Library::kInspectors: return "执法人员名录库 / inspectors";
    case service::Library::kConflicts: return "回避关系 / conflicts";
  }
  return "";
}

int run_office_list_import(const ImportArgs& a) {
  service::OfficeListImportOptions o{a.agency, a.kind, a.period, a.as, a.max_errors, "", ""};
  auto db = service::open_existing_database(a.db);
  service::OfficeListImport r = service::import_office_list_file(*db, a.file, o);
  if (a.json) {
    std::cout << (r.report.ok() ? service::to_json(r) : service::to_json(r.report)).dump(2) << "\n";
    return r.report.ok() ? kExitOk : kExitBadInput;
  }
  std::string title = r.kind + "清单 " + r.period;
  if (!print_list_problems(std::cerr, r.report, title, "office list")) return kExitBadInput;
  std::cout << title << " 已导入 " << r.entries << " 条（原有 " << r.previous_entries << " 条已替换）/ imported "
            << r.entries << " entries (replacing " << r.previous_entries << ")；下季度抽取时列为特殊监管对象\n";
  return kExitOk;
}

int run_import(const ImportArgs& a) {
  if (a.library == "office-list") return run_office_list_import(a);
  auto lib = *service::library_from_name(a.library);
  service::ImportOptions o;
  o.agency_region = a.agency;
  o.dry_run = a.dry_run;
  o.create_org_units = a.create_org_units;
  o.max_errors = a.max_errors;
  o.actor = a.as;
  auto db = service::open_existing_database(a.db);
  service::ImportReport r = service::import_library_file(*db, lib, a.file, o);

  if (a.json) {
    std::cout << service::to_json(r).dump(2) << "\n";
    return r.ok() ? kExitOk : kExitBadInput;
  }
  for (const auto& w : r.warnings) {
    std::cerr << "警告 warning:";
    print_issue(std::cerr, w);
  }
  if (!r.ok()) {
    std::cerr << library_title(lib) << " 导入失败，未写入任何数据 / import failed, nothing written: 共 "
              << r.errors.size() << " 个错误 / " << r.errors.size() << " errors\n";
    print_error_groups(std::cerr, r.errors);
    return kExitBadInput;
  }
  std::cout << a.file << "：编码 " << r.source_encoding << "，数据 " << r.data_rows << " 行\n";
  if (r.dry_run) {
    std::cout << "预检，未写入任何数据 / dry run, nothing written:\n";
    for (const auto& row : r.rows)
      std::cout << "  第 " << row.row << " 行 将" << service::outcome_label(row.outcome) << " " << row.key << " "
                << row.name << "\n";
  }
  if (!r.created_org_units.empty()) {
    std::cout << (r.dry_run ? "将新建内设机构 / would create internal units: " : "已新建内设机构 / created internal units: ");
    for (const auto& n : r.created_org_units) std::cout << n << " ";
    std::cout << "\n";
  }
  std::cout << library_title(lib) << (r.dry_run ? " 预检 / dry run: 将" : " 导入完成 / imported: ")
            << "新增 " << r.count(service::RowOutcome::kCreated) << "，更新 "
            << r.count(service::RowOutcome::kUpdated) << "，未变 " << r.count(service::RowOutcome::kUnchanged)
            << " / created, updated, unchanged\n";
  return kExitOk;
}

int run_export(const ExportArgs& a) {
  auto lib = *service::library_from_name(a.library);
  auto db = service::open_existing_database(a.db);
  auto r = service::export_library_file(*db, lib, a.agency, a.format, a.out);
  if (a.out.empty()) {
    std::cout << r.csv;
    return kExitOk;
  }
  std::cerr << library_title(lib) << " 已导出 " << r.rows << " 条 / exported " << r.rows << " → " << a.out << "\n";
  return kExitOk;
}

}  // namespace

void add_library_commands(CLI::App& app, int& exit_code) {
  const std::vector<std::string> libraries = {"units", "inspectors", "conflicts"};

  auto ia = std::make_shared<ImportArgs>();
  auto* imp = app.add_subcommand(
      "import", "导入两库：污染源、执法人员或回避关系，或其他科室的季度清单 (.csv UTF-8/GBK 或 .xlsx)；任一行有错则不写入任何数据");
  std::vector<std::string> importable = libraries;
  importable.push_back("office-list");
  imp->add_option("library", ia->library, "units | inspectors | conflicts | office-list")
      ->required()
      ->check(CLI::IsMember(importable));
  imp->add_option("--kind", ia->kind, "office-list: 处罚案件 | 信访 | 其他");
  imp->add_option("--period", ia->period, "office-list: the quarter the list covers, e.g. 2027Q1");
  imp->add_option("file", ia->file, "the .csv or .xlsx file")->required()->check(CLI::ExistingFile);
  imp->add_option("--agency", ia->agency, "importing agency's 行政区划代码, e.g. 330800")->required();
  imp->add_option("--as", ia->as, "the 双随机 operator who imports: a user's login (checked, recorded)")->required();
  imp->add_flag("--dry-run", ia->dry_run, "validate and show what would change; write nothing");
  imp->add_flag("--create-org-units", ia->create_org_units,
                "create 录入单位/所属单位 names the agency does not have yet (otherwise an error)");
  imp->add_option("--max-errors", ia->max_errors, "stop reading the file after this many row errors (0: no limit)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  imp->add_flag("--json", ia->json, "print the report as JSON");
  add_db_option(imp, ia->db);
  imp->callback([ia, &exit_code] { exit_code = run_import(*ia); });

  auto ea = std::make_shared<ExportArgs>();
  auto* exp = app.add_subcommand("export", "导出两库为 .csv (UTF-8 带 BOM) 或 .xlsx，列与导入格式相同");
  exp->add_option("library", ea->library, "units | inspectors | conflicts")
      ->required()
      ->check(CLI::IsMember(libraries));
  exp->add_option("--format", ea->format, "csv | xlsx (default: from --out, else csv)")
      ->check(CLI::IsMember({"csv", "xlsx"}));
  exp->add_option("--agency", ea->agency, "only this agency's records (its 行政区划代码); default all");
  exp->add_option("--out", ea->out, "output file (default: CSV on stdout)");
  add_db_option(exp, ea->db);
  exp->callback([ea, &exit_code] { exit_code = run_export(*ea); });
}

}  // namespace suiji::cli
