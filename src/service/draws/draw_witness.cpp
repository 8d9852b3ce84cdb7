#include "service/draws/draw_witness.h"

#include <algorithm>
#include <cctype>

#include "domain/error.h"
#include "domain/sj_ids.h"
#include "service/acting_user.h"
#include "service/audit/audited_write.h"
#include "service/draws/draw_context.h"
#include "store/store.h"

namespace suiji::service {

std::vector<std::string> missing_roles(const std::vector<std::string>& required, const Json& witnesses) {
  std::vector<std::string> out;
  for (const auto& role : required) {
    bool present = std::any_of(witnesses.begin(), witnesses.end(),
                               [&](const Json& w) { return w.value("role", "") == role; });
    if (!present) out.push_back(role);
  }
  return out;
}

Json witness_draw(store::Store& db, const WitnessRequest& req) {
  DrawContext c = draw_context(db, req.draw);
  User user = actor_for(db, req.actor, {Role::kOperator, Role::kSupervisor, Role::kWitness}, c.agency, "录入见证人输入");
  if (c.row.status != "announced")
    throw Error(ErrorKind::kConflict, "draw_not_announced",
                "抽取「" + c.row.draw_code + "」不在已公告待揭示状态（当前 " + c.row.status + "），不能录入见证人输入",
                "draw " + c.row.draw_code + " is not announced (status " + c.row.status + "): no witness input now",
                Json{{"field", "draw"}});
  if (req.role.empty())
    throw bad_input("witness_role_missing", "须填写见证人身份（--role，如 纪检监察）",
                    "give the witness's role (--role, e.g. 纪检监察)", Json{{"field", "role"}});
  if (req.name.empty())
    throw bad_input("witness_name_missing", "须填写见证人姓名（--name）", "give the witness's name (--name)",
                    Json{{"field", "name"}});
  std::string input;
  for (char ch : req.input)
    if (!std::isspace(static_cast<unsigned char>(ch))) input += ch;
  if (!is_valid_witness_input(input))
    throw bad_input("witness_input_invalid",
                    "见证人输入「" + req.input + "」无效：去掉空格后应为 1–64 位数字或英文字母",
                    "witness input \"" + req.input + "\" is invalid: 1–64 digits or letters once spaces are removed",
                    Json{{"field", "input"}});

  return write(db, [&](Audit& audit) {
    Json witnesses = Json::parse(c.row.witnesses_json);
    Json entry{{"role", req.role},
               {"input", input},
               {"name", req.name},
               {"entered_at", store::Store::now()},
               {"entered_by", user.login}};
    witnesses.push_back(entry);
    db.draws().set_witnesses(c.row.id, c.row.witnesses_json, witnesses.dump());
    audit.record({user.login, "draw.witness", "draw", std::to_string(c.row.id), nullptr, entry});
    const auto& required = c.policy.policy.ceremony.witness_roles;
    return Json{{"id", c.row.id},
                {"draw_code", c.row.draw_code},
                {"witnesses", witnesses},
                {"required_roles", required},
                {"missing_roles", missing_roles(required, witnesses)}};
  });
}

}  // namespace suiji::service
