// How one row of a units sheet becomes a Unit (columns in docs/import-format.md): the
// file's columns resolved once, and the mapping of one row onto the stored unit, if any.
// The checks that need the whole file or the store are the import's (import_units.cpp).
#pragma once
#include <string>

#include "domain/agency.h"
#include "domain/unit.h"
#include "io/table.h"
#include "service/library/import_columns.h"
#include "service/library/import_common.h"
#include "service/library/import_units_write.h"

namespace suiji::service {

// The unit columns of the file, resolved once for all its rows (HeaderMap::Column).
struct UnitCells {
  explicit UnitCells(const HeaderMap& map) : h(map) {}
  const HeaderMap& h;
  using Column = HeaderMap::Column;
  Column uscc = h.resolve("uscc"), draw_id_code = h.resolve("draw_id_code"), org_code = h.resolve("org_code"),
         name = h.resolve("name"), region_code = h.resolve("region_code"), unit_class = h.resolve("unit_class"),
         level = h.resolve("level"), special = h.resolve("special"), special_reason = h.resolve("special_reason"),
         special_source = h.resolve("special_source"), special_since = h.resolve("special_since"),
         special_until = h.resolve("special_until"), permit_class = h.resolve("permit_class"),
         credit = h.resolve("credit"), risk = h.resolve("risk"), positive_list = h.resolve("positive_list"),
         production_status = h.resolve("production_status"), producing_months = h.resolve("producing_months"),
         is_project = h.resolve("is_project"), approved_by = h.resolve("approved_by"),
         approved_year = h.resolve("approved_year"), address = h.resolve("address"), industry = h.resolve("industry"),
         contact = h.resolve("contact"), phone = h.resolve("phone"), lon = h.resolve("lon"), lat = h.resolve("lat"),
         org_unit = h.resolve("org_unit");

  std::string cell(const io::TableRow& row, const Column& c) const { return h.cell(row, c); }
  // The column's header as the file spells it (for error messages only).
  std::string column(const Column& c) const { return h.column(c.field); }
  // The row's draw id: its 抽查编号, else its 统一社会信用代码.
  std::string draw_id(const io::TableRow& row) const;
  // The column a draw id came from: 抽查编号 when the row fills it, else the USCC's.
  std::string draw_id_column(const io::TableRow& row) const {
    return (draw_id_code.present() && !cell(row, draw_id_code).empty()) ? column(draw_id_code) : column(uscc);
  }
};

// Builds the unit a row describes. A column the file has sets its field (an empty cell
// clears it); a column the file lacks leaves the stored unit's value alone, so a sheet
// with only some columns (e.g. 生产状态 updates) never wipes the rest. Problems of a cell
// go to `issues`, under the column as the file heads it.
MappedUnit map_row(const UnitCells& h, const io::TableRow& row, const Agency& agency, const Unit* stored,
                   RowIssues& issues);

}  // namespace suiji::service
