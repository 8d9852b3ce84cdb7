// One entry point for "import this file into that library", used by the CLI and the
// HTTP upload: reads the file (CSV in UTF-8/GB18030 or .xlsx, see io/table_file.h) and
// runs the import use case of the library. A file that cannot be read becomes an error
// at row 0 of the report, never an exception.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "service/library/import_common.h"
#include "service/library/import_report.h"

namespace suiji::service {

enum class Library { kUnits, kInspectors, kConflicts };

// "units"/"inspectors"/"conflicts" (and 污染源/执法人员/回避); nullopt otherwise.
std::optional<Library> library_from_name(std::string_view name);

// Both refuse, before reading a row, an options.actor who may not import into the agency
// (actor_for with Role::kOperator: suiji::Error kBadInput "user_unknown", kForbidden
// "user_disabled", "role_missing", "outside_jurisdiction"); an unknown agency stays the
// report's error. A committed import appends one audit entry (import_audit.h).
ImportReport import_library_bytes(store::Store& db, Library lib, std::string_view bytes,
                                  const ImportOptions& options);
ImportReport import_library_file(store::Store& db, Library lib, const std::string& path,
                                 const ImportOptions& options);

}  // namespace suiji::service
