// Helpers shared by the draw tests: reading the spec's vectors.
#pragma once
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace suiji::draw::testing {

inline std::filesystem::path vectors_dir() { return std::filesystem::path(SUIJI_VECTORS_DIR); }

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::ostringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// v01, v02, … (every vNN.json that has a vNN.input.json beside it).
inline std::vector<std::string> vector_names() {
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(vectors_dir())) {
    std::string f = e.path().filename().string();
    if (f.size() == 8 && f.ends_with(".json") && f[0] == 'v') names.push_back(f.substr(0, 3));
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace suiji::draw::testing
