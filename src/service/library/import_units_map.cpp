#include "service/library/import_units_map.h"

#include <algorithm>
#include <map>
#include <type_traits>

#include "domain/codes.h"
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

}  // namespace

std::string UnitCells::draw_id(const io::TableRow& row) const {
  std::string own = cell(row, draw_id_code);
  return own.empty() ? upper_ascii(cell(row, uscc)) : own;
}

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

}  // namespace suiji::service
