#include "service/plans/preset_preview.h"

#include <set>

#include "domain/error.h"
#include "io/file_bytes.h"
#include "policy/presets.h"
#include "policy/schedule.h"
#include "policy/size.h"
#include "service/plans/holiday_warnings.h"
#include "service/plans/plan_args.h"

namespace suiji::service {

namespace {

[[noreturn]] void bad_count(const std::string& field, const std::string& zh, const std::string& en) {
  throw bad_input("counts_invalid", "计数 " + field + "：" + zh, "count " + field + ": " + en, Json{{"field", field}});
}

int64_t count_of(const Json& counts, const std::string& field) {
  if (!counts.contains(field)) bad_count(field, "缺少此项", "is missing");
  const Json& v = counts[field];
  if (!v.is_number_integer()) bad_count(field, "应为整数", "must be an integer");
  int64_t n = v.get<int64_t>();
  if (n < 0) bad_count(field, "不能为负数", "must not be negative");
  if (n > 100'000'000) bad_count(field, "过大", "is too large");
  return n;
}

bool needs_headcount(const policy::Policy& p) {
  for (const auto& s : p.strata)
    if (s.size.kind == policy::SizeRule::Kind::kStaffRatio) return true;
  return false;
}

}  // namespace

Json preview_preset(const std::string& name, const Json& counts) {
  const policy::Policy& p = policy::preset(name);
  if (!counts.is_object())
    throw bad_input("counts_invalid", "计数文件应为 JSON 对象，如 {\"key\": 137, \"general\": 40, \"special\": 12, \"inspectors\": 24}",
                    "the counts must be a JSON object such as {\"key\": 137, \"general\": 40, \"special\": 12, \"inspectors\": 24}");
  std::set<std::string> known = {"inspectors"};
  for (const auto& s : p.strata) known.insert(s.id);
  for (const auto& [k, v] : counts.items())
    if (!known.count(k)) bad_count(k, "不是该预置规则的类别（key/general/special）或 inspectors", "is not a stratum of this preset nor inspectors");
  int64_t headcount = needs_headcount(p) ? count_of(counts, "inspectors") : 0;
  Json out = Json::object();
  out["preset"] = name;
  out["strata"] = Json::array();
  for (const auto& s : p.strata) out["strata"].push_back(policy::to_json(policy::size_of(s, count_of(counts, s.id), headcount)));
  return out;
}

Json preview_preset_file(const std::string& name, const std::string& path) {
  policy::preset(name);  // an unknown preset is named before the file is read
  std::string text = io::read_input_bytes(path);
  Json counts = Json::parse(text, nullptr, false);
  if (counts.is_discarded())
    throw bad_input("counts_invalid", "计数文件 " + path + " 不是有效的 JSON", "the counts file " + path + " is not valid JSON",
                    Json{{"field", "counts"}});
  return preview_preset(name, counts);
}

Json calendar_preset(const std::string& name, const std::string& period_text) {
  const policy::Policy& p = policy::preset(name);
  policy::Period period = period_arg(period_text);
  const policy::WorkCalendar& cal = policy::WorkCalendar::builtin();
  policy::Schedule sched = policy::schedule_of(p, period, cal);
  Json out = policy::to_json(sched, name);
  out["warnings"] = holiday_warnings(sched, cal);
  return out;
}

}  // namespace suiji::service
