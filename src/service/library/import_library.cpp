#include "service/library/import_library.h"

#include <filesystem>

#include "draw/sha256.h"
#include "io/file_bytes.h"
#include "io/table_file.h"
#include "service/library/import_conflicts.h"
#include "service/library/import_inspectors.h"
#include "service/acting_user.h"
#include "service/library/import_units.h"

namespace suiji::service {

std::optional<Library> library_from_name(std::string_view name) {
  if (name == "units" || name == "污染源" || name == "污染源库") return Library::kUnits;
  if (name == "inspectors" || name == "执法人员" || name == "执法人员库") return Library::kInspectors;
  if (name == "conflicts" || name == "回避") return Library::kConflicts;
  return std::nullopt;
}

namespace {

const char* kind_name(Library lib) {
  switch (lib) {
    case Library::kUnits: return "units";
    case Library::kInspectors: return "inspectors";
    case Library::kConflicts: return "conflicts";
  }
  return "";
}

ImportReport import_table(store::Store& db, Library lib, const io::Table& t, const ImportOptions& o) {
  switch (lib) {
    case Library::kUnits: return import_units(db, t, o);
    case Library::kInspectors: return import_inspectors(db, t, o);
    case Library::kConflicts: return import_conflicts(db, t, o);
  }
  return {};
}

ImportReport unreadable(Library lib, const ImportOptions& o, const std::string& why) {
  ImportReport r;
  r.kind = kind_name(lib);
  r.dry_run = o.dry_run;
  r.errors.push_back({0, "", why});
  return r;
}

// The importer may import into the agency; an unknown agency is left to the report.
void check_importer(store::Store& db, const ImportOptions& o) {
  if (auto agency = resolve_agency(db, o.agency_region)) operator_for(db, o.actor, *agency, "导入两库数据");
}

}  // namespace

ImportReport import_library_bytes(store::Store& db, Library lib, std::string_view bytes,
                                  const ImportOptions& options) {
  check_importer(db, options);
  ImportOptions o = options;
  if (o.source_sha256.empty()) o.source_sha256 = draw::sha256_hex(bytes);
  io::Table t;
  try {
    t = io::read_table(bytes);
  } catch (const io::ReadError& e) {
    return unreadable(lib, o, e.what());
  }
  return import_table(db, lib, t, o);
}

ImportReport import_library_file(store::Store& db, Library lib, const std::string& path,
                                 const ImportOptions& options) {
  check_importer(db, options);  // before the file is read
  ImportOptions o = options;
  if (o.source_name.empty()) o.source_name = std::filesystem::path(path).filename().string();
  std::string bytes;
  try {
    bytes = io::read_file_bytes(path);
  } catch (const io::ReadError& e) {
    return unreadable(lib, o, e.what());
  }
  return import_library_bytes(db, lib, bytes, o);
}

}  // namespace suiji::service
