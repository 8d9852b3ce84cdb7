#include "service/plans/agency_policy.h"

#include "domain/error.h"
#include "io/file_bytes.h"
#include "service/acting_user.h"
#include "service/audit/audited_write.h"
#include "policy/policy_json.h"
#include "policy/presets.h"
#include "service/plans/plan_args.h"
#include "store/store.h"

namespace suiji::service {

namespace {

policy::Policy policy_of(const PolicySource& source) {
  if (source.preset.empty() == source.file.empty())
    throw bad_input("policy_source", "须指定 --preset 预置规则或 --file 规则文件，二者选一",
                    "give either --preset or --file, not both and not neither", Json{{"field", "preset"}});
  if (!source.preset.empty()) return policy::preset(source.preset);
  Json j = Json::parse(io::read_input_bytes(source.file), nullptr, false);
  if (j.is_discarded())
    throw bad_input("policy_invalid", "规则文件 " + source.file + " 不是有效的 JSON",
                    "the policy file " + source.file + " is not valid JSON", Json{{"field", "file"}});
  return policy::policy_from_json(j);
}

Json agency_json(const Agency& a) { return Json{{"id", a.id}, {"name", a.name}}; }

AgencyPolicy loaded(const store::StoredPolicy& row) {
  return AgencyPolicy{row.year, row.version, row.created_at, row.created_by,
                      policy::policy_from_json(Json::parse(row.json))};
}

}  // namespace

Json apply_policy(store::Store& db, const std::string& agency_ref, int year, const PolicySource& source,
                  const std::string& actor) {
  year_arg(year);
  policy::Policy p = policy_of(source);
  return write(db, [&](Audit& audit) {
    Agency a = agency_arg(db, agency_ref);
    // Applying a policy runs the draws' rules: the 双随机 operator's job (docs/policy.md).
    User user = operator_for(db, actor, a, "设定抽查规则");
    Json text = policy::to_json(p);
    store::StoredPolicy row = db.policies().add(a.id, year, p.preset, text.dump(), user.login);
    Json out{{"agency", agency_json(a)}, {"year", year}, {"version", row.version}, {"preset", p.preset}, {"title", p.title}};
    Json after = out;
    after["policy"] = std::move(text);
    audit.record({user.login, "policy.apply", "policy",
                  std::to_string(a.id) + "/" + std::to_string(year) + "/" + std::to_string(row.version), nullptr,
                  std::move(after)});
    return out;
  });
}

AgencyPolicy current_policy(store::Store& db, const Agency& agency, int year) {
  auto row = db.policies().current(agency.id, year);
  if (!row)
    throw Error(ErrorKind::kNotFound, "no_policy",
                "「" + agency.name + "」没有 " + std::to_string(year) + " 年度的抽查规则；先用 suiji policy apply --agency " +
                    std::to_string(agency.id) + " --year " + std::to_string(year) + " --preset 预置规则名 设定",
                agency.name + " has no policy for " + std::to_string(year) + ": set one with suiji policy apply --agency " +
                    std::to_string(agency.id) + " --year " + std::to_string(year) + " --preset NAME",
                Json{{"field", "agency"}});
  return loaded(*row);
}

AgencyPolicy policy_version(store::Store& db, const Agency& a, int year, int version) {
  auto row = db.policies().get(a.id, year, version);
  if (!row)
    throw Error(ErrorKind::kNotFound, "no_policy",
                "「" + a.name + "」" + std::to_string(year) + " 年度没有第 " + std::to_string(version) + " 版抽查规则",
                a.name + " has no version " + std::to_string(version) + " of its " + std::to_string(year) + " policy",
                Json{{"field", "version"}});
  return loaded(*row);
}

Json show_policy(store::Store& db, const std::string& agency_ref, int year, std::optional<int> version) {
  year_arg(year);
  Agency a = agency_arg(db, agency_ref);
  AgencyPolicy p;
  if (version) {
    p = policy_version(db, a, year, *version);
  } else {
    p = current_policy(db, a, year);
  }
  return Json{{"agency", agency_json(a)}, {"year", p.year},          {"version", p.version},
              {"created_at", p.created_at}, {"created_by", p.created_by}, {"policy", policy::to_json(p.policy)}};
}

}  // namespace suiji::service
