// What an import of the 两库 tells the user: every problem with the spreadsheet row
// number (as Excel/WPS shows it, header = row 1), the column as headed in the user's
// file, and a reason "中文 / English"; plus what was (or, in a dry
// run, would be) created, updated or left unchanged.
//
// Contract: errors non-empty <=> nothing was written (all-or-nothing import, requirements 7).
#pragma once
#include <string>
#include <vector>

#include "domain/json.h"

namespace suiji::service {

struct ImportIssue {
  int row = 0;          // spreadsheet row; 0 = the file as a whole (unreadable, empty, …)
  std::string column;   // header text as in the file, or the expected header when missing
  std::string message;  // "中文 / English"
};

enum class RowOutcome { kCreated, kUpdated, kUnchanged };

struct ImportedRow {
  int row = 0;
  std::string key;   // the unit's draw id / the inspector's code / "unit,inspector"
  std::string name;  // for people reading the preview
  RowOutcome outcome = RowOutcome::kCreated;
};

struct ImportReport {
  std::string kind;             // "units", "inspectors", "conflicts"
  std::string source_encoding;  // "UTF-8", "UTF-8 BOM", "GB18030", "xlsx"
  bool dry_run = false;
  bool committed = false;  // true only when rows were written
  int data_rows = 0;       // non-blank rows below the header that were read
  // True when reading stopped at ImportOptions::max_errors: the rows after the last one
  // read (data_rows of them were) were not checked, and a warning says so.
  bool stopped_at_error_limit = false;
  std::vector<ImportIssue> errors;
  std::vector<ImportIssue> warnings;  // e.g. unknown columns that were ignored
  std::vector<ImportedRow> rows;      // filled when there are no errors
  std::vector<std::string> created_org_units;  // 内设机构 created (or, dry run, to create)

  bool ok() const { return errors.empty(); }
  int count(RowOutcome o) const;
  // Errors sorted by row then column order of appearance (stable).
  void sort_errors();
};

std::string_view outcome_label(RowOutcome o);  // 新增 / 更新 / 未变

// Identical errors (same column and message) on many rows, as one line a person can read
// (issue 11 item 6): rows "2–3001、3005", count 3001.
struct ErrorGroup {
  std::string rows;     // row ranges, "2–3001、3005"; "" for file-level errors (row 0)
  std::string column;
  std::string message;
  int count = 0;
};

// The groups of `errors` in order of first appearance, at most `max_groups` of them.
std::vector<ErrorGroup> group_errors(const std::vector<ImportIssue>& errors, size_t max_groups = 200);

// {"kind":…,"ok":…,"dry_run":…,"committed":…,"data_rows":…,"stopped_at_error_limit":…,"counts":{"created":…},"errors":[{"row":…,
// "column":…,"message":…}],"error_count":…,"error_groups":[{"rows","column","message",
// "count"}] (≤ 200),"warnings":[…],"rows":[…]} — for the HTTP API's preview.
Json to_json(const ImportReport& r);

}  // namespace suiji::service
