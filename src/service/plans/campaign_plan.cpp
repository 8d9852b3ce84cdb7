#include "service/plans/campaign_plan.h"

#include <algorithm>

#include "domain/error.h"
#include "io/file_bytes.h"
#include "policy/policy_json.h"
#include "policy/size.h"
#include "service/acting_user.h"
#include "service/audit/audited_write.h"
#include "service/plans/agency_policy.h"
#include "service/plans/jurisdiction_figures.h"
#include "service/plans/plan_approval.h"
#include "service/plans/plan_args.h"
#include "service/plans/stratum_preview.h"
#include "store/store.h"

namespace suiji::service {

namespace {

[[noreturn]] void invalid(const std::string& path, const std::string& zh, const std::string& en) {
  throw bad_input("campaign_invalid", "计划文件 " + path + "：" + zh, "campaign file " + path + ": " + en,
                  Json{{"field", "file"}, {"path", path}});
}

struct Campaign {
  std::string kind, name;
  std::vector<std::string> departments;
  policy::Stratum stratum;
};

Campaign read_campaign(const Json& j) {
  if (!j.is_object()) invalid("(top)", "应为对象", "must be an object");
  for (const auto& [k, v] : j.items())
    if (k != "kind" && k != "name" && k != "departments" && k != "stratum")
      invalid(k, "未知的项（拼写有误？）", "unknown key (misspelt?)");
  Campaign c;
  if (!j.contains("kind") || !j["kind"].is_string() || (j["kind"] != "joint" && j["kind"] != "special"))
    invalid("kind", "应为 joint（联合抽查）或 special（专项）", "must be joint or special");
  c.kind = j["kind"];
  if (!j.contains("name") || !j["name"].is_string() || j["name"].get<std::string>().empty())
    invalid("name", "缺少计划名称", "the plan needs a name");
  c.name = j["name"];
  if (j.contains("departments")) {
    const Json& d = j["departments"];
    if (!d.is_array()) invalid("departments", "应为数组", "must be an array");
    for (size_t i = 0; i < d.size(); ++i) {
      if (!d[i].is_string() || d[i].get<std::string>().empty())
        invalid("departments[" + std::to_string(i) + "]", "应为部门名称", "must be a department's name");
      c.departments.push_back(d[i]);
    }
  }
  if (c.kind == "joint" && c.departments.empty())
    invalid("departments", "联合抽查须列出参加的其他部门", "a joint inspection names the other departments taking part");
  if (!j.contains("stratum")) invalid("stratum", "缺少抽查对象（stratum）", "the stratum is required");
  c.stratum = policy::stratum_from_json(j["stratum"], "stratum");
  return c;
}

bool counts(const policy::Policy& p, const std::string& kind) {
  return std::find(p.counted_types.begin(), p.counted_types.end(), kind) != p.counted_types.end();
}

}  // namespace

Json campaign_plan(store::Store& db, const CampaignRequest& req) {
  policy::Period period = period_arg(req.period);
  std::string today = today_arg(req.today);
  Json file = Json::parse(io::read_input_bytes(req.file), nullptr, false);
  if (file.is_discarded())
    throw bad_input("campaign_invalid", "计划文件 " + req.file + " 不是有效的 JSON",
                    "the campaign file " + req.file + " is not valid JSON", Json{{"field", "file"}});
  Campaign c = read_campaign(file);
  policy::Cadence want = period.is_year() ? policy::Cadence::kYear : policy::Cadence::kQuarter;
  if (c.stratum.cadence != want)
    invalid("stratum.cadence", std::string("期间 ") + period.text() + " 须用 " + std::string(key(want)),
            "period " + period.text() + " needs cadence " + std::string(key(want)));

  return write(db, [&](Audit& audit) {
    Agency a = agency_arg(db, req.agency);
    User user = operator_for(db, req.actor, a, "起草专项或联合抽查计划");
    AgencyPolicy ap = current_policy(db, a, period.year);
    policy::Policy p = ap.policy;
    bool counted = counts(p, c.kind);
    if (!counted) p.caps = {};  // a campaign that does not count is not capped either
    JurisdictionFigures fig = figures_of(db, a, p, period, {&c.stratum}, {});
    const StratumFigures& f = fig.strata[0];
    policy::YearSoFar so_far;
    so_far.quarter = period.is_year() ? 1 : period.quarter;
    so_far.covered_this_year = f.covered;
    policy::StratumSize size = policy::size_of(c.stratum, f.population, f.headcount.value_or(0), so_far);

    Json s = stratum_preview(f, size, period, today);
    auto draw = period.is_year() ? size.min_per_year : size.min_per_quarter;
    s["size_of_draw"] = size.open || !draw ? Json(nullptr) : Json(*draw);
    s["definition"] = policy::to_json(c.stratum);
    Json plan = Json::object();
    plan["kind"] = c.kind;
    plan["name"] = c.name;
    plan["departments"] = c.departments;
    plan["agency"] = Json{{"id", a.id}, {"name", a.name}};
    plan["period"] = period.text();
    plan["policy"] = Json{{"year", ap.year}, {"version", ap.version}, {"preset", p.preset}, {"title", p.title}};
    plan["counts_toward_ratio"] = counted;
    plan["capped"] = counted && p.caps.max_random_per_unit_per_year.has_value();
    plan["stratum"] = std::move(s);
    auto old = db.plans().find(a.id, period.text(), c.kind, c.name);
    Json out = printed_plan(db.plans().put_draft(a.id, period.text(), c.kind, c.name, ap.version, plan.dump(), user.login));
    audit.record({user.login, "plan.draft", "plan", std::to_string(out["id"].get<int64_t>()),
                  old ? printed_plan(*old) : Json(nullptr), out});
    return out;
  });
}

Json approve_plan_by_id(store::Store& db, int64_t plan_id, const std::string& approver) {
  return write(db, [&](Audit& audit) {
    auto stored = db.plans().get(plan_id);
    if (!stored)
      throw Error(ErrorKind::kNotFound, "no_plan", "没有编号为 " + std::to_string(plan_id) + " 的计划",
                  "no plan with id " + std::to_string(plan_id), Json{{"field", "plan"}});
    auto a = db.agencies().get(stored->agency_id);
    if (!a) throw Error(ErrorKind::kInternal, "plan_agency_missing", "计划所属机构不存在", "the plan's agency does not exist");
    return approve_plan(db, audit, *a, *stored, approver);
  });
}

}  // namespace suiji::service
