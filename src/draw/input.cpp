#include "draw/input.h"

#include <unordered_set>

#include "domain/sj_ids.h"
#include "draw/sha256.h"

namespace suiji::draw {
namespace {

// `path` names the field at fault (the error's details), "" when no single field is.
[[noreturn]] void fail(const std::string& path, const std::string& zh, const std::string& en) {
  throw InputError("draw_input_invalid", zh, en, path.empty() ? Json(nullptr) : path_details(path));
}

}  // namespace

const char* change_type_name(ChangeType t) {
  return t == ChangeType::kReplaceInspector ? "replace_inspector" : "substitute_unit";
}

void validate_population_ids(const StratumInput& s) {
  for (size_t i = 0; i < s.population.size(); ++i)
    if (!is_valid_id(s.population[i])) {
      std::string where = "strata[" + s.id + "].population[" + std::to_string(i) + "]";
      fail(where, where + " 编号不合规：\"" + std::string(s.population[i]) + "\"",
           where + " is not a valid sj-draw/1 id: \"" + std::string(s.population[i]) + "\"");
    }
}

void validate(const DrawInput& in, Strictness strictness) {
  validate_except_population_ids(in, strictness);
  for (const StratumInput& s : in.strata) validate_population_ids(s);
}

void validate_except_population_ids(const DrawInput& in, Strictness strictness) {
  if (!is_valid_draw_id(in.draw_id))
    fail("draw_id", "draw_id 格式不正确：\"" + in.draw_id + "\"", "draw_id \"" + in.draw_id + "\" does not match ^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$");
  if (!is_lower_hex64(in.nonce)) fail("nonce", "nonce 必须是 64 位小写十六进制", "nonce must be 64 lowercase hex characters");
  if (!is_lower_hex64(in.commitment))
    fail("commitment", "commitment 必须是 64 位小写十六进制", "commitment must be 64 lowercase hex characters");
  if (std::string h = sha256_hex(in.nonce); strictness == Strictness::kCompute && h != in.commitment)
    fail("commitment", "nonce 与承诺值 commitment 不符（sha256(nonce) = " + h + "）",
         "nonce does not match the commitment (sha256(nonce) = " + h + ")");
  if (in.witnesses.empty()) fail("witnesses", "至少需要一位见证人输入", "at least one witness input is required");
  for (size_t i = 0; i < in.witnesses.size(); ++i)
    if (!is_valid_witness_input(in.witnesses[i].input))
      fail("witnesses[" + std::to_string(i) + "].input", "witnesses[" + std::to_string(i) + "].input 只能是 1–64 位字母或数字：\"" + in.witnesses[i].input + "\"",
           "witnesses[" + std::to_string(i) + "].input must match ^[0-9A-Za-z]{1,64}$");
  if (in.beacon && !is_valid_beacon(*in.beacon))
    fail("beacon", "beacon 格式不正确：\"" + *in.beacon + "\"", "beacon must match ^[0-9A-Za-z:._-]{1,256}$");

  if (in.strata.empty()) fail("strata", "至少需要一个抽查分层（strata）", "at least one stratum is required");
  std::unordered_set<std::string> stratum_ids;
  for (const StratumInput& s : in.strata) {
    std::string where = "strata[" + s.id + "]";
    if (!is_valid_id(s.id)) fail(where + ".id", "分层 id 格式不正确：\"" + s.id + "\"", "stratum id \"" + s.id + "\" is not a valid id");
    if (!stratum_ids.insert(s.id).second) fail(where + ".id", "分层 id 重复：" + s.id, "duplicate stratum id " + s.id);
    if (s.k < 0) fail(where + ".k", where + ".k 不能为负数", where + ".k must not be negative");
    if (strictness == Strictness::kCompute && static_cast<uint64_t>(s.k) > s.population.size())
      fail(where + ".k", where + ".k = " + std::to_string(s.k) + " 大于总体数量 " + std::to_string(s.population.size()),
           where + ".k = " + std::to_string(s.k) + " is larger than the population (" +
               std::to_string(s.population.size()) + ")");
    // Population ids: validate_population_ids(). Duplicates are found while hashing the
    // sorted list (see list_hash).
  }

  if (in.team_size < 1) fail("inspectors.team_size", "team_size 至少为 1", "team_size must be at least 1");
  std::unordered_set<std::string> pool_ids;
  for (size_t i = 0; i < in.pool.size(); ++i) {
    const std::string& id = in.pool[i].id;
    if (!is_valid_id(id))
      fail("inspectors.pool[" + std::to_string(i) + "].id", "inspectors.pool[" + std::to_string(i) + "] 编号不合规：\"" + id + "\"",
           "inspectors.pool[" + std::to_string(i) + "] is not a valid id: \"" + id + "\"");
    if (!pool_ids.insert(id).second) fail("inspectors.pool[" + std::to_string(i) + "].id", "执法人员编号重复：" + id, "duplicate inspector id " + id);
  }
  if (in.pool.size() < static_cast<size_t>(in.team_size))
    fail("inspectors.pool", "执法人员不足：名录库 " + std::to_string(in.pool.size()) + " 人，每组需 " + std::to_string(in.team_size) + " 人",
         "too few inspectors: pool of " + std::to_string(in.pool.size()) + ", team size " +
             std::to_string(in.team_size));
  for (size_t i = 0; i < in.conflicts.size(); ++i) {
    const Conflict& c = in.conflicts[i];
    for (int j : {0, 1}) {
      const std::string& id = j == 0 ? c.unit : c.inspector;
      if (is_valid_id(id)) continue;
      std::string where = "inspectors.conflicts[" + std::to_string(i) + "][" + std::to_string(j) + "]";
      fail(where, where + " 编号不合规：\"" + id + "\"", where + " is not a valid id: \"" + id + "\"");
    }
  }

  for (size_t i = 0; i < in.changes.size(); ++i) {
    const Change& c = in.changes[i];
    std::string where = "changes[" + std::to_string(i) + "]";
    if (!is_valid_id(c.unit)) fail(where + ".unit", where + ".unit 编号不合规", where + ".unit is not a valid id");
    if (c.type == ChangeType::kReplaceInspector && !is_valid_id(c.inspector))
      fail(where + ".inspector", where + ".inspector 编号不合规", where + ".inspector is not a valid id");
    if (c.type == ChangeType::kSubstituteUnit && !stratum_ids.count(c.stratum))
      fail(where + ".stratum", where + ".stratum 不存在：\"" + c.stratum + "\"", where + ".stratum \"" + c.stratum + "\" is not a stratum of this draw");
  }
}

std::string derive_seed(const DrawInput& in) {
  std::string seed = in.draw_id + "|" + in.nonce + "|";
  for (size_t i = 0; i < in.witnesses.size(); ++i) {
    if (i) seed += ",";
    seed += in.witnesses[i].input;
  }
  if (in.beacon) seed += "|" + *in.beacon;
  return seed;
}

}  // namespace suiji::draw
