#include "service/library/import_units.h"

#include "service/library/import_columns.h"
#include "service/library/import_steps.h"
#include "service/library/import_units_check.h"
#include "service/library/import_units_write.h"

namespace suiji::service {

ImportReport import_units(store::Store& db, const io::Table& table, const ImportOptions& options) {
  ImportReport report = start_report("units", table, options);
  auto agency = resolve_agency(db, options.agency_region, report);
  HeaderMap h = HeaderMap::locate(table, unit_columns(), report);
  if (!h.found() || !agency) return report;
  if (!h.has("uscc") && !h.has("draw_id_code")) {
    report.errors.push_back({h.header_row(), unit_columns()[0].header,
                             "缺少统一社会信用代码列（或抽查编号列） / a USCC or id column is required"});
    return report;  // every row would repeat it
  }

  const UnitCells cells(h);
  OrgUnitResolver org_units(db, agency->id);
  auto check = [&](ImportReport& into) { return check_unit_rows(db, table, cells, *agency, options, org_units, into); };
  CheckedRows checked = check(report);
  if (!finish_checking(report, table, checked.data_rows, h)) return report;

  write_units(db, options, *agency, h, org_units, std::move(checked), check, report);
  return report;
}

}  // namespace suiji::service
