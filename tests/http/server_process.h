// `suiji serve` as a child process for tests: started with its own arguments and working
// directory, its output captured, stopped with SIGTERM; and a raw HTTP/1.1 exchange over
// a loopback TCP socket, to send what no well-behaved client would.
#pragma once
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace suiji::testing {

// Connects to 127.0.0.1:port; -1 if nothing listens.
inline int connect_loopback(int port) {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(s, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
    close(s);
    return -1;
  }
  return s;
}

// Reads until the peer closes or `timeout` passes without data.
inline std::string read_all(int s, std::chrono::milliseconds timeout = std::chrono::milliseconds(5000)) {
  std::string out;
  char buf[8192];
  for (;;) {
    pollfd p{s, POLLIN, 0};
    if (poll(&p, 1, static_cast<int>(timeout.count())) <= 0) break;
    ssize_t n = read(s, buf, sizeof buf);
    if (n <= 0) break;
    out.append(buf, static_cast<size_t>(n));
  }
  return out;
}

// Sends `raw` as it is and returns everything the server answers before closing.
inline std::string raw_exchange(int port, const std::string& raw) {
  int s = connect_loopback(port);
  if (s < 0) return "";
  (void)!write(s, raw.data(), raw.size());
  std::string out = read_all(s);
  close(s);
  return out;
}

inline std::string http_get(int port, const std::string& target) {
  return raw_exchange(port, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
}

inline int status_of(const std::string& response) {
  if (response.rfind("HTTP/1.1 ", 0) != 0 || response.size() < 12) return -1;
  return std::stoi(response.substr(9, 3));
}

inline std::string body_of(const std::string& response) {
  size_t p = response.find("\r\n\r\n");
  return p == std::string::npos ? "" : response.substr(p + 4);
}

class ServerProcess {
 public:
  // Runs SUIJI_BINARY (or `binary`) with `args` in `cwd`; stdout and stderr go to `log`.
  ServerProcess(std::vector<std::string> args, std::string cwd, std::string log, std::string binary = SUIJI_BINARY)
      : log_(std::move(log)) {
    pid_ = fork();
    if (pid_ == 0) {
      if (!cwd.empty() && chdir(cwd.c_str()) != 0) _exit(126);
      int fd = open(log_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      dup2(fd, 1);
      dup2(fd, 2);
      std::vector<char*> argv{binary.data()};
      for (auto& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      execv(binary.c_str(), argv.data());
      _exit(127);
    }
  }
  ~ServerProcess() { stop(); }

  // Waits until the output holds `text` (true) or the process exits or 20 s pass (false).
  bool wait_for_output(const std::string& text) {
    for (int i = 0; i < 400; ++i) {
      if (output().find(text) != std::string::npos) return true;
      if (exited()) return output().find(text) != std::string::npos;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
  }
  // The exit code once it has exited by itself within 20 s; -1 otherwise.
  int wait_exit() {
    for (int i = 0; i < 400 && !exited(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    return exited() && WIFEXITED(status_) ? WEXITSTATUS(status_) : -1;
  }
  std::string output() const {
    std::ifstream in(log_);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  // SIGTERM and wait; true when it stopped by exiting (cleanly), not by the signal.
  bool stop() {
    if (pid_ <= 0) return true;
    if (!exited()) {
      kill(pid_, SIGTERM);
      waitpid(pid_, &status_, 0);
      done_ = true;
    }
    pid_ = -1;
    return WIFEXITED(status_);
  }

 private:
  bool exited() {
    if (done_) return true;
    if (waitpid(pid_, &status_, WNOHANG) == pid_) done_ = true;
    return done_;
  }
  std::string log_;
  pid_t pid_ = -1;
  int status_ = 0;
  bool done_ = false;
};

}  // namespace suiji::testing
