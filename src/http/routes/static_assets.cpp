// GET /assets/:file: the built web app's assets, never anything outside <web root>/assets.
#include "http/routes/routes.h"
#include "http/static_files.h"

namespace suiji::http {

void mount_static_assets(Router& r, const RouteContext& c) {
  r.get("/assets/:file", [web = c.web_root](const Request& req) {
    const std::string& name = req.param("file");
    if (web)
      if (auto path = asset_path(*web / "assets", name))
        if (auto body = read_static_file(*path)) {
          Response res;
          res.content_type = mime_type_of(*path);
          res.body = std::move(*body);
          return res;
        }
    throw Error(ErrorKind::kNotFound, "not_found", "文件不存在：" + name, "no such file: " + name);
  });
}

}  // namespace suiji::http
