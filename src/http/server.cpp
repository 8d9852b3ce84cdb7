#include "http/server.h"

#include <restinio/all.hpp>
#include <soci/soci.h>
#include <spdlog/spdlog.h>

#include <csignal>
#include <filesystem>

#include "domain/json.h"
#include "http/api_error.h"
#include "http/home_page.h"
#include "io/file_bytes.h"
#include "io/table.h"
#include "store/store.h"

namespace suiji::http {
namespace {

using router_t = restinio::router::express_router_t<>;
using traits_t =
    restinio::traits_t<restinio::asio_timer_manager_t, restinio::null_logger_t, router_t>;
using request_t = restinio::request_handle_t;
namespace fs = std::filesystem;

// Store is not thread-safe: each worker thread keeps its own connection.
store::Store& thread_store(const std::string& db) {
  thread_local std::unique_ptr<store::Store> s;
  if (!s) s = store::Store::open(db);
  return *s;
}

long long count_rows(store::Store& s, const char* sql) {
  long long n = 0;
  s.sql() << sql, soci::into(n);
  return n;
}

HomeFacts facts_of(store::Store& s) {
  HomeFacts f;
  f.engine = s.engine() == store::Engine::kSqlite ? "SQLite" : "PostgreSQL";
  f.schema_version = s.schema_version();
  f.agencies = count_rows(s, "SELECT COUNT(*) FROM agency");
  f.units = count_rows(s, "SELECT COUNT(*) FROM unit WHERE deleted_at IS NULL");
  f.inspectors = count_rows(s, "SELECT COUNT(*) FROM inspector");
  return f;
}

auto reply(const request_t& req, restinio::http_status_line_t status, const char* type, std::string body) {
  return req->create_response(status)
      .append_header(restinio::http_field::content_type, type)
      .append_header("X-Content-Type-Options", "nosniff")
      .set_body(std::move(body))
      .done();
}

auto json_reply(const request_t& req, restinio::http_status_line_t status, std::string body) {
  return reply(req, status, "application/json; charset=utf-8", std::move(body));
}

std::optional<std::string> read_file(const fs::path& p) {
  try {
    return io::read_file_bytes(p.string());
  } catch (const io::ReadError&) {
    return std::nullopt;
  }
}

const char* mime_of(const fs::path& p) {
  std::string ext = p.extension().string();
  if (ext == ".html") return "text/html; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".json") return "application/json; charset=utf-8";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".woff2") return "font/woff2";
  return "application/octet-stream";
}

std::unique_ptr<router_t> make_router(const ServerOptions& opt) {
  auto router = std::make_unique<router_t>();
  std::string db = opt.db;
  fs::path web = opt.web_root;

  router->http_get("/api/v1/health", [db](const request_t& req, auto) {
    try {
      store::Store& s = thread_store(db);
      Json j = {{"status", "ok"},
                {"service", "suiji"},
                {"version", "0.1.0"},
                {"database", {{"engine", s.engine() == store::Engine::kSqlite ? "sqlite" : "postgresql"},
                              {"schema_version", s.schema_version()}}}};
      return json_reply(req, restinio::status_ok(), j.dump());
    } catch (const std::exception& e) {
      spdlog::error("health: {}", e.what());
      return json_reply(req, restinio::status_service_unavailable(),
                        error_body("database_unavailable", std::string("数据库不可用 / database unavailable: ") + e.what()));
    }
  });

  router->http_get("/verify", [web](const request_t& req, auto) {
    if (auto page = read_file(web / "verify.html")) return reply(req, restinio::status_ok(), "text/html; charset=utf-8", *page);
    return json_reply(req, restinio::status_not_found(),
                      error_body("not_built", "验证页面尚未构建（make build）/ the verifier page is not built (make build)"));
  });

  router->http_get("/", [db, web](const request_t& req, auto) {
    if (auto page = read_file(web / "index.html")) return reply(req, restinio::status_ok(), "text/html; charset=utf-8", *page);
    try {
      return reply(req, restinio::status_ok(), "text/html; charset=utf-8", home_page_html(facts_of(thread_store(db))));
    } catch (const std::exception& e) {
      return json_reply(req, restinio::status_service_unavailable(),
                        error_body("database_unavailable", std::string("数据库不可用 / database unavailable: ") + e.what()));
    }
  });

  // Static assets of the built web app; never outside web_root.
  router->http_get(R"(/assets/:file([-_.A-Za-z0-9]+))", [web](const request_t& req, auto params) {
    fs::path p = web / "assets" / std::string(params["file"]);
    if (auto body = read_file(p)) return reply(req, restinio::status_ok(), mime_of(p), *body);
    return json_reply(req, restinio::status_not_found(), error_body("not_found", "文件不存在 / no such file"));
  });

  router->non_matched_request_handler([](const request_t& req) {
    return json_reply(req, restinio::status_not_found(),
                      error_body("not_found", "没有这个地址 / no such resource: " + std::string(req->header().path())));
  });
  return router;
}

}  // namespace

void serve(const ServerOptions& opt) {
  // Open once up front so that a bad connection string fails before we listen.
  HomeFacts f = facts_of(thread_store(opt.db));
  spdlog::info("suiji: database {} ({}, schema {}), {} units, {} inspectors", opt.db, f.engine, f.schema_version,
               f.units, f.inspectors);
  std::printf("suiji 正在运行 serving at http://%s:%u/  (Ctrl-C 停止 to stop)\n", opt.host.c_str(), opt.port);
  std::fflush(stdout);
  // RESTinio stops cleanly on SIGINT only; service managers send SIGTERM, so turn one
  // into the other on the server's own io_context.
  asio::io_context io;
  asio::signal_set term(io, SIGTERM);
  term.async_wait([](const asio::error_code& ec, int) {
    if (!ec) std::raise(SIGINT);
  });
  restinio::run(io, restinio::on_thread_pool<traits_t>(opt.threads)
                        .port(opt.port)
                        .address(opt.host)
                        .request_handler(make_router(opt)));
}

}  // namespace suiji::http
