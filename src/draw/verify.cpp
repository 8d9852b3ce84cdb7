#include "draw/verify.h"

#include "draw/sha256.h"

namespace suiji::draw {
namespace {

// Thrown internally at the first difference; turned into a Verdict by verify().
struct Discrepancy {
  std::string path;
  std::string text;
};

// "path: 应为 X，记录为 Y / expected X, record has Y"; `zh_note`/`en_note` follow X.
[[noreturn]] void differ(const std::string& path, const std::string& expected, const std::string& found,
                         const std::string& zh_note = "", const std::string& en_note = "") {
  throw Discrepancy{path, path + ": 应为 " + expected + zh_note + "，记录为 " + found + " / expected " + expected +
                              en_note + ", record has " + found};
}

std::string quoted(const std::string& s) { return "\"" + s + "\""; }
std::string bool_text(bool b) { return b ? "true" : "false"; }

std::string team_text(const std::vector<std::string>& team) {
  std::string s = "[";
  for (size_t i = 0; i < team.size(); ++i) s += (i ? ", " : "") + team[i];
  return s + "]";
}

template <typename T>
const T& present(const std::optional<T>& v, const std::string& path) {
  if (!v) throw MalformedRecord("record_malformed", path + "：记录缺少此字段", path + ": missing from the record",
                                path_details(path));
  return *v;
}

void check_equal(const std::string& path, const std::string& expected, const std::string& found) {
  if (expected != found) differ(path, quoted(expected), quoted(found));
}

// An entry one side has and the other has not: named by its index.
void check_entry_present(const std::string& p, bool expected, bool found) {
  if (expected && !found) throw Discrepancy{p, p + "：记录缺少此项 / missing from the record"};
  if (!expected && found) throw Discrepancy{p, p + "：记录多出此项 / not in the recomputed draw"};
}

// Members one by one (the first differing member is named, so that a swapped lead reads
// "team[0]"), the whole team when the sizes differ.
void check_team(const std::string& p, const std::vector<std::string>& e, const std::vector<std::string>& f) {
  if (e.size() != f.size()) differ(p, team_text(e), team_text(f));
  for (size_t j = 0; j < e.size(); ++j)
    if (e[j] != f[j])
      differ(p + "[" + std::to_string(j) + "]", quoted(e[j]), quoted(f[j]), j == 0 ? "（牵头人）" : "",
             j == 0 ? " (the lead)" : "");
}

// Where the replay of the record's inputs stopped (a team that cannot be formed, a change
// that cannot be replayed): reported in its turn, after the entries before it compared.
[[noreturn]] void stopped_at(const InputError& e) {
  std::string p = e.path().empty() ? "inputs" : e.path();
  throw Discrepancy{p, std::string("记录中的输入无法完成摇号：") + e.zh() +
                           " / the record's inputs cannot make a draw: " + e.en()};
}

// Entry by entry; `stop`, when set, is the error that kept entry expected.size() from being
// computed.
void check_assignments(const std::string& path, const std::vector<Assignment>& expected,
                       const std::vector<Assignment>& found, const InputError* stop = nullptr) {
  for (size_t i = 0; i < std::max(expected.size() + (stop ? 1 : 0), found.size()); ++i) {
    if (stop && i == expected.size()) stopped_at(*stop);
    std::string p = path + "[" + std::to_string(i) + "]";
    check_entry_present(p, i < expected.size(), i < found.size());
    check_equal(p + ".unit", expected[i].unit, found[i].unit);
    check_team(p + ".team", expected[i].team, found[i].team);
    if (expected[i].cap_relaxed != found[i].cap_relaxed)
      differ(p + ".cap_relaxed", bool_text(expected[i].cap_relaxed), bool_text(found[i].cap_relaxed));
  }
}

void check_stratum(const StratumInput& in, const ClaimedRecord::Stratum& claimed, const StratumResult& exp) {
  const std::string path = "strata[" + in.id + "]";
  check_equal(path + ".population_hash", exp.population_hash, *claimed.population_hash);
  if (*claimed.n != static_cast<int64_t>(exp.n)) differ(path + ".n", std::to_string(exp.n), std::to_string(*claimed.n));
  const auto& sel = *claimed.selected;
  // Check "k": k calls for min(k, n) selected entries.
  if (sel.size() != exp.selected.size())
    throw Discrepancy{path + ".k", path + ".k：k = " + std::to_string(in.k) + "，n = " + std::to_string(exp.n) +
                                       "，应抽中 " + std::to_string(exp.selected.size()) + " 家，selected 记录有 " +
                                       std::to_string(sel.size()) + " 项 / k = " + std::to_string(in.k) +
                                       ", n = " + std::to_string(exp.n) + " select " +
                                       std::to_string(exp.selected.size()) + ", the record's selected has " +
                                       std::to_string(sel.size())};
  for (size_t i = 0; i < exp.selected.size(); ++i) {
    const SelectedUnit &e = exp.selected[i], &f = sel[i];
    std::string p = path + ".selected[" + std::to_string(i) + "]";
    if (e.unit != f.unit)
      throw Discrepancy{p, p + ": 应为 " + e.unit + "（签号 " + e.ticket + "），记录为 " + f.unit + "（签号 " + f.ticket +
                               "） / expected unit " + e.unit + " ticket " + e.ticket + ", record has " + f.unit +
                               " ticket " + f.ticket};
    check_equal(p + ".ticket", e.ticket, f.ticket);
  }
}

// Field by field in the order of the published entry: type, stratum, unit, inspector,
// replacement, team, cap_relaxed (the JavaScript verifier walks the same order).
void check_change_result(const std::string& p, const ChangeResult& e, const ChangeResult& f) {
  check_equal(p + ".type", change_type_name(e.type), change_type_name(f.type));
  if (e.type == ChangeType::kSubstituteUnit) check_equal(p + ".stratum", e.stratum, f.stratum);
  check_equal(p + ".unit", e.unit, f.unit);
  if (e.type == ChangeType::kReplaceInspector) check_equal(p + ".inspector", e.inspector, f.inspector);
  check_equal(p + ".replacement", e.replacement, f.replacement);
  if (e.type == ChangeType::kSubstituteUnit && e.team != f.team) differ(p + ".team", team_text(e.team), team_text(f.team));
  if (e.cap_relaxed != f.cap_relaxed) differ(p + ".cap_relaxed", bool_text(e.cap_relaxed), bool_text(f.cap_relaxed));
}

void check_changes(const ParsedRecord& rec, const DrawResult& r, const InputError* stop) {
  const ClaimedRecord& c = rec.claimed;
  static const std::vector<ChangeResult> kNone;
  const auto& results = c.change_results ? *c.change_results : kNone;
  for (size_t i = 0; i < std::max(r.change_results.size() + (stop ? 1 : 0), results.size()); ++i) {
    if (stop && i == r.change_results.size()) stopped_at(*stop);
    std::string p = "change_results[" + std::to_string(i) + "]";
    check_entry_present(p, i < r.change_results.size(), i < results.size());
    check_change_result(p, r.change_results[i], results[i]);
  }
  // Without changes final_assignments is optional; when present it must equal assignments.
  if (rec.input.changes.empty()) {
    if (c.final_assignments) check_assignments("final_assignments", r.assignments, *c.final_assignments);
    return;
  }
  check_assignments("final_assignments", r.final_assignments, *c.final_assignments);
}

// Check 1 of section 9, for what parse() leaves optional (an input has no computed fields).
void require_computed_fields(const ParsedRecord& rec) {
  const ClaimedRecord& c = rec.claimed;
  present(c.seed, "seed");
  for (size_t s = 0; s < c.strata.size(); ++s) {
    const std::string p = "strata[" + rec.input.strata[s].id + "]";
    present(c.strata[s].population_hash, p + ".population_hash");
    present(c.strata[s].n, p + ".n");
    present(c.strata[s].selected, p + ".selected");
  }
  if (!c.conflicts_present) present(std::optional<int>(), "inspectors.conflicts");
  present(c.pool_hash, "inspectors.pool_hash");
  present(c.conflicts_hash, "inspectors.conflicts_hash");
  present(c.cap, "inspectors.cap");
  present(c.assignments, "assignments");
  if (!rec.input.changes.empty()) {
    present(c.change_results, "change_results");
    present(c.final_assignments, "final_assignments");
  }
}

}  // namespace

Verdict verify(const ParsedRecord& rec) {
  const DrawInput& in = rec.input;
  // (1) Malformed: refused before any check.
  require_computed_fields(rec);
  try {
    validate(in, Strictness::kVerify);
  } catch (const InputError& e) {
    throw MalformedRecord("record_malformed", e.zh(), e.en(), e.details());
  }
  // Computed before check (2): a unit id twice in one population (spec section 3, ids are
  // unique in their list) is found while hashing it, and is malformed like a bad id.
  PartialDraw computed;
  try {
    computed = compute_draw_partial(in, Strictness::kVerify);
  } catch (const InputError& e) {
    throw MalformedRecord("record_malformed", e.zh(), e.en(), e.details());
  }
  const DrawResult& r = computed.result;
  const InputError* stop = computed.failure ? &*computed.failure : nullptr;
  using Stop = PartialDraw::Stop;
  try {
    // (2) commitment, (3) seed.
    std::string h = sha256_hex(in.nonce);
    if (h != in.commitment)
      throw Discrepancy{"commitment", "commitment: sha256(nonce) = " + h + "，记录为 " + in.commitment +
                                          " / sha256(nonce) = " + h + ", record has " + in.commitment};
    check_equal("seed", r.seed, *rec.claimed.seed);
    // (4) each stratum in record order.
    for (size_t s = 0; s < r.strata.size(); ++s) check_stratum(in.strata[s], rec.claimed.strata[s], r.strata[s]);
    // (5)–(7)
    check_equal("inspectors.pool_hash", r.pool_hash, *rec.claimed.pool_hash);
    check_equal("inspectors.conflicts_hash", r.conflicts_hash, *rec.claimed.conflicts_hash);
    if (*rec.claimed.cap != r.cap) differ("inspectors.cap", std::to_string(r.cap), std::to_string(*rec.claimed.cap));
    // (8)–(10), each up to where the replay stopped, if it did.
    check_assignments("assignments", r.assignments, *rec.claimed.assignments,
                      computed.stopped == Stop::kAssignments ? stop : nullptr);
    check_changes(rec, r, computed.stopped == Stop::kChanges ? stop : nullptr);
  } catch (const Discrepancy& d) {
    return {false, d.path, d.text};
  }
  return {true, "", ""};
}

}  // namespace suiji::draw
