// Named, dated lists of units (名录) from a spreadsheet: Urumqi's 《乌鲁木齐市2019年重点
// 排污单位名录》 (seed 004:L71), which a policy stratum selects with
// {"list": {"name": "2019年重点排污单位名录", "year": 2019}} (docs/policy.md, "Named lists").
//
//   service::ListImportOptions o{"650100", "2019年重点排污单位名录", 2019};
//   service::ListImport r = service::import_list_file(db, "名录.xlsx", o);
//   if (!r.report.ok()) { … r.report.errors: every row error; nothing was written … }
//   Json list = service::show_list(db, {"650102", "2019年重点排污单位名录", 2019});
//
// Contracts:
// - Arguments are checked before the file is read, each throwing suiji::Error kBadInput
//   with details {"field": …}: --name empty after trimming ("list_name_missing"), --year
//   outside 1990–2100 or not a number ("list_year_invalid", parse_list_year), --agency
//   empty or naming no agency ("agency_missing", "agency_not_found"; resolve_agency: a
//   6-digit region code "650100", or an agency id "#12" / "12").
// - The file: CSV (UTF-8 or GB18030) or .xlsx (io/table_file.h). Its header is the first of
//   its first 10 rows with an id column, so a title row above it is skipped. Id columns, as
//   in the units import (docs/import-format.md): 统一社会信用代码 (社会信用代码, 信用代码,
//   统一信用代码, 统一代码) and 抽查编号 (单位编号, 自行编号, 自编号, 污染源编号, 企业编号,
//   draw_id). A row names the unit whose permanent draw id is its 抽查编号, else its
//   统一社会信用代码 (upper-cased). An optional 单位名称 column (企业名称, 污染源名称,
//   排污单位名称, 检查对象名称, 名称, 单位全称) only cross-checks: spaces and the width of
//   brackets aside, it must be the stored unit's name. The other units-import columns and
//   序号 are ignored; any other column is ignored with a warning.
// - Row errors (ImportIssue: the spreadsheet's row, the column as headed in the file,
//   "中文 / English"): no id; 抽查编号 and 统一社会信用代码 both given and different; no live
//   unit with that draw id; a unit outside the agency's jurisdiction (auth::unit_within, the
//   one rule: a district's list cannot hold the next district's units); an id already on an
//   earlier row; a name other than the stored one; a row the reader found broken. File
//   errors: unreadable (row 0), no header (row 1), no data rows (a list is never empty).
//   Reading stops at max_errors errors (0 = no limit), as in the library imports.
// - All or nothing: report.errors non-empty <=> nothing was written. Otherwise the list
//   (agency, name, year) is created, or its members are replaced whole, in one transaction
//   (store::NamedLists::put). A list a draw has frozen throws kConflict "list_frozen" and
//   nothing changes. The write appends one audit entry "list.import" (entity "agency"):
//   the file, its SHA-256, the list and its member unit ids before and after (as id ranges,
//   library/import_audit.h: the store keeps no history of a replaced list).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "domain/json.h"
#include "service/library/import_report.h"
#include "store/store.h"

namespace suiji::service {

// Which list: --agency (the importing agency, or for show_list the one asking), --name, --year.
struct ListRef {
  std::string agency;  // "650100" (region code) or "#12" / "12" (agency id)
  std::string name;    // 2019年重点排污单位名录; trimmed
  int year = 0;        // 1990..2100
};

struct ListImportOptions : ListRef {
  std::size_t max_errors = 1000;  // stop reading after this many row errors (0 = no limit)
  // Who imports (--as): an operator whose jurisdiction holds the agency (actor_for:
  // kBadInput "user_unknown", kForbidden "user_disabled" / "role_missing" /
  // "outside_jurisdiction"), checked before the file is read.
  std::string actor;
  // For the audit entry: the file's name and the SHA-256 of its bytes (computed when empty).
  std::string source_name, source_sha256;
};

struct ListImport {
  ImportReport report;     // kind "list": errors and warnings; rows stay empty
  int64_t list_id = 0;     // 0 unless written
  int64_t agency_id = 0;
  std::string name;        // as stored (trimmed)
  int year = 0;
  int members = 0;         // units on the list now
  bool replaced = false;   // the list existed: its previous_members were replaced
  int previous_members = 0;
};

// "2019" -> 2019; throws kBadInput "list_year_invalid" naming --year for anything else
// (not a whole number, or outside 1990–2100).
int parse_list_year(std::string_view text);

ListImport import_list_bytes(store::Store& db, std::string_view bytes, const ListImportOptions& options);
ListImport import_list_file(store::Store& db, const std::string& path, const ListImportOptions& options);

// {"list_id","agency_id","name","year","members":N} — what `list import --json` prints.
Json to_json(const ListImport& r);

// The list as ref.agency sees it: its own (agency, name, year), else that of the nearest
// agency above it (a district uses its city's list; NamedLists::find along
// auth::agency_chain). {"list_id","agency_id","name","year","frozen_at": null or the time,
// "members": [{"draw_id","name"}, …]}, members in draw-id order and only those within
// ref.agency's jurisdiction (a district sees its part of the city's list); a member deleted
// since has "deleted_at" too. Throws kBadInput for bad arguments as the import does, and
// kNotFound "list_not_found" when no such list is visible.
Json show_list(store::Store& db, const ListRef& ref);

}  // namespace suiji::service
