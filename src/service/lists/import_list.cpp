#include "service/lists/import_list.h"

#include <algorithm>
#include <filesystem>
#include <charconv>
#include <map>
#include <optional>
#include <unordered_map>
#include <vector>

#include "auth/scope.h"
#include "io/file_bytes.h"
#include "io/table_file.h"
#include "draw/sha256.h"
#include "service/acting_user.h"
#include "service/audit/audited_write.h"
#include "service/library/import_audit.h"
#include "service/library/import_columns.h"
#include "service/library/import_common.h"
#include "service/library/import_steps.h"
#include "service/lists/unit_rows.h"

namespace suiji::service {

namespace {

constexpr int kMinYear = 1990, kMaxYear = 2100;

Error field_error(std::string code, std::string zh, std::string en, const char* field) {
  return bad_input(std::move(code), std::move(zh), std::move(en), Json{{"field", field}});
}

// The checked arguments: the agency, the trimmed name, the year.
struct Args {
  Agency agency;
  std::string name;
  int year = 0;
};

Args check_args(store::Store& db, const ListRef& ref) {
  Args a;
  a.name = trim_cell(ref.name);
  if (a.name.empty())
    throw field_error("list_name_missing", "须指定名单名称（--name），如「2019年重点排污单位名录」",
                      "--name is required, e.g. 2019年重点排污单位名录", "--name");
  if (std::any_of(a.name.begin(), a.name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }))
    throw field_error("list_name_invalid", "名单名称（--name）含有控制字符", "--name contains a control character",
                      "--name");
  if (ref.year < kMinYear || ref.year > kMaxYear)
    throw field_error("list_year_invalid",
                      "年度（--year）" + std::to_string(ref.year) + " 超出范围，应为 1990–2100",
                      "--year " + std::to_string(ref.year) + " is out of range: give a year from 1990 to 2100", "--year");
  a.year = ref.year;
  std::string agency_ref = trim_cell(ref.agency);
  if (agency_ref.empty())
    throw field_error("agency_missing", "须指定机构（--agency 行政区划代码或机构编号）",
                      "--agency is required: the agency's region code or id", "--agency");
  auto agency = resolve_agency(db, agency_ref);
  if (!agency)
    throw field_error("agency_not_found", "找不到行政区划代码或编号为「" + agency_ref + "」的机构（--agency）",
                      "--agency: no agency with region code or id " + agency_ref, "--agency");
  a.agency = *agency;
  return a;
}

ListImport import_table(store::Store& db, const io::Table* table, std::string read_error, const Args& args,
                        const ListImportOptions& options) {
  ListImport r;
  r.agency_id = args.agency.id;
  r.name = args.name;
  r.year = args.year;
  r.report.kind = "list";
  if (!table) {
    r.report.errors.push_back({0, "", std::move(read_error)});
    return r;
  }
  r.report.source_encoding = table->source_encoding;
  UnitRowsOptions rows_options;
  rows_options.max_errors = options.max_errors;
  std::vector<int64_t> unit_ids;
  for (const auto& row : read_unit_rows(db, *table, args.agency, rows_options, r.report)) unit_ids.push_back(row.unit_id);
  if (!r.report.ok()) return r;

  write(db, [&](Audit& audit) {
    Json before = nullptr;
    if (auto old = db.named_lists().find({args.agency.id}, args.name, args.year)) {
      r.replaced = true;
      std::vector<int64_t> old_ids = db.named_lists().members(old->id);
      r.previous_members = static_cast<int>(old_ids.size());
      before = Json{{"list_id", old->id}, {"members", r.previous_members}, {"member_unit_ids", id_ranges(old_ids)}};
    }
    r.list_id = db.named_lists().put(args.agency.id, args.name, args.year, unit_ids).id;  // list_frozen throws
    Json after{{"file", options.source_name.empty() ? Json(nullptr) : Json(options.source_name)},
               {"sha256", options.source_sha256},
               {"list_id", r.list_id},
               {"name", args.name},
               {"year", args.year},
               {"data_rows", r.report.data_rows},
               {"members", unit_ids.size()},
               {"member_unit_ids", id_ranges(unit_ids)}};
    audit.record({options.actor, "list.import", "agency", std::to_string(args.agency.id), std::move(before),
                  std::move(after)});
  });
  r.members = static_cast<int>(unit_ids.size());  // distinct: duplicates are row errors
  r.report.committed = true;
  return r;
}

ListImport import_checked_bytes(store::Store& db, std::string_view bytes, const Args& args,
                                const ListImportOptions& options) {
  io::Table table;
  try {
    table = io::read_table(bytes);
  } catch (const io::ReadError& e) {
    return import_table(db, nullptr, e.what(), args, options);
  }
  return import_table(db, &table, "", args, options);
}

}  // namespace

