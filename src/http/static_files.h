// The built web app on disk (web/dist: index.html, verify.html, assets/…): where it is,
// and reading one of its files safely.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace suiji::http {

// Where `suiji serve` looks for the web assets when --web is not given, relative to the
// binary, not the working directory (a server started from elsewhere still finds them):
// <bin>/web/dist, <bin>/../web/dist (the source tree's build/ and build-test/),
// <bin>/../share/suiji/web (an install prefix). `binary` is the running executable.
std::vector<std::filesystem::path> web_root_candidates(const std::filesystem::path& binary);
// The first candidate holding verify.html or index.html; nullopt if none does.
std::optional<std::filesystem::path> find_web_root(const std::filesystem::path& binary);
// The running executable (/proc/self/exe); empty if it cannot be read.
std::filesystem::path running_binary();

// The guard of /assets/:file: `dir`/`name` when `name` is one plain file name
// ([-_.A-Za-z0-9], not starting with '.') that resolves, symlinks followed, to a
// regular file inside `dir`; nullopt otherwise ("../x", "a/b", "%2e%2e" decoded, …).
std::optional<std::filesystem::path> asset_path(const std::filesystem::path& dir, const std::string& name);

// The file's bytes, or nullopt when it cannot be read (absent, a directory, …).
std::optional<std::string> read_static_file(const std::filesystem::path& p);

// "text/javascript; charset=utf-8" for .js, …; application/octet-stream when unknown.
const char* mime_type_of(const std::filesystem::path& p);

}  // namespace suiji::http
