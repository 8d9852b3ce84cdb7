// Use case: export the 两库 as a table (header + rows of strings) in exactly the columns
// import reads (service/import_columns.h), so export → import round-trips: re-importing
// an unedited export leaves every record unchanged.
//
// - Units: live units only, ordered by id; the derived Shandong 固定编码 is added as a last,
//   export-only column (import ignores it).
// - Inspectors: as many certificate column groups as the inspector with most certificates
//   needs (at least one).
// - Conflicts: with the unit's and the inspector's names for reading (ignored on import).
// - agency_region: what that agency sees (auth/scope.h), named as import's --agency names
//   it (a region code, or "#12" / "12" for a zone agency): the units within its
//   jurisdiction (a city's include its counties' and its zones' units; a county's exclude
//   the units of a zone inside it), the inspectors of it and the agencies below it, the
//   conflicts of those units. Empty = everything. Throws suiji::Error kBadInput
//   "agency_not_found" when no agency has that code or id.
#pragma once
#include <string>
#include <vector>

#include "service/library/import_library.h"
#include "store/store.h"

namespace suiji::service {

struct ExportTable {
  std::string sheet_name;  // 污染源 / 执法人员 / 回避关系
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
};

ExportTable export_library(store::Store& db, Library lib, const std::string& agency_region);

}  // namespace suiji::service
