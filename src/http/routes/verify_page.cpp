// GET /verify: the offline draw verifier page (web/dist/verify.html, self-contained).
#include "http/routes/routes.h"
#include "http/static_files.h"

namespace suiji::http {

void mount_verify_page(Router& r, const RouteContext& c) {
  r.get("/verify", [web = c.web_root](const Request&) {
    if (web)
      if (auto page = read_static_file(*web / "verify.html")) return Response::html(std::move(*page));
    throw Error(ErrorKind::kNotFound, "not_built",
                "验证页面未找到：网页文件未构建（make build）或不在 --web 指定的目录",
                "the verifier page is not there: build the web assets (make build) or pass --web DIR");
  });
}

}  // namespace suiji::http
