// suiji policy apply | show — an agency's policy for a year (docs/policy.md).
//   policy apply --db PATH --agency ID --year 2026 (--preset NAME | --file POLICY.json)
//   policy show  --db PATH --agency ID --year 2026 [--version N]
// Thin over service/plans/agency_policy.h; errors are thrown to main() (cli/exit_codes.h).
#include <iostream>
#include <memory>
#include <optional>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "service/database_setup.h"
#include "service/plans/agency_policy.h"

namespace suiji::cli {

void add_policy_commands(CLI::App& app, int& exit_code) {
  auto* policy = app.add_subcommand("policy", "抽查规则：按预置规则或规则文件设定，逐版保存 / an agency's sampling policy");
  policy->require_subcommand(1);

  struct ApplyArgs {
    std::string db = kDefaultDb, agency, preset, file, as;
    int year = 0;
  };
  auto aa = std::make_shared<ApplyArgs>();
  auto* apply = policy->add_subcommand("apply", "为机构设定某年度的抽查规则（新增一版，不覆盖旧版）");
  add_db_option(apply, aa->db);
  add_agency_option(apply, aa->agency)->required();
  apply->add_option("--year", aa->year, "the policy year, e.g. 2026")->required();
  apply->add_option("--preset", aa->preset, "a preset: shandong-city … urumqi-district (docs/presets/)");
  apply->add_option("--file", aa->file, "a suiji-policy/1 JSON file (- for stdin), instead of a preset");
  apply->add_option("--as", aa->as, "the 双随机 operator who applies it: a user's login (checked, recorded)")->required();
  apply->callback([aa, &exit_code] {
    auto db = service::open_existing_database(aa->db);
    Json out = service::apply_policy(*db, aa->agency, aa->year, {aa->preset, aa->file}, aa->as);
    std::cout << out.dump(2) << "\n";
    exit_code = kExitOk;
  });

  struct ShowArgs {
    std::string db = kDefaultDb, agency;
    int year = 0;
    std::optional<int> version;
  };
  auto sa = std::make_shared<ShowArgs>();
  auto* show = policy->add_subcommand("show", "显示机构某年度的抽查规则（默认最新一版）");
  add_db_option(show, sa->db);
  add_agency_option(show, sa->agency)->required();
  show->add_option("--year", sa->year, "the policy year")->required();
  show->add_option("--version", sa->version, "a version number (default: the latest)");
  show->callback([sa, &exit_code] {
    auto db = service::open_existing_database(sa->db);
    std::cout << service::show_policy(*db, sa->agency, sa->year, sa->version).dump(2) << "\n";
    exit_code = kExitOk;
  });
}

}  // namespace suiji::cli
