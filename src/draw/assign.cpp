#include "draw/assign.h"

#include <algorithm>
#include <optional>

#include "draw/parallel.h"

namespace suiji::draw {

TeamAssigner::TeamAssigner(std::string seed, const std::vector<PoolMember>& pool,
                           const std::vector<Conflict>& conflicts, int team_size, bool mentor_pairing, size_t units)
    : seed_(std::move(seed)), pool_(pool), load_(pool.size(), 0), team_size_(team_size), mentor_(mentor_pairing) {
  for (size_t i = 0; i < pool_.size(); ++i) {
    pool_ids_.push_back(pool_[i].id);
    pool_index_[pool_[i].id] = static_cast<uint32_t>(i);
  }
  for (const Conflict& c : conflicts) conflicts_[c.unit].insert(c.inspector);
  // cap = ceil(|units| * t / |P|)
  int64_t p = static_cast<int64_t>(pool_.size());
  cap_ = p == 0 ? 0 : (static_cast<int64_t>(units) * team_size + p - 1) / p;
}

size_t TeamAssigner::index_of(const std::string& inspector) const {
  auto it = pool_index_.find(inspector);
  if (it == pool_index_.end())
    throw InputError("draw_change_invalid", "执法人员 " + inspector + " 不在名录库中", "inspector " + inspector + " is not in the pool");
  return it->second;
}

std::vector<uint32_t> TeamAssigner::ranking(const std::string& unit) const {
  return consistent_order(TicketMachine(seed_ + "|" + unit), pool_ids_);
}

void TeamAssigner::rank_ahead(const std::vector<std::string>& units) {
  std::vector<std::vector<uint32_t>> ranks(units.size());
  parallel_for(units.size(), [&](size_t b, size_t e) {
    for (size_t i = b; i < e; ++i) ranks[i] = ranking(units[i]);
  }, 64);
  ranked_ahead_.clear();
  for (size_t i = 0; i < units.size(); ++i) ranked_ahead_[units[i]] = std::move(ranks[i]);
}

std::vector<uint32_t> TeamAssigner::eligible(const std::string& unit) {
  auto ahead = ranked_ahead_.find(unit);
  std::vector<uint32_t> computed;
  const std::vector<uint32_t>& order = ahead != ranked_ahead_.end() ? ahead->second : (computed = ranking(unit));
  const auto conf = conflicts_.find(unit);
  const auto rem = removed_.find(unit);
  std::vector<uint32_t> e;
  e.reserve(order.size());
  for (uint32_t i : order) {
    if (conf != conflicts_.end() && conf->second.count(pool_[i].id)) continue;
    if (rem != removed_.end() && rem->second.count(i)) continue;
    e.push_back(i);
  }
  return e;
}

Assignment TeamAssigner::assign(const std::string& unit) {
  std::vector<uint32_t> e = eligible(unit);
  auto under_cap = [&](uint32_t i) { return load_[i] < cap_; };
  std::vector<uint32_t> team;
  bool relaxed = false;
  auto in_team = [&](uint32_t i) { return std::find(team.begin(), team.end(), i) != team.end(); };

  if (mentor_) {
    auto senior_under = std::find_if(e.begin(), e.end(), [&](uint32_t i) { return pool_[i].senior && under_cap(i); });
    if (senior_under != e.end()) {
      team.push_back(*senior_under);
    } else {
      auto senior_any = std::find_if(e.begin(), e.end(), [&](uint32_t i) { return pool_[i].senior; });
      if (senior_any != e.end()) {
        team.push_back(*senior_any);
        relaxed = true;
      }
    }
  }
  for (uint32_t i : e) {
    if (team.size() >= static_cast<size_t>(team_size_)) break;
    if (under_cap(i) && !in_team(i)) team.push_back(i);
  }
  for (uint32_t i : e) {
    if (team.size() >= static_cast<size_t>(team_size_)) break;
    if (!in_team(i)) {
      team.push_back(i);
      relaxed = true;
    }
  }
  if (team.size() < static_cast<size_t>(team_size_))
    throw InputError("draw_team_impossible",
                     "污染源 " + unit + " 可选执法人员只有 " + std::to_string(team.size()) + " 人，不足每组 " +
                         std::to_string(team_size_) + " 人（已排除回避人员），本次摇号不能进行",
                     "unit " + unit + " has only " + std::to_string(team.size()) +
                         " eligible inspectors for a team of " + std::to_string(team_size_));

  Assignment a{unit, {}, relaxed};
  for (uint32_t i : team) {
    ++load_[i];
    a.team.push_back(pool_[i].id);
  }
  return a;
}

std::string TeamAssigner::replace(const std::string& unit, std::vector<std::string>& team, const std::string& inspector,
                                  bool* cap_relaxed) {
  auto pos = std::find(team.begin(), team.end(), inspector);
  if (pos == team.end())
    throw InputError("draw_change_invalid", "执法人员 " + inspector + " 不在污染源 " + unit + " 的检查组中",
                     "inspector " + inspector + " is not on the team of unit " + unit);
  size_t leaving = index_of(inspector);
  removed_[unit].insert(static_cast<uint32_t>(leaving));
  --load_[leaving];

  std::vector<uint32_t> e;
  for (uint32_t i : eligible(unit))
    if (std::find(team.begin(), team.end(), pool_[i].id) == team.end()) e.push_back(i);

  bool prefer_senior = mentor_ && pos == team.begin() && pool_[leaving].senior;
  auto pick = [&](bool senior_only) -> std::optional<std::pair<uint32_t, bool>> {
    for (uint32_t i : e)
      if ((!senior_only || pool_[i].senior) && load_[i] < cap_) return std::make_pair(i, false);
    for (uint32_t i : e)
      if (!senior_only || pool_[i].senior) return std::make_pair(i, true);
    return std::nullopt;
  };
  std::optional<std::pair<uint32_t, bool>> chosen;
  if (prefer_senior) chosen = pick(true);
  if (!chosen) chosen = pick(false);
  if (!chosen)
    throw InputError("draw_team_impossible", "没有可替换 " + inspector + " 的执法人员（污染源 " + unit + "）",
                     "no inspector can replace " + inspector + " on unit " + unit);
  ++load_[chosen->first];
  *cap_relaxed = chosen->second;
  *pos = pool_[chosen->first].id;
  return *pos;
}

void TeamAssigner::release(const std::vector<std::string>& team) {
  for (const std::string& id : team) --load_[index_of(id)];
}

}  // namespace suiji::draw
