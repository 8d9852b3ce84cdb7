// suiji plan preview | calendar — a policy's sample sizes and dates (docs/policy.md).
// Thin over service/plans/; errors are thrown to main() (cli/exit_codes.h).
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "service/plans/preset_preview.h"

namespace suiji::cli {

void add_plan_commands(CLI::App& app, int& exit_code) {
  auto* plan = app.add_subcommand("plan", "抽查计划：各类别抽查数量与抽取时间 / plans: sample sizes and dates");
  plan->require_subcommand(1);

  struct PreviewArgs {
    std::string preset, counts;
  };
  auto pa = std::make_shared<PreviewArgs>();
  auto* preview = plan->add_subcommand("preview", "按预置规则和各类别数量计算每季度/每年最低抽查数量（JSON）");
  preview->add_option("--preset", pa->preset, "shandong-city | shandong-county | quzhou-city | quzhou-county | "
                                              "zibo-zhangdian | baoding | urumqi-city | urumqi-district")
      ->required();
  preview->add_option("--counts", pa->counts,
                      "JSON file {\"key\": N, \"general\": N, \"special\": N, \"inspectors\": N} (- for stdin)")
      ->required();
  preview->callback([pa, &exit_code] {
    std::cout << service::preview_preset_file(pa->preset, pa->counts).dump(2) << "\n";
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
    std::cout << service::calendar_preset(ca->preset, ca->period).dump(2) << "\n";
    exit_code = kExitOk;
  });
}

}  // namespace suiji::cli
