// suiji — 污染源日常监管"双随机、一公开"系统. The one binary: see README.md for the commands.
#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"suiji 随机 — 双随机、一公开 random inspection of pollution sources"};
  app.require_subcommand(1);
  int exit_code = 0;
  suiji::cli::add_draw_commands(app, exit_code);
  suiji::cli::add_library_commands(app, exit_code);
  suiji::cli::add_store_commands(app, exit_code);
  suiji::cli::add_serve_command(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  } catch (const std::exception& e) {
    std::cerr << "错误 error: " << e.what() << "\n";
    return 2;
  }
  return exit_code;
}
