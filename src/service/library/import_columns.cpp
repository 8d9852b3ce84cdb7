#include "service/library/import_columns.h"

#include <set>

namespace suiji::service {

namespace {

// Byte sequences trimmed from cells and headers (UTF-8).
const std::string_view kSpaces[] = {" ", "\t", "\r", "\n", "\xE3\x80\x80", "\xC2\xA0",
                                    "\xE2\x80\x8B", "\xEF\xBB\xBF"};

bool starts_with_space(std::string_view s, size_t& len) {
  for (auto sp : kSpaces)
    if (s.substr(0, sp.size()) == sp) { len = sp.size(); return true; }
  return false;
}

bool ends_with_space(std::string_view s, size_t& len) {
  for (auto sp : kSpaces)
    if (s.size() >= sp.size() && s.substr(s.size() - sp.size()) == sp) { len = sp.size(); return true; }
  return false;
}

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size()))
    s.replace(p, from.size(), to);
}

// Whether `c` can begin (`first`) or end one of kSpaces: most cells neither begin nor end
// with a space, and are passed without comparing them against each of the eight.
bool may_be_space(unsigned char c, bool first) {
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return true;
  return first ? (c == 0xE3 || c == 0xC2 || c == 0xE2 || c == 0xEF) : (c == 0x80 || c == 0xA0 || c == 0x8B || c == 0xBF);
}

std::string_view trimmed(std::string_view s) {
  if (s.empty() || (!may_be_space(s.front(), true) && !may_be_space(s.back(), false))) return s;
  size_t n = 0;
  while (!s.empty() && starts_with_space(s, n)) s.remove_prefix(n);
  while (!s.empty() && ends_with_space(s, n)) s.remove_suffix(n);
  return s;
}

}  // namespace

std::string trim_cell(std::string_view s) { return std::string(trimmed(s)); }

std::string normalize_header(std::string_view header) {
  std::string h(header);
  for (auto sp : kSpaces) replace_all(h, sp, "");
  replace_all(h, "*", "");
  replace_all(h, "＊", "");
  // a trailing note in brackets: "经度(°)", "联系电话（手机）"
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"(", ")"}, {"（", "）"}}) {
    if (h.size() > close.size() && h.substr(h.size() - close.size()) == close) {
      size_t p = h.rfind(open);
      if (p != std::string::npos && p > 0) h.erase(p);
    }
  }
  return h;
}

HeaderMap HeaderMap::locate(const io::Table& table, const std::vector<ColumnSpec>& specs,
                            ImportReport& report) {
  HeaderMap m;
  m.specs_ = &specs;
  std::map<std::string, const ColumnSpec*> by_name;
  for (const auto& s : specs) {
    by_name.emplace(normalize_header(s.header), &s);
    for (const auto& syn : s.synonyms) by_name.emplace(normalize_header(syn), &s);
  }
  auto known_count = [&](const io::TableRow& r) {
    int n = 0;
    for (const auto& c : r.cells) n += by_name.count(normalize_header(c)) ? 1 : 0;
    return n;
  };
  for (size_t i = 0; i < table.rows.size() && i < 10; ++i) {
    if (known_count(table.rows[i]) >= 2) { m.header_index_ = static_cast<int>(i); break; }
  }
  if (m.header_index_ < 0) {
    std::string expected;
    for (const auto& s : specs)
      if (s.required) expected += (expected.empty() ? "" : "、") + s.header;
    report.errors.push_back({table.rows.empty() ? 0 : table.rows[0].number, "",
                             table.rows.empty()
                                 ? "文件中没有数据 / the file is empty"
                                 : "找不到表头行，应包含列：" + expected +
                                       " / no header row found; expected columns such as these"});
    return m;
  }
  const auto& header = table.rows[static_cast<size_t>(m.header_index_)];
  m.header_row_ = header.number;
  std::set<const ColumnSpec*> export_only_seen;
  for (size_t c = 0; c < header.cells.size(); ++c) {
    std::string text = trim_cell(header.cells[c]);
    if (text.empty()) continue;
    auto it = by_name.find(normalize_header(text));
    if (it == by_name.end()) {
      report.warnings.push_back({m.header_row_, text, "未识别的列，已忽略 / unknown column, ignored"});
      continue;
    }
    const ColumnSpec* spec = it->second;
    if (spec->export_only) continue;
    if (m.index_.count(spec->field)) {
      report.warnings.push_back({m.header_row_, text,
                                 "与「" + m.headers_[spec->field] +
                                     "」列含义相同，已忽略 / same meaning as an earlier column, ignored"});
      continue;
    }
    m.index_[spec->field] = c;
    m.headers_[spec->field] = text;
  }
  for (const auto& s : specs)
    if (s.required && !m.index_.count(s.field))
      report.errors.push_back({m.header_row_, s.header, "缺少必需的列 / required column is missing"});
  return m;
}

HeaderMap::Column HeaderMap::resolve(std::string_view field) const {
  auto it = index_.find(field);
  return {field, it == index_.end() ? kAbsent : it->second};
}

std::string HeaderMap::cell(const io::TableRow& row, const Column& c) const {
  if (c.index >= row.cells.size()) return "";
  std::string_view v = trimmed(row.cells[c.index]);
  // Undo the CSV export's formula guard ("'=…", see io/csv_writer.h).
  if (v.size() > 1 && v[0] == '\'' && std::string_view("=+-@").find(v[1]) != std::string_view::npos) v.remove_prefix(1);
  return std::string(v);
}

