// Each group of `suiji` sub-commands registers itself on the CLI11 app.
// A command's callback stores its process exit code in `exit_code`:
// 0 success, 1 a check failed (e.g. verify found a discrepancy), 2 bad input.
#pragma once
#include <CLI/CLI.hpp>

namespace suiji::cli {

void add_draw_commands(CLI::App& app, int& exit_code);     // draw compute, verify, ticket
void add_library_commands(CLI::App& app, int& exit_code);  // import, export
void add_store_commands(CLI::App& app, int& exit_code);    // init, demo
void add_serve_command(CLI::App& app, int& exit_code);     // serve

}  // namespace suiji::cli
