// Runs the built `suiji` binary (SUIJI_BINARY) and captures what a user would see.
#pragma once
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

namespace suiji::testing {

struct Run {
  int exit_code = -1;
  std::string out;  // stdout and stderr together
};

inline Run run_suiji(const std::string& args) {
  std::string cmd = std::string(SUIJI_BINARY) + " " + args + " 2>&1";
  Run r;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return r;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

}  // namespace suiji::testing
