#include "draw/draw.h"

#include <algorithm>
#include <future>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "draw/list_hash.h"

namespace suiji::draw {
namespace {

std::string pool_hash_of(const DrawInput& in) {
  std::vector<std::string> lines;
  for (const PoolMember& m : in.pool) lines.push_back(m.id + "," + (m.senior ? "1" : "0"));
  return list_hash({lines.begin(), lines.end()}, Duplicates::kMerge, "inspectors.pool");
}

std::string conflicts_hash_of(const DrawInput& in) {
  std::vector<std::string> lines;
  for (const Conflict& c : in.conflicts) lines.push_back(c.unit + "," + c.inspector);
  return list_hash({lines.begin(), lines.end()}, Duplicates::kMerge, "inspectors.conflicts");
}

// Runs f; an InputError that names no field is given `path` (verify reports it there).
template <typename F>
void at_path(const std::string& path, F f) {
  try {
    f();
  } catch (const InputError& e) {
    if (!e.path().empty()) throw;
    throw InputError(e.code(), e.zh(), e.en(), path_details(path));
  }
}

// A unit in the draw order: its ticket decides its place.
struct Drawn {
  std::string ticket;
  std::string unit;
  bool operator<(const Drawn& o) const { return ticket != o.ticket ? ticket < o.ticket : unit < o.unit; }
};

// Replays section 7 on top of the initial assignments.
class ChangeReplayer {
 public:
  ChangeReplayer(const DrawInput& in, Strictness strictness, const TicketMachine& tm, TeamAssigner& assigner,
                 const std::vector<Assignment>& initial)
      : in_(in), strictness_(strictness), tm_(tm), assigner_(assigner), current_(initial) {
    for (size_t i = 0; i < current_.size(); ++i) where_[current_[i].unit] = i;
  }

  ChangeResult apply(const Change& c, size_t n) {
    std::string at = "changes[" + std::to_string(n) + "]";
    auto it = where_.find(c.unit);
    if (it == where_.end())
      throw InputError("draw_change_invalid", at + "：污染源 " + c.unit + " 不在当前抽中名单中",
                       at + ": unit " + c.unit + " is not currently drawn", path_details(at));
    Assignment& a = current_[it->second];
    ChangeResult r;
    r.type = c.type;
    r.unit = c.unit;
    if (c.type == ChangeType::kReplaceInspector) {
      r.inspector = c.inspector;
      r.replacement = assigner_.replace(c.unit, a.team, c.inspector, &r.cap_relaxed);
      return r;
    }
    r.stratum = c.stratum;
    const StratumInput& s = stratum(c.stratum);
    // The spec does not require the leaving unit to belong to the stratum; a new draw does.
    if (strictness_ == Strictness::kCompute &&
        std::find(s.population.begin(), s.population.end(), c.unit) == s.population.end())
      throw InputError("draw_change_invalid", at + "：污染源 " + c.unit + " 不属于分层 " + c.stratum,
                       at + ": unit " + c.unit + " is not in stratum " + c.stratum, path_details(at));
    assigner_.release(a.team);
    gone_.insert(a.unit);
    current_.erase(current_.begin() + static_cast<long>(it->second));
    reindex();
    r.replacement = next_alternate(s, at);
    Assignment fresh = assigner_.assign(r.replacement);
    r.team = fresh.team;
    r.cap_relaxed = fresh.cap_relaxed;
    current_.push_back(std::move(fresh));
    where_[r.replacement] = current_.size() - 1;
    return r;
  }

  const std::vector<Assignment>& current() const { return current_; }

 private:
  const StratumInput& stratum(const std::string& id) const {
    for (const StratumInput& s : in_.strata)
      if (s.id == id) return s;
    throw InputError("draw_change_invalid", "分层不存在：" + id, "no stratum " + id);
  }

  std::string next_alternate(const StratumInput& s, const std::string& at) {
    auto& order = orders_[s.id];
    if (order.empty()) order = consistent_order(tm_, s.population);
    for (uint32_t i : order) {
      std::string id(s.population[i]);
      if (!where_.count(id) && !gone_.count(id)) return id;
    }
    throw InputError("draw_change_invalid", at + "：分层 " + s.id + " 已无候补单位",
                     at + ": stratum " + s.id + " has no alternate left", path_details(at));
  }

  void reindex() {
    where_.clear();
    for (size_t i = 0; i < current_.size(); ++i) where_[current_[i].unit] = i;
  }

