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

std::string upper_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) s.replace(p, from.size(), to);
}

// A name as compared with the stored one: without spaces, brackets of either width alike
// (published 名录 write "（" where the library has "(", and the reverse).
std::string name_key(std::string s) {
  for (std::string_view sp : {" ", "\t", "\xE3\x80\x80", "\xC2\xA0"}) replace_all(s, sp, "");
  replace_all(s, "（", "(");
  replace_all(s, "）", ")");
  return s;
}

// What a header cell of a list file means.
enum class Col { kUscc, kDrawId, kName, kIgnored };

// Normalised header -> meaning: the units import's id and name columns with their
// synonyms (service/library/import_columns.h) plus draw_id; its other columns and 序号 are
// known and ignored, so an exported units file, cut down in Excel, imports as a list.
const std::map<std::string, Col, std::less<>>& header_names() {
  static const std::map<std::string, Col, std::less<>> names = [] {
    std::map<std::string, Col, std::less<>> m;
    for (const auto& s : unit_columns()) {
      Col c = s.field == "uscc" ? Col::kUscc : s.field == "draw_id_code" ? Col::kDrawId : s.field == "name" ? Col::kName
                                                                                                          : Col::kIgnored;
      m.emplace(normalize_header(s.header), c);
      for (const auto& syn : s.synonyms) m.emplace(normalize_header(syn), c);
    }
    m.emplace("draw_id", Col::kDrawId);
    m.emplace("序号", Col::kIgnored);
    return m;
  }();
  return names;
}

constexpr size_t kAbsent = static_cast<size_t>(-1);

// Where the id and name columns are, and which row is the header.
struct Header {
  size_t index = kAbsent;  // in table.rows
  int row = 1;             // as the spreadsheet numbers it
  size_t width = 0;        // cells up to the last non-blank header cell
  size_t uscc = kAbsent, draw_id = kAbsent, name = kAbsent;
  std::string uscc_header = "统一社会信用代码", draw_id_header = "抽查编号", name_header = "单位名称";

  bool found() const { return index != kAbsent; }
};

std::optional<Col> meaning(std::string_view cell) {
  auto it = header_names().find(normalize_header(trim_cell(cell)));
  if (it == header_names().end()) return std::nullopt;
  return it->second;
}

Header locate_header(const io::Table& table, ImportReport& report) {
  Header h;
  for (size_t i = 0; i < table.rows.size() && i < 10 && !h.found(); ++i)
    for (const auto& c : table.rows[i].cells)
      if (auto m = meaning(c); m == Col::kUscc || m == Col::kDrawId) {
        h.index = i;
        break;
      }
  if (!h.found()) {
    if (table.rows.empty()) report.errors.push_back({0, "", "文件中没有数据 / the file is empty"});
    else
      report.errors.push_back({table.rows[0].number, "",
                               "找不到表头行，应有「统一社会信用代码」或「抽查编号」列 / no header row found: a "
                               "统一社会信用代码 or 抽查编号 column is required"});
    return h;
  }
  const auto& header = table.rows[h.index];
  h.row = header.number;
  std::map<Col, std::string> seen;
  for (size_t c = 0; c < header.cells.size(); ++c) {
    std::string text = trim_cell(header.cells[c]);
    if (text.empty()) continue;
    h.width = c + 1;
    auto m = meaning(text);
    if (!m) {
      report.warnings.push_back({h.row, text, "未识别的列，已忽略 / unknown column, ignored"});
      continue;
    }
    if (*m == Col::kIgnored) continue;
    if (auto [it, fresh] = seen.emplace(*m, text); !fresh) {
      report.warnings.push_back(
          {h.row, text, "与「" + it->second + "」列含义相同，已忽略 / same meaning as an earlier column, ignored"});
      continue;
    }
    switch (*m) {
      case Col::kUscc: h.uscc = c, h.uscc_header = text; break;
      case Col::kDrawId: h.draw_id = c, h.draw_id_header = text; break;
      case Col::kName: h.name = c, h.name_header = text; break;
      case Col::kIgnored: break;
    }
  }
  return h;
}

