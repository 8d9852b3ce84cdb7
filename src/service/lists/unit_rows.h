// The rows of a file that names units of the library (a named list, an office's list of
// penalty cases or complaints): which column is the id, which row is the header, and for
// each data row the live unit it names — the one reading both list imports share.
//
// Contracts (docs/import-format.md):
// - The header is the first of the first 10 rows with an id column, so a title row above
//   it is skipped. Id columns as in the units import: 统一社会信用代码 (and its synonyms)
//   and 抽查编号 (单位编号, 自行编号 …, draw_id). A row names the unit whose permanent draw id
//   is its 抽查编号, else its 统一社会信用代码 (upper-cased), never the display-only
//   企业固定编码. An optional 单位名称 column only cross-checks the stored name (spaces and
//   bracket widths aside). The other units-import columns and 序号 are ignored; the
//   caller's extra columns are read into UnitRow::extra; anything else is ignored with a
//   warning.
// - Row errors go to the report (row as the spreadsheet numbers it, column as headed,
//   "中文 / English"): no id; 抽查编号 and 统一社会信用代码 different; no live unit; a unit
//   outside `agency`'s jurisdiction (auth::unit_within); a name other than the stored one;
//   a broken row; and, unless `repeats_allowed`, an id already on an earlier row. File
//   errors: no header (row 1), and no data rows unless `empty_allowed`. Reading stops at
//   max_errors (0 = none). Reads only.
#pragma once
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "domain/agency.h"
#include "io/table.h"
#include "service/library/import_report.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

// A column the caller reads beside the id: its field key and the headers that mean it.
struct ExtraColumn {
  std::string field;                 // "case_number"
  std::vector<std::string> headers;  // 案号, 案件编号, 编号
};

struct UnitRowsOptions {
  std::vector<ExtraColumn> extra;
  bool repeats_allowed = false;  // one unit on several rows (two complaints about one unit)
  bool empty_allowed = false;    // a header and no data rows is a valid (empty) file
  std::size_t max_errors = 1000;
  std::string empty_message = "表头下没有数据行：名单不能为空 / no data rows below the header: a list cannot be empty";
};

struct UnitRow {
  int row = 0;  // as the spreadsheet numbers it
  int64_t unit_id = 0;
  std::map<std::string, std::string> extra;  // field -> trimmed cell ("" when absent)
};

// The rows' units, in file order; report.errors non-empty means the file is refused.
std::vector<UnitRow> read_unit_rows(store::Store& db, const io::Table& table, const Agency& agency,
                                    const UnitRowsOptions& options, ImportReport& report);

}  // namespace suiji::service
