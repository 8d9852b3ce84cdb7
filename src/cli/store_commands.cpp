// `suiji init` and `suiji demo`: create a database. Thin over service/database_setup.h
// and service/demo_dataset.h.
//
//   suiji init [--db PATH|URI] [--region 330800] [--agency-name NAME] [--admin LOGIN]
//   suiji demo [--db PATH|URI] [--seed N] [--units N] [--inspectors N]
//
// --db is a SQLite path (default data/suiji.db), sqlite://PATH or sqlite3://PATH, postgresql://… or
// pg:KEYWORDS. Both print the administrator's login and (new) password once.
// Exit codes (cli/exit_codes.h): 0 done; 2 bad input (bad region code, demo into a
// database that already has units); 3 the database cannot be created or reached.
// These two are the only commands that create a database (service/database_setup.h).
#include <chrono>
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "domain/codes.h"
#include "service/database_setup.h"
#include "service/demo_dataset.h"
#include "service/demo_history.h"

namespace suiji::cli {
namespace {

struct InitArgs {
  std::string db = kDefaultDb;
  service::SetupOptions setup;
};

struct DemoArgs {
  std::string db = kDefaultDb;
  service::DemoOptions demo;
  bool no_history = false;
};

void print_login(const std::string& login, const std::string& password) {
  if (password.empty()) {
    std::cout << "管理员账号已存在，未更改密码 / admin account '" << login
              << "' already exists; password unchanged\n";
    return;
  }
  std::cout << "管理员登录 admin login:   " << login << "\n"
            << "初始密码 admin password:  " << password << "\n"
            << "请登录后修改密码 / shown once, change it after logging in\n";
}

int run_init(const InitArgs& a) {
  // Refuse a bad region before opening: bad input must not even create the file.
  if (auto c = check_region_code(a.setup.region_code); !c)
    throw bad_input("bad_region_code", "--region 无效：" + c.error, "--region is not a valid region code");
  auto db = service::open_or_create_database(a.db);
  auto r = service::setup_database(*db, a.setup);
  std::cout << "数据库已就绪 database ready: " << a.db << " (schema v" << r.schema_version
            << ")\n机构 agency: " << r.agency_name << " (" << a.setup.region_code << ")\n"
            << "节假日 holidays added: " << r.holidays_added << "\n";
  print_login(r.admin_login, r.admin_password);
  return kExitOk;
}

int run_demo(const DemoArgs& a) {
  auto start = std::chrono::steady_clock::now();
  auto db = service::open_or_create_database(a.db);
  auto s = service::load_demo(*db, a.demo);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << "演示数据已载入 demo data loaded into " << a.db << " in " << secs << " s\n"
            << "  机构 agencies: " << s.agencies << "（衢州市生态环境局及6个县级分局、绿色产业集聚区环保分局）\n"
            << "  内设机构 org units: " << s.org_units << "\n"
            << "  污染源 units: " << s.units << " —";
  for (const char* level : {"国控", "省控", "市控", "县控", "市一般", "县一般"})
    std::cout << " " << level << " " << (s.units_by_level.count(level) ? s.units_by_level.at(level) : 0);
  std::cout << "\n    特殊监管 special " << s.special << ", 季节性生产 seasonal " << s.seasonal
            << ", 停产 stopped " << s.stopped << ", 关闭 closed " << s.closed << ", 建设项目 projects "
            << s.projects << ", 自行编号 assigned codes " << s.without_uscc << "\n"
            << "  执法人员 inspectors: " << s.inspectors << " (certificates " << s.certificates
            << ", expired " << s.expired_certificates << "), absences " << s.absences
            << ", 回避 conflicts " << s.conflicts << "\n"
            << "  节假日 holidays: " << s.holidays << "\n"
            << "  抽查规则 policies: 市局 quzhou-city，各分局 quzhou-county —";
  for (int y : s.policy_years) std::cout << " " << y;
  std::cout << "\n";
  if (!a.no_history) {
    auto h = service::load_demo_history(*db, a.demo.today);
    std::cout << "  抽取 draws (本年至今 this year so far):\n";
    for (const auto& d : h.draws)
      std::cout << "    " << d.code << "  " << d.announced_on
                << (d.status == "published" ? " 已公开 published" : " 揭示待公开 revealed, held back") << ", 任务 tasks "
                << d.tasks << (d.changes ? "，人员变动 changes " + std::to_string(d.changes) : std::string())
                << (d.records ? "，检查记录 records " + std::to_string(d.records) + "（发现问题 findings " +
                                    std::to_string(d.findings) + "）"
                              : std::string())
                << (d.follow_ups ? "，后督察 follow-ups " + std::to_string(d.follow_ups) : std::string()) << "\n";
    for (const auto& why : h.skipped) std::cout << "    说明 note: " << why << "\n";
  }
  print_login(s.admin_login, s.admin_password);
  if (!s.demo_users.empty()) {
    if (s.demo_password.empty())
      std::cout << "演示账号（密码同上） demo users, same password:\n";
    else
      std::cout << "演示账号密码 demo users' password: " << s.demo_password << "\n";
    for (const auto& [login, who] : s.demo_users) std::cout << "  " << login << "  " << who << "\n";
  }
  return kExitOk;
}

}  // namespace

void add_store_commands(CLI::App& app, int& exit_code) {
  auto init_args = std::make_shared<InitArgs>();
  CLI::App* init = app.add_subcommand("init", "创建空数据库（表结构、机构、管理员） create an empty database with an admin user");
  add_db_option(init, init_args->db);
  init->add_option("--region", init_args->setup.region_code, "行政区划代码 of the top agency")
      ->capture_default_str();
  init->add_option("--agency-name", init_args->setup.agency_name, "name of the top agency (default: region name + 生态环境局)");
  init->add_option("--admin", init_args->setup.admin_login, "administrator login")->capture_default_str();
  init->callback([init_args, &exit_code] { exit_code = run_init(*init_args); });

  auto demo_args = std::make_shared<DemoArgs>();
  CLI::App* demo = app.add_subcommand("demo", "载入衢州市演示数据 load the realistic 衢州 demo dataset");
  add_db_option(demo, demo_args->db);
  demo->add_option("--seed", demo_args->demo.seed, "pseudo-random seed (same seed, same data)")
      ->capture_default_str();
  demo->add_option("--units", demo_args->demo.units, "number of pollution sources")
      ->check(CLI::Range(50, 500000))
      ->capture_default_str();
  demo->add_option("--inspectors", demo_args->demo.inspectors, "number of inspectors")
      ->check(CLI::Range(20, 50000))
      ->capture_default_str();
  demo->add_option("--today", demo_args->demo.today, "the demo's today (YYYY-MM-DD): policies for its year and the next, draws up to it");
  demo->add_flag("--no-history", demo_args->no_history, "load the libraries and policies only, no draws");
  demo->callback([demo_args, &exit_code] { exit_code = run_demo(*demo_args); });
}

}  // namespace suiji::cli