// The trimmed cell; a leading apostrophe before = + - @ (the CSV export's formula guard,
// io/csv_writer.h) is dropped.
std::string cell(const io::TableRow& row, size_t c) {
  if (c == kAbsent || c >= row.cells.size()) return "";
  std::string v = trim_cell(row.cells[c]);
  if (v.size() > 1 && v[0] == '\'' && std::string_view("=+-@").find(v[1]) != std::string_view::npos) v.erase(0, 1);
  return v;
}

// The draw id a row names: its 抽查编号, else its 统一社会信用代码 (upper-cased).
std::string draw_id_of(const Header& h, const io::TableRow& row) {
  std::string own = cell(row, h.draw_id);
  return own.empty() ? upper_ascii(cell(row, h.uscc)) : own;
}

// Checks every data row; the ids of the units to put on the list, or errors in the report.
std::vector<int64_t> check_rows(store::Store& db, const io::Table& table, const Header& h, const Agency& agency,
                                const ListImportOptions& options, ImportReport& report) {
  std::vector<std::string> ids;
  for (size_t i = h.index + 1; i < table.rows.size(); ++i)
    if (std::string id = draw_id_of(h, table.rows[i]); !id.empty()) ids.push_back(std::move(id));
  // The live units, wherever they are (一企一档), in a few queries.
  std::unordered_map<std::string, Unit> stored = db.units().find_live_many(ids);
  auth::AgencyLookup lookup = db.agencies().lookup();
  ImportOptions limit;
  limit.max_errors = options.max_errors;

  std::vector<int64_t> unit_ids;
  std::map<std::string, int> first_row_of_id;
  for (size_t i = h.index + 1; i < table.rows.size(); ++i) {
    const auto& row = table.rows[i];
    ++report.data_rows;
    RowIssues issues(row.number, report.errors);
    if (std::string why = broken_row(table, row, h.width); !why.empty()) {
      issues.add("", why);
    } else {
      std::string own = cell(row, h.draw_id), uscc = upper_ascii(cell(row, h.uscc));
      std::string id = own.empty() ? uscc : own;
      const std::string& id_column = !own.empty() || h.uscc == kAbsent ? h.draw_id_header : h.uscc_header;
      if (id.empty()) {
        issues.add(h.draw_id != kAbsent ? h.draw_id_header : h.uscc_header,
                   "缺少统一社会信用代码或抽查编号 / the USCC or draw id is missing");
      } else if (!own.empty() && !uscc.empty() && own != uscc) {
        issues.add(h.draw_id_header, "抽查编号「" + own + "」与统一社会信用代码「" + uscc +
                                         "」不一致：有信用代码的单位以信用代码为抽查编号 / the draw id differs from the "
                                         "USCC (a unit with a USCC has it as its draw id)");
      } else if (auto [first, fresh] = first_row_of_id.emplace(id, row.number); !fresh) {
        issues.add(id_column, "「" + id + "」与第 " + std::to_string(first->second) + " 行重复 / duplicate id, first on row " +
                                  std::to_string(first->second));
      } else if (auto it = stored.find(id); it == stored.end()) {
        issues.add(id_column, "污染源库中没有抽查编号为「" + id + "」的单位 / no unit with draw id " + id +
                                  " in the library (import the units first)");
      } else if (const Unit& u = it->second; !auth::unit_within(u.region_code, u.zone_agency_id, agency, lookup)) {
        issues.add(id_column, "「" + id + "」不在本机构（" + agency.name + "）辖区内 / unit " + id +
                                  " is outside the jurisdiction of " + agency.name);
      } else {
        std::string name = cell(row, h.name);
        if (!name.empty() && name_key(name) != name_key(u.name))
          issues.add(h.name_header, "单位名称「" + name + "」与污染源库中该单位的名称「" + u.name +
                                        "」不一致 / the name differs from the library's: " + u.name);
        else
          unit_ids.push_back(u.id);
      }
    }
    if (stop_at_error_limit(report, limit, row)) break;
  }
  if (report.data_rows == 0 && report.errors.empty())
    report.errors.push_back(
        {h.row, "", "表头下没有数据行：名单不能为空 / no data rows below the header: a list cannot be empty"});
  report.sort_errors();
  return unit_ids;
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
  Header h = locate_header(*table, r.report);
  if (!h.found()) return r;
  std::vector<int64_t> unit_ids = check_rows(db, *table, h, args.agency, options, r.report);
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
