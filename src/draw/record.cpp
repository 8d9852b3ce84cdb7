#include "draw/record.h"

#include <simdjson.h>

#include <algorithm>
#include <set>

#include "draw/json_writer.h"

namespace suiji::draw {
namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

// `path` "" when the record as a whole is at fault (it is not a JSON object).
[[noreturn]] void malformed(const std::string& path, const std::string& zh, const std::string& en) {
  if (path.empty()) throw MalformedRecord("record_malformed", zh, en);
  throw MalformedRecord("record_malformed", path + "：" + zh, path + ": " + en, path_details(path));
}

// "draw_id" at the top, "inspectors.pool" below it.
std::string member_path(const std::string& path, const char* key) {
  return path.empty() ? std::string(key) : path + "." + key;
}

// Spec section 8: a key twice in one object makes the record malformed, wherever it is
// (parsers disagree on which copy wins; simdjson's at_key would take the first). Walks
// every object and array of the document once; arrays of strings (the populations) cost
// one type test per element.
void reject_duplicate_keys(element e, std::string& path) {
  if (e.type() == element_type::OBJECT) {
    object o = e.get_object().value_unsafe();
    std::vector<std::string_view> keys;
    keys.reserve(o.size());
    for (auto field : o) keys.push_back(field.key);
    std::vector<std::string_view> sorted = keys;
    std::sort(sorted.begin(), sorted.end());
    if (auto d = std::adjacent_find(sorted.begin(), sorted.end()); d != sorted.end()) {
      std::string p = path.empty() ? std::string(*d) : path + "." + std::string(*d);
      throw MalformedRecord("record_duplicate_key", p + "：同一对象中键 \"" + std::string(*d) + "\" 出现了两次",
                            p + ": the key \"" + std::string(*d) + "\" appears twice in one object",
                            path_details(p));
    }
    for (auto field : o) {
      if (!field.value.is_object() && !field.value.is_array()) continue;
      size_t mark = path.size();
      if (!path.empty()) path += ".";
      path.append(field.key);
      reject_duplicate_keys(field.value, path);
      path.resize(mark);
    }
  } else if (e.type() == element_type::ARRAY) {
    array a = e.get_array().value_unsafe();
    size_t i = 0;
    for (element x : a) {
      if (x.is_object() || x.is_array()) {
        size_t mark = path.size();
        path += "[" + std::to_string(i) + "]";
        reject_duplicate_keys(x, path);
        path.resize(mark);
      }
      ++i;
    }
  }
}

element required(object o, const char* key, const std::string& path) {
  element e;
  if (o.at_key(key).get(e)) malformed(member_path(path, key), "缺少必填字段", "required field is missing");
  return e;
}

std::optional<element> optional(object o, const char* key) {
  element e;
  if (o.at_key(key).get(e)) return std::nullopt;
  return e;
}

// The element as a T, or MalformedRecord naming the path and the type it should have.
template <typename T>
T as(element e, const std::string& path, const char* zh, const char* en) {
  T v;
  if (e.get(v)) malformed(path, zh, en);
  return v;
}
std::string_view as_view(element e, const std::string& path) {
  return as<std::string_view>(e, path, "应为字符串", "must be a string");
}
std::string as_string(element e, const std::string& path) { return std::string(as_view(e, path)); }
int64_t as_int(element e, const std::string& path) { return as<int64_t>(e, path, "应为整数", "must be an integer"); }
bool as_bool(element e, const std::string& path) {
  return as<bool>(e, path, "应为 true 或 false", "must be true or false");
}
array as_array(element e, const std::string& path) { return as<array>(e, path, "应为数组", "must be an array"); }
object as_object(element e, const std::string& path) { return as<object>(e, path, "应为对象", "must be an object"); }

std::string str_at(object o, const char* key, const std::string& path) {
  return as_string(required(o, key, path), member_path(path, key));
}

// Keys of `o` outside `known` are informational: keep them as serialized JSON.
Extras extras_of(object o, const std::set<std::string_view>& known) {
  Extras out;
  for (auto field : o)
    if (!known.count(field.key)) out.emplace_back(std::string(field.key), simdjson::minify(field.value));
  return out;
}

std::vector<std::string> string_list(element e, const std::string& path) {
  std::vector<std::string> out;
  size_t i = 0;
  for (element x : as_array(e, path)) out.push_back(as_string(x, path + "[" + std::to_string(i++) + "]"));
  return out;
}

std::vector<Assignment> assignments_of(element e, const std::string& path) {
  std::vector<Assignment> out;
  size_t i = 0;
  for (element x : as_array(e, path)) {
    std::string p = path + "[" + std::to_string(i++) + "]";
    object o = as_object(x, p);
    Assignment a;
    a.unit = str_at(o, "unit", p);
    a.team = string_list(required(o, "team", p), p + ".team");
    a.cap_relaxed = as_bool(required(o, "cap_relaxed", p), p + ".cap_relaxed");
    out.push_back(std::move(a));
  }
  return out;
}

ChangeType change_type_of(element e, const std::string& path) {
  std::string_view t = as_view(e, path);
  if (t == "replace_inspector") return ChangeType::kReplaceInspector;
  if (t == "substitute_unit") return ChangeType::kSubstituteUnit;
  malformed(path, "未知的变动类型 \"" + std::string(t) + "\"（应为 replace_inspector 或 substitute_unit）",
            "unknown change type \"" + std::string(t) + "\" (replace_inspector or substitute_unit)");
}

std::vector<ChangeResult> change_results_of(element e, const std::string& path) {
  std::vector<ChangeResult> out;
  size_t i = 0;
  for (element x : as_array(e, path)) {
    std::string p = path + "[" + std::to_string(i++) + "]";
    object o = as_object(x, p);
    ChangeResult r;
    r.type = change_type_of(required(o, "type", p), p + ".type");
    r.unit = str_at(o, "unit", p);
    r.replacement = str_at(o, "replacement", p);
    r.cap_relaxed = as_bool(required(o, "cap_relaxed", p), p + ".cap_relaxed");
    if (r.type == ChangeType::kReplaceInspector) {
      r.inspector = str_at(o, "inspector", p);
    } else {
      r.stratum = str_at(o, "stratum", p);
      r.team = string_list(required(o, "team", p), p + ".team");
    }
    out.push_back(std::move(r));
  }
  return out;
}

void read_strata(object root, ParsedRecord& rec) {
  size_t si = 0;
  for (element x : as_array(required(root, "strata", ""), "strata")) {
    std::string p = "strata[" + std::to_string(si++) + "]";
    object o = as_object(x, p);
    StratumInput s;
    s.id = str_at(o, "id", p);
    p = "strata[" + s.id + "]";
    if (auto label = optional(o, "label")) s.label = as_string(*label, p + ".label");
    s.k = as_int(required(o, "k", p), p + ".k");
    array pop = as_array(required(o, "population", p), p + ".population");
    s.population.reserve(pop.size());
    for (element id : pop) {
      std::string_view v;
      // The path string is built only for the error: this loop runs a million times.
      if (id.get(v)) as_view(id, p + ".population[" + std::to_string(s.population.size()) + "]");
      s.population.push_back(v);
    }
    s.extra = extras_of(o, {"id", "label", "population", "k", "population_hash", "n", "selected"});

    ClaimedRecord::Stratum c;
    if (auto h = optional(o, "population_hash")) c.population_hash = as_string(*h, p + ".population_hash");
    if (auto n = optional(o, "n")) c.n = as_int(*n, p + ".n");
    if (auto sel = optional(o, "selected")) {
      std::vector<SelectedUnit> v;
      size_t i = 0;
      for (element e : as_array(*sel, p + ".selected")) {
        std::string q = p + ".selected[" + std::to_string(i++) + "]";
        object so = as_object(e, q);
        v.push_back({str_at(so, "unit", q), str_at(so, "ticket", q)});
      }
      c.selected = std::move(v);
    }
    rec.input.strata.push_back(std::move(s));
    rec.claimed.strata.push_back(std::move(c));
  }
}

void read_inspectors(object root, ParsedRecord& rec) {
  object o = as_object(required(root, "inspectors", ""), "inspectors");
  size_t i = 0;
  for (element e : as_array(required(o, "pool", "inspectors"), "inspectors.pool")) {
    std::string p = "inspectors.pool[" + std::to_string(i++) + "]";
    object m = as_object(e, p);
    rec.input.pool.push_back({str_at(m, "id", p), as_bool(required(m, "senior", p), p + ".senior")});
  }
  i = 0;
  if (auto conf = optional(o, "conflicts")) {
    rec.claimed.conflicts_present = true;
    for (element e : as_array(*conf, "inspectors.conflicts")) {
      std::string p = "inspectors.conflicts[" + std::to_string(i++) + "]";
      std::vector<std::string> pair = string_list(e, p);
      if (pair.size() != 2) malformed(p, "应为 [污染源编号, 执法人员编号]", "must be [unit, inspector]");
      rec.input.conflicts.push_back({pair[0], pair[1]});
    }
  }
  rec.input.team_size = static_cast<int>(as_int(required(o, "team_size", "inspectors"), "inspectors.team_size"));
  rec.input.mentor_pairing = as_bool(required(o, "mentor_pairing", "inspectors"), "inspectors.mentor_pairing");
  if (auto h = optional(o, "pool_hash")) rec.claimed.pool_hash = as_string(*h, "inspectors.pool_hash");
  if (auto h = optional(o, "conflicts_hash")) rec.claimed.conflicts_hash = as_string(*h, "inspectors.conflicts_hash");
  if (auto c = optional(o, "cap")) rec.claimed.cap = as_int(*c, "inspectors.cap");
}

void read_changes(object root, ParsedRecord& rec) {
  auto changes = optional(root, "changes");
  if (!changes) return;
  size_t i = 0;
  for (element e : as_array(*changes, "changes")) {
    std::string p = "changes[" + std::to_string(i++) + "]";
    object o = as_object(e, p);
    Change c;
    c.type = change_type_of(required(o, "type", p), p + ".type");
    c.unit = str_at(o, "unit", p);
    if (c.type == ChangeType::kReplaceInspector)
      c.inspector = str_at(o, "inspector", p);
    else
      c.stratum = str_at(o, "stratum", p);
    if (auto r = optional(o, "reason")) c.reason = as_string(*r, p + ".reason");
    if (auto a = optional(o, "approved_by")) c.approved_by = as_string(*a, p + ".approved_by");
    c.extra = extras_of(o, {"type", "unit", "inspector", "stratum", "reason", "approved_by"});
    rec.input.changes.push_back(std::move(c));
  }
}

}  // namespace

