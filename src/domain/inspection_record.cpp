#include "domain/inspection_record.h"

#include <cctype>

namespace suiji {
namespace {

const char* const kTextFields[] = {"production_status", "outfall", "discharge_compliance",
                                   "problems", "handling", "remarks"};

bool is_date_time(const std::string& s) {
  // YYYY-MM-DD, YYYY-MM-DD HH:MM or YYYY-MM-DD HH:MM:SS
  static const char* const kShapes[] = {"dddd-dd-dd", "dddd-dd-dd dd:dd", "dddd-dd-dd dd:dd:dd"};
  for (const char* shape : kShapes) {
    std::string_view t(shape);
    if (t.size() != s.size()) continue;
    bool ok = true;
    for (size_t i = 0; i < t.size() && ok; ++i)
      ok = t[i] == 'd' ? std::isdigit(static_cast<unsigned char>(s[i])) != 0 : s[i] == t[i];
    if (ok) return true;
  }
  return false;
}

template <class E>
void check_enum(const Json& obj, const std::string& name, const std::string& path, const std::string& zh_name,
                std::vector<RecordFieldError>& out) {
  if (!obj.contains(name) || !obj[name].is_string() || !from_label<E>(obj[name].get<std::string>()))
    out.push_back({path, zh_name + " 须为 " + all_labels<E>() + " 之一",
                   path + " must be one of " + all_labels<E>()});
}

}  // namespace

std::vector<RecordFieldError> validate_record(const Json& input) {
  std::vector<RecordFieldError> out;
  if (!input.is_object()) {
    out.push_back({"", "检查记录须为 JSON 对象", "the record must be a JSON object"});
    return out;
  }
  const Json empty = Json::object();
  const Json& f = input.contains("fields") ? input["fields"] : empty;
  if (!f.is_object()) {
    out.push_back({"fields", "fields 须为 JSON 对象", "fields must be a JSON object"});
  } else {
    for (const char* t : kTextFields)
      if (f.contains(t) && !f[t].is_string())
        out.push_back({std::string("fields.") + t, std::string("字段 ") + t + " 须为文字",
                       std::string("fields.") + t + " must be text"});
    check_enum<FacilityState>(f, "facility_construction", "fields.facility_construction", "污染治理设施建设情况", out);
    check_enum<FacilityState>(f, "facility_operation", "fields.facility_operation", "污染治理设施运行情况", out);
    if (!f.contains("inspected_at") || !f["inspected_at"].is_string() ||
        !is_date_time(f["inspected_at"].get<std::string>()))
      out.push_back({"fields.inspected_at", "检查时间须为 YYYY-MM-DD 或 YYYY-MM-DD HH:MM",
                     "fields.inspected_at must be YYYY-MM-DD or YYYY-MM-DD HH:MM"});
    if (f.contains("rectification_deadline") &&
        (!f["rectification_deadline"].is_string() || f["rectification_deadline"].get<std::string>().size() != 10 ||
         !is_date_time(f["rectification_deadline"].get<std::string>())))
      out.push_back({"fields.rectification_deadline", "整改期限须为 YYYY-MM-DD",
                     "fields.rectification_deadline must be YYYY-MM-DD"});
  }
  if (input.contains("measures")) {
    const Json& ms = input["measures"];
    if (!ms.is_array()) {
      out.push_back({"measures", "处理处罚措施须为数组", "measures must be an array"});
    } else {
      for (size_t i = 0; i < ms.size(); ++i) {
        std::string p = "measures[" + std::to_string(i) + "]";
        const Json& m = ms[i];
        if (!m.is_object()) {
          out.push_back({p, "第 " + std::to_string(i + 1) + " 项措施须为 JSON 对象", p + " must be a JSON object"});
          continue;
        }
        check_enum<RecordMeasure>(m, "kind", p + ".kind", "第 " + std::to_string(i + 1) + " 项措施", out);
        if (!m.contains("case_no") || !m["case_no"].is_string() || m["case_no"].get<std::string>().empty())
          out.push_back({p + ".case_no", "第 " + std::to_string(i + 1) + " 项措施须填写案件编号",
                         p + ".case_no is required"});
        auto kind = m.contains("kind") && m["kind"].is_string()
                        ? from_label<RecordMeasure>(m["kind"].get<std::string>())
                        : std::nullopt;
        if (kind == RecordMeasure::kFine &&
            (!m.contains("amount") || !m["amount"].is_number() || m["amount"].get<double>() <= 0))
          out.push_back({p + ".amount", "罚款须填写大于零的金额（元）", p + ".amount must be a positive amount (yuan)"});
      }
    }
  }
  check_enum<RecordResult>(input, "result", "result", "检查结果类别", out);
  return out;
}

Json normalize_record(const Json& input) {
  Json out = input;
  if (!out.contains("fields")) out["fields"] = Json::object();
  if (!out.contains("measures")) out["measures"] = Json::array();
  Json& f = out["fields"];
  for (const char* e : {"facility_construction", "facility_operation"})
    if (auto v = from_label<FacilityState>(f[e].get<std::string>())) f[e] = std::string(key(*v));
  for (Json& m : out["measures"])
    if (auto v = from_label<RecordMeasure>(m["kind"].get<std::string>())) m["kind"] = std::string(key(*v));
  if (auto v = from_label<RecordResult>(out["result"].get<std::string>())) out["result"] = std::string(key(*v));
  return out;
}

bool record_opens_rectification(const Json& n) {
  if (n.value("result", "") == key(RecordResult::kProblemPending)) return true;
  if (n.contains("measures"))
    for (const Json& m : n["measures"])
      if (m.value("kind", "") == key(RecordMeasure::kOrderCorrection)) return true;
  return false;
}

}  // namespace suiji
