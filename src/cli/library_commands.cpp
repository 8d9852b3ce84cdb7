// `suiji import` and `suiji export`: the 两库 (污染源库, 执法人员名录库) and 回避 from and to
// spreadsheets. Thin over service/import_library.h and service/export_library.h; the
// column layout is documented in docs/import-format.md.
//
//   suiji import units|inspectors|conflicts FILE --agency CODE [--dry-run] [--db PATH]
//                [--create-org-units] [--json]
//   suiji export units|inspectors|conflicts [--format csv|xlsx] [--agency CODE]
//                [--out FILE] [--db PATH]
//
// Exit codes: 0 done; 2 bad input (any row error: nothing was written; unreadable file;
// unknown agency).
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "io/csv_writer.h"
#include "io/file_bytes.h"
#include "io/xlsx_writer.h"
#include "service/library/export_library.h"
#include "service/library/import_library.h"
#include "store/store.h"

namespace suiji::cli {

namespace {

constexpr const char* kDefaultDb = "data/suiji.db";

struct ImportArgs {
  std::string library, file, agency, db = kDefaultDb;
  bool dry_run = false, create_org_units = false, json = false;
};

struct ExportArgs {
  std::string library, format, agency, out, db = kDefaultDb;
};

// Import and export need an existing database: opening a mistyped SQLite path would
// create an empty database there, a change made by bad input.
std::unique_ptr<store::Store> open_existing(const std::string& db) {
  std::string path = db.rfind("sqlite3://", 0) == 0 ? db.substr(10) : db;
  bool is_sqlite_path = path.find("://") == std::string::npos && path.rfind("pg:", 0) != 0;
  if (is_sqlite_path && !std::filesystem::exists(path))
    throw std::runtime_error("数据库不存在 (no database at " + path + "; create it with suiji init, or pass --db)");
  return store::Store::open(db);
}

std::string library_title(service::Library lib) {
  switch (lib) {
    case service::Library::kUnits: return "污染源库 (units)";
    case service::Library::kInspectors: return "执法人员名录库 (inspectors)";
    case service::Library::kConflicts: return "回避关系 (conflicts)";
  }
  return "";
}

void print_issue(std::ostream& os, const service::ImportIssue& i) {
  os << "  ";
  if (i.row > 0) os << "第 " << i.row << " 行 ";
  if (!i.column.empty()) os << "[" << i.column << "] ";
  os << i.message << "\n";
}

int run_import(const ImportArgs& a) {
  auto lib = *service::library_from_name(a.library);
  service::ImportOptions o;
  o.agency_region = a.agency;
  o.dry_run = a.dry_run;
  o.create_org_units = a.create_org_units;
  const char* user = std::getenv("USER");
  o.actor = std::string("cli:") + (user ? user : "import");
  auto db = open_existing(a.db);
  service::ImportReport r = service::import_library_file(*db, lib, a.file, o);

  if (a.json) {
    std::cout << service::to_json(r).dump(2) << "\n";
    return r.ok() ? 0 : 2;
  }
  for (const auto& w : r.warnings) {
    std::cerr << "警告 warning:";
    print_issue(std::cerr, w);
  }
  if (!r.ok()) {
    std::cerr << library_title(lib) << " 导入失败，未写入任何数据 (import failed, nothing written): "
              << r.errors.size() << " 个错误 (errors)\n";
    for (const auto& e : r.errors) print_issue(std::cerr, e);
    return 2;
  }
  std::cout << a.file << "：编码 " << r.source_encoding << "，数据 " << r.data_rows << " 行\n";
  if (r.dry_run) {
    std::cout << "预检，未写入任何数据 (dry run, nothing written)：\n";
    for (const auto& row : r.rows)
      std::cout << "  第 " << row.row << " 行 将" << service::outcome_label(row.outcome) << " " << row.key << " "
                << row.name << "\n";
  }
  if (!r.created_org_units.empty()) {
    std::cout << (r.dry_run ? "将新建内设机构 (would create internal units)：" : "已新建内设机构 (created internal units)：");
    for (const auto& n : r.created_org_units) std::cout << n << " ";
    std::cout << "\n";
  }
  std::cout << library_title(lib) << (r.dry_run ? " 预检 (dry run)：将" : " 导入完成 (imported)：")
            << "新增 " << r.count(service::RowOutcome::kCreated) << "，更新 "
            << r.count(service::RowOutcome::kUpdated) << "，未变 " << r.count(service::RowOutcome::kUnchanged)
            << " (created/updated/unchanged)\n";
  return 0;
}

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

int run_export(const ExportArgs& a) {
  auto lib = *service::library_from_name(a.library);
  std::string format = a.format;
  if (format.empty()) format = ends_with(a.out, ".xlsx") ? "xlsx" : "csv";
  if (format == "xlsx" && a.out.empty()) {
    std::cerr << "错误 error: xlsx 导出须用 --out 指定文件 (--out FILE is required for xlsx)\n";
    return 2;
  }
  auto db = open_existing(a.db);
  service::ExportTable t;
  try {
    t = service::export_library(*db, lib, a.agency);
  } catch (const std::invalid_argument& e) {
    std::cerr << "错误 error: " << e.what() << "\n";
    return 2;
  }
  if (format == "xlsx") {
    io::write_xlsx_file(a.out, t.sheet_name, t.header, t.rows);
  } else {
    std::vector<std::vector<std::string>> rows;
    rows.reserve(t.rows.size() + 1);
    rows.push_back(t.header);
    rows.insert(rows.end(), t.rows.begin(), t.rows.end());
    std::string csv = io::write_csv(rows);
    if (a.out.empty()) {
      std::cout << csv;
      return 0;
    }
    io::write_file_atomically(a.out, csv);
  }
  std::cerr << library_title(lib) << " 已导出 " << t.rows.size() << " 条 (exported) → " << a.out << "\n";
  return 0;
}

}  // namespace

void add_library_commands(CLI::App& app, int& exit_code) {
  const std::vector<std::string> libraries = {"units", "inspectors", "conflicts"};

  auto ia = std::make_shared<ImportArgs>();
  auto* imp = app.add_subcommand(
      "import", "导入两库：污染源、执法人员或回避关系 (.csv UTF-8/GBK 或 .xlsx)；任一行有错则不写入任何数据");
  imp->add_option("library", ia->library, "units | inspectors | conflicts")
      ->required()
      ->check(CLI::IsMember(libraries));
  imp->add_option("file", ia->file, "the .csv or .xlsx file")->required()->check(CLI::ExistingFile);
  imp->add_option("--agency", ia->agency, "importing agency's 行政区划代码, e.g. 330800")->required();
  imp->add_flag("--dry-run", ia->dry_run, "validate and show what would change; write nothing");
  imp->add_flag("--create-org-units", ia->create_org_units,
                "create 录入单位/所属单位 names the agency does not have yet (otherwise an error)");
  imp->add_flag("--json", ia->json, "print the report as JSON");
  imp->add_option("--db", ia->db, "database (SQLite path or postgresql://…)")->capture_default_str();
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
  exp->add_option("--db", ea->db, "database (SQLite path or postgresql://…)")->capture_default_str();
  exp->callback([ea, &exit_code] { exit_code = run_export(*ea); });
}

}  // namespace suiji::cli
