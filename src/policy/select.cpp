#include "policy/select.h"

#include <algorithm>

#include "domain/error.h"

namespace suiji::policy {

namespace {

template <class T>
bool any_is(const std::vector<T>& allowed, const std::optional<T>& v) {
  return allowed.empty() || (v && std::find(allowed.begin(), allowed.end(), *v) != allowed.end());
}

bool relative_holds(Selector::Relative r, const Unit& u, int own) {
  if (r == Selector::Relative::kNone) return true;
  int code = level_code(u.level);
  if (unit_class(u.level) != UnitClass::kKey) return false;
  switch (r) {
    case Selector::Relative::kAbove: return code < own;
    case Selector::Relative::kAtOrAbove: return code <= own;
    case Selector::Relative::kAt: return code == own;
    case Selector::Relative::kNone: break;
  }
  return true;
}

ListKey key_of(const Selector& s) { return {s.list_name, s.list_year.value_or(0)}; }

bool on_list(const Selector& s, const Unit& u, const SelectContext& ctx) {
  const std::unordered_set<int64_t>* members = nullptr;
  if (ctx.lists) {
    auto it = ctx.lists->find(key_of(s));
    if (it != ctx.lists->end()) members = &it->second;
  }
  if (!members)
    throw Error(ErrorKind::kInternal, "list_not_loaded", "名单「" + s.list_name + "」未载入",
                "list \"" + s.list_name + "\" was not loaded before selecting");
  return members->count(u.id) > 0;
}

void collect(const Selector& s, std::vector<ListKey>& out) {
  if (!s.list_name.empty() && std::find(out.begin(), out.end(), key_of(s)) == out.end()) out.push_back(key_of(s));
  for (const auto& a : s.any_of) collect(a, out);
}

}  // namespace

int own_level_code(AgencyLevel level) {
  switch (level) {
    case AgencyLevel::kProvince: return level_code(UnitLevel::kProvincial);
    case AgencyLevel::kCity: return level_code(UnitLevel::kMunicipal);
    case AgencyLevel::kCounty: return level_code(UnitLevel::kCounty);
  }
  return level_code(UnitLevel::kCounty);
}

bool selects(const Selector& s, const Unit& u, const SelectContext& ctx) {
  if (s.unit_class && unit_class(u) != *s.unit_class) return false;
  if (!s.levels.empty() && std::find(s.levels.begin(), s.levels.end(), u.level) == s.levels.end()) return false;
  if (!relative_holds(s.relative, u, own_level_code(ctx.agency_level))) return false;
  if (s.special && u.special != *s.special) return false;
  if (s.is_project && u.is_project != *s.is_project) return false;
  if (s.positive_list && u.positive_list != *s.positive_list) return false;
  if (!any_is(s.permit_classes, u.permit_class) || !any_is(s.credits, u.credit) || !any_is(s.risks, u.risk))
    return false;
  if (!s.region_prefixes.empty() &&
      std::none_of(s.region_prefixes.begin(), s.region_prefixes.end(),
                   [&](const std::string& p) { return u.region_code.starts_with(p); }))
    return false;
  if (!s.approved_by.empty() && u.approved_by != s.approved_by) return false;
  if (s.approved_year_from && (!u.approved_year || *u.approved_year < *s.approved_year_from)) return false;
  if (s.approved_year_to && (!u.approved_year || *u.approved_year > *s.approved_year_to)) return false;
  if (!s.list_name.empty() && on_list(s, u, ctx) != s.in_list) return false;
  if (!s.any_of.empty() &&
      std::none_of(s.any_of.begin(), s.any_of.end(), [&](const Selector& a) { return selects(a, u, ctx); }))
    return false;
  return true;
}

std::vector<ListKey> lists_needed(const Policy& p) {
  std::vector<ListKey> out;
  for (const auto& s : p.strata) collect(s.select, out);
  return out;
}

}  // namespace suiji::policy
