#include "draw/verify.h"

#include "draw/sha256.h"

namespace suiji::draw {
namespace {

// Thrown internally at the first difference; turned into a Verdict by verify().
struct Discrepancy {
  std::string text;
};

[[noreturn]] void differ(const std::string& path, const std::string& expected, const std::string& found) {
  throw Discrepancy{path + ": 应为 " + expected + "，记录为 " + found + " / expected " + expected + ", record has " + found};
}

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

std::string team_text(const std::vector<std::string>& team) {
  std::string s = "[";
  for (size_t i = 0; i < team.size(); ++i) s += (i ? ", " : "") + team[i];
  return s + "]";
}

template <typename T>
const T& present(const std::optional<T>& v, const std::string& path) {
  if (!v) throw Discrepancy{path + ": 记录缺少此字段 / missing from the record"};
  return *v;
}

void check_equal(const std::string& path, const std::string& expected, const std::string& found) {
  if (expected != found) differ(path, quoted(expected), quoted(found));
}

void check_count(const std::string& path, size_t expected, size_t found) {
  if (expected != found) differ(path + ".length", std::to_string(expected), std::to_string(found));
}

void check_assignments(const std::string& path, const std::vector<Assignment>& expected,
                       const std::vector<Assignment>& found) {
  for (size_t i = 0; i < expected.size() && i < found.size(); ++i) {
    std::string p = path + "[" + std::to_string(i) + "]";
    check_equal(p + ".unit", expected[i].unit, found[i].unit);
    if (expected[i].team != found[i].team) differ(p + ".team", team_text(expected[i].team), team_text(found[i].team));
    if (expected[i].cap_relaxed != found[i].cap_relaxed)
      differ(p + ".cap_relaxed", expected[i].cap_relaxed ? "true" : "false", found[i].cap_relaxed ? "true" : "false");
  }
  check_count(path, expected.size(), found.size());
}

void check_strata(const ParsedRecord& rec, const DrawResult& r) {
  for (size_t s = 0; s < r.strata.size(); ++s) {
    const std::string path = "strata[" + rec.input.strata[s].id + "]";
    const ClaimedRecord::Stratum& claimed = rec.claimed.strata[s];
    const StratumResult& exp = r.strata[s];
    check_equal(path + ".population_hash", exp.population_hash,
                present(claimed.population_hash, path + ".population_hash"));
    int64_t n = present(claimed.n, path + ".n");
    if (n != static_cast<int64_t>(exp.n)) differ(path + ".n", std::to_string(exp.n), std::to_string(n));
    const auto& sel = present(claimed.selected, path + ".selected");
    for (size_t i = 0; i < exp.selected.size() && i < sel.size(); ++i) {
      const SelectedUnit &e = exp.selected[i], &f = sel[i];
      if (e.unit != f.unit || e.ticket != f.ticket) {
        std::string p = path + ".selected[" + std::to_string(i) + "]";
        throw Discrepancy{p + ": 应为 " + e.unit + "（签号 " + e.ticket + "），记录为 " + f.unit + "（签号 " + f.ticket +
                          "） / expected unit " + e.unit + " ticket " + e.ticket + ", record has " + f.unit +
                          " ticket " + f.ticket};
      }
    }
    check_count(path + ".selected", exp.selected.size(), sel.size());
  }
}

void check_changes(const ParsedRecord& rec, const DrawResult& r) {
  const ClaimedRecord& c = rec.claimed;
  if (rec.input.changes.empty()) {
    if (c.change_results && !c.change_results->empty())
      throw Discrepancy{"change_results: 记录没有 changes 却有变动结果 / the record has change results but no changes"};
    if (c.final_assignments && *c.final_assignments != r.assignments)
      check_assignments("final_assignments", r.assignments, *c.final_assignments);
    return;
  }
  const auto& results = present(c.change_results, "change_results");
  for (size_t i = 0; i < r.change_results.size() && i < results.size(); ++i) {
    const ChangeResult &e = r.change_results[i], &f = results[i];
    std::string p = "change_results[" + std::to_string(i) + "]";
    check_equal(p + ".type", change_type_name(e.type), change_type_name(f.type));
    check_equal(p + ".unit", e.unit, f.unit);
    if (e.type == ChangeType::kReplaceInspector) {
      check_equal(p + ".inspector", e.inspector, f.inspector);
    } else {
      check_equal(p + ".stratum", e.stratum, f.stratum);
    }
    check_equal(p + ".replacement", e.replacement, f.replacement);
    if (e.type == ChangeType::kSubstituteUnit && e.team != f.team)
      differ(p + ".team", team_text(e.team), team_text(f.team));
    if (e.cap_relaxed != f.cap_relaxed)
      differ(p + ".cap_relaxed", e.cap_relaxed ? "true" : "false", f.cap_relaxed ? "true" : "false");
  }
  check_count("change_results", r.change_results.size(), results.size());
  check_assignments("final_assignments", r.final_assignments, present(c.final_assignments, "final_assignments"));
}

}  // namespace

Verdict verify(const ParsedRecord& rec) {
  const DrawInput& in = rec.input;
  try {
    std::string h = sha256_hex(in.nonce);
    if (h != in.commitment)
      throw Discrepancy{"commitment: sha256(nonce) = " + h + "，记录为 " + in.commitment + " / sha256(nonce) = " + h +
                        ", record has " + in.commitment};
    std::string seed = derive_seed(in);
    check_equal("seed", seed, present(rec.claimed.seed, "seed"));

    DrawResult r;
    try {
      r = compute_draw(in, Strictness::kVerify);
    } catch (const InputError& e) {
      throw Discrepancy{std::string("记录中的输入无法完成摇号 / the record's inputs cannot make a draw: ") + e.what()};
    }
    check_strata(rec, r);
    check_equal("inspectors.pool_hash", r.pool_hash, present(rec.claimed.pool_hash, "inspectors.pool_hash"));
    check_equal("inspectors.conflicts_hash", r.conflicts_hash,
                present(rec.claimed.conflicts_hash, "inspectors.conflicts_hash"));
    int64_t cap = present(rec.claimed.cap, "inspectors.cap");
    if (cap != r.cap) differ("inspectors.cap", std::to_string(r.cap), std::to_string(cap));
    check_assignments("assignments", r.assignments, present(rec.claimed.assignments, "assignments"));
    check_changes(rec, r);
  } catch (const Discrepancy& d) {
    return {false, d.text};
  }
  return {true, ""};
}

}  // namespace suiji::draw
