#include "service/library/import_units.h"

#include <algorithm>
#include <type_traits>
#include <map>
#include <unordered_map>

#include "domain/codes.h"
#include "service/library/import_columns.h"
#include "service/library/import_steps.h"
#include "service/library/import_units_write.h"
#include "service/library/import_upsert.h"
#include "service/library/import_values.h"

namespace suiji::service {

namespace {

std::string upper_ascii(std::string s) {
  for (auto& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

template <class E>
std::string enum_error(const std::string& text) {
  return "「" + text + "」不是可选值，应为 " + all_labels<E>() + " / unknown value";
}

// Some enums are written with decorations ("绿色", "较大环境风险", "正常生产").
template <class E>
std::optional<E> parse_enum(std::string text, const std::map<std::string, std::string>& synonyms = {}) {
  if (auto e = from_label<E>(text)) return e;
  if (auto it = synonyms.find(text); it != synonyms.end()) return from_label<E>(it->second);
  return std::nullopt;
}

const std::map<std::string, std::string> kStatusSynonyms = {
    {"正常生产", "在产"}, {"生产", "在产"}, {"正常", "在产"}, {"运行", "在产"},
    {"停产整治", "停产"}, {"停业", "停产"}, {"停止生产", "停产"},
    {"关停", "关闭"}, {"已关闭", "关闭"}, {"注销", "关闭"},
    {"季节性", "季节性生产"}, {"季节生产", "季节性生产"}};
const std::map<std::string, std::string> kCreditSynonyms = {
    {"绿色", "绿"}, {"蓝色", "蓝"}, {"黄色", "黄"}, {"红色", "红"},
    {"绿牌", "绿"}, {"蓝牌", "蓝"}, {"黄牌", "黄"}, {"红牌", "红"}};
const std::map<std::string, std::string> kRiskSynonyms = {
    {"一般环境风险", "一般"}, {"较大环境风险", "较大"}, {"重大环境风险", "重大"},
    {"一般风险", "一般"}, {"较大风险", "较大"}, {"重大风险", "重大"}};
const std::map<std::string, std::string> kPermitSynonyms = {
    {"重点", "重点管理"}, {"简化", "简化管理"}, {"登记", "登记管理"}};

enum class ClassText { kNone, kKey, kGeneral, kBad };

ClassText parse_class(const std::string& t) {
  if (t.empty()) return ClassText::kNone;
  for (auto k : {"重点", "重点排污单位", "重点污染源", "重点监管单位", "key"})
    if (t == k) return ClassText::kKey;
  for (auto g : {"一般", "一般排污单位", "一般污染源", "一般监管单位", "general"})
    if (t == g) return ClassText::kGeneral;
  return ClassText::kBad;
}

// 控制级别 as written; "市级"/"县级" are the words used for general units' level.
std::optional<UnitLevel> parse_level_text(const std::string& t) {
  if (auto l = from_label<UnitLevel>(t)) return l;
  static const std::map<std::string, UnitLevel> syn = {
      {"国家级", UnitLevel::kNational}, {"国家重点", UnitLevel::kNational}, {"国控重点", UnitLevel::kNational},
      {"省级", UnitLevel::kProvincial}, {"省控重点", UnitLevel::kProvincial},
      {"市级", UnitLevel::kMunicipal}, {"市控重点", UnitLevel::kMunicipal},
      {"县级", UnitLevel::kCounty}, {"区县级", UnitLevel::kCounty}, {"县(区)控", UnitLevel::kCounty},
      {"区控", UnitLevel::kCounty}, {"县区控", UnitLevel::kCounty},
      {"市级一般", UnitLevel::kGeneralCity}, {"县级一般", UnitLevel::kGeneralCounty}};
  if (auto it = syn.find(t); it != syn.end()) return it->second;
  if (t.size() == 2 && std::all_of(t.begin(), t.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) return level_from_code(std::stoi(t));
  return std::nullopt;
}

// The unit columns of the file, resolved once for all its rows (HeaderMap::Column).
struct UnitCells {
  explicit UnitCells(const HeaderMap& map) : h(map) {}
  const HeaderMap& h;
  using Column = HeaderMap::Column;
  Column uscc = h.resolve("uscc"), draw_id_code = h.resolve("draw_id_code"), org_code = h.resolve("org_code"),
         name = h.resolve("name"), region_code = h.resolve("region_code"), unit_class = h.resolve("unit_class"),
         level = h.resolve("level"), special = h.resolve("special"), special_reason = h.resolve("special_reason"),
         special_source = h.resolve("special_source"), special_since = h.resolve("special_since"),
         special_until = h.resolve("special_until"), permit_class = h.resolve("permit_class"),
         credit = h.resolve("credit"), risk = h.resolve("risk"), positive_list = h.resolve("positive_list"),
         production_status = h.resolve("production_status"), producing_months = h.resolve("producing_months"),
         is_project = h.resolve("is_project"), approved_by = h.resolve("approved_by"),
         approved_year = h.resolve("approved_year"), address = h.resolve("address"), industry = h.resolve("industry"),
         contact = h.resolve("contact"), phone = h.resolve("phone"), lon = h.resolve("lon"), lat = h.resolve("lat"),
         org_unit = h.resolve("org_unit");

  std::string cell(const io::TableRow& row, const Column& c) const { return h.cell(row, c); }
  // The column's header as the file spells it (for error messages only).
  std::string column(const Column& c) const { return h.column(c.field); }
  // The row's draw id: its 抽查编号, else its 统一社会信用代码.
  std::string draw_id(const io::TableRow& row) const {
    std::string own = cell(row, draw_id_code);
    return own.empty() ? upper_ascii(cell(row, uscc)) : own;
  }
  // The column a draw id came from: 抽查编号 when the row fills it, else the USCC's.
  std::string draw_id_column(const io::TableRow& row) const {
    return (draw_id_code.present() && !cell(row, draw_id_code).empty()) ? column(draw_id_code) : column(uscc);
  }
};

// 监管类别 + 控制级别 -> the one UnitLevel (11–14 重点, 23/24 一般). An error names the column.
UnitLevel resolve_level(const UnitCells& h, const io::TableRow& row, AgencyLevel agency_level,
                        RowIssues& issues) {
  std::string ct = h.cell(row, h.unit_class), lt = h.cell(row, h.level);
  ClassText c = parse_class(ct);
  if (c == ClassText::kBad) {
    issues.add(h.column(h.unit_class), "「" + ct + "」不是可选值，应为 重点/一般 / unknown class");
    return UnitLevel::kGeneralCounty;
  }
  std::optional<UnitLevel> l;
  if (!lt.empty()) {
    l = parse_level_text(lt);
    if (!l) {
      issues.add(h.column(h.level), "「" + lt + "」不是可选值，应为 " + all_labels<UnitLevel>() +
                                "（或环保代码 11/12/13/14/23/24） / unknown level");
      return UnitLevel::kGeneralCounty;
    }
  }
  if (c == ClassText::kNone && !l) {
    issues.add(h.column(h.level), "缺少监管类别或控制级别 / class/level is missing");
    return UnitLevel::kGeneralCounty;
  }
  if (c == ClassText::kNone) return *l;
  if (c == ClassText::kKey) {
    if (!l) {
      issues.add(h.column(h.level), "重点排污单位须填写控制级别 国控/省控/市控/县控 / a key unit needs its level");
      return UnitLevel::kNational;
    }
    if (unit_class(*l) != UnitClass::kKey)
      issues.add(h.column(h.level), "监管类别为重点，控制级别却是「" + lt + "」 / class and level disagree");
    return *l;
  }
  // 一般: 市一般/县一般, or the 市/县 level words, or derived from the agency's level.
  if (!l) return agency_level == AgencyLevel::kCounty ? UnitLevel::kGeneralCounty : UnitLevel::kGeneralCity;
  switch (*l) {
    case UnitLevel::kGeneralCity:
    case UnitLevel::kMunicipal: return UnitLevel::kGeneralCity;
    case UnitLevel::kGeneralCounty:
    case UnitLevel::kCounty: return UnitLevel::kGeneralCounty;
    default:
      issues.add(h.column(h.level), "监管类别为一般，控制级别却是「" + lt + "」 / class and level disagree");
      return UnitLevel::kGeneralCity;
  }
}



// Builds the unit a row describes. A column the file has sets its field (an empty cell
// clears it); a column the file lacks leaves the stored unit's value alone, so a sheet
// with only some columns (e.g. 生产状态 updates) never wipes the rest.
MappedUnit map_row(const UnitCells& h, const io::TableRow& row, const Agency& agency, const Unit* stored,
                   RowIssues& issues) {
  MappedUnit m;
  Unit& u = m.record;
  if (stored) u = *stored;
  u.agency_id = agency.id;
  using Column = HeaderMap::Column;
  auto has = [&](const Column& f) { return f.present(); };
  auto text = [&](const Column& f) { return h.cell(row, f); };
  auto col = [&](const Column& f) { return h.column(f); };
  auto set_text = [&](const Column& f, std::string& target) {
    if (has(f)) target = text(f);
  };

  if (has(h.uscc)) u.uscc = upper_ascii(text(h.uscc));
  u.draw_id_code = h.draw_id(row);
  if (u.draw_id_code.empty())
    issues.add(has(h.draw_id_code) ? col(h.draw_id_code) : col(h.uscc),
               "缺少统一社会信用代码或抽查编号 / give the USCC, or an assigned id for a unit without one");
  if (std::string org = upper_ascii(text(h.org_code)); !org.empty()) {
    std::string n = normalize_org_code(org);
    u.org_code = n.empty() ? org : n;
  } else if (has(h.org_code) || u.org_code.empty()) {
    // positions 9–17 of the credit code, or nothing for a unit without one
    u.org_code = (!u.uscc.empty() && check_uscc(u.uscc).ok()) ? org_code_from_uscc(u.uscc) : "";
  }
  set_text(h.name, u.name);
  set_text(h.region_code, u.region_code);
  set_text(h.address, u.address);
  set_text(h.industry, u.industry);
  set_text(h.contact, u.contact_person);
  set_text(h.phone, u.contact_phone);
  for (auto [field, target] : {std::pair{&h.lat, &u.lat}, std::pair{&h.lon, &u.lon}}) {
    if (!has(*field)) continue;
    std::string t = text(*field);
    target->reset();
    if (t.empty()) continue;
    if (auto d = parse_decimal(t)) *target = *d;
    else issues.add(col(*field), "「" + t + "」不是数字（十进制度，如 117.0213） / not a decimal number");
  }

  if (has(h.unit_class) || has(h.level) || !stored) u.level = resolve_level(h, row, agency.level, issues);
  // A changed class must be reviewed again by the level above (逐级分类审核).
  if (stored && u.level != stored->level) u.reviewed_at.clear();

  auto yes_no = [&](const Column& f, bool& target) {
    if (!has(f)) return;
    std::string t = text(f);
    target = false;
    if (t.empty()) return;
    if (auto b = parse_yes_no(t)) target = *b;
    else issues.add(col(f), "「" + t + "」应填 是 或 否 / expected 是/否");
  };
  yes_no(h.special, u.special);
  yes_no(h.positive_list, u.positive_list);
  yes_no(h.is_project, u.is_project);

  // Optional enums: an empty cell clears, a bad value is an error.
  auto opt_enum = [&](const Column& f, auto& target, const std::map<std::string, std::string>& syn,
                      const std::string& hint) {
    using E = typename std::decay_t<decltype(target)>::value_type;
    if (!has(f)) return;
    std::string t = text(f);
    target.reset();
    if (t.empty()) return;
    if (auto e = parse_enum<E>(t, syn)) target = e;
    else issues.add(col(f), enum_error<E>(t) + hint);
  };
  opt_enum(h.special_reason, u.special_reason, {}, "；其他原因填「其他」并在特殊监管来源中说明");
  opt_enum(h.permit_class, u.permit_class, kPermitSynonyms, "");
  opt_enum(h.credit, u.credit, kCreditSynonyms, "");
  opt_enum(h.risk, u.risk, kRiskSynonyms, "");
  set_text(h.special_source, u.special_source);
  for (auto [field, target] : {std::pair{&h.special_since, &u.special_since}, std::pair{&h.special_until, &u.special_until}}) {
    if (!has(*field)) continue;
    std::string t = text(*field);
    target->clear();
    if (t.empty()) continue;
    if (auto d = parse_date(t)) *target = *d;
    else issues.add(col(*field), "「" + t + "」不是有效日期，应为 YYYY-MM-DD / not a valid date");
  }
  if (has(h.production_status)) {
    std::string t = text(h.production_status);
    u.production_status = ProductionStatus::kProducing;  // the default when left empty
    if (!t.empty()) {
      if (auto st = parse_enum<ProductionStatus>(t, kStatusSynonyms)) u.production_status = *st;
      else issues.add(col(h.production_status), enum_error<ProductionStatus>(t));
    }
  }
  if (has(h.producing_months)) {
    std::string t = text(h.producing_months);
    u.producing_months.clear();
    if (!t.empty()) {
      if (auto ms = parse_month_list(t)) u.producing_months = *ms;
      else issues.add(col(h.producing_months), "「" + t + "」不是月份列表，应如 1,2,3 或 1-3,11-12 / not a list of months");
    }
  }
  set_text(h.approved_by, u.approved_by);
  if (has(h.approved_year)) {
    std::string t = text(h.approved_year);
    u.approved_year.reset();
    if (!t.empty()) {
      if (auto y = parse_year(t)) u.approved_year = y;
      else issues.add(col(h.approved_year), "「" + t + "」不是年份 / not a year");
    }
  }
  if (has(h.org_unit)) {
    m.sets_org_unit = true;
    m.org_unit_name = text(h.org_unit);
    u.org_unit_id.reset();
  }
  return m;
}

}  // namespace

ImportReport import_units(store::Store& db, const io::Table& table, const ImportOptions& options) {
  ImportReport report = start_report("units", table, options);
  auto agency = resolve_agency(db, options.agency_region, report);
  HeaderMap h = HeaderMap::locate(table, unit_columns(), report);
  if (!h.found() || !agency) return report;
  if (!h.has("uscc") && !h.has("draw_id_code")) {
    report.errors.push_back({h.header_row(), unit_columns()[0].header,
                             "缺少统一社会信用代码列（或抽查编号列） / a USCC or id column is required"});
    return report;  // every row would repeat it
  }

  const UnitCells cells(h);
  OrgUnitResolver org_units(db, agency->id);
  OwnersOrgUnits owners_org_units(db, *agency);
  // The live units the rows name, wherever they are (一企一档), in a few queries; reading
  // only, like everything before the write phase.
  std::unordered_map<std::string, Unit> stored;
  {
    std::vector<std::string> ids;
    ids.reserve(table.rows.size());
    for (size_t i = h.first_data_index(); i < table.rows.size(); ++i)
      if (std::string id = cells.draw_id(table.rows[i]); !id.empty()) ids.push_back(std::move(id));
    stored = db.units().find_live_many(ids);
  }
  std::vector<MappedUnit> mapped;
  std::vector<int> row_numbers;
  std::map<std::string, int> first_row_of_id;
  for (size_t i = h.first_data_index(); i < table.rows.size(); ++i) {
    const auto& row = table.rows[i];
    RowIssues issues(row.number, report.errors);
    auto it = stored.find(cells.draw_id(row));
    MappedUnit m = map_row(cells, row, *agency, it == stored.end() ? nullptr : &it->second, issues);
    const Unit& u = m.record;
    auto column_of = [&](const std::string& field) {
      return field == "draw_id_code" ? cells.draw_id_column(row) : h.column(field);
    };
    for (const auto& fe : validate_unit(u)) issues.add(column_of(fe.field), fe.message);
    if (!u.region_code.empty() && check_region_code(u.region_code).ok() && !in_jurisdiction(*agency, u.region_code))
      issues.add(h.column("region_code"), "行政区划代码 " + region_display(u.region_code) + " 不在本机构辖区 " +
                                              region_display(agency->region_code) +
                                              " 内 / outside the agency's jurisdiction");
    if (!u.draw_id_code.empty()) {
      auto [it, fresh] = first_row_of_id.emplace(u.draw_id_code, row.number);
      if (!fresh)
        issues.add(column_of("draw_id_code"), "「" + u.draw_id_code + "」与第 " + std::to_string(it->second) +
                                                  " 行重复 / duplicate id, first on row " + std::to_string(it->second));
    }
    check_org_unit(m, it == stored.end() ? std::nullopt : std::optional<int64_t>(it->second.agency_id), agency->id,
                   org_units, owners_org_units, options.create_org_units, h.column("org_unit"), issues);
    mapped.push_back(std::move(m));
    row_numbers.push_back(row.number);
    if (stop_at_error_limit(report, options, row)) break;
  }
  if (!finish_checking(report, table, mapped.size(), h)) return report;

  write_units(db, options, h, *agency, org_units, stored, mapped, row_numbers, report);
  return report;
}

}  // namespace suiji::service
