// The agency's published inspection-item list (随机抽查事项清单, 001 附件2) as a table:
// one row per item of its current policy for the year, in the seed's columns
//   序号 | 事项名称 | 抽查依据 | 抽查主体 | 抽查内容 | 抽查比例和频次 | 抽查方式及要求
// (header 001:L111). An item's empty 抽查比例和频次 is written from the policy's strata
// (policy/describe.h), never from unit counts, and says so in `ratio_from_rules`.
//
//   suiji plan items --db PATH --agency ID --year 2027 [--format json|csv|xlsx] [--out FILE]
//
// Contracts:
// - The agency's current policy of `year` (kNotFound "no_policy"); a policy without items
//   gives kNotFound "no_items" saying how to add them (the policy file's "items").
// - inspection_items_table gives the rows as text; the sheet is named 随机抽查事项清单,
//   and written by service/library/export_files.h (csv with BOM, or xlsx).
// Reads only the store (inspection_items_file writes `out`).
#pragma once
#include <string>

#include "domain/json.h"
#include "service/library/export_library.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

// {"agency": {"id","name"}, "year", "policy": {"version","preset","title"},
//  "items": [{"no", "name", "legal_basis", "subject", "content", "ratio_and_frequency",
//             "ratio_from_rules": bool, "method", "basis"}]}
Json inspection_items(store::Store& db, const std::string& agency_ref, int year);

ExportTable inspection_items_table(const Json& items);

// `plan items` as a file: format "json", "csv" or "xlsx" ("" = json on standard output,
// or from the extension of `out`); out "" = the text is returned for standard output
// (xlsx needs a file: kBadInput "xlsx_needs_out"). Files are written atomically.
struct ItemsFile {
  std::string format;
  std::size_t rows = 0;
  std::string text;  // what to print when `out` is ""
};
ItemsFile inspection_items_file(store::Store& db, const std::string& agency_ref, int year, const std::string& format,
                                const std::string& out);

}  // namespace suiji::service
