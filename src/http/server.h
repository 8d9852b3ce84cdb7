// The web server: the REST API under /api/v1/, the built web app, and /verify (the
// offline draw verifier page). Blocks until SIGINT/SIGTERM.
//
//   suiji::http::serve({.db = "data/suiji.db", .port = 8080});
#pragma once
#include <cstdint>
#include <string>

namespace suiji::http {

struct ServerOptions {
  std::string db = "data/suiji.db";  // store connection string (SQLite path or postgresql://)
  std::string host = "127.0.0.1";
  uint16_t port = 8080;
  std::string web_root = "web/dist";  // built assets; a built-in page stands in when absent
  unsigned threads = 2;
};

// Throws std::runtime_error when the database cannot be opened or the port is taken.
void serve(const ServerOptions& options);

}  // namespace suiji::http