std::string HeaderMap::cell(const io::TableRow& row, std::string_view field) const {
  return cell(row, resolve(field));
}

std::string HeaderMap::column(std::string_view field) const {
  auto it = headers_.find(field);
  if (it != headers_.end()) return it->second;
  if (specs_)
    for (const auto& s : *specs_)
      if (s.field == field) return s.header;
  return std::string(field);
}

const std::vector<ColumnSpec>& unit_columns() {
  static const std::vector<ColumnSpec> cols = {
      {"uscc", "统一社会信用代码", {"社会信用代码", "信用代码", "统一信用代码", "统一代码"}},
      {"draw_id_code", "抽查编号", {"单位编号", "自行编号", "自编号", "污染源编号", "企业编号"}},
      {"org_code", "组织机构代码", {"机构代码", "组织代码"}},
      {"name", "单位名称", {"企业名称", "污染源名称", "排污单位名称", "检查对象名称", "名称", "单位全称"}},
      {"region_code", "行政区划代码", {"区划代码", "行政区域代码", "所在区县代码", "县区代码", "区县代码"}},
      {"unit_class", "监管类别", {"污染源类别", "单位类别", "类别", "排污单位类别"}},
      {"level", "控制级别", {"重点排污单位级别", "监管级别", "级别", "控制类型"}},
      {"special", "特殊监管对象", {"是否特殊监管对象", "特殊监管", "是否特殊"}},
      {"special_reason", "特殊监管原因", {"列入特殊监管原因", "特殊原因"}},
      {"special_source", "特殊监管来源", {"线索来源", "特殊来源"}},
      {"special_since", "特殊监管起始日期", {"列入日期", "特殊监管开始日期"}},
      {"special_until", "特殊监管截止日期", {"移出日期", "特殊监管结束日期"}},
      {"permit_class", "排污许可管理类别", {"排污许可类别", "许可管理类别", "排污许可证管理类别"}},
      {"credit", "信用等级", {"环境信用等级", "信用评价", "环境信用评价等级"}},
      {"risk", "风险等级", {"环境风险等级", "突发环境事件风险等级"}},
      {"positive_list", "正面清单", {"监督执法正面清单", "是否正面清单"}},
      {"production_status", "生产状态", {"生产状况", "运行状态", "生产情况"}},
      {"producing_months", "生产月份", {"生产期", "季节性生产月份"}},
      {"is_project", "建设项目", {"是否建设项目"}},
      {"approved_by", "审批部门", {"审批单位", "环评审批部门"}},
      {"approved_year", "审批年份", {"审批年度", "环评审批年份"}},
      {"address", "地址", {"单位地址", "企业地址", "详细地址", "污染源地址", "生产地址"}},
      {"industry", "行业", {"行业类别", "所属行业", "行业名称"}},
      {"contact", "联系人", {"环保负责人", "负责人"}},
      {"phone", "联系电话", {"电话", "手机", "联系方式"}},
      {"lon", "经度", {"中心经度", "东经"}},
      {"lat", "纬度", {"中心纬度", "北纬"}},
      {"org_unit", "录入单位", {"录入部门", "所属大队", "责任单位", "内设机构", "负责科室"}},
      {"fixed_code", "固定编码", {"企业固定编码", "排污单位固定编码"}, false, true},
  };
  return cols;
}

const std::vector<ColumnSpec>& inspector_columns() {
  static const std::vector<ColumnSpec> cols = [] {
    std::vector<ColumnSpec> c = {
        {"code", "执法人员编号", {"工号", "执法证号", "人员编号", "编号", "执法编号"}, true},
        {"name", "姓名", {"执法人员姓名", "人员姓名", "执法人员"}},
        {"org_unit", "所属单位", {"所属部门", "所属大队", "所属科室", "内设机构", "科室"}},
        {"on_staff", "在编", {"是否在编", "编制"}},
        {"on_post", "在岗", {"是否在岗", "在岗状态"}},
        {"senior", "老同志", {"是否老同志", "以老带新"}},
        {"tags", "专长", {"专业特长", "标签", "专业领域"}},
    };
    for (int n = 1; n <= kMaxCertificates; ++n) {
      std::string k = n == 1 ? "" : std::to_string(n);
      std::string f = "_" + std::to_string(n);
      std::vector<std::string> syn_kind, syn_no, syn_exp;
      if (n == 1) {
        syn_kind = {"证件类型1", "证件名称"};
        syn_no = {"证件编号1", "证件号码", "证号"};
        syn_exp = {"有效期至1", "有效期", "证件有效期", "有效期限"};
      }
      c.push_back({"cert_kind" + f, "证件类型" + k, syn_kind});
      c.push_back({"cert_number" + f, "证件编号" + k, syn_no});
      c.push_back({"cert_expiry" + f, "有效期至" + k, syn_exp});
    }
    return c;
  }();
  return cols;
}

const std::vector<ColumnSpec>& conflict_columns() {
  static const std::vector<ColumnSpec> cols = {
      {"unit", "统一社会信用代码", {"抽查编号", "单位编号", "社会信用代码", "信用代码"}, true},
      {"inspector", "执法人员编号", {"工号", "执法证号", "人员编号"}, true},
      {"reason", "回避原因", {"原因", "回避事由", "利害关系"}, true},
      {"unit_name", "单位名称", {"企业名称"}, false, true},
      {"inspector_name", "姓名", {"执法人员姓名"}, false, true},
  };
  return cols;
}

}  // namespace suiji::service
