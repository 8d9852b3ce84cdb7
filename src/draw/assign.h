// The second random (第二个随机, spec sections 6 and 7): teams of inspectors for the drawn
// units, in draw order, under a per-inspector load cap, with conflicts (回避), optional
// mentor pairing (以老带新) and the post-draw changes replayed on the same loads.
#pragma once
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "draw/input.h"
#include "draw/ticket.h"

namespace suiji::draw {

struct Assignment {
  std::string unit;
  std::vector<std::string> team;  // team[0] is the lead (牵头人)
  bool cap_relaxed = false;
  bool operator==(const Assignment&) const = default;
};

// Holds the loads and each unit's team while a draw's assignments and changes are made.
// Not thread-safe; one per draw.
class TeamAssigner {
 public:
  // `units` is the number of units in draw order (it fixes the cap).
  TeamAssigner(std::string seed, const std::vector<PoolMember>& pool, const std::vector<Conflict>& conflicts,
               int team_size, bool mentor_pairing, size_t units);

  int64_t cap() const { return cap_; }

  // Section 6 steps 1–5 for `unit`. Throws InputError when fewer than team_size
  // inspectors are eligible.
  Assignment assign(const std::string& unit);

  // Section 7 replace_inspector on the unit's current team. Returns the replacement's id
  // and sets *cap_relaxed. Throws InputError if the inspector is not on the team or no
  // one can replace them. `team` is the unit's current team, updated in place.
  std::string replace(const std::string& unit, std::vector<std::string>& team, const std::string& inspector,
                      bool* cap_relaxed);

  // The unit leaves the draw: its team's loads are given back.
  void release(const std::vector<std::string>& team);

  // Ranks the pool for each of `units` (the consistent sampler with seed|unit) on all
  // cores, ahead of assign() calls for them. Rankings do not depend on the loads, so
  // only their use must be sequential. Replaces the previous batch.
  void rank_ahead(const std::vector<std::string>& units);

 private:
  // Pool indexes in ticket order for seed|unit, conflicts and removed members excluded (E).
  std::vector<uint32_t> eligible(const std::string& unit);
  std::vector<uint32_t> ranking(const std::string& unit) const;
  size_t index_of(const std::string& inspector) const;

  std::string seed_;
  std::vector<PoolMember> pool_;
  std::vector<std::string_view> pool_ids_;
  std::unordered_map<std::string, uint32_t> pool_index_;
  std::unordered_map<std::string, std::unordered_set<std::string>> conflicts_;  // unit -> inspectors
  std::unordered_map<std::string, std::unordered_set<uint32_t>> removed_;       // unit -> pool indexes
  std::vector<int64_t> load_;
  std::unordered_map<std::string, std::vector<uint32_t>> ranked_ahead_;
  int team_size_;
  bool mentor_;
  int64_t cap_;
};

}  // namespace suiji::draw
