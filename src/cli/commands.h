// Each group of `suiji` sub-commands registers itself on the CLI11 app.
// A command's callback stores the exit code of an outcome in `exit_code` (0 done, 1 a
// check failed) and throws suiji::Error for everything else; main() maps it once
// (cli/exit_codes.h). Commands are thin: the work is in src/service/, and no command
// includes store/ or io/ headers.
#pragma once
#include <CLI/CLI.hpp>

namespace suiji::cli {

// Where every command that takes --db looks when it is not given (README: make run).
inline constexpr const char* kDefaultDb = "data/suiji.db";

void add_draw_commands(CLI::App& app, int& exit_code);     // draw compute, verify, ticket
void add_library_commands(CLI::App& app, int& exit_code);  // import, export
void add_store_commands(CLI::App& app, int& exit_code);    // init, demo
void add_serve_command(CLI::App& app, int& exit_code);     // serve
void add_plan_commands(CLI::App& app, int& exit_code);     // plan preview, calendar
void add_list_commands(CLI::App& app, int& exit_code);     // list import, show
void add_policy_commands(CLI::App& app, int& exit_code);   // policy apply, show

}  // namespace suiji::cli