int parse_list_year(std::string_view text) {
  std::string t = trim_cell(text);
  int year = 0;
  auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), year);
  if (t.empty() || ec != std::errc() || end != t.data() + t.size() || year < kMinYear || year > kMaxYear)
    throw field_error("list_year_invalid", "年度（--year）「" + t + "」应为 1990–2100 之间的年份，如 2019",
                      "--year \"" + t + "\" must be a year from 1990 to 2100, e.g. 2019", "--year");
  return year;
}

ListImport import_list_bytes(store::Store& db, std::string_view bytes, const ListImportOptions& options) {
  Args args = check_args(db, options);
  operator_for(db, options.actor, args.agency, "导入名单");
  ListImportOptions o = options;
  if (o.source_sha256.empty()) o.source_sha256 = draw::sha256_hex(bytes);
  return import_checked_bytes(db, bytes, args, o);
}

ListImport import_list_file(store::Store& db, const std::string& path, const ListImportOptions& options) {
  Args args = check_args(db, options);  // the arguments and the actor before the file
  operator_for(db, options.actor, args.agency, "导入名单");
  std::string bytes;
  try {
    bytes = io::read_file_bytes(path);
  } catch (const io::ReadError& e) {
    return import_table(db, nullptr, e.what(), args, options);
  }
  ListImportOptions o = options;
  if (o.source_name.empty()) o.source_name = std::filesystem::path(path).filename().string();
  return import_list_bytes(db, bytes, o);
}

Json to_json(const ListImport& r) {
  return Json{{"list_id", r.list_id}, {"agency_id", r.agency_id}, {"name", r.name}, {"year", r.year},
              {"members", r.members}};
}

Json show_list(store::Store& db, const ListRef& ref) {
  Args args = check_args(db, ref);
  auth::AgencyLookup lookup = db.agencies().lookup();
  auto list = db.named_lists().find(auth::agency_chain(args.agency.id, lookup), args.name, args.year);
  if (!list) {
    std::string y = std::to_string(args.year);
    throw Error(ErrorKind::kNotFound, "list_not_found",
                "「" + args.agency.name + "」及其上级机构没有名单「" + args.name + "」（" + y + "）",
                "no list \"" + args.name + "\" (" + y + ") at " + args.agency.name + " or the agencies above it",
                Json{{"field", "--name"}});
  }
  std::vector<Unit> units;
  for (int64_t id : db.named_lists().members(list->id))
    if (auto u = db.units().get(id); u && auth::unit_within(u->region_code, u->zone_agency_id, args.agency, lookup))
      units.push_back(std::move(*u));
  std::sort(units.begin(), units.end(), [](const Unit& a, const Unit& b) { return a.draw_id_code < b.draw_id_code; });
  Json members = Json::array();
  for (const auto& u : units) {
    Json m{{"draw_id", u.draw_id_code}, {"name", u.name}};
    if (!u.deleted_at.empty()) m["deleted_at"] = u.deleted_at;
    members.push_back(std::move(m));
  }
  return Json{{"list_id", list->id},
              {"agency_id", list->agency_id},
              {"name", list->name},
              {"year", list->year},
              {"frozen_at", list->frozen_at.empty() ? Json(nullptr) : Json(list->frozen_at)},
              {"members", std::move(members)}};
}

}  // namespace suiji::service
