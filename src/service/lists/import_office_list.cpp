#include "service/lists/import_office_list.h"

#include <filesystem>

#include "domain/error.h"
#include "domain/office_list.h"
#include "draw/sha256.h"
#include "io/file_bytes.h"
#include "io/table_file.h"
#include "service/acting_user.h"
#include "service/audit/audited_write.h"
#include "service/lists/unit_rows.h"
#include "service/plans/plan_args.h"
#include "store/store.h"

namespace suiji::service {
namespace {

struct Args {
  Agency agency;
  std::string kind;  // the label
  policy::Period period;
};

Args check_args(store::Store& db, const OfficeListImportOptions& o) {
  Args a;
  auto kind = from_label<OfficeListKind>(o.kind);
  if (!kind)
    throw bad_input("office_list_kind_invalid", "清单类别（--kind）须为 " + all_labels<OfficeListKind>("、"),
                    "--kind must be one of 处罚案件 (penalty), 信访 (complaint), 其他 (other)", Json{{"field", "--kind"}});
  a.kind = std::string(label(*kind));
  a.period = period_arg(o.period);
  if (a.period.is_year())
    throw bad_input("period_not_quarter", "清单按季度报送：--period 须为季度，如 2027Q1",
                    "office lists are quarterly: --period must be a quarter such as 2027Q1", Json{{"field", "--period"}});
  a.agency = agency_arg(db, o.agency);
  return a;
}

UnitRowsOptions row_options(std::size_t max_errors) {
  UnitRowsOptions r;
  r.extra = {{"case_number", {"案号", "案件编号", "信访编号", "编号", "文号"}},
             {"note", {"问题", "主要问题", "问题描述", "违法行为", "投诉内容", "备注"}}};
  r.repeats_allowed = true;
  r.empty_allowed = true;
  r.max_errors = max_errors;
  return r;
}

OfficeListImport import_table(store::Store& db, const io::Table* table, std::string read_error, const Args& a,
                              const OfficeListImportOptions& o) {
  OfficeListImport r;
  r.agency_id = a.agency.id;
  r.kind = a.kind;
  r.period = a.period.text();
  r.report.kind = "office_list";
  if (!table) {
    r.report.errors.push_back({0, "", std::move(read_error)});
    return r;
  }
  r.report.source_encoding = table->source_encoding;
  auto rows = read_unit_rows(db, *table, a.agency, row_options(o.max_errors), r.report);
  if (!r.report.ok()) return r;

  std::vector<store::OfficeListEntry> entries;
  for (const auto& row : rows) {
    store::OfficeListEntry e;
    e.unit_id = row.unit_id;
    e.origin = a.agency.name + " " + a.kind + "清单 " + r.period;
    if (const auto& no = row.extra.at("case_number"); !no.empty()) e.origin += " 案号 " + no;
    e.note = row.extra.at("note");
    entries.push_back(std::move(e));
  }
  write(db, [&](Audit& audit) {
    r.previous_entries = static_cast<int>(db.office_lists().replace(a.agency.id, a.kind, r.period, entries));
    Json units = Json::array();
    for (const auto& e : entries) units.push_back(e.unit_id);
    audit.record({o.actor, "office_list.import", "agency", std::to_string(a.agency.id),
                  Json{{"entries", r.previous_entries}},
                  Json{{"file", o.source_name.empty() ? Json(nullptr) : Json(o.source_name)},
                       {"sha256", o.source_sha256},
                       {"kind", a.kind},
                       {"period", r.period},
                       {"entries", entries.size()},
                       {"unit_ids", units}}});
  });
  r.entries = static_cast<int>(entries.size());
  r.report.committed = true;
  return r;
}

}  // namespace

OfficeListImport import_office_list_bytes(store::Store& db, std::string_view bytes, const OfficeListImportOptions& o) {
  Args a = check_args(db, o);
  operator_for(db, o.actor, a.agency, "导入清单");
  OfficeListImportOptions opts = o;
  if (opts.source_sha256.empty()) opts.source_sha256 = draw::sha256_hex(bytes);
  io::Table table;
  try {
    table = io::read_table(bytes);
  } catch (const io::ReadError& e) {
    return import_table(db, nullptr, e.what(), a, opts);
  }
  return import_table(db, &table, "", a, opts);
}

OfficeListImport import_office_list_file(store::Store& db, const std::string& path, const OfficeListImportOptions& o) {
  Args a = check_args(db, o);  // the arguments and the actor before the file
  operator_for(db, o.actor, a.agency, "导入清单");
  std::string bytes;
  try {
    bytes = io::read_file_bytes(path);
  } catch (const io::ReadError& e) {
    return import_table(db, nullptr, e.what(), a, o);
  }
  OfficeListImportOptions opts = o;
  if (opts.source_name.empty()) opts.source_name = std::filesystem::path(path).filename().string();
  return import_office_list_bytes(db, bytes, opts);
}

Json to_json(const OfficeListImport& r) {
  return Json{{"agency_id", r.agency_id},
              {"kind", r.kind},
              {"period", r.period},
              {"entries", r.entries},
              {"previous_entries", r.previous_entries}};
}

}  // namespace suiji::service
