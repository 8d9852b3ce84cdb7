#include "service/draws/draw_reveal.h"

#include <optional>
#include <unordered_map>

#include "domain/error.h"
#include "draw/draw.h"
#include "draw/record.h"
#include "service/acting_user.h"
#include "service/audit/audited_write.h"
#include "service/crash_point.h"
#include "service/draws/draw_announce.h"
#include "service/draws/draw_context.h"
#include "service/draws/draw_witness.h"
#include "service/plans/holiday_warnings.h"
#include "store/store.h"

namespace suiji::service {
namespace {

// The input as the engine takes it at reveal: the frozen lists, the nonce and the
// witnesses' inputs (their names and times ride along as informational fields).
std::string reveal_input(const store::DrawRow& d, std::string_view nonce) {
  Json input = Json::parse(d.input_json);
  input["nonce"] = std::string(nonce);
  input["witnesses"] = Json::parse(d.witnesses_json);
  return input.dump();
}

void check_announced_hashes(const store::DrawRow& d, const draw::DrawResult& r, const draw::DrawInput& in) {
  Json announced = Json::parse(d.input_json).at("announcement").at("hashes");
  bool same = announced["pool_hash"] == r.pool_hash && announced["conflicts_hash"] == r.conflicts_hash &&
              announced["strata"].size() == r.strata.size();
  for (std::size_t i = 0; same && i < r.strata.size(); ++i)
    same = announced["strata"][i]["population_hash"] == r.strata[i].population_hash &&
           announced["strata"][i]["id"] == in.strata[i].id;
  if (!same)
    throw Error(ErrorKind::kInternal, "announced_lists_changed",
                "抽取「" + d.draw_code + "」的名单与公告时的散列值不符，未揭示（数据库被绕过服务修改）",
                "draw " + d.draw_code + "'s lists no longer hash to what was announced: not revealed");
}

policy::Date last_working_day(const policy::WorkCalendar& cal, const policy::Period& p) {
  policy::Date d = p.last_day();
  return cal.is_working_day(d) ? d : cal.add_working_days(d, -1);
}

}  // namespace

Json reveal_draw(store::Store& db, const RevealRequest& req) {
  DrawContext c = draw_context(db, req.draw);
  User user = actor_for(db, req.actor, Role::kOperator, c.agency, "揭示抽取结果");
  if (c.row.status == "prepared")
    throw Error(ErrorKind::kConflict, "draw_not_announced", "抽取「" + c.row.draw_code + "」尚未公告，不能揭示",
                "draw " + c.row.draw_code + " is not announced yet", Json{{"field", "draw"}});
  Json witnesses = Json::parse(c.row.witnesses_json);
  auto missing = missing_roles(c.policy.policy.ceremony.witness_roles, witnesses);
  if (c.row.status == "announced" && (witnesses.empty() || !missing.empty())) {
    std::string zh, en;
    for (const auto& m : missing) zh += (zh.empty() ? "" : "、") + m, en += (en.empty() ? "" : ", ") + m;
    throw bad_input("witnesses_missing",
                    witnesses.empty() ? "尚无见证人输入，至少一名见证人输入后才能揭示" +
                                            (zh.empty() ? std::string() : "；本规则要求的见证人：" + zh)
                                      : "本规则要求的见证人尚未输入：" + zh,
                    witnesses.empty() ? "no witness input yet: at least one is needed before reveal" +
                                            (en.empty() ? std::string() : "; required roles: " + en)
                                      : "required witness roles have not entered: " + en,
                    Json{{"field", "witnesses"}, {"missing_roles", missing}});
  }

  policy::WorkCalendar cal = store_calendar(db, c.period.year, c.period.year + 1);
  std::string due = policy::format_date(last_working_day(cal, c.period));
  std::optional<draw::ParsedRecord> parsed;
  std::optional<draw::DrawResult> result;

  return write(db, [&](Audit& audit) {
    store::DrawRow row = db.draws().reveal(c.row.id, [&](const store::DrawRow& d, std::string_view nonce) {
      parsed.emplace(draw::ParsedRecord::parse(reveal_input(d, nonce)));
      result.emplace(draw::compute_draw(parsed->input));
      check_announced_hashes(d, *result, parsed->input);
      return draw::record_json(parsed->input, *result);
    });
    crash_point("reveal.record");

    const draw::DrawInput& in = parsed->input;
    const draw::DrawResult& r = *result;
    std::unordered_map<std::string, std::string> stratum_of;
    std::vector<std::string> codes;
    for (std::size_t i = 0; i < r.strata.size(); ++i)
      for (const auto& sel : r.strata[i].selected)
        if (stratum_of.emplace(sel.unit, policy_stratum_of(in.strata[i])).second) codes.push_back(sel.unit);
    auto units = db.units().find_live_many(codes);
    store::InspectorFilter f;
    f.agency_id = c.agency.id;
    std::unordered_map<std::string, Inspector> staff;
    for (auto& i : db.inspectors().list(f).items) staff.emplace(i.code, std::move(i));

    std::vector<store::TaskRow> tasks;
    for (const auto& a : r.assignments) {
      auto u = units.find(a.unit);
      if (u == units.end())
        throw Error(ErrorKind::kConflict, "unit_gone", "抽中的污染源「" + a.unit + "」已不在名录库中，未揭示",
                    "drawn unit " + a.unit + " is no longer in the library: not revealed");
      store::TaskRow t;
      t.draw_id = row.id;
      t.agency_id = c.agency.id;
      t.unit_id = u->second.id;
      t.period = c.period.text();
      t.stratum = stratum_of.at(a.unit);
      Json team = Json::array();
      for (const auto& code : a.team) team.push_back(staff.at(code).id);
      t.team_json = team.dump();
      t.lead_inspector_id = staff.at(a.team.front()).id;
      t.due = due;
      tasks.push_back(std::move(t));
    }
    db.tasks().insert_all(tasks);
    crash_point("reveal.tasks");

    audit.record({user.login, "draw.reveal", "draw", std::to_string(row.id), draw_summary(c.row),
                  {{"status", row.status}, {"seed", r.seed}, {"units", r.assignments.size()}, {"tasks", tasks.size()}}});
    crash_point("reveal.audited");

    Json out_strata = Json::array();
    for (std::size_t i = 0; i < r.strata.size(); ++i) {
      Json selected = Json::array();
      for (const auto& sel : r.strata[i].selected)
        selected.push_back({{"unit", sel.unit}, {"name", units.at(sel.unit).name}, {"ticket", sel.ticket}});
      out_strata.push_back({{"id", in.strata[i].id},
                            {"n", r.strata[i].n},
                            {"k", in.strata[i].k},
                            {"selected", std::move(selected)}});
    }
    Json out_tasks = Json::array();
    for (std::size_t j = 0; j < tasks.size(); ++j) {
      const auto& a = r.assignments[j];
      Json team = Json::array();
      for (const auto& code : a.team) team.push_back({{"id", code}, {"name", staff.at(code).name}});
      out_tasks.push_back({{"id", tasks[j].id},
                           {"unit", a.unit},
                           {"name", units.at(a.unit).name},
                           {"stratum", tasks[j].stratum},
                           {"team", std::move(team)},
                           {"due", tasks[j].due},
                           {"cap_relaxed", a.cap_relaxed}});
    }
    return Json{{"id", row.id},
                {"draw_code", row.draw_code},
                {"status", row.status},
                {"revealed_at", row.revealed_at},
                {"seed", r.seed},
                {"strata", std::move(out_strata)},
                {"tasks", std::move(out_tasks)}};
  });
}

}  // namespace suiji::service
