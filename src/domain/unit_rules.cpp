#include "domain/unit_rules.h"

#include <cmath>

#include "domain/codes.h"

namespace suiji {
namespace {

void add(std::vector<FieldError>& out, std::string field, std::string message) {
  out.push_back(FieldError{std::move(field), std::move(message)});
}

void check_code(std::vector<FieldError>& out, const char* field, const CodeCheck& c) {
  if (!c) add(out, field, c.error);
}

void check_date(std::vector<FieldError>& out, const char* field, const std::string& d,
                const char* zh) {
  if (!d.empty() && !is_iso_date(d))
    add(out, field, std::string(zh) + "「" + d + "」不是有效日期，应为YYYY-MM-DD / " + field +
                        " is not a valid date YYYY-MM-DD");
}

}  // namespace

std::vector<FieldError> validate_unit(const Unit& u) {
  std::vector<FieldError> e;
  if (u.draw_id_code.empty())
    add(e, "draw_id_code", "缺少抽查编号（统一社会信用代码或自行编号） / draw id is missing: the USCC or an assigned code");
  else
    check_code(e, "draw_id_code", check_unit_id(u.draw_id_code));

  if (!u.uscc.empty()) {
    auto c = check_uscc(u.uscc);
    check_code(e, "uscc", c);
    if (c && !u.draw_id_code.empty() && u.draw_id_code != u.uscc)
      add(e, "draw_id_code", "有统一社会信用代码的单位，抽查编号必须就是该代码「" + u.uscc +
                                 "」 / a unit with a USCC uses it as its draw id");
  }
  if (!u.org_code.empty()) {
    auto c = check_org_code(u.org_code);
    check_code(e, "org_code", c);
    if (c && u.org_code.size() != 9)
      add(e, "org_code", "组织机构代码须以9位无连字符形式保存 / store the organisation code as 9 characters, no hyphen");
    if (c && check_uscc(u.uscc) && normalize_org_code(u.org_code) != org_code_from_uscc(u.uscc))
      add(e, "org_code", "组织机构代码「" + u.org_code + "」与统一社会信用代码第9–17位「" +
                             org_code_from_uscc(u.uscc) +
                             "」不一致 / organisation code differs from USCC positions 9-17");
  }
  if (u.name.empty()) add(e, "name", "缺少单位名称 / name is missing");
  if (u.region_code.empty())
    add(e, "region_code", "缺少行政区划代码 / region code is missing");
  else
    check_code(e, "region_code", check_region_code(u.region_code));

  if (u.lat && (!std::isfinite(*u.lat) || *u.lat < -90 || *u.lat > 90))
    add(e, "lat", "纬度须在-90到90之间 / latitude must be within -90..90");
  if (u.lon && (!std::isfinite(*u.lon) || *u.lon < -180 || *u.lon > 180))
    add(e, "lon", "经度须在-180到180之间 / longitude must be within -180..180");
  if (u.lat.has_value() != u.lon.has_value())
    add(e, u.lat ? "lon" : "lat", "经纬度须同时填写 / give both latitude and longitude, or neither");

  if (!u.special && (u.special_reason || !u.special_source.empty() || !u.special_since.empty() ||
                     !u.special_until.empty()))
    add(e, "special", "非特殊监管对象不应填写特殊监管原因、来源或期限 / reason, source and dates belong to special units only");
  if (u.special && !u.special_reason)
    add(e, "special_reason", "特殊监管对象须注明原因 / a special unit needs a reason");
  check_date(e, "special_since", u.special_since, "特殊监管起始日期");
  check_date(e, "special_until", u.special_until, "特殊监管截止日期");
  if (is_iso_date(u.special_since) && is_iso_date(u.special_until) &&
      u.special_until < u.special_since)
    add(e, "special_until", "特殊监管截止日期早于起始日期 / special_until is before special_since");

  if (u.production_status == ProductionStatus::kSeasonal) {
    if (u.producing_months.empty())
      add(e, "producing_months", "季节性生产须填写生产月份 / a seasonal unit needs its producing months");
  } else if (!u.producing_months.empty()) {
    add(e, "producing_months", "只有季节性生产的单位填写生产月份 / producing months are for seasonal units only");
  }
  for (int m : u.producing_months)
    if (m < 1 || m > 12) {
      add(e, "producing_months", "生产月份须在1到12之间 / months are 1..12");
      break;
    }

  if (!u.is_project && (!u.approved_by.empty() || u.approved_year))
    add(e, "is_project", "审批部门和审批年份只用于建设项目 / approval fields are for construction projects only");
  if (u.approved_year && (*u.approved_year < 1979 || *u.approved_year > 2100))
    add(e, "approved_year", "审批年份不合理 / approval year is out of range");
  check_date(e, "deleted_at", u.deleted_at.substr(0, 10), "删除日期");
  return e;
}

std::vector<FieldError> validate_inspector(const Inspector& i) {
  std::vector<FieldError> e;
  if (i.code.empty())
    add(e, "code", "缺少执法人员编号 / inspector code is missing");
  else
    check_code(e, "code", check_inspector_id(i.code));
  if (i.name.empty()) add(e, "name", "缺少姓名 / name is missing");
  for (size_t k = 0; k < i.certificates.size(); ++k) {
    const auto& c = i.certificates[k];
    std::string f = "certificates[" + std::to_string(k) + "]";
    if (c.number.empty()) add(e, f + ".number", "缺少证件编号 / certificate number is missing");
    if (!is_iso_date(c.expires_on))
      add(e, f + ".expires_on", "证件有效期「" + c.expires_on + "」不是有效日期YYYY-MM-DD / expiry is not a valid date");
  }
  for (const auto& t : i.tags)
    if (t.empty() || t.find(';') != std::string::npos)
      add(e, "tags", "专长标签不能为空或含分号 / a tag cannot be empty or contain ';'");
  return e;
}

std::vector<FieldError> validate_absence(const Absence& a) {
  std::vector<FieldError> e;
  check_date(e, "from", a.from, "开始日期");
  check_date(e, "to", a.to, "结束日期");
  if (a.from.empty()) add(e, "from", "缺少开始日期 / start date is missing");
  if (a.to.empty()) add(e, "to", "缺少结束日期 / end date is missing");
  if (is_iso_date(a.from) && is_iso_date(a.to) && a.to < a.from)
    add(e, "to", "结束日期早于开始日期 / end date is before start date");
  return e;
}

std::vector<FieldError> validate_agency(const Agency& a) {
  std::vector<FieldError> e;
  if (a.name.empty()) add(e, "name", "缺少机构名称 / agency name is missing");
  check_code(e, "region_code", check_region_code(a.region_code));
  return e;
}

std::string join_errors(const std::vector<FieldError>& errors) {
  std::string out;
  for (const auto& fe : errors) {
    if (!out.empty()) out += "; ";
    out += fe.field + ": " + fe.message;
  }
  return out;
}

}  // namespace suiji
