#include "policy/policy_json.h"

#include <set>

#include "domain/error.h"

namespace suiji::policy {

namespace {

[[noreturn]] void invalid(const std::string& path, const std::string& zh, const std::string& en) {
  throw bad_input("policy_invalid", "抽查规则 " + path + "：" + zh, "policy " + path + ": " + en,
                  Json{{"path", path}});
}

// One JSON object being read: every key is read at most once, and done() refuses any key
// that was not read (a misspelt rule must not be dropped silently).
class Obj {
 public:
  Obj(const Json& j, std::string path) : j_(j), path_(std::move(path)) {
    if (!j_.is_object()) invalid(path_, "应为对象", "must be an object");
  }
  const std::string& path() const { return path_; }
  std::string at(std::string_view k) const { return path_.empty() ? std::string(k) : path_ + "." + std::string(k); }
  bool has(std::string_view k) const { return j_.contains(k) && !j_[std::string(k)].is_null(); }
  // The value at k (null when absent), marked as read.
  const Json& raw(std::string_view k) {
    static const Json null_value;
    seen_.insert(std::string(k));
    auto it = j_.find(std::string(k));
    return it == j_.end() ? null_value : *it;
  }

  std::string str(std::string_view k, bool required = false) {
    if (!has(k)) {
      seen_.insert(std::string(k));
      if (required) invalid(at(k), "缺少此项", "is required");
      return "";
    }
    const Json& v = raw(k);
    if (!v.is_string()) invalid(at(k), "应为文字", "must be a string");
    return v.get<std::string>();
  }
  bool boolean(std::string_view k, bool fallback) {
    if (!has(k)) { seen_.insert(std::string(k)); return fallback; }
    const Json& v = raw(k);
    if (!v.is_boolean()) invalid(at(k), "应为 true 或 false", "must be true or false");
    return v.get<bool>();
  }
  std::optional<bool> opt_bool(std::string_view k) {
    if (!has(k)) { seen_.insert(std::string(k)); return std::nullopt; }
    return boolean(k, false);
  }
  std::optional<int64_t> opt_int(std::string_view k, int64_t lo, int64_t hi) {
    if (!has(k)) { seen_.insert(std::string(k)); return std::nullopt; }
    const Json& v = raw(k);
    if (!v.is_number_integer()) invalid(at(k), "应为整数", "must be an integer");
    int64_t n = v.get<int64_t>();
    if (n < lo || n > hi)
      invalid(at(k), "应在 " + std::to_string(lo) + " 到 " + std::to_string(hi) + " 之间",
              "must be between " + std::to_string(lo) + " and " + std::to_string(hi));
    return n;
  }
  int64_t integer(std::string_view k, int64_t lo, int64_t hi, std::optional<int64_t> fallback = std::nullopt) {
    auto v = opt_int(k, lo, hi);
    if (v) return *v;
    if (!fallback) invalid(at(k), "缺少此项", "is required");
    return *fallback;
  }
  // A decimal string or an integer, > 0 (ratios and percentages).
  std::optional<Rational> opt_ratio(std::string_view k) {
    if (!has(k)) { seen_.insert(std::string(k)); return std::nullopt; }
    const Json& v = raw(k);
    std::optional<Rational> r;
    if (v.is_number_integer()) r = Rational(v.get<int64_t>());
    else if (v.is_string()) r = Rational::parse(v.get<std::string>());
    else if (v.is_number()) invalid(at(k), "比例请写成文字（如 \"1.25\"），以免浮点误差", "write ratios as decimal strings (\"1.25\"): a JSON float is not exact");
    if (!r) invalid(at(k), "应为十进制数，如 \"5\" 或 \"1.25\"", "must be a decimal such as \"5\" or \"1.25\"");
    if (*r <= Rational(0)) invalid(at(k), "应大于 0", "must be greater than 0");
    return r;
  }
  std::vector<std::string> strings(std::string_view k) {
    std::vector<std::string> out;
    if (!has(k)) { seen_.insert(std::string(k)); return out; }
    const Json& v = raw(k);
    if (!v.is_array()) invalid(at(k), "应为数组", "must be an array");
    for (size_t i = 0; i < v.size(); ++i) {
      if (!v[i].is_string()) invalid(at(k) + "[" + std::to_string(i) + "]", "应为文字", "must be a string");
      out.push_back(v[i].get<std::string>());
    }
    return out;
  }
  template <class E>
  E label_of(std::string_view k, std::optional<E> fallback = std::nullopt) {
    std::string t = str(k, !fallback);
    if (t.empty() && fallback) return *fallback;
    auto e = from_label<E>(t);
    if (!e) invalid(at(k), "「" + t + "」不是可选值，应为 " + all_labels<E>(), "unknown value \"" + t + "\"");
    return *e;
  }
  template <class E>
  std::optional<E> opt_label(std::string_view k) {
    if (!has(k)) { seen_.insert(std::string(k)); return std::nullopt; }
    return label_of<E>(k);
  }
  template <class E>
  std::vector<E> labels(std::string_view k) {
    std::vector<E> out;
    auto texts = strings(k);
    for (size_t i = 0; i < texts.size(); ++i) {
      auto e = from_label<E>(texts[i]);
      if (!e)
        invalid(at(k) + "[" + std::to_string(i) + "]", "「" + texts[i] + "」不是可选值，应为 " + all_labels<E>(),
                "unknown value \"" + texts[i] + "\"");
      out.push_back(*e);
    }
    return out;
  }
  // One of `choices` (ASCII words of the schema).
  std::string choice(std::string_view k, std::initializer_list<std::string_view> choices, std::string fallback = "") {
    std::string t = str(k, fallback.empty());
    if (t.empty()) return fallback;
    std::string list;
    for (auto c : choices) {
      if (t == c) return t;
      list += (list.empty() ? "" : " / ") + std::string(c);
    }
    invalid(at(k), "「" + t + "」不是可选值，应为 " + list, "unknown value \"" + t + "\", expected " + list);
  }
  void done() const {
    for (const auto& [k, v] : j_.items())
      if (!seen_.count(k)) invalid(at(k), "未知的项（拼写有误？）", "unknown key (misspelt?)");
  }

