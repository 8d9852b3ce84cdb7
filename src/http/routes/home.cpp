// GET /: the built web app's index.html, or the built-in home page until it is built.
#include "http/database.h"
#include "http/home_page.h"
#include "http/routes/routes.h"
#include "http/static_files.h"
#include "service/health.h"

namespace suiji::http {

void mount_home(Router& r, const RouteContext& c) {
  r.get("/", [db = c.db, web = c.web_root](const Request&) {
    if (web)
      if (auto page = read_static_file(*web / "index.html")) return Response::html(std::move(*page));
    service::Health h = service::health_of(thread_database(db));
    HomeFacts f;
    f.engine = h.engine == "sqlite" ? "SQLite" : "PostgreSQL";
    f.schema_version = h.schema_version;
    f.agencies = h.agencies;
    f.units = h.units;
    f.inspectors = h.inspectors;
    return Response::html(home_page_html(f));
  });
}

}  // namespace suiji::http
