// suiji serve — the web app and REST API (src/http/).
#include <iostream>

#include "cli/commands.h"
#include "http/server.h"

namespace suiji::cli {

void add_serve_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("serve", "Serve the web app and API 启动网页服务");
  static http::ServerOptions opt;
  cmd->add_option("--db", opt.db, "database: SQLite path or postgresql:// URI")->capture_default_str();
  cmd->add_option("--host", opt.host, "listen address")->capture_default_str();
  cmd->add_option("--port", opt.port, "listen port")->capture_default_str();
  cmd->add_option("--web", opt.web_root, "built web app folder")->capture_default_str();
  cmd->add_option("--threads", opt.threads, "worker threads")->capture_default_str();
  cmd->callback([&exit_code] {
    try {
      http::serve(opt);
      exit_code = 0;
    } catch (const std::exception& e) {
      std::cerr << "错误 error: " << e.what() << "\n";
      exit_code = 1;
    }
  });
}

}  // namespace suiji::cli
