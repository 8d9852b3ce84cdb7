// suiji draw compute | verify | ticket — the sj-draw/1 engine on the command line.
// Thin over service/draws/draw_files.h; errors are thrown to main() (cli/exit_codes.h).
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "draw/ticket.h"
#include "service/draws/draw_files.h"

namespace suiji::cli {
namespace {

int compute(const std::string& path) {
  service::compute_draw_file(path, [](std::string_view piece) { std::fwrite(piece.data(), 1, piece.size(), stdout); });
  return kExitOk;
}

int verify(const std::string& path) {
  draw::Verdict v = service::verify_draw_file(path);
  if (v.ok) {
    std::cout << "verified\n";
    return kExitOk;
  }
  std::cout << "NOT verified 验证不通过: " << v.discrepancy << "\n";
  return kExitCheckFailed;
}

}  // namespace

void add_draw_commands(CLI::App& app, int& exit_code) {
  auto* draw_cmd = app.add_subcommand("draw", "sj-draw/1 摇号");
  draw_cmd->require_subcommand(1);
  auto* compute_cmd = draw_cmd->add_subcommand("compute", "Compute the full draw record from INPUT.json (stdout)");
  static std::string input_path;
  compute_cmd->add_option("INPUT", input_path, "draw input JSON (- for stdin)")->required();
  compute_cmd->callback([&exit_code] { exit_code = compute(input_path); });

  auto* verify_cmd = app.add_subcommand(
      "verify", "Verify a published draw record: prints `verified` (exit 0) or the first discrepancy (exit 1)");
  static std::string record_path;
  verify_cmd->add_option("RECORD", record_path, "draw record JSON (- for stdin)")->required();
  verify_cmd->callback([&exit_code] { exit_code = verify(record_path); });

  auto* ticket_cmd = app.add_subcommand("ticket", "Print ticket(SEED, ID) of sj-draw/1");
  static std::string seed, id;
  ticket_cmd->add_option("SEED", seed)->required();
  ticket_cmd->add_option("ID", id)->required();
  ticket_cmd->callback([&exit_code] {
    std::cout << draw::ticket(seed, id) << "\n";
    exit_code = kExitOk;
  });
}

}  // namespace suiji::cli
