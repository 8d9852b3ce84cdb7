// The server's routing table, independent of RESTinio so that it can be tested without a
// socket: a request (method, target, body) in, a response out.
//
//   Router r;
//   r.get("/api/v1/health", [](const Request&) { return Response::json(200, "{}"); });
//   r.get("/assets/:file", serve_asset);                    // ":file" = one path segment
//   r.add("POST", "/api/v1/imports", upload, {.body_limit = kUploadBodyLimit});
//   Response res = r.handle("GET", "/assets/app.js", "");
//
// Contract (one place for what every route would otherwise repeat):
// - A malformed target answers 400 "bad_target" before any route sees it: not starting
//   with '/', a '%' not followed by two hex digits, a "." or ".." path segment (also when
//   percent-encoded), a NUL or other control character once decoded.
// - No route for the path: 404 "not_found". Routes for the path but not for the method:
//   405 "method_not_allowed" with an Allow header listing the methods the path has.
// - A body over the route's limit (1 MiB unless the route says otherwise): 413
//   "body_too_large"; the handler is not called.
// - Whatever a handler throws is mapped once, through suiji::as_error and http::status_of
//   (error_mapping.h); server errors (5xx) are logged.
// - Routes are added before serving starts; handle() is const and thread-safe.
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/error.h"

namespace suiji::http {

constexpr std::size_t kJsonBodyLimit = std::size_t{1} << 20;    // 1 MiB: every JSON route
constexpr std::size_t kUploadBodyLimit = std::size_t{64} << 20; // 64 MiB: file uploads

struct Request {
  std::string method;  // "GET", "POST", …
  std::string path;    // decoded, "/assets/app.js"
  std::string query;   // raw, what follows '?'
  std::string_view body;
  std::vector<std::pair<std::string, std::string>> params;  // ":file" -> decoded segment

  // The decoded value of the pattern's ":name" segment; "" if the pattern has none.
  const std::string& param(std::string_view name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // besides Content-Type

  static Response json(int status, std::string body);
  static Response html(std::string body);
  static Response error(const Error& e);  // status_of(kind), error_body(e)
  const std::string* header(std::string_view name) const;  // case-insensitive; nullptr if absent
};

struct RouteOptions {
  std::size_t body_limit = kJsonBodyLimit;
};

using Handler = std::function<Response(const Request&)>;

class Router {
 public:
  // pattern: "/" or "/seg/seg…"; a segment ":name" matches any one decoded segment.
  void add(std::string method, std::string_view pattern, Handler handler, RouteOptions options = {});
  void get(std::string_view pattern, Handler handler, RouteOptions options = {}) {
    add("GET", pattern, std::move(handler), options);
  }

  Response handle(std::string_view method, std::string_view target, std::string_view body) const;

  // The largest body any route accepts: the cap the HTTP layer enforces before routing.
  std::size_t largest_body_limit() const;

 private:
  struct Route {
    std::string method;
    std::vector<std::string> segments;
    Handler handler;
    RouteOptions options;
  };
  std::vector<Route> routes_;
};

// The decoded segments of a request target (see the contract above); throws Error
// kBadInput "bad_target". "/" has no segments; "/a/" has "a" and "".
struct Target {
  std::vector<std::string> segments;
  std::string path, query;
};
Target parse_target(std::string_view target);

}  // namespace suiji::http
