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
  std::string db, agency, period, today;
};

void print_warnings(const Json& out) {
  if (!out.contains("warnings")) return;
  for (const auto& w : out["warnings"]) std::cerr << "提示 warning: " << w["message"].get<std::string>() << "\n";
}

Json run_preview(const PreviewArgs& a) {
  bool from_preset = !a.preset.empty() || !a.counts.empty();
  bool from_db = !a.db.empty() || !a.agency.empty() || !a.period.empty();
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
  auto db = service::open_existing_database(a.db.empty() ? kDefaultDb : a.db);
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
  preview->add_option("--db", pa->db, "the store: SQLite path, postgresql://… or pg:KEYWORDS (default data/suiji.db)");
  preview->add_option("--agency", pa->agency, "行政区划代码 or agency id (#12) whose policy and jurisdiction to preview");
  preview->add_option("--period", pa->period, "2026Q2 (a quarter) or 2027 (the annual draw of yearly strata)");
  preview->add_option("--today", pa->today, "count the headcount as of this date (default: today)");
  preview->callback([pa, &exit_code] {
    Json out = run_preview(*pa);
    print_warnings(out);
    std::cout << out.dump(2) << "\n";
    exit_code = kExitOk;
  });

  struct AnnualArgs {
    std::string db = kDefaultDb, agency, as = "cli";
    int year = 0;
  };
  auto an = std::make_shared<AnnualArgs>();
  auto* annual = plan->add_subcommand("annual", "年度抽查计划：各类别全年家次（草稿，须审批人批准）");
  annual->add_option("--db", an->db, "SQLite path, postgresql://… or pg:KEYWORDS")->capture_default_str();
  annual->add_option("--agency", an->agency, "行政区划代码 or agency id (#12)")->required();
  annual->add_option("--year", an->year, "the plan year, e.g. 2027")->required();
  annual->add_option("--as", an->as, "who makes the plan (recorded)")->capture_default_str();
  annual->callback([an, &exit_code] {
    auto db = service::open_existing_database(an->db);
    std::cout << service::annual_plan(*db, an->agency, an->year, an->as).dump(2) << "\n";
    exit_code = kExitOk;
  });
  auto ap = std::make_shared<AnnualArgs>();
  auto* approve = plan->add_subcommand("approve", "批准年度抽查计划（本机构审批人）");
  approve->add_option("--db", ap->db, "SQLite path, postgresql://… or pg:KEYWORDS")->capture_default_str();
  approve->add_option("--agency", ap->agency, "行政区划代码 or agency id (#12)")->required();
  approve->add_option("--year", ap->year, "the plan year")->required();
  approve->add_option("--as", ap->as, "the approver's login (a user with the 审批人 role at the agency)")->required();
  approve->callback([ap, &exit_code] {
    auto db = service::open_existing_database(ap->db);
    std::cout << service::approve_annual_plan(*db, ap->agency, ap->year, ap->as).dump(2) << "\n";
    exit_code = kExitOk;
  });

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
