// What /api/v1/health and the built-in home page report about the database: the engine,
// the schema version and how many records are live. Read-only; never takes a write lock.
//
//   service::Health h = service::health_of(db);   // h.units == live units only
//
// Contract: units and inspectors count live records only (a soft-deleted one is not
// counted); agencies counts every agency (agencies are never deleted). Throws
// suiji::Error (kUnavailable) when the database cannot answer.
#pragma once
#include <cstdint>
#include <string>

#include "store/store.h"

namespace suiji::service {

struct Health {
  std::string engine;   // "sqlite" or "postgresql", as the API spells it
  int schema_version = 0;
  int64_t agencies = 0;
  int64_t units = 0;       // live (not soft-deleted)
  int64_t inspectors = 0;  // live (not soft-deleted)
};

Health health_of(store::Store& db);

}  // namespace suiji::service
