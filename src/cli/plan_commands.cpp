// suiji plan preview | calendar — a policy's sample sizes and dates (docs/policy.md).
//   plan preview --preset NAME --counts FILE          a preset over given stratum counts
//   plan preview --db PATH --agency ID --period P     an agency's policy over its store
//   plan calendar --preset NAME --period P
//   plan annual  --db PATH --agency ID --year Y [--as LOGIN]   the year's plan (a draft)
//   plan approve --db PATH --agency ID --year Y --as LOGIN     approved by the agency's approver
// Thin over service/plans/; errors are thrown to main() (cli/exit_codes.h).
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "domain/error.h"
#include "service/database_setup.h"
#include "service/plans/agency_preview.h"
#include "service/plans/annual_plan.h"
#include "service/plans/preset_preview.h"

namespace suiji::cli {

namespace {

struct PreviewArgs {
  std::string preset, counts;
  std::string db = kDefaultDb, agency, period, today;
  bool db_given = false;
};

void print_warnings(const Json& out) {
  if (!out.contains("warnings")) return;
  for (const auto& w : out["warnings"]) std::cerr << "提示 warning: " << w["message"].get<std::string>() << "\n";
}

Json run_preview(const PreviewArgs& a) {
  bool from_preset = !a.preset.empty() || !a.counts.empty();
  bool from_db = a.db_given || !a.agency.empty() || !a.period.empty();
  if (from_preset == from_db)
    throw bad_input("preview_mode",
                    "请用 --preset 和 --counts（按预置规则和给定数量），或 --db、--agency 和 --period（按机构的规则和库中数据），二者选一",
                    "give --preset and --counts (a preset over given counts) or --db, --agency and --period (an agency's "
                    "policy over its store), not both",
                    Json{{"field", "preset"}});
  if (from_preset) {
    if (a.preset.empty() || a.counts.empty())
      throw bad_input("preview_mode", std::string("缺少 ") + (a.preset.empty() ? "--preset" : "--counts"),
                      std::string("missing ") + (a.preset.empty() ? "--preset" : "--counts"),
                      Json{{"field", a.preset.empty() ? "preset" : "counts"}});
    return service::preview_preset_file(a.preset, a.counts);
  }
  if (a.agency.empty() || a.period.empty())
    throw bad_input("preview_mode", std::string("缺少 ") + (a.agency.empty() ? "--agency" : "--period"),
                    std::string("missing ") + (a.agency.empty() ? "--agency" : "--period"),
                    Json{{"field", a.agency.empty() ? "agency" : "period"}});
  auto db = service::open_existing_database(a.db);
  return service::preview_agency(*db, {a.agency, a.period, a.today, {}});
}

}  // namespace

void add_plan_commands(CLI::App& app, int& exit_code) {
  auto* plan = app.add_subcommand("plan", "抽查计划：各类别抽查数量与抽取时间 / plans: sample sizes and dates");
  plan->require_subcommand(1);

  auto pa = std::make_shared<PreviewArgs>();
  auto* preview = plan->add_subcommand(
      "preview", "每季度/每年最低抽查数量（JSON）：按预置规则和给定数量，或按机构的规则和库中数据");
  preview->add_option("--preset", pa->preset, "shandong-city | shandong-county | quzhou-city | quzhou-county | "
                                              "zibo-zhangdian | baoding | urumqi-city | urumqi-district");
  preview->add_option("--counts", pa->counts,
                      "JSON file {\"key\": N, \"general\": N, \"special\": N, \"inspectors\": N} (- for stdin)");
  auto* db_option = add_db_option(preview, pa->db);
  add_agency_option(preview, pa->agency);
  preview->add_option("--period", pa->period, "2026Q2 (a quarter) or 2027 (the annual draw of yearly strata)");
  preview->add_option("--today", pa->today, "count the headcount as of this date (default: today)");
  preview->callback([pa, db_option, &exit_code] {
    pa->db_given = db_option->count() > 0;
    Json out = run_preview(*pa);
    print_warnings(out);
    std::cout << out.dump(2) << "\n";
    exit_code = kExitOk;
  });

  // plan annual and plan approve take the same arguments; approve needs --as.
  struct AnnualArgs {
    std::string db = kDefaultDb, agency, as = "cli";
    int year = 0;
  };
  auto year_command = [&](const char* name, const char* help, auto run) {
    auto args = std::make_shared<AnnualArgs>();
    auto* cmd = plan->add_subcommand(name, help);
    add_db_option(cmd, args->db);
    add_agency_option(cmd, args->agency)->required();
    cmd->add_option("--year", args->year, "the plan year, e.g. 2027")->required();
    auto* as = cmd->add_option("--as", args->as, "who acts, a user's login (recorded)");
    cmd->callback([args, run, &exit_code] {
      auto db = service::open_existing_database(args->db);
      std::cout << run(*db, *args).dump(2) << "\n";
      exit_code = kExitOk;
    });
    return as;
  };
  year_command("annual", "年度抽查计划：各类别全年家次（草稿，须审批人批准）", [](auto& db, const AnnualArgs& a) {
    return service::annual_plan(db, a.agency, a.year, a.as);
  })->capture_default_str();
  year_command("approve", "批准年度抽查计划（本机构审批人，--as 其登录名）", [](auto& db, const AnnualArgs& a) {
    return service::approve_annual_plan(db, a.agency, a.year, a.as);
  })->required();

  struct CalendarArgs {
    std::string preset, period;
  };
  auto ca = std::make_shared<CalendarArgs>();
  auto* calendar = plan->add_subcommand("calendar", "某期间的抽取时间窗口和报送期限（JSON）");
  calendar->add_option("--preset", ca->preset, "preset name (see plan preview)")->required();
  calendar->add_option("--period", ca->period, "2026Q2 (the draw selecting that quarter's units) or 2027 (the annual draw)")
      ->required();
  calendar->callback([ca, &exit_code] {
    Json out = service::calendar_preset(ca->preset, ca->period);
    print_warnings(out);
    out.erase("warnings");
    std::cout << out.dump(2) << "\n";
    exit_code = kExitOk;
  });
}

}  // namespace suiji::cli
