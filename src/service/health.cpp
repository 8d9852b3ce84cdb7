#include "service/health.h"

#include "store/agencies.h"
#include "store/inspectors.h"
#include "store/units.h"

namespace suiji::service {

Health health_of(store::Store& db) {
  Health h;
  h.engine = db.engine() == store::Engine::kSqlite ? "sqlite" : "postgresql";
  h.schema_version = db.schema_version();
  h.agencies = static_cast<int64_t>(db.agencies().list().size());
  h.units = db.units().count(store::UnitFilter{});  // include_deleted = false
  store::InspectorFilter live;                       // include_deleted = false
  live.limit = 1;                                    // only the total is wanted
  h.inspectors = db.inspectors().list(live).total;
  return h;
}

}  // namespace suiji::service
