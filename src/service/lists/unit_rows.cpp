#include "service/lists/unit_rows.h"

#include <map>
#include <optional>
#include <unordered_map>

#include "auth/scope.h"
#include "service/library/import_columns.h"
#include "service/library/import_common.h"
#include "service/library/import_steps.h"
#include "store/store.h"

namespace suiji::service {
namespace {

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

// What a header cell of a list file means (kExtra: one of the caller's extra columns).
enum class Col { kUscc, kDrawId, kName, kIgnored, kExtra };

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
  std::map<size_t, size_t> extra;  // index in UnitRowsOptions::extra -> column
  std::string uscc_header = "统一社会信用代码", draw_id_header = "抽查编号", name_header = "单位名称";

  bool found() const { return index != kAbsent; }
};

// The meaning of a header cell; for an extra column, `extra` is set to its index.
std::optional<Col> meaning(std::string_view cell, const UnitRowsOptions& o, size_t* extra = nullptr) {
  std::string key = normalize_header(trim_cell(cell));
  for (size_t e = 0; e < o.extra.size(); ++e)
    for (const auto& h : o.extra[e].headers)
      if (normalize_header(h) == key) {
        if (extra) *extra = e;
        return Col::kExtra;
      }
  auto it = header_names().find(key);
  if (it == header_names().end()) return std::nullopt;
  return it->second;
}

Header locate_header(const io::Table& table, const UnitRowsOptions& o, ImportReport& report) {
  Header h;
  for (size_t i = 0; i < table.rows.size() && i < 10 && !h.found(); ++i)
    for (const auto& c : table.rows[i].cells)
      if (auto m = meaning(c, o); m == Col::kUscc || m == Col::kDrawId) {
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
    size_t extra = 0;
    auto m = meaning(text, o, &extra);
    if (!m) {
      report.warnings.push_back({h.row, text, "未识别的列，已忽略 / unknown column, ignored"});
      continue;
    }
    if (*m == Col::kIgnored) continue;
    if (*m == Col::kExtra) {
      if (h.extra.count(extra))
        report.warnings.push_back({h.row, text, "与前面的列含义相同，已忽略 / same meaning as an earlier column, ignored"});
      else
        h.extra.emplace(extra, c);
      continue;
    }
    if (auto [it, fresh] = seen.emplace(*m, text); !fresh) {
      report.warnings.push_back(
          {h.row, text, "与「" + it->second + "」列含义相同，已忽略 / same meaning as an earlier column, ignored"});
      continue;
    }
    switch (*m) {
      case Col::kUscc: h.uscc = c, h.uscc_header = text; break;
      case Col::kDrawId: h.draw_id = c, h.draw_id_header = text; break;
      case Col::kName: h.name = c, h.name_header = text; break;
      case Col::kIgnored:
      case Col::kExtra: break;
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
std::vector<UnitRow> check_rows(store::Store& db, const io::Table& table, const Header& h, const Agency& agency,
                                const UnitRowsOptions& options, ImportReport& report) {
  std::vector<std::string> ids;
  for (size_t i = h.index + 1; i < table.rows.size(); ++i)
    if (std::string id = draw_id_of(h, table.rows[i]); !id.empty()) ids.push_back(std::move(id));
  // The live units, wherever they are (一企一档), in a few queries.
  std::unordered_map<std::string, Unit> stored = db.units().find_live_many(ids);
  auth::AgencyLookup lookup = db.agencies().lookup();
  ImportOptions limit;
  limit.max_errors = options.max_errors;

  std::vector<UnitRow> out;
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
      } else if (auto [first, fresh] = first_row_of_id.emplace(id, row.number); !fresh && !options.repeats_allowed) {
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
        else {
          UnitRow r{row.number, u.id, {}};
          for (size_t e = 0; e < options.extra.size(); ++e) {
            auto col = h.extra.find(e);
            r.extra[options.extra[e].field] = col == h.extra.end() ? "" : cell(row, col->second);
          }
          out.push_back(std::move(r));
        }
      }
    }
    if (stop_at_error_limit(report, limit, row)) break;
  }
  if (report.data_rows == 0 && report.errors.empty() && !options.empty_allowed)
    report.errors.push_back({h.row, "", options.empty_message});
  report.sort_errors();
  return out;
}


}  // namespace

std::vector<UnitRow> read_unit_rows(store::Store& db, const io::Table& table, const Agency& agency,
                                    const UnitRowsOptions& options, ImportReport& report) {
  Header h = locate_header(table, options, report);
  if (!h.found()) return {};
  return check_rows(db, table, h, agency, options, report);
}

}  // namespace suiji::service
