#include "service/draws/draw_change_replay.h"

#include <algorithm>
#include <unordered_map>

#include "domain/error.h"
#include "domain/task_status.h"
#include "draw/draw.h"
#include "draw/record.h"
#include "service/crash_point.h"
#include "store/store.h"

namespace suiji::service {
namespace {

struct Replayed {
  draw::ParsedRecord parsed;
  draw::DrawResult result;
};

// The stored record with `change` appended to its changes, computed again from the start.
Replayed replay(const std::string& record_json, const draw::Change& change) {
  draw::ParsedRecord parsed = draw::ParsedRecord::parse(record_json);
  parsed.input.changes.push_back(change);
  draw::DrawResult result = draw::compute_draw(parsed.input);
  return Replayed{std::move(parsed), std::move(result)};
}

const draw::Assignment* assignment_of(const std::vector<draw::Assignment>& v, const std::string& unit) {
  for (const auto& a : v)
    if (a.unit == unit) return &a;
  return nullptr;
}

Error unit_not_drawn(const std::string& unit) {
  return bad_input("unit_not_drawn", "污染源「" + unit + "」不在本次抽取当前的抽中名单中",
                   "unit " + unit + " is not among the units this draw currently holds", Json{{"field", "unit"}});
}

// The open task of `unit_code` in the draw (the unit's id in the library, by code).
store::TaskRow open_task_of(store::Store& db, const DrawContext& c, const std::string& unit_code, int64_t unit_id) {
  std::optional<store::TaskRow> found;
  for (auto& t : db.tasks().of_draw(c.row.id))
    if (t.unit_id == unit_id && t.status != key(TaskStatus::kSubstituted)) found = std::move(t);
  if (!found) throw unit_not_drawn(unit_code);
  if (found->status != key(TaskStatus::kOpen))
    throw Error(ErrorKind::kConflict, "task_not_open",
                "污染源「" + unit_code + "」的检查任务已是「" +
                    std::string(label(from_label<TaskStatus>(found->status).value_or(TaskStatus::kOpen))) +
                    "」，不能再变动",
                "the task of unit " + unit_code + " is " + found->status + " and can no longer change",
                Json{{"field", "unit"}, {"task", found->id}});
  return *found;
}

std::unordered_map<std::string, Inspector> staff_of(store::Store& db, int64_t agency_id) {
  store::InspectorFilter f;
  f.agency_id = agency_id;
  std::unordered_map<std::string, Inspector> staff;
  for (auto& i : db.inspectors().list(f).items) staff.emplace(i.code, std::move(i));
  return staff;
}

Json team_json(const std::vector<std::string>& team, const std::unordered_map<std::string, Inspector>& staff) {
  Json out = Json::array();
  for (const auto& code : team) {
    auto it = staff.find(code);
    out.push_back({{"id", code}, {"name", it == staff.end() ? std::string() : it->second.name}});
  }
  return out;
}

Json result_json(const draw::ChangeResult& r) {
  Json j = {{"type", draw::change_type_name(r.type)}, {"unit", r.unit}, {"replacement", r.replacement},
            {"cap_relaxed", r.cap_relaxed}};
  if (r.type == draw::ChangeType::kReplaceInspector) {
    j["inspector"] = r.inspector;
  } else {
    j["stratum"] = r.stratum;
    j["team"] = r.team;
  }
  return j;
}

bool same_result(const draw::ChangeResult& a, const draw::ChangeResult& b) {
  return a.type == b.type && a.unit == b.unit && a.inspector == b.inspector && a.stratum == b.stratum &&
         a.replacement == b.replacement && a.team == b.team && a.cap_relaxed == b.cap_relaxed;
}

const draw::StratumInput& stratum_input(const draw::DrawInput& in, const std::string& id) {
  for (const auto& s : in.strata)
    if (s.id == id) return s;
  throw Error(ErrorKind::kInternal, "stratum_missing", "抽取记录中没有分层 " + id, "the record has no stratum " + id);
}

Json store_team(const std::vector<std::string>& team, const std::unordered_map<std::string, Inspector>& staff) {
  Json ids = Json::array();
  for (const auto& code : team) ids.push_back(staff.at(code).id);
  return ids;
}

}  // namespace

draw::Change proposed_change(const DrawContext& c, draw::ChangeType type, const std::string& unit,
                             const std::string& inspector, const std::string& stratum, const std::string& reason) {
  draw::ParsedRecord rec = draw::ParsedRecord::parse(c.row.record_json);
  const auto& current = rec.claimed.final_assignments ? *rec.claimed.final_assignments : *rec.claimed.assignments;
  const draw::Assignment* a = assignment_of(current, unit);
  if (!a) throw unit_not_drawn(unit);
  draw::Change ch;
  ch.type = type;
  ch.unit = unit;
  ch.reason = reason;
  if (type == draw::ChangeType::kReplaceInspector) {
    if (std::find(a->team.begin(), a->team.end(), inspector) == a->team.end())
      throw bad_input("inspector_not_on_team", "执法人员「" + inspector + "」不在污染源「" + unit + "」的检查组中",
                      "inspector " + inspector + " is not on the team of unit " + unit, Json{{"field", "inspector"}});
    ch.inspector = inspector;
    return ch;
  }
  // The draw strata that hold the unit now: those that selected it, and a substitution
  // that brought it in.
  std::vector<std::string> holders;
  for (std::size_t i = 0; i < rec.input.strata.size() && i < rec.claimed.strata.size(); ++i)
    if (rec.claimed.strata[i].selected)
      for (const auto& s : *rec.claimed.strata[i].selected)
        if (s.unit == unit) holders.push_back(rec.input.strata[i].id);
  if (rec.claimed.change_results)
    for (const auto& r : *rec.claimed.change_results)
      if (r.type == draw::ChangeType::kSubstituteUnit && r.replacement == unit) holders.push_back(r.stratum);
  std::vector<std::string> matching;
  for (const auto& h : holders)
    if (stratum.empty() || h == stratum || policy_stratum_of(stratum_input(rec.input, h)) == stratum)
      matching.push_back(h);
  if (matching.empty())
    throw bad_input("stratum_not_of_unit", "污染源「" + unit + "」不是由分层「" + stratum + "」抽中的",
                    "unit " + unit + " was not drawn by stratum " + stratum, Json{{"field", "stratum"}});
  if (matching.size() > 1) {
    std::string list;
    for (const auto& m : matching) list += (list.empty() ? "" : ", ") + m;
    throw bad_input("stratum_ambiguous", "污染源「" + unit + "」由多个分层抽中（" + list + "），请用 --stratum 指明",
                    "unit " + unit + " was drawn by several strata (" + list + "): name one with --stratum",
                    Json{{"field", "stratum"}, {"strata", matching}});
  }
  ch.stratum = matching.front();
  return ch;
}

ChangePreview preview_change(store::Store& db, const DrawContext& c, const draw::Change& change) {
  Replayed r = replay(c.row.record_json, change);
  const draw::ChangeResult& last = r.result.change_results.back();
  auto units = db.units().find_live_many({change.unit, last.replacement});
  auto leaving = units.find(change.unit);
  if (leaving == units.end()) throw unit_not_drawn(change.unit);
  open_task_of(db, c, change.unit, leaving->second.id);
  auto staff = staff_of(db, c.agency.id);
  ChangePreview p;
  p.unit_name = leaving->second.name;
  if (change.type == draw::ChangeType::kReplaceInspector) {
    auto it = staff.find(last.replacement);
    p.json = {{"replacement", last.replacement},
              {"replacement_name", it == staff.end() ? std::string() : it->second.name},
              {"team", team_json(assignment_of(r.result.final_assignments, change.unit)->team, staff)},
              {"cap_relaxed", last.cap_relaxed}};
  } else {
    auto it = units.find(last.replacement);
    p.json = {{"replacement", last.replacement},
              {"replacement_name", it == units.end() ? std::string() : it->second.name},
              {"team", team_json(last.team, staff)},
              {"cap_relaxed", last.cap_relaxed}};
  }
  return p;
}

AppliedChange apply_change(store::Store& db, const DrawContext& c, const store::ChangeRequestRow& request,
                           const User& approver) {
  Json payload = Json::parse(request.payload_json);
  draw::Change change;
  change.type = request.kind == "substitute_unit" ? draw::ChangeType::kSubstituteUnit : draw::ChangeType::kReplaceInspector;
  change.unit = payload.at("unit").get<std::string>();
  change.inspector = payload.value("inspector", "");
  change.stratum = payload.value("stratum", "");
  change.reason = request.reason;
  change.approved_by = approver.name;
  // Informational fields (spec section 8): which request, the evidence's hashes (so the
  // published record cites the files) and who signed, by name and time (the request's
  // approvals, the approver's signature already among them).
  Json evidence = Json::array(), signed_by = Json::array();
  for (const auto& e : Json::parse(request.evidence_json)) evidence.push_back(e.at("sha256"));
  for (const auto& a : Json::parse(request.approvals_json))
    signed_by.push_back({{"step", a.at("step")}, {"name", a.at("name")}, {"at", a.at("at")}});
  change.extra = {{"request", std::to_string(request.id)},
                  {"evidence_sha256", evidence.dump()},
                  {"signatures", signed_by.dump()}};

  draw::ParsedRecord before = draw::ParsedRecord::parse(c.row.record_json);
  std::vector<draw::ChangeResult> earlier = before.claimed.change_results.value_or(std::vector<draw::ChangeResult>{});
  Replayed r = replay(c.row.record_json, change);
  for (std::size_t i = 0; i < earlier.size(); ++i)
    if (i >= r.result.change_results.size() || !same_result(earlier[i], r.result.change_results[i]))
      throw Error(ErrorKind::kInternal, "replay_diverged",
                  "重放抽取「" + c.row.draw_code + "」时第 " + std::to_string(i + 1) + " 项变动的结果与记录不同",
                  "replaying draw " + c.row.draw_code + " gave change " + std::to_string(i + 1) +
                      " a different result than recorded");
  const draw::ChangeResult& last = r.result.change_results.back();
  db.draws().replace_record(c.row.id, c.row.record_json, draw::record_json(r.parsed.input, r.result));
  crash_point("change.record");

  auto units = db.units().find_live_many({change.unit, last.replacement});
  auto leaving = units.find(change.unit);
  if (leaving == units.end()) throw unit_not_drawn(change.unit);
  store::TaskRow task = open_task_of(db, c, change.unit, leaving->second.id);
  auto staff = staff_of(db, c.agency.id);
  AppliedChange out;
  out.result = result_json(last);
  out.tasks = Json::array();
  if (change.type == draw::ChangeType::kReplaceInspector) {
    const auto& team = assignment_of(r.result.final_assignments, change.unit)->team;
    db.tasks().set_team(task.id, store_team(team, staff).dump(), staff.at(team.front()).id);
    out.tasks.push_back({{"id", task.id}, {"unit", change.unit}, {"status", task.status}, {"team", team_json(team, staff)}});
    return out;
  }
  auto joining = units.find(last.replacement);
  if (joining == units.end())
    throw Error(ErrorKind::kConflict, "unit_gone", "替补的污染源「" + last.replacement + "」已不在名录库中，未变动",
                "the replacement unit " + last.replacement + " is no longer in the library: nothing changed");
  db.tasks().set_status(task.id, std::string(key(TaskStatus::kOpen)), std::string(key(TaskStatus::kSubstituted)));
  store::TaskRow t;
  t.draw_id = c.row.id;
  t.agency_id = task.agency_id;
  t.unit_id = joining->second.id;
  t.period = task.period;
  t.stratum = policy_stratum_of(stratum_input(r.parsed.input, last.stratum));
  t.kind = task.kind;
  t.team_json = store_team(last.team, staff).dump();
  t.lead_inspector_id = staff.at(last.team.front()).id;
  t.due = task.due;
  std::vector<store::TaskRow> rows{t};
  db.tasks().insert_all(rows);
  out.tasks.push_back({{"id", task.id}, {"unit", change.unit}, {"status", key(TaskStatus::kSubstituted)}});
  out.tasks.push_back(
      {{"id", rows[0].id}, {"unit", last.replacement}, {"status", rows[0].status}, {"team", team_json(last.team, staff)}});
  return out;
}

}  // namespace suiji::service