 private:
  const Json& j_;
  std::string path_;
  std::set<std::string> seen_;
};

std::string item(const std::string& path, size_t i) { return path + "[" + std::to_string(i) + "]"; }

const Json& array_at(Obj& o, std::string_view k) {
  static const Json empty = Json::array();
  if (!o.has(k)) { o.raw(k); return empty; }
  const Json& v = o.raw(k);
  if (!v.is_array()) invalid(o.at(k), "应为数组", "must be an array");
  return v;
}

// ---- reading ------------------------------------------------------------------------

Selector read_selector(const Json& j, const std::string& path) {
  Obj o(j, path);
  Selector s;
  s.unit_class = o.opt_label<UnitClass>("class");
  s.levels = o.labels<UnitLevel>("levels");
  std::string rel = o.choice("relative_level", {"above", "at_or_above", "at"}, "none");
  s.relative = rel == "above"         ? Selector::Relative::kAbove
               : rel == "at_or_above" ? Selector::Relative::kAtOrAbove
               : rel == "at"          ? Selector::Relative::kAt
                                      : Selector::Relative::kNone;
  s.special = o.opt_bool("special");
  s.is_project = o.opt_bool("is_project");
  s.positive_list = o.opt_bool("positive_list");
  s.permit_classes = o.labels<PermitClass>("permit_classes");
  s.credits = o.labels<Credit>("credits");
  s.risks = o.labels<RiskLevel>("risks");
  s.region_prefixes = o.strings("region_prefixes");
  for (size_t i = 0; i < s.region_prefixes.size(); ++i) {
    const auto& p = s.region_prefixes[i];
    if (p.empty() || p.size() > 6 || p.find_first_not_of("0123456789") != std::string::npos)
      invalid(item(o.at("region_prefixes"), i), "应为 1–6 位数字的行政区划代码前缀", "must be 1–6 digits of a region code");
  }
  s.approved_by = o.str("approved_by");
  s.approved_year_from = o.opt_int("approved_year_from", 1900, 2100);
  s.approved_year_to = o.opt_int("approved_year_to", 1900, 2100);
  if (o.has("list")) {
    Obj l(o.raw("list"), o.at("list"));
    s.list_name = l.str("name", true);
    s.list_year = static_cast<int>(l.integer("year", 1990, 2100));  // a named list is dated (004:L71)
    s.in_list = l.boolean("members", true);
    l.done();
  } else {
    o.raw("list");
  }
  const Json& any = array_at(o, "any_of");
  for (size_t i = 0; i < any.size(); ++i) s.any_of.push_back(read_selector(any[i], item(o.at("any_of"), i)));
  o.done();
  return s;
}

SizeRule read_size(const Json& j, const std::string& path) {
  Obj o(j, path);
  SizeRule r;
  std::string kind = o.choice("kind", {"percent", "staff_ratio", "fixed", "all"});
  if (kind == "percent") {
    r.kind = SizeRule::Kind::kPercent;
    r.min_percent = o.opt_ratio("min_percent");
    r.max_percent = o.opt_ratio("max_percent");
    r.open_reason = o.str("open_reason");
    r.of_last_quarter = o.boolean("of_last_quarter", false);
    if (!r.min_percent && r.open_reason.empty())
      invalid(o.at("min_percent"), "缺少比例；种子未定比例时须写 open_reason 说明",
              "is required; where the seed gives no figure, say so in open_reason");
    if (r.min_percent && *r.min_percent > Rational(100)) invalid(o.at("min_percent"), "不能超过 100", "must be at most 100");
    if (r.max_percent && *r.max_percent > Rational(100)) invalid(o.at("max_percent"), "不能超过 100", "must be at most 100");
    if (r.min_percent && r.max_percent && *r.max_percent < *r.min_percent)
      invalid(o.at("max_percent"), "不能小于 min_percent", "must not be below min_percent");
  } else if (kind == "staff_ratio") {
    r.kind = SizeRule::Kind::kStaffRatio;
    auto u = o.opt_ratio("units_per_inspector");
    if (!u) invalid(o.at("units_per_inspector"), "缺少此项（1:5 写作 \"5\"）", "is required (1:5 is \"5\")");
    r.units_per_inspector = *u;
    r.per = o.label_of<Cadence>("per");
    r.headcount = o.label_of<HeadcountBasis>("headcount");
  } else if (kind == "fixed") {
    r.kind = SizeRule::Kind::kFixed;
    r.fixed = o.integer("count", 1, 1'000'000);
  } else {
    r.kind = SizeRule::Kind::kAll;
  }
  o.done();
  return r;
}

Stratum read_stratum(const Json& j, const std::string& path) {
  Obj o(j, path);
  Stratum s;
  s.id = o.str("id", true);
  if (s.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") != std::string::npos)
    invalid(o.at("id"), "只能由小写字母、数字和下划线组成", "must be lower-case letters, digits and _");
  s.name = o.str("name", true);
  s.population = o.str("population");
  s.select = read_selector(o.has("select") ? o.raw("select") : Json::object(), o.at("select"));
  s.cadence = o.label_of<Cadence>("cadence");
  if (!o.has("size")) invalid(o.at("size"), "缺少此项", "is required");
  s.size = read_size(o.raw("size"), o.at("size"));
  s.cover_all_per_year = o.boolean("cover_all_per_year", false);
  s.basis = o.str("basis", true);
  s.clause = o.str("clause");
  if (s.basis.rfind("q ", 0) != 0 && s.basis.rfind("i ", 0) != 0)
    invalid(o.at("basis"), "应以「q 」（引自种子）或「i 」（继承或假定）开头", "must start with \"q \" (quoted) or \"i \" (inherited or assumed)");
  o.done();
  return s;
}

DateRule read_date_rule(const Json& j, const std::string& path) {
  Obj o(j, path);
  DateRule d;
  d.ref = o.choice("ref", {"start", "end"}) == "start" ? DateRule::Ref::kStart : DateRule::Ref::kEnd;
  int given = 0;
  if (auto v = o.opt_int("calendar_days", -366, 366)) { d.unit = DateRule::Unit::kCalendarDays; d.offset = static_cast<int>(*v); ++given; }
  if (auto v = o.opt_int("working_days", -60, 60)) {
    if (*v == 0) invalid(o.at("working_days"), "不能为 0", "must not be 0");
    d.unit = DateRule::Unit::kWorkingDays; d.offset = static_cast<int>(*v); ++given;
  }
  if (auto v = o.opt_int("day", 1, 31)) {
    d.unit = DateRule::Unit::kDayOfMonth; d.day = static_cast<int>(*v); ++given;
    d.month_offset = static_cast<int>(o.integer("month_offset", -12, 12, 0));
  } else if (o.has("month_offset")) {
    invalid(o.at("month_offset"), "只能与 day 一起使用", "goes only with day");
  }
  if (given != 1)
    invalid(path, "须且只能给出 calendar_days、working_days 或 day 之一", "give exactly one of calendar_days, working_days, day");
  o.done();
  return d;
}

std::optional<Window> read_window(Obj& cal, std::string_view k) {
  if (!cal.has(k)) { cal.raw(k); return std::nullopt; }
  Obj o(cal.raw(k), cal.at(k));
  Window w;
  if (o.has("from")) w.from = read_date_rule(o.raw("from"), o.at("from"));
  else o.raw("from");
  if (!o.has("to")) invalid(o.at("to"), "缺少此项", "is required");
  w.to = read_date_rule(o.raw("to"), o.at("to"));
  w.basis = o.str("basis", true);
  o.done();
  return w;
}

void read_calendar(const Json& j, const std::string& path, Policy& p) {
  Obj o(j, path);
  p.quarter_window = read_window(o, "quarter_window");
  p.year_window = read_window(o, "year_window");
  const Json& ds = array_at(o, "deadlines");
  for (size_t i = 0; i < ds.size(); ++i) {
    Obj d(ds[i], item(o.at("deadlines"), i));
    Deadline x;
    x.what = d.str("what", true);
    std::string every = d.choice("every", {"month", "quarter", "year"});
    x.every = every == "month" ? Deadline::Every::kMonth : every == "quarter" ? Deadline::Every::kQuarter : Deadline::Every::kYear;
    if (!d.has("due")) invalid(d.at("due"), "缺少此项", "is required");
    x.due = read_date_rule(d.raw("due"), d.at("due"));
    x.basis = d.str("basis", true);
    d.done();
    p.deadlines.push_back(std::move(x));
  }
  const Json& es = array_at(o, "event_deadlines");
  for (size_t i = 0; i < es.size(); ++i) {
    Obj d(es[i], item(o.at("event_deadlines"), i));
    EventDeadline x;
    x.what = d.str("what", true);
    x.after = d.str("after", true);
    x.within = static_cast<int>(d.integer("within", 0, 366));
    x.working_days = d.boolean("working_days", false);
    x.basis = d.str("basis", true);
    d.done();
    p.event_deadlines.push_back(std::move(x));
  }
  o.done();
}

// 随机抽查事项清单 (001 附件2): one row per object, every column a string.
InspectionItem read_item(const Json& j, const std::string& path) {
  Obj o(j, path);
  InspectionItem x;
  x.name = o.str("name", true);
  if (x.name.empty()) invalid(o.at("name"), "不能为空", "must not be empty");
  x.legal_basis = o.str("legal_basis");
  x.subject = o.str("subject");
  x.content = o.str("content");
  x.ratio_and_frequency = o.str("ratio_and_frequency");
  x.method = o.str("method");
  x.basis = o.str("basis", true);
  if (x.basis.rfind("q ", 0) != 0 && x.basis.rfind("i ", 0) != 0)
    invalid(o.at("basis"), "应以「q 」（引自种子）或「i 」（继承或假定）开头", "must start with \"q \" (quoted) or \"i \" (inherited or assumed)");
  o.done();
  return x;
}

// ---- writing ------------------------------------------------------------------------

Json ratio(const std::optional<Rational>& r) { return r ? Json(r->to_string()) : Json(nullptr); }

template <class E>
Json label_list(const std::vector<E>& v) {
  Json a = Json::array();
  for (auto e : v) a.push_back(std::string(label(e)));
  return a;
}

Json selector_json(const Selector& s) {
  Json j = Json::object();
  if (s.unit_class) j["class"] = std::string(label(*s.unit_class));
  if (!s.levels.empty()) j["levels"] = label_list(s.levels);
  switch (s.relative) {
    case Selector::Relative::kAbove: j["relative_level"] = "above"; break;
    case Selector::Relative::kAtOrAbove: j["relative_level"] = "at_or_above"; break;
    case Selector::Relative::kAt: j["relative_level"] = "at"; break;
    case Selector::Relative::kNone: break;
  }
  if (s.special) j["special"] = *s.special;
  if (s.is_project) j["is_project"] = *s.is_project;
  if (s.positive_list) j["positive_list"] = *s.positive_list;
  if (!s.permit_classes.empty()) j["permit_classes"] = label_list(s.permit_classes);
  if (!s.credits.empty()) j["credits"] = label_list(s.credits);
  if (!s.risks.empty()) j["risks"] = label_list(s.risks);
  if (!s.region_prefixes.empty()) j["region_prefixes"] = s.region_prefixes;
  if (!s.approved_by.empty()) j["approved_by"] = s.approved_by;
  if (s.approved_year_from) j["approved_year_from"] = *s.approved_year_from;
  if (s.approved_year_to) j["approved_year_to"] = *s.approved_year_to;
  if (!s.list_name.empty()) {
    Json l{{"name", s.list_name}, {"members", s.in_list}};
    if (s.list_year) l["year"] = *s.list_year;
    j["list"] = l;
  }
  if (!s.any_of.empty()) {
    j["any_of"] = Json::array();
    for (const auto& a : s.any_of) j["any_of"].push_back(selector_json(a));
  }
  return j;
}

Json size_json(const SizeRule& r) {
  switch (r.kind) {
    case SizeRule::Kind::kPercent: {
      Json j{{"kind", "percent"}, {"min_percent", ratio(r.min_percent)}, {"max_percent", ratio(r.max_percent)}};
      if (!r.open_reason.empty()) j["open_reason"] = r.open_reason;
      if (r.of_last_quarter) j["of_last_quarter"] = true;
      return j;
    }
    case SizeRule::Kind::kStaffRatio:
      return Json{{"kind", "staff_ratio"},
                  {"units_per_inspector", r.units_per_inspector.to_string()},
                  {"per", std::string(key(r.per))},
                  {"headcount", std::string(key(r.headcount))}};
    case SizeRule::Kind::kFixed: return Json{{"kind", "fixed"}, {"count", r.fixed}};
    case SizeRule::Kind::kAll: return Json{{"kind", "all"}};
  }
  return nullptr;
}

Json date_rule_json(const DateRule& d) {
  Json j{{"ref", d.ref == DateRule::Ref::kStart ? "start" : "end"}};
  switch (d.unit) {
    case DateRule::Unit::kCalendarDays: j["calendar_days"] = d.offset; break;
    case DateRule::Unit::kWorkingDays: j["working_days"] = d.offset; break;
    case DateRule::Unit::kDayOfMonth:
      j["month_offset"] = d.month_offset;
      j["day"] = d.day;
      break;
  }
  return j;
}

Json window_json(const std::optional<Window>& w) {
  if (!w) return nullptr;
  return Json{{"from", w->from ? date_rule_json(*w->from) : Json(nullptr)}, {"to", date_rule_json(w->to)}, {"basis", w->basis}};
}

const char* every_key(Deadline::Every e) {
  switch (e) {
    case Deadline::Every::kMonth: return "month";
    case Deadline::Every::kQuarter: return "quarter";
    case Deadline::Every::kYear: return "year";
  }
  return "";
}

}  // namespace

Policy policy_from_json(const Json& j) {
  Obj o(j, "");
  Policy p;
  p.schema = o.str("schema", true);
  if (p.schema != "suiji-policy/1")
    invalid("schema", "应为 suiji-policy/1，此版本不认识「" + p.schema + "」", "must be suiji-policy/1, not \"" + p.schema + "\"");
  p.preset = o.str("preset");
  p.title = o.str("title", true);
  p.source = o.str("source");
  const Json& strata = array_at(o, "strata");
  if (strata.empty()) invalid("strata", "至少须有一个抽查类别", "needs at least one stratum");
  std::set<std::string> ids;
  for (size_t i = 0; i < strata.size(); ++i) {
    p.strata.push_back(read_stratum(strata[i], item("strata", i)));
    if (!ids.insert(p.strata.back().id).second)
      invalid(item("strata", i) + ".id", "与前面的类别重复", "repeats an earlier stratum's id");
  }
  if (o.has("calendar")) read_calendar(o.raw("calendar"), "calendar", p);
  else o.raw("calendar");
  if (o.has("caps")) {
    Obj c(o.raw("caps"), "caps");
    auto m = c.opt_int("max_random_per_unit_per_year", 1, 365);
    if (m) p.caps.max_random_per_unit_per_year = static_cast<int>(*m);
    p.caps.special_exempt = c.boolean("special_exempt", false);
    p.caps.basis = c.str("basis");
    c.done();
  } else {
    o.raw("caps");
  }
  if (o.has("counted_types")) {
    p.counted_types = o.strings("counted_types");
    for (size_t i = 0; i < p.counted_types.size(); ++i)
      if (p.counted_types[i] != "routine" && p.counted_types[i] != "joint")
        invalid(item("counted_types", i), "只有 routine（日常随机）和 joint（联合）计入比例（000:L10）",
                "only routine and joint inspections count toward ratios (000:L10)");
  } else {
    o.raw("counted_types");
  }
  if (auto n = o.opt_int("joint_per_year", 0, 365)) p.joint_per_year = static_cast<int>(*n);
  if (o.has("team")) {
    Obj t(o.raw("team"), "team");
    p.team.min_size = static_cast<int>(t.integer("min_size", 2, 20, 2));
    if (auto m = t.opt_int("max_size", 2, 20)) {
      if (*m < p.team.min_size)
        invalid("team.max_size", "不能小于 min_size（" + std::to_string(p.team.min_size) + "）",
                "must not be below min_size (" + std::to_string(p.team.min_size) + ")");
      p.team.max_size = static_cast<int>(*m);
    }
    p.team.first_drawn_leads = t.boolean("first_drawn_leads", true);
    p.team.mentor_pairing = t.boolean("mentor_pairing", false);
    p.team.org_units = t.strings("org_units");
    p.team.certificates = t.strings("certificates");
    p.team.extra_participants = t.boolean("extra_participants", true);
    p.team.basis = t.str("basis");
    t.done();
  } else {
    o.raw("team");
  }
  if (o.has("changes")) {
    Obj c(o.raw("changes"), "changes");
    p.changes.unit_substitution_allowed = c.boolean("unit_substitution_allowed", true);
    p.changes.substitution_needs_approval = c.boolean("substitution_needs_approval", true);
    p.changes.inspector_change_reasons = c.strings("inspector_change_reasons");
    p.changes.basis = c.str("basis");
    c.done();
  } else {
    o.raw("changes");
  }
  if (o.has("ceremony")) {
    Obj c(o.raw("ceremony"), "ceremony");
    p.ceremony.witness_roles = c.strings("witness_roles");
    p.ceremony.basis = c.str("basis");
    c.done();
  } else {
    o.raw("ceremony");
  }
  if (o.has("embargo")) {
    Obj e(o.raw("embargo"), "embargo");
    p.embargo.kind = e.choice("kind", {"tasks_closed", "days_after_period"}) == "tasks_closed" ? Embargo::Kind::kTasksClosed
                                                                                               : Embargo::Kind::kDaysAfterPeriod;
    p.embargo.days = static_cast<int>(e.integer("days", 0, 366, 0));
    p.embargo.basis = e.str("basis");
    e.done();
  } else {
    o.raw("embargo");
  }
  const Json& items = array_at(o, "items");
  for (size_t i = 0; i < items.size(); ++i) p.items.push_back(read_item(items[i], item("items", i)));
  o.done();
  return p;
}

Stratum stratum_from_json(const Json& j, const std::string& path) { return read_stratum(j, path); }

Json to_json(const Stratum& s) {
  Json x{{"id", s.id}, {"name", s.name}};
  if (!s.population.empty()) x["population"] = s.population;
  x["select"] = selector_json(s.select);
  x["cadence"] = std::string(key(s.cadence));
  x["size"] = size_json(s.size);
  if (s.cover_all_per_year) x["cover_all_per_year"] = true;
  x["basis"] = s.basis;
  if (!s.clause.empty()) x["clause"] = s.clause;
  return x;
}

Json to_json(const Policy& p) {
  Json j = Json::object();
  j["schema"] = p.schema;
  if (!p.preset.empty()) j["preset"] = p.preset;
  j["title"] = p.title;
  if (!p.source.empty()) j["source"] = p.source;
  j["strata"] = Json::array();
  for (const auto& s : p.strata) j["strata"].push_back(to_json(s));
  Json cal = Json::object();
  cal["quarter_window"] = window_json(p.quarter_window);
  cal["year_window"] = window_json(p.year_window);
  cal["deadlines"] = Json::array();
  for (const auto& d : p.deadlines)
    cal["deadlines"].push_back(Json{{"what", d.what}, {"every", every_key(d.every)}, {"due", date_rule_json(d.due)}, {"basis", d.basis}});
  cal["event_deadlines"] = Json::array();
  for (const auto& d : p.event_deadlines)
    cal["event_deadlines"].push_back(Json{{"what", d.what}, {"after", d.after}, {"within", d.within},
                                          {"working_days", d.working_days}, {"basis", d.basis}});
  j["calendar"] = cal;
  Json caps = Json::object();
  if (p.caps.max_random_per_unit_per_year) caps["max_random_per_unit_per_year"] = *p.caps.max_random_per_unit_per_year;
  caps["special_exempt"] = p.caps.special_exempt;
  if (!p.caps.basis.empty()) caps["basis"] = p.caps.basis;
  j["caps"] = caps;
  j["counted_types"] = p.counted_types;
  if (p.joint_per_year) j["joint_per_year"] = *p.joint_per_year;
  j["team"] = Json{{"min_size", p.team.min_size},
                   {"first_drawn_leads", p.team.first_drawn_leads},
                   {"mentor_pairing", p.team.mentor_pairing},
                   {"org_units", p.team.org_units},
                   {"certificates", p.team.certificates},
                   {"extra_participants", p.team.extra_participants},
                   {"basis", p.team.basis}};
  if (p.team.max_size) j["team"]["max_size"] = *p.team.max_size;
  j["changes"] = Json{{"unit_substitution_allowed", p.changes.unit_substitution_allowed},
                      {"substitution_needs_approval", p.changes.substitution_needs_approval},
                      {"inspector_change_reasons", p.changes.inspector_change_reasons},
                      {"basis", p.changes.basis}};
  j["ceremony"] = Json{{"witness_roles", p.ceremony.witness_roles}, {"basis", p.ceremony.basis}};
  j["embargo"] = Json{{"kind", p.embargo.kind == Embargo::Kind::kTasksClosed ? "tasks_closed" : "days_after_period"},
                      {"days", p.embargo.days},
                      {"basis", p.embargo.basis}};
  j["items"] = Json::array();
  for (const auto& x : p.items)
    j["items"].push_back(Json{{"name", x.name},
                              {"legal_basis", x.legal_basis},
                              {"subject", x.subject},
                              {"content", x.content},
                              {"ratio_and_frequency", x.ratio_and_frequency},
                              {"method", x.method},
                              {"basis", x.basis}});
  return j;
}

}  // namespace suiji::policy
