// A fresh directory per test, removed afterwards; shared by the test programs that read
// and write files (tests/io, tests/service). Header only: tests/common has no .cpp, so
// it builds no test program of its own.
#pragma once
#include <unistd.h>

#include <filesystem>
#include <random>
#include <string>

namespace suiji::testing {

class TempDir {
 public:
  TempDir() {
    // pid and a random number: test programs run in parallel under ctest.
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("suiji-test-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace suiji::testing
