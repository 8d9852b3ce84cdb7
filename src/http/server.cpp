#include "http/server.h"

#include <restinio/all.hpp>
#include <spdlog/spdlog.h>

#include <csignal>
#include <cstdio>
#include <thread>

#include "http/answering_socket.h"
#include "http/database.h"
#include "http/router.h"
#include "http/routes/routes.h"
#include "http/static_files.h"
#include "service/health.h"

namespace suiji::http {
namespace {

// Strands: the io_context runs on several threads. AnsweringSocket and RejectionLogger
// answer the requests RESTinio's parser refuses (answering_socket.h).
using traits_t = restinio::traits_t<restinio::asio_timer_manager_t, RejectionLogger, restinio::default_request_handler_t,
                                    restinio::default_strand_t, AnsweringSocket>;

const char* reason_of(int status) {
  switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 413: return "Content Too Large";
    case 422: return "Unprocessable Content";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
  }
  return "";
}

Router make_router(const RouteContext& c) {
  Router r;
  mount_health(r, c);
  mount_home(r, c);
  mount_verify_page(r, c);
  mount_static_assets(r, c);
  return r;
}

restinio::request_handling_status_t answer(const Router& router, const restinio::request_handle_t& req) {
  Response res = router.handle(req->header().method().c_str(), req->header().request_target(), req->body());
  auto out = req->create_response(
      restinio::http_status_line_t{restinio::http_status_code_t{static_cast<std::uint16_t>(res.status)},
                                   reason_of(res.status)});
  out.append_header(restinio::http_field::content_type, res.content_type);
  out.append_header("X-Content-Type-Options", "nosniff");
  for (auto& [name, value] : res.headers) out.append_header(name, value);
  out.set_body(std::move(res.body));
  return out.done();
}

std::optional<std::filesystem::path> web_root_of(const ServerOptions& opt) {
  if (!opt.web_root.empty()) return std::filesystem::path(opt.web_root);
  return find_web_root(running_binary());
}

void print_web_root(const ServerOptions& opt, const std::optional<std::filesystem::path>& web) {
  std::error_code ec;
  if (web && std::filesystem::is_regular_file(*web / "verify.html", ec)) {
    std::printf("网页文件 web assets: %s\n", web->string().c_str());
    return;
  }
  std::string looked;
  if (!opt.web_root.empty()) looked = opt.web_root;
  else
    for (const auto& c : web_root_candidates(running_binary())) looked += (looked.empty() ? "" : ", ") + c.string();
  std::printf("网页文件未找到，/verify 将答 404（先 make build，或用 --web DIR 指定）/ web assets not found "
              "(looked in %s); /verify answers 404 until they are built (make build) or --web DIR is given\n",
              looked.c_str());
}

}  // namespace

void serve(const ServerOptions& opt) {
  // Open once up front: a missing database (bad input, exit 2) or an unreachable one fails
  // before we listen. Later, a worker thread's failure to open is the environment's
  // (thread_database, 503).
  service::Health h = service::health_of(*service::open_existing_database(opt.db));
  spdlog::info("suiji: database {} ({}, schema {}), {} units, {} inspectors", opt.db, h.engine, h.schema_version,
               h.units, h.inspectors);
  RouteContext ctx{opt.db, web_root_of(opt)};
  const Router router = make_router(ctx);

  asio::io_context io;
  restinio::http_server_t<traits_t> server{
      restinio::external_io_context(io), [&](auto& s) {
        s.port(opt.port)
            .address(opt.host)
            // RESTinio closes a connection whose body is over this cap as soon as its
            // Content-Length is read: nothing larger than the largest route limit is ever
            // buffered. Smaller routes answer 413 themselves (router.h).
            .incoming_http_msg_limits(restinio::incoming_http_msg_limits_t{}
                                          .max_body_size(router.largest_body_limit())
                                          .max_url_size(8 * 1024)
                                          .max_field_count(100)
                                          .max_field_value_size(16 * 1024))
            .read_next_http_message_timelimit(opt.read_timeout)
            .request_handler([&router](const restinio::request_handle_t& req) { return answer(router, req); });
      }};
  try {
    server.open_sync();  // binds and listens, on this thread, before anything is printed
  } catch (const std::exception& e) {
    throw unavailable("listen_failed",
                      "无法在 " + opt.host + ":" + std::to_string(opt.port) + " 监听（端口已被占用？）：" + e.what(),
                      "cannot listen on " + opt.host + ":" + std::to_string(opt.port) + " (port in use?): " + e.what());
  }
  print_web_root(opt, ctx.web_root);
  std::printf("suiji 正在运行 / serving at http://%s:%u/ （Ctrl-C 停止 / Ctrl-C to stop）\n", opt.host.c_str(), opt.port);
  std::fflush(stdout);

  // SIGINT (Ctrl-C) and SIGTERM (service managers) stop the server cleanly.
  asio::signal_set stop(io, SIGINT, SIGTERM);
  stop.async_wait([&](const asio::error_code& ec, int) {
    if (ec) return;
    server.close_async([&io] { io.stop(); }, [&io](std::exception_ptr) { io.stop(); });
  });
  std::vector<std::thread> pool;
  for (unsigned i = 1; i < std::max(1u, opt.threads); ++i) pool.emplace_back([&io] { io.run(); });
  io.run();
  for (auto& t : pool) t.join();
}

}  // namespace suiji::http
