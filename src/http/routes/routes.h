// The server's resources, one file each under src/http/routes/, each adding its routes to
// the router with one mount_<resource>() call. make_router() in server.cpp mounts them all.
#pragma once
#include <filesystem>
#include <optional>
#include <string>

#include "http/router.h"

namespace suiji::http {

struct RouteContext {
  std::string db;                                // connection string (http/database.h)
  std::optional<std::filesystem::path> web_root;  // the built web app; nullopt = not found
};

void mount_health(Router& r, const RouteContext& c);         // GET /api/v1/health
void mount_home(Router& r, const RouteContext& c);           // GET /
void mount_verify_page(Router& r, const RouteContext& c);    // GET /verify
void mount_static_assets(Router& r, const RouteContext& c);  // GET /assets/:file

}  // namespace suiji::http
