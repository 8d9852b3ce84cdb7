#include "http/static_files.h"

#include <cctype>
#include <fstream>
#include <sstream>

namespace suiji::http {

namespace fs = std::filesystem;

std::vector<fs::path> web_root_candidates(const fs::path& binary) {
  fs::path dir = binary.parent_path();
  return {dir / "web" / "dist", dir.parent_path() / "web" / "dist", dir.parent_path() / "share" / "suiji" / "web"};
}

std::optional<fs::path> find_web_root(const fs::path& binary) {
  std::error_code ec;
  for (const fs::path& c : web_root_candidates(binary))
    if (fs::is_regular_file(c / "verify.html", ec) || fs::is_regular_file(c / "index.html", ec))
      return fs::weakly_canonical(c, ec);
  return std::nullopt;
}

fs::path running_binary() {
  std::error_code ec;
  fs::path p = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : p;
}

std::optional<fs::path> asset_path(const fs::path& dir, const std::string& name) {
  if (name.empty() || name[0] == '.') return std::nullopt;
  for (char c : name)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')) return std::nullopt;
  std::error_code ec;
  fs::path root = fs::canonical(dir, ec);
  if (ec) return std::nullopt;
  fs::path file = fs::canonical(root / name, ec);
  if (ec || file.parent_path() != root || !fs::is_regular_file(file, ec)) return std::nullopt;
  return file;
}

std::optional<std::string> read_static_file(const fs::path& p) {
  std::error_code ec;
  if (!fs::is_regular_file(p, ec)) return std::nullopt;
  std::ifstream in(p, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return std::move(s).str();
}

const char* mime_type_of(const fs::path& p) {
  std::string ext = p.extension().string();
  if (ext == ".html") return "text/html; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".json") return "application/json; charset=utf-8";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".woff2") return "font/woff2";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

}  // namespace suiji::http
