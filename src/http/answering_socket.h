// RESTinio 0.6 closes a connection without a word when its HTTP parser refuses a request
// (a request line without a leading '/', a body over max_body_size, too many or too long
// header fields): the client sees a reset, not an error. This header lets the server
// answer those too, with the API's JSON error body and "Connection: close":
//
//   400 bad_request   the request cannot be parsed (request line, header syntax)
//   413 body_too_large its Content-Length (or chunked body) is over the largest limit
//   414 target_too_long, 431 headers_too_large
//
// How (RESTinio has no hook for it): RESTinio logs "[connection:N] parser error HPE_…"
// through its logger and, in the same call on the same thread, closes the socket.
// RejectionLogger notes the status in a thread_local; AnsweringSocket, the stream socket
// type of the server's traits, sends the answer when RESTinio shuts it down, unless a
// response of RESTinio's is still being written (which the answer would corrupt).
// Best effort: a client still sending a large body may get a reset before it reads the
// answer (the kernel resets a socket closed with unread data).
#pragma once
#include <restinio/all.hpp>
#include <spdlog/spdlog.h>
#include <sys/socket.h>

#include <memory>
#include <string>
#include <utility>

#include "domain/error.h"
#include "http/error_mapping.h"

namespace suiji::http {

namespace detail {
// The status the current thread's connection is about to be closed for; 0 = none.
inline thread_local int pending_rejection = 0;

inline int rejection_status(std::string_view parser_message) {
  if (parser_message.find("parser error") == std::string_view::npos) return 0;
  if (parser_message.find("HPE_CB_headers_complete") != std::string_view::npos ||
      parser_message.find("HPE_CB_body") != std::string_view::npos)
    return 413;
  if (parser_message.find("HPE_CB_url") != std::string_view::npos) return 414;
  if (parser_message.find("HPE_CB_header_field") != std::string_view::npos ||
      parser_message.find("HPE_CB_header_value") != std::string_view::npos)
    return 431;
  return 400;
}

inline std::string rejection_response(int status) {
  Error e = status == 413   ? Error(ErrorKind::kTooLarge, "body_too_large", "请求体超过上限", "the request body is over the limit")
            : status == 414 ? Error(ErrorKind::kBadInput, "target_too_long", "请求地址过长", "the request target is too long")
            : status == 431 ? Error(ErrorKind::kBadInput, "headers_too_large", "请求头过多或过长", "too many or too long header fields")
                            : Error(ErrorKind::kBadInput, "bad_request", "请求格式有误，无法解析", "the request cannot be parsed as HTTP/1.1");
  const char* reason = status == 413 ? "Content Too Large"
                       : status == 414 ? "URI Too Long"
                       : status == 431 ? "Request Header Fields Too Large"
                                       : "Bad Request";
  std::string body = error_body(e);
  return "HTTP/1.1 " + std::to_string(status) + " " + reason +
         "\r\nContent-Type: application/json; charset=utf-8\r\nX-Content-Type-Options: nosniff\r\n"
         "Connection: close\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}
}  // namespace detail

// RESTinio's logger interface; only errors are built (the others cost nothing).
class RejectionLogger {
 public:
  template <class Builder>
  void trace(Builder&&) const noexcept {}
  template <class Builder>
  void info(Builder&&) const noexcept {}
  template <class Builder>
  void warn(Builder&& b) const {
    spdlog::debug("restinio: {}", b());
  }
  template <class Builder>
  void error(Builder&& b) const {
    std::string msg = b();
    detail::pending_rejection = detail::rejection_status(msg);
    spdlog::debug("restinio: {}", msg);
  }
};

// asio::ip::tcp::socket with the one addition described above; the interface RESTinio's
// connection and acceptor use (the same as restinio::impl::tls_socket_t's).
class AnsweringSocket {
 public:
  using socket_t = asio::ip::tcp::socket;
  using executor_type = restinio::default_asio_executor;

  explicit AnsweringSocket(asio::io_context& io) : s_(io), writes_(std::make_shared<int>(0)) {}
  // RESTinio's acceptor moves each accepted socket out of its pool and accepts the next
  // connection into the moved-from one: leave it a counter of its own.
  AnsweringSocket(AnsweringSocket&& o) noexcept
      : s_(std::move(o.s_)), writes_(std::exchange(o.writes_, std::make_shared<int>(0))) {}
  AnsweringSocket& operator=(AnsweringSocket&& o) noexcept {
    s_ = std::move(o.s_);
    writes_ = std::exchange(o.writes_, std::make_shared<int>(0));
    return *this;
  }

  socket_t& lowest_layer() { return s_; }
  const socket_t& lowest_layer() const { return s_; }
  auto get_executor() { return s_.get_executor(); }
  auto remote_endpoint() const { return s_.remote_endpoint(); }
  bool is_open() const { return s_.is_open(); }
  auto native_handle() { return s_.native_handle(); }
  template <class... Args>
  auto native_non_blocking(Args&&... args) {
    return s_.native_non_blocking(std::forward<Args>(args)...);
  }
  template <class... Args>
  void cancel(Args&&... args) {
    s_.cancel(std::forward<Args>(args)...);
  }
  template <class... Args>
  auto async_read_some(Args&&... args) {
    return s_.async_read_some(std::forward<Args>(args)...);
  }
  template <class... Args>
  auto async_wait(Args&&... args) {
    return s_.async_wait(std::forward<Args>(args)...);
  }
  // Counts RESTinio's writes in flight, on the handler's own executor (its strand).
  template <class Buffers, class Handler>
  auto async_write_some(const Buffers& buffers, Handler&& handler) {
    auto ex = asio::get_associated_executor(handler, s_.get_executor());
    ++*writes_;
    return s_.async_write_some(
        buffers, asio::bind_executor(ex, [writes = writes_, h = std::forward<Handler>(handler)](
                                             const asio::error_code& ec, std::size_t n) mutable {
          --*writes;
          h(ec, n);
        }));
  }
  template <class... Args>
  void shutdown(Args&&... args) {
    int status = std::exchange(detail::pending_rejection, 0);
    if (status != 0 && *writes_ == 0 && s_.is_open()) answer(status);
    s_.shutdown(std::forward<Args>(args)...);
  }
  template <class... Args>
  void close(Args&&... args) {
    s_.close(std::forward<Args>(args)...);
  }

 private:
  // Never blocks the worker thread: what the socket buffer takes now is all that is sent.
  void answer(int status) {
    std::string r = detail::rejection_response(status);
    (void)!::send(s_.native_handle(), r.data(), r.size(), MSG_DONTWAIT | MSG_NOSIGNAL);
    // Read what has already arrived, so that closing does not reset the connection
    // (discarding the answer) for it.
    char sink[16384];
    for (int i = 0; i < 64 && ::recv(s_.native_handle(), sink, sizeof sink, MSG_DONTWAIT) > 0; ++i) {
    }
  }

  socket_t s_;
  std::shared_ptr<int> writes_;
};

// The connection set-up RESTinio calls for its socket type (found by argument-dependent
// lookup, as for restinio's own tcp and tls sockets): nothing to prepare.
template <class Connection, class StartRead, class Failed>
void prepare_connection_and_start_read(AnsweringSocket&, Connection&, StartRead start_read, Failed) {
  start_read();
}
inline restinio::impl::tls_socket_t* make_tls_socket_pointer_for_state_listener(AnsweringSocket&) noexcept {
  return nullptr;
}

}  // namespace suiji::http