ParsedRecord::ParsedRecord() : parser_(std::make_unique<simdjson::dom::parser>()) {}
ParsedRecord::ParsedRecord(ParsedRecord&&) noexcept = default;
ParsedRecord& ParsedRecord::operator=(ParsedRecord&&) noexcept = default;
ParsedRecord::~ParsedRecord() = default;

ParsedRecord ParsedRecord::parse(std::string_view json_text) {
  simdjson::padded_string padded(json_text);
  return parse_padded(std::string_view(padded.data(), padded.size()));
}

ParsedRecord ParsedRecord::parse_padded(std::string_view json_text) {
  static_assert(kParsePadding >= simdjson::SIMDJSON_PADDING);
  ParsedRecord rec;
  // Spec section 8: one leading byte-order mark is ignored (Windows editors write one).
  if (json_text.starts_with("\xEF\xBB\xBF")) json_text.remove_prefix(3);
  element doc;
  if (auto err = rec.parser_->parse(json_text.data(), json_text.size(), false).get(doc))
    throw MalformedRecord("record_malformed", std::string("不是有效的 JSON：") + simdjson::error_message(err),
                          std::string("not valid JSON: ") + simdjson::error_message(err));
  std::string path;
  reject_duplicate_keys(doc, path);
  object root = as<object>(doc, "", "记录应为 JSON 对象", "the record must be a JSON object");
  std::string_view spec = as_view(required(root, "spec", ""), "spec");
  if (spec != "sj-draw/1")
    malformed("spec", "应为 \"sj-draw/1\"，实为 \"" + std::string(spec) + "\"",
              "must be \"sj-draw/1\", found \"" + std::string(spec) + "\"");

  DrawInput& in = rec.input;
  in.draw_id = str_at(root, "draw_id", "");
  in.commitment = str_at(root, "commitment", "");
  in.nonce = str_at(root, "nonce", "");
  size_t i = 0;
  for (element e : as_array(required(root, "witnesses", ""), "witnesses")) {
    std::string p = "witnesses[" + std::to_string(i++) + "]";
    object o = as_object(e, p);
    Witness w;
    if (auto role = optional(o, "role")) w.role = as_string(*role, p + ".role");
    w.input = str_at(o, "input", p);
    w.extra = extras_of(o, {"role", "input"});
    in.witnesses.push_back(std::move(w));
  }
  if (auto b = optional(root, "beacon"); b && !b->is_null()) in.beacon = as_string(*b, "beacon");
  read_strata(root, rec);
  read_inspectors(root, rec);
  read_changes(root, rec);
  in.extra = extras_of(root, {"spec", "draw_id", "commitment", "nonce", "witnesses", "beacon", "seed", "strata",
                              "inspectors", "assignments", "changes", "change_results", "final_assignments"});

  ClaimedRecord& c = rec.claimed;
  if (auto s = optional(root, "seed")) c.seed = as_string(*s, "seed");
  if (auto a = optional(root, "assignments")) c.assignments = assignments_of(*a, "assignments");
  if (auto r = optional(root, "change_results")) c.change_results = change_results_of(*r, "change_results");
  if (auto f = optional(root, "final_assignments")) c.final_assignments = assignments_of(*f, "final_assignments");
  return rec;
}

