#include "http/router.h"

#include <spdlog/spdlog.h>

#include <strings.h>

#include "http/error_mapping.h"

namespace suiji::http {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Error bad_target(std::string_view target, const std::string& zh, const std::string& en) {
  return bad_input("bad_target", "请求地址有误（" + zh + "）", "malformed request target (" + en + ")",
                   Json{{"target", std::string(target.substr(0, 200))}});
}

std::string decode_segment(std::string_view raw, std::string_view target) {
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (c == '%') {
      int hi = i + 1 < raw.size() ? hex_value(raw[i + 1]) : -1;
      int lo = i + 2 < raw.size() ? hex_value(raw[i + 2]) : -1;
      if (hi < 0 || lo < 0) throw bad_target(target, "“%”后应为两位十六进制数", "'%' must be followed by two hex digits");
      c = static_cast<char>(hi * 16 + lo);
      i += 2;
    }
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
      throw bad_target(target, "含控制字符", "a control character");
    out += c;
  }
  if (out == "." || out == "..") throw bad_target(target, "含“.”或“..”路径段", "a '.' or '..' path segment");
  return out;
}

std::vector<std::string> split_pattern(std::string_view pattern) {
  std::vector<std::string> out;
  if (pattern.empty() || pattern[0] != '/') throw std::logic_error("route pattern must start with '/'");
  pattern.remove_prefix(1);
  if (pattern.empty()) return out;
  for (size_t at = 0;;) {
    size_t slash = pattern.find('/', at);
    out.emplace_back(pattern.substr(at, slash == std::string_view::npos ? std::string_view::npos : slash - at));
    if (slash == std::string_view::npos) return out;
    at = slash + 1;
  }
}

bool matches(const std::vector<std::string>& pattern, const std::vector<std::string>& segments) {
  if (pattern.size() != segments.size()) return false;
  for (size_t i = 0; i < pattern.size(); ++i)
    if (!(pattern[i].size() > 1 && pattern[i][0] == ':') && pattern[i] != segments[i]) return false;
  return true;
}

}  // namespace

Target parse_target(std::string_view target) {
  if (target.empty() || target[0] != '/')
    throw bad_target(target, "应以“/”开头", "it must start with '/'");
  Target t;
  size_t q = target.find('?');
  std::string_view path = target.substr(0, q);
  if (q != std::string_view::npos) t.query = std::string(target.substr(q + 1));
  std::string_view rest = path.substr(1);
  if (!rest.empty()) {
    for (size_t at = 0;;) {
      size_t slash = rest.find('/', at);
      t.segments.push_back(decode_segment(rest.substr(at, slash == std::string_view::npos ? std::string_view::npos : slash - at), target));
      if (slash == std::string_view::npos) break;
      at = slash + 1;
    }
  }
  t.path = "/";
  for (size_t i = 0; i < t.segments.size(); ++i) t.path += (i ? "/" : "") + t.segments[i];
  return t;
}

const std::string& Request::param(std::string_view name) const {
  static const std::string none;
  for (const auto& [k, v] : params)
    if (k == name) return v;
  return none;
}

Response Response::json(int status, std::string body) {
  Response r;
  r.status = status;
  r.body = std::move(body);
  return r;
}

Response Response::html(std::string body) {
  Response r;
  r.content_type = "text/html; charset=utf-8";
  r.body = std::move(body);
  return r;
}

Response Response::error(const Error& e) { return json(status_of(e.kind()), error_body(e)); }

const std::string* Response::header(std::string_view name) const {
  if (name.size() == 12 && strncasecmp(name.data(), "Content-Type", 12) == 0) return &content_type;
  for (const auto& [k, v] : headers)
    if (k.size() == name.size() && strncasecmp(k.data(), name.data(), name.size()) == 0) return &v;
  return nullptr;
}

void Router::add(std::string method, std::string_view pattern, Handler handler, RouteOptions options) {
  routes_.push_back({std::move(method), split_pattern(pattern), std::move(handler), options});
}

std::size_t Router::largest_body_limit() const {
  std::size_t n = kJsonBodyLimit;
  for (const auto& r : routes_) n = std::max(n, r.options.body_limit);
  return n;
}

Response Router::handle(std::string_view method, std::string_view target, std::string_view body) const {
  Request req;
  try {
    Target t = parse_target(target);
    std::string allow;
    const Route* route = nullptr;
    for (const auto& r : routes_) {
      if (!matches(r.segments, t.segments)) continue;
      if (r.method == method) {
        route = &r;
        break;
      }
      if (allow.find(r.method) == std::string::npos) allow += (allow.empty() ? "" : ", ") + r.method;
    }
    if (!route && allow.empty())
      return Response::error(Error(ErrorKind::kNotFound, "not_found", "没有这个地址：" + t.path,
                                   "no such resource: " + t.path));
    if (!route) {
      Response r = Response::error(
          Error(ErrorKind::kBadInput, "method_not_allowed", "地址 " + t.path + " 不支持 " + std::string(method) + " 方法",
                "method " + std::string(method) + " is not allowed on " + t.path, Json{{"allow", allow}}));
      r.status = 405;
      r.headers.emplace_back("Allow", allow);
      return r;
    }
    if (body.size() > route->options.body_limit)
      return Response::error(Error(ErrorKind::kTooLarge, "body_too_large",
                                   "请求体超过 " + std::to_string(route->options.body_limit) + " 字节的上限",
                                   "the request body is over the limit of " + std::to_string(route->options.body_limit) + " bytes",
                                   Json{{"limit", route->options.body_limit}}));
    req.method = std::string(method);
    req.path = std::move(t.path);
    req.query = std::move(t.query);
    req.body = body;
    for (size_t i = 0; i < route->segments.size(); ++i)
      if (route->segments[i].size() > 1 && route->segments[i][0] == ':')
        req.params.emplace_back(route->segments[i].substr(1), t.segments[i]);
    return route->handler(req);
  } catch (const std::exception& caught) {
    Error e = as_error(caught);
    int status = status_of(e.kind());
    if (status >= 500)
      spdlog::error("{} {}: {} ({})", std::string(method), std::string(target.substr(0, 200)), e.what(),
                    e.details().is_null() ? "" : e.details().dump());
    return Response::error(e);
  }
}

}  // namespace suiji::http
