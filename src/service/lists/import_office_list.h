// `suiji import office-list FILE --agency ID --kind 处罚案件|信访|其他 --period 2027Q1 --as LOGIN`:
// a quarter's list from another office — penalty cases, outstanding complaints, other key
// problems (004:L43–61: due within 3 days after each quarter in Urumqi) — whose units join
// the special stratum of the next quarter (service/plans/special_carry_over.h).
//
// Contracts:
// - Arguments before the file, each kBadInput naming its field: --kind one of 处罚案件, 信访,
//   其他 (or penalty, complaint, other: "office_list_kind_invalid"); --period a quarter
//   ("period_not_quarter"); --agency an agency (agency_arg). The actor is an operator of the
//   agency or above (operator_for).
// - The file: CSV or .xlsx; rows name units as a named list's do (lists/unit_rows.h: by
//   抽查编号 or 统一社会信用代码, never 企业固定编码; within the agency's jurisdiction; the
//   name, when given, must match). Optional columns: 案号 (案件编号, 信访编号, 编号) and
//   问题 (主要问题, 问题描述, 违法行为, 投诉内容, 备注). A unit may appear on several rows (two
//   cases); a file with a header and no rows is a quarter with nothing to report.
// - All or nothing: any row error writes nothing (report.errors). Otherwise the agency's
//   list of that kind and quarter is replaced whole, each entry's origin "<agency> <kind>
//   清单 <quarter>[ 案号 …]", with one audit entry "office_list.import" (file, SHA-256,
//   entries before and after).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "domain/json.h"
#include "service/library/import_report.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

struct OfficeListImportOptions {
  std::string agency, kind, period, actor;
  std::size_t max_errors = 1000;
  std::string source_name, source_sha256;  // for the audit entry; the hash is computed when empty
};

struct OfficeListImport {
  ImportReport report;  // kind "office_list"
  int64_t agency_id = 0;
  std::string kind, period;
  int entries = 0, previous_entries = 0;
};

OfficeListImport import_office_list_bytes(store::Store& db, std::string_view bytes, const OfficeListImportOptions& o);
OfficeListImport import_office_list_file(store::Store& db, const std::string& path, const OfficeListImportOptions& o);

// {"agency_id", "kind", "period", "entries", "previous_entries"}
Json to_json(const OfficeListImport& r);

}  // namespace suiji::service