namespace {

void write_extras(JsonWriter& w, const Extras& extra) {
  for (const auto& [k, v] : extra) {
    w.key(k);
    w.raw(v);
  }
}

void write_team(JsonWriter& w, const std::vector<std::string>& team) {
  w.begin_array();
  for (const std::string& m : team) w.value(m);
  w.end_array();
}

void write_assignments(JsonWriter& w, const std::vector<Assignment>& list) {
  w.begin_array();
  for (const Assignment& a : list) {
    w.begin_object();
    w.key("unit"), w.value(a.unit);
    w.key("team"), write_team(w, a.team);
    w.key("cap_relaxed"), w.value(a.cap_relaxed);
    w.end_object();
  }
  w.end_array();
}

}  // namespace

std::string record_json(const DrawInput& in, const DrawResult& r) {
  std::string out;
  write_record(in, r, [&out](std::string_view piece) { out.append(piece); });
  return out;
}

void write_record(const DrawInput& in, const DrawResult& r, const std::function<void(std::string_view)>& sink) {
  std::string out;
  out.reserve((1u << 20) + 4096);
  JsonWriter w(out, sink);
  w.begin_object();
  w.key("spec"), w.value("sj-draw/1");
  w.key("draw_id"), w.value(in.draw_id);
  w.key("commitment"), w.value(in.commitment);
  w.key("nonce"), w.value(in.nonce);
  w.key("witnesses"), w.begin_array();
  for (const Witness& x : in.witnesses) {
    w.begin_object();
    w.key("role"), w.value(x.role);
    w.key("input"), w.value(x.input);
    write_extras(w, x.extra);
    w.end_object();
  }
  w.end_array();
  w.key("beacon");
  if (in.beacon) w.value(*in.beacon); else w.null();

  w.key("strata"), w.begin_array();
  for (size_t i = 0; i < in.strata.size(); ++i) {
    const StratumInput& s = in.strata[i];
    const StratumResult& sr = r.strata[i];
    w.begin_object();
    w.key("id"), w.value(s.id);
    if (!s.label.empty()) w.key("label"), w.value(s.label);
    w.key("population"), w.string_array(s.population);
    w.key("k"), w.value(s.k);
    w.key("population_hash"), w.value(sr.population_hash);
    w.key("n"), w.value(static_cast<int64_t>(sr.n));
    w.key("selected"), w.begin_array();
    for (const SelectedUnit& u : sr.selected) {
      w.begin_object();
      w.key("unit"), w.value(u.unit);
      w.key("ticket"), w.value(u.ticket);
      w.end_object();
    }
    w.end_array();
    write_extras(w, s.extra);
    w.end_object();
  }
  w.end_array();

  w.key("inspectors"), w.begin_object();
  w.key("pool"), w.begin_array();
  for (const PoolMember& m : in.pool) {
    w.begin_object();
    w.key("id"), w.value(m.id);
    w.key("senior"), w.value(m.senior);
    w.end_object();
  }
  w.end_array();
  w.key("conflicts"), w.begin_array();
  for (const Conflict& c : in.conflicts) {
    w.begin_array();
    w.value(c.unit), w.value(c.inspector);
    w.end_array();
  }
  w.end_array();
  w.key("team_size"), w.value(static_cast<int64_t>(in.team_size));
  w.key("mentor_pairing"), w.value(in.mentor_pairing);
  w.key("pool_hash"), w.value(r.pool_hash);
  w.key("conflicts_hash"), w.value(r.conflicts_hash);
  w.key("cap"), w.value(r.cap);
  w.end_object();

  if (!in.changes.empty()) {
    w.key("changes"), w.begin_array();
    for (const Change& c : in.changes) {
      w.begin_object();
      w.key("type"), w.value(change_type_name(c.type));
      if (c.type == ChangeType::kSubstituteUnit) w.key("stratum"), w.value(c.stratum);
      w.key("unit"), w.value(c.unit);
      if (c.type == ChangeType::kReplaceInspector) w.key("inspector"), w.value(c.inspector);
      w.key("reason"), w.value(c.reason);
      w.key("approved_by"), w.value(c.approved_by);
      write_extras(w, c.extra);
      w.end_object();
    }
    w.end_array();
  }
  w.key("seed"), w.value(r.seed);
  w.key("assignments"), write_assignments(w, r.assignments);
  if (!in.changes.empty()) {
    w.key("change_results"), w.begin_array();
    for (const ChangeResult& c : r.change_results) {
      w.begin_object();
      w.key("type"), w.value(change_type_name(c.type));
      if (c.type == ChangeType::kSubstituteUnit) w.key("stratum"), w.value(c.stratum);
      w.key("unit"), w.value(c.unit);
      if (c.type == ChangeType::kReplaceInspector) w.key("inspector"), w.value(c.inspector);
      w.key("replacement"), w.value(c.replacement);
      if (c.type == ChangeType::kSubstituteUnit) w.key("team"), write_team(w, c.team);
      w.key("cap_relaxed"), w.value(c.cap_relaxed);
      w.end_object();
    }
    w.end_array();
    w.key("final_assignments"), write_assignments(w, r.final_assignments);
  }
  write_extras(w, in.extra);
  w.end_object();
  out.push_back('\n');
  w.flush();
}

}  // namespace suiji::draw
