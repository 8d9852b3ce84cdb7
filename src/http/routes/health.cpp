// GET /api/v1/health: the service runs and the database answers (docs/api.yaml).
#include "domain/json.h"
#include "http/database.h"
#include "http/routes/routes.h"
#include "service/health.h"

namespace suiji::http {

void mount_health(Router& r, const RouteContext& c) {
  r.get("/api/v1/health", [db = c.db](const Request&) {
    service::Health h = service::health_of(thread_database(db));
    Json j = {{"status", "ok"},
              {"service", "suiji"},
              {"version", "0.1.0"},
              {"database", {{"engine", h.engine}, {"schema_version", h.schema_version}}},
              {"counts", {{"agencies", h.agencies}, {"units", h.units}, {"inspectors", h.inspectors}}}};
    return Response::json(200, j.dump());
  });
}

}  // namespace suiji::http
