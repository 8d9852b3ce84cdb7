// suiji — 污染源日常监管"双随机、一公开"系统. The one binary: see README.md for the commands.
// Every exception a command throws is caught here, once, and becomes an exit code
// (cli/exit_codes.h): 0 ok, 1 a check failed, 2 bad input, 3 environment or internal.
#include <iostream>

#include "cli/commands.h"
#include "cli/exit_codes.h"

int main(int argc, char** argv) {
  CLI::App app{"suiji 随机 — 双随机、一公开 random inspection of pollution sources"};
  app.require_subcommand(1);
  int exit_code = suiji::cli::kExitOk;
  suiji::cli::add_draw_commands(app, exit_code);
  suiji::cli::add_library_commands(app, exit_code);
  suiji::cli::add_store_commands(app, exit_code);
  suiji::cli::add_serve_command(app, exit_code);
  suiji::cli::add_plan_commands(app, exit_code);
  suiji::cli::add_list_commands(app, exit_code);
  suiji::cli::add_policy_commands(app, exit_code);
  suiji::cli::add_holiday_commands(app, exit_code);
  suiji::cli::add_audit_commands(app, exit_code);
  suiji::cli::add_task_commands(app, exit_code);
  suiji::cli::add_record_commands(app, exit_code);
  suiji::cli::add_dispatch_commands(app, exit_code);
  suiji::cli::add_roster_commands(app, exit_code);
  suiji::cli::add_library_change_commands(app, exit_code);
  suiji::cli::add_handover_commands(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);  // prints the usage or the argument error
    return rc == 0 ? suiji::cli::kExitOk : suiji::cli::kExitBadInput;
  } catch (const std::exception& e) {
    return suiji::cli::report_error(e);
  } catch (...) {
    std::cerr << "错误 error: 内部错误 / internal error (unknown exception)\n";
    return suiji::cli::kExitEnvironment;
  }
  return exit_code;
}
