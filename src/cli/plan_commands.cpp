// suiji plan preview | calendar — a policy's sample sizes and dates (docs/policy.md).
//   plan preview --preset NAME --counts FILE          a preset over given stratum counts
//   plan preview --db PATH --agency ID --period P     an agency's policy over its store
//   plan calendar --preset NAME --period P
//   plan annual   --db PATH --agency ID --year Y --as LOGIN   the year's plan (a draft, by an operator)
//   plan campaign --db PATH --agency ID --period P --file F    a special or joint campaign (a draft)
//   plan approve  --db PATH (--agency ID --year Y | --plan ID) --as LOGIN   by the agency's approver
//   plan items    --db PATH --agency ID --year Y [--format json|csv|xlsx] [--out FILE]
// Thin over service/plans/; errors are thrown to main() (cli/exit_codes.h).
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "domain/error.h"
#include "service/database_setup.h"
#include "service/plans/agency_preview.h"
#include "service/plans/annual_plan.h"
#include "service/plans/campaign_plan.h"
#include "service/plans/inspection_items.h"
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

  struct AnnualArgs {
    std::string db = kDefaultDb, agency, as;
    int year = 0;
  };
  auto aa = std::make_shared<AnnualArgs>();
  auto* annual = plan->add_subcommand("annual", "年度抽查计划：各类别全年家次（草稿，须审批人批准）");
  add_db_option(annual, aa->db);
  add_agency_option(annual, aa->agency)->required();
  annual->add_option("--year", aa->year, "the plan year, e.g. 2027")->required();
  annual->add_option("--as", aa->as, "the 双随机 operator who drafts it: a user's login (checked, recorded)")->required();
  annual->callback([aa, &exit_code] {
    auto db = service::open_existing_database(aa->db);
    std::cout << service::annual_plan(*db, aa->agency, aa->year, aa->as).dump(2) << "\n";
    exit_code = kExitOk;
  });

  struct CampaignArgs {
    std::string db = kDefaultDb;
    service::CampaignRequest req{"", "", "", "", ""};
  };
  auto cg = std::make_shared<CampaignArgs>();
  auto* campaign = plan->add_subcommand("campaign", "专项或联合抽查计划：一个抽查对象类别的数量与名单范围（草稿，须审批人批准）");
  add_db_option(campaign, cg->db);
  add_agency_option(campaign, cg->req.agency)->required();
  campaign->add_option("--period", cg->req.period, "2027Q2 (a quarter) or 2027 (a year)")->required();
  campaign->add_option("--file", cg->req.file,
                       "JSON {\"kind\": \"joint\"|\"special\", \"name\", \"departments\", \"stratum\"} (- for stdin)")
      ->required();
  campaign->add_option("--today", cg->req.today, "count the headcount as of this date (default: today)");
  campaign->add_option("--as", cg->req.actor, "the 双随机 operator who drafts it: a user's login (checked, recorded)")->required();
  campaign->callback([cg, &exit_code] {
    auto db = service::open_existing_database(cg->db);
    std::cout << service::campaign_plan(*db, cg->req).dump(2) << "\n";
    exit_code = kExitOk;
  });

  struct ApproveArgs {
    std::string db = kDefaultDb, agency, as;
    int year = 0;
    int64_t plan_id = 0;
  };
  auto ap = std::make_shared<ApproveArgs>();
  auto* approve = plan->add_subcommand("approve", "批准计划（本机构审批人，--as 其登录名）：年度计划用 --agency 和 --year，专项或联合计划用 --plan");
  add_db_option(approve, ap->db);
  auto* agency = add_agency_option(approve, ap->agency);
  auto* year = approve->add_option("--year", ap->year, "the annual plan's year, e.g. 2027");
  auto* plan_id = approve->add_option("--plan", ap->plan_id, "a plan's id (as plan campaign prints it)");
  approve->add_option("--as", ap->as, "the approver's login")->required();
  approve->callback([ap, agency, year, plan_id, &exit_code] {
    bool by_id = plan_id->count() > 0, by_year = agency->count() > 0 || year->count() > 0;
    if (by_id == by_year || (by_year && (agency->count() == 0 || year->count() == 0)))
      throw bad_input("approve_mode", "请用 --agency 和 --year（年度计划）或 --plan（按编号），二者选一",
                      "give --agency and --year (an annual plan) or --plan ID, not both", Json{{"field", "plan"}});
    auto db = service::open_existing_database(ap->db);
    Json out = by_id ? service::approve_plan_by_id(*db, ap->plan_id, ap->as)
                     : service::approve_annual_plan(*db, ap->agency, ap->year, ap->as);
    std::cout << out.dump(2) << "\n";
    exit_code = kExitOk;
  });

  struct ItemsArgs {
    std::string db = kDefaultDb, agency, format, out;
    int year = 0;
  };
  auto ia = std::make_shared<ItemsArgs>();
  auto* items = plan->add_subcommand("items", "随机抽查事项清单（JSON，或 csv / xlsx 表格）");
  add_db_option(items, ia->db);
  add_agency_option(items, ia->agency)->required();
  items->add_option("--year", ia->year, "the policy year, e.g. 2027")->required();
  items->add_option("--format", ia->format, "json | csv | xlsx (default: json, or from --out's extension)");
  items->add_option("--out", ia->out, "write the table to this file (.csv or .xlsx)");
  items->callback([ia, &exit_code] {
    auto db = service::open_existing_database(ia->db);
    auto f = service::inspection_items_file(*db, ia->agency, ia->year, ia->format, ia->out);
    if (ia->out.empty()) std::cout << f.text;
    else std::cerr << "已写出 " << f.rows << " 项 / wrote " << f.rows << " items to " << ia->out << "\n";
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
