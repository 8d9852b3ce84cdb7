// The web server: the REST API under /api/v1/, the built web app, and /verify (the
// offline draw verifier page). Blocks until SIGINT/SIGTERM.
//
//   suiji::http::serve({.db = "data/suiji.db", .port = 8080});
//
// Contract:
// - The database must exist (service::open_existing_database): a mistyped --db is
//   refused (Error kBadInput "database_missing"), never created.
// - The listener is bound before anything is printed; "serving at …" means it listens.
//   A port in use or an address that cannot be bound: Error kUnavailable "listen_failed".
// - Where the web assets are (or that they are missing) is printed at start-up.
// - Limits against hostile clients: a body over its route's limit gets 413 (router.h);
//   a request whose header block and body have not arrived within read_timeout is closed.
#pragma once
#include <chrono>
#include <cstdint>
#include <string>

namespace suiji::http {

struct ServerOptions {
  std::string db = "data/suiji.db";  // store connection string (SQLite path or postgresql://)
  std::string host = "127.0.0.1";
  uint16_t port = 8080;
  std::string web_root;  // built assets; "" = found relative to the binary (static_files.h)
  unsigned threads = 2;
  // The time a client has to send a whole request (header block and body), and how long
  // an idle keep-alive connection stays open.
  std::chrono::milliseconds read_timeout{10000};
};

void serve(const ServerOptions& options);

}  // namespace suiji::http
