// suiji serve — the web app and REST API (src/http/). Errors go to main() (exit_codes.h):
// 2 for a missing database or bad options, 3 when the port cannot be bound.
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "http/server.h"

namespace suiji::cli {

void add_serve_command(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("serve", "Serve the web app and API 启动网页服务");
  static http::ServerOptions opt;
  static double read_timeout_s = 10;
  add_db_option(cmd, opt.db);
  cmd->add_option("--host", opt.host, "listen address")->capture_default_str();
  cmd->add_option("--port", opt.port, "listen port")->capture_default_str();
  cmd->add_option("--web", opt.web_root, "built web app folder (default: found relative to the binary)");
  cmd->add_option("--threads", opt.threads, "worker threads")->check(CLI::Range(1u, 256u))->capture_default_str();
  cmd->add_option("--read-timeout", read_timeout_s,
                  "seconds a client has to send a whole request (header block and body); idle connections close after it")
      ->check(CLI::Range(0.1, 3600.0))
      ->capture_default_str();
  cmd->callback([&exit_code] {
    opt.read_timeout = std::chrono::milliseconds(static_cast<long long>(read_timeout_s * 1000));
    http::serve(opt);
    exit_code = kExitOk;
  });
}

}  // namespace suiji::cli
