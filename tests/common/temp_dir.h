// A fresh directory per test, removed afterwards: the one TempDir of every test program
// (tests/common is the small test library linked into each of them).
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

  std::string path() const { return path_.string(); }
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace suiji::testing