  const DrawInput& in_;
  Strictness strictness_;
  const TicketMachine& tm_;
  TeamAssigner& assigner_;
  std::vector<Assignment> current_;
  std::unordered_map<std::string, size_t> where_;
  std::unordered_set<std::string> gone_;
  std::map<std::string, std::vector<uint32_t>> orders_;
};

}  // namespace

DrawResult compute_draw(const DrawInput& in, Strictness strictness) {
  PartialDraw p = compute_draw_partial(in, strictness);
  if (p.failure) throw *p.failure;
  return std::move(p.result);
}

PartialDraw compute_draw_partial(const DrawInput& in, Strictness strictness) {
  validate_except_population_ids(in, strictness);
  PartialDraw partial;
  DrawResult& out = partial.result;
  out.seed = derive_seed(in);
  TicketMachine tm(out.seed);

  // 第一个随机: each stratum independently.
  // Checking and hashing a large population (a sort of every id) runs beside the
  // tickets and the teams; its errors surface at get(), below.
  std::vector<std::future<std::string>> hashes;
  for (const StratumInput& s : in.strata) {
    auto policy = s.population.size() > 50000 ? std::launch::async : std::launch::deferred;
    hashes.push_back(std::async(policy, [&s] {
      validate_population_ids(s);
      return list_hash(s.population, Duplicates::kReject, "strata[" + s.id + "].population");
    }));
  }
  // Small strata are checked before anything is drawn from them. An error is reported for
  // the first stratum in record order that has one: a large one before it is waited for.
  std::vector<std::string> early(in.strata.size());
  for (size_t si = 0; si < in.strata.size(); ++si) {
    if (in.strata[si].population.size() > 50000) continue;
    try {
      early[si] = hashes[si].get();
    } catch (const InputError&) {
      for (size_t sj = 0; sj < si; ++sj)
        if (hashes[sj].valid()) hashes[sj].get();  // throws its own error, if any
      throw;
    }
  }
  std::vector<Drawn> drawn;
  std::unordered_set<std::string> seen;
  for (size_t si = 0; si < in.strata.size(); ++si) {
    const StratumInput& s = in.strata[si];
    StratumResult r;
    r.n = s.population.size();
    for (uint32_t i : consistent_sample(tm, s.population, static_cast<size_t>(s.k))) {
      SelectedUnit u{std::string(s.population[i]), tm.ticket(s.population[i])};
      if (seen.insert(u.unit).second) drawn.push_back({u.ticket, u.unit});
      r.selected.push_back(std::move(u));
    }
    out.strata.push_back(std::move(r));
  }
  std::sort(drawn.begin(), drawn.end());

  out.pool_hash = pool_hash_of(in);
  out.conflicts_hash = conflicts_hash_of(in);

  // 第二个随机: teams in draw order.
  TeamAssigner assigner(out.seed, in.pool, in.conflicts, in.team_size, in.mentor_pairing, drawn.size());
  out.cap = assigner.cap();
  try {
    partial.stopped = PartialDraw::Stop::kAssignments;
    constexpr size_t kBatch = 1024;  // bounds the rankings held in memory
    for (size_t b = 0; b < drawn.size(); b += kBatch) {
      std::vector<std::string> batch;
      for (size_t i = b; i < std::min(drawn.size(), b + kBatch); ++i) batch.push_back(drawn[i].unit);
      assigner.rank_ahead(batch);
      for (const std::string& unit : batch)
        at_path("assignments[" + std::to_string(out.assignments.size()) + "]",
                [&] { out.assignments.push_back(assigner.assign(unit)); });
    }

    partial.stopped = PartialDraw::Stop::kChanges;
    if (!in.changes.empty()) {
      ChangeReplayer replay(in, strictness, tm, assigner, out.assignments);
      for (size_t i = 0; i < in.changes.size(); ++i)
        at_path("changes[" + std::to_string(i) + "]",
                [&] { out.change_results.push_back(replay.apply(in.changes[i], i)); });
      out.final_assignments = replay.current();
    }
    partial.stopped = PartialDraw::Stop::kNone;
  } catch (const InputError& e) {
    partial.failure = e;
  }
  // A repeated id in a large population surfaces here, and wins over a failed team: the
  // inputs themselves are wrong.
  for (size_t si = 0; si < in.strata.size(); ++si)
    out.strata[si].population_hash = hashes[si].valid() ? hashes[si].get() : early[si];
  return partial;
}

}  // namespace suiji::draw
