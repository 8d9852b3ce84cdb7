#include "service/draws/draw_pool.h"

#include <algorithm>
#include <map>
#include <optional>

#include "store/store.h"

namespace suiji::service {
namespace {

// The first reason the inspector may not be drawn on `date`, or nullopt.
std::optional<std::pair<std::string, std::string>> reason_out(const Inspector& i, const policy::TeamRules& team,
                                                              const std::map<int64_t, std::string>& org_names,
                                                              const std::vector<Absence>& absences,
                                                              const std::string& date) {
  if (!i.on_post) return std::pair<std::string, std::string>{"not_on_post", "不在岗"};
  if (!team.org_units.empty()) {
    auto it = i.org_unit_id ? org_names.find(*i.org_unit_id) : org_names.end();
    std::string name = it == org_names.end() ? std::string() : it->second;
    if (std::find(team.org_units.begin(), team.org_units.end(), name) == team.org_units.end())
      return std::pair<std::string, std::string>{
          "org_unit", (name.empty() ? std::string("未登记所属内设机构") : "所属「" + name + "」") + "不在抽取范围"};
  }
  bool any_valid = std::any_of(i.certificates.begin(), i.certificates.end(),
                               [&](const Certificate& c) { return valid_on(c, date); });
  if (!any_valid) {
    std::string last;
    for (const auto& c : i.certificates) last = std::max(last, c.expires_on);
    return std::pair<std::string, std::string>{
        "no_valid_certificate", last.empty() ? "无执法证件" : "执法证件已于 " + last + " 过期"};
  }
  for (const auto& kind_label : team.certificates) {
    auto kind = from_label<CertificateKind>(kind_label);
    if (!kind || !holds_valid(i, *kind, date))
      return std::pair<std::string, std::string>{"certificate_missing", "缺少有效的" + kind_label};
  }
  for (const auto& a : absences)
    if (a.inspector_id == i.id && covers(a, date))
      return std::pair<std::string, std::string>{
          "absent", std::string(label(a.kind)) + " " + a.from + " 至 " + a.to};
  return std::nullopt;
}

}  // namespace

DrawPool pool_of(store::Store& db, const Agency& agency, const policy::TeamRules& team, const std::string& on_date) {
  DrawPool pool;
  store::InspectorFilter f;
  f.agency_id = agency.id;
  pool.roster = db.inspectors().list(f).items;
  std::sort(pool.roster.begin(), pool.roster.end(),
            [](const Inspector& a, const Inspector& b) { return a.code < b.code; });
  std::map<int64_t, std::string> org_names;
  for (const auto& o : db.org_units().list(agency.id)) org_names[o.id] = o.name;
  std::vector<Absence> absences = db.inspectors().absences_between(agency.id, on_date, on_date);

  for (const Inspector& i : pool.roster) {
    if (auto out = reason_out(i, team, org_names, absences, on_date))
      pool.excluded.push_back({&i, out->first, out->second});
    else
      pool.members.push_back(&i);
  }
  for (const Inspector* m : pool.members)
    for (auto& c : db.conflicts().for_inspector(m->id)) pool.conflicts.push_back(std::move(c));
  return pool;
}

Json to_json(const std::vector<PoolExclusion>& excluded, bool with_names) {
  Json out = Json::array();
  for (const auto& e : excluded) {
    Json j{{"id", e.inspector->code}, {"reason", e.reason}, {"detail", e.detail}};
    if (with_names) j["name"] = e.inspector->name;
    out.push_back(std::move(j));
  }
  return out;
}

}  // namespace suiji::service
