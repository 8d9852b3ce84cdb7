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

// Runs a shell command line; stdout and stderr together.
inline Run run_command(const std::string& command) {
  std::string cmd = command + " 2>&1";
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

inline Run run_suiji(const std::string& args) { return run_command(std::string(SUIJI_BINARY) + " " + args); }

// The independent JavaScript verifier (web/verifier/cli.mjs) on a record file: exit 0 when
// it verifies.
inline Run run_js_verifier(const std::string& record_file) {
  return run_command("node " + std::string(SUIJI_SOURCE_DIR) + "/web/verifier/cli.mjs " + record_file);
}

}  // namespace suiji::testing
