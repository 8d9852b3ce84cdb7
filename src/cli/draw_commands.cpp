// suiji draw compute | verify | ticket — the sj-draw/1 engine on the command line — and
// the draw life cycle over the store (docs/draw-ceremony.md):
//   draw prepare  --db PATH --agency ID --period 2027Q1 [--stratum key,special] --as LOGIN
//   draw announce --db PATH --draw ID --as LOGIN [--override-reason TEXT]
//   draw witness  --db PATH --draw ID --role 纪检监察 --name NAME --input TEXT --as LOGIN
//   draw reveal   --db PATH --draw ID --as LOGIN
//   draw record   --db PATH --draw ID [--as LOGIN] [--out FILE]
//   draw publish  --db PATH --draw ID --as LOGIN
//   draw change   --db PATH --draw ID --kind replace_inspector|substitute_unit --unit ID
//                 [--inspector CODE | --stratum ID] --reason TEXT --evidence FILE… --as LOGIN
//   draw change-approve | change-reject --db PATH --request N [--note TEXT] --as LOGIN
//   draw changes  --db PATH --draw ID --as LOGIN
// Thin over service/draws/; errors are thrown to main() (cli/exit_codes.h).
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "draw/ticket.h"
#include "domain/error.h"
#include "service/database_setup.h"
#include "service/draws/draw_announce.h"
#include "service/draws/draw_change.h"
#include "service/draws/draw_files.h"
#include "service/draws/draw_prepare.h"
#include "service/draws/draw_publish.h"
#include "service/draws/draw_reveal.h"
#include "service/draws/draw_witness.h"

namespace suiji::cli {
namespace {

int compute(const std::string& path) {
  service::compute_draw_file(path, [](std::string_view piece) { std::fwrite(piece.data(), 1, piece.size(), stdout); });
  return kExitOk;
}

int verify(const std::string& path) {
  draw::Verdict v = service::verify_draw_file(path);
  if (v.ok) {
    std::cout << "verified\n";
    return kExitOk;
  }
  std::cout << "NOT verified 验证不通过: " << v.discrepancy << "\n";
  return kExitCheckFailed;
}

struct CycleArgs {
  std::string db = kDefaultDb, draw, as, today, override_reason, out;
  service::PrepareRequest prepare;
  service::WitnessRequest witness;
  service::ChangeRequestInput change;
  std::vector<std::string> evidence;
  service::ChangeDecision decision;
};

void print(const Json& j) { std::cout << j.dump(2) << "\n"; }

void write_record(const std::string& record, const std::string& out) {
  if (out.empty() || out == "-") {
    std::cout << record << "\n";
    return;
  }
  std::ofstream f(out, std::ios::binary);
  f << record << "\n";
  f.close();
  if (!f)
    throw unavailable("write_failed", "无法写入文件「" + out + "」", "cannot write the file \"" + out + "\"",
                      Json{{"field", "out"}});
}

// Changes after the draw (service/draws/draw_change.h): ask, sign in two steps, list.
void add_change_commands(CLI::App* draw_cmd, const std::shared_ptr<CycleArgs>& a, int& exit_code) {
  auto* change = draw_cmd->add_subcommand("change", "申请变动：更换检查人员或替换污染源（须写明原因并附证明材料，经科室负责人、分管领导审批）");
  add_db_option(change, a->db);
  change->add_option("--draw", a->draw, "the draw's number or code")->required();
  change->add_option("--kind", a->change.kind, "replace_inspector (更换检查人员) or substitute_unit (替换污染源)")->required();
  change->add_option("--unit", a->change.unit, "the drawn unit's draw id (抽查编号)")->required();
  change->add_option("--inspector", a->change.inspector, "replace_inspector: the leaving inspector's code");
  change->add_option("--stratum", a->change.stratum, "substitute_unit: the stratum that drew the unit (when several did)");
  change->add_option("--reason", a->change.reason, "休假/因公出差/学习/借调/依法回避, or 关闭/停产/重复")->required();
  change->add_option("--evidence", a->evidence, "a JPEG, PNG or PDF file (≤ 10 MB); repeat for several")->required();
  change->add_option("--as", a->as, "the operator's or team lead's login")->required();
  change->callback([a, &exit_code] {
    auto db = service::open_existing_database(a->db);
    a->change.draw = a->draw;
    a->change.actor = a->as;
    for (const auto& path : a->evidence) a->change.evidence.push_back(service::evidence_file(path));
    print(service::request_change(*db, a->change));
    exit_code = kExitOk;
  });

  auto decide = [&](const char* name, const char* help, bool approve) {
    auto* c = draw_cmd->add_subcommand(name, help);
    add_db_option(c, a->db);
    c->add_option("--request", a->decision.request, "the change request's number")->required();
    auto* note = c->add_option("--note", a->decision.note, approve ? "an opinion to record" : "why it is sent back");
    if (!approve) note->required();
    c->add_option("--as", a->as, "the team lead's (first) or approver's (second) login")->required();
    c->callback([a, approve, &exit_code] {
      auto db = service::open_existing_database(a->db);
      a->decision.actor = a->as;
      a->decision.approve = approve;
      print(service::decide_change(*db, a->decision));
      exit_code = kExitOk;
    });
  };
  decide("change-approve", "审批变动申请：科室负责人签署意见，再由分管领导批准（批准后写入抽取记录并调整任务）", true);
  decide("change-reject", "退回变动申请（须写明理由）", false);

  auto* list = draw_cmd->add_subcommand("changes", "列出抽取的变动申请及审批情况");
  add_db_option(list, a->db);
  list->add_option("--draw", a->draw, "the draw's number or code")->required();
  list->add_option("--as", a->as, "a user of the draw's agency")->required();
  list->callback([a, &exit_code] {
    auto db = service::open_existing_database(a->db);
    print(service::list_changes(*db, a->draw, a->as));
    exit_code = kExitOk;
  });
}

// The life-cycle verbs: each opens the store, runs one service, prints its JSON.
void add_cycle_commands(CLI::App* draw_cmd, int& exit_code) {
  auto a = std::make_shared<CycleArgs>();
  auto draw_option = [&](CLI::App* c) {
    add_db_option(c, a->db);
    c->add_option("--draw", a->draw, "the draw's number or code (e.g. 330800-2027Q1-1)")->required();
  };
  auto as_option = [&](CLI::App* c, const char* who) { return c->add_option("--as", a->as, who); };

  auto* prepare = draw_cmd->add_subcommand("prepare", "准备抽取：按机构的规则和库中数据生成抽取输入（各类别数量、总体、不可抽取者及原因）");
  add_db_option(prepare, a->db);
  add_agency_option(prepare, a->prepare.agency)->required();
  prepare->add_option("--period", a->prepare.period, "2027Q1 (a quarter's draw) or 2027 (the annual draw of yearly strata)")
      ->required();
  prepare->add_option("--stratum", a->prepare.strata, "only these strata, e.g. key,special")->delimiter(',');
  prepare->add_option("--today", a->prepare.today, "the announce date the lists are taken on (default: today)");
  as_option(prepare, "the operator's login")->required();
  prepare->callback([a, &exit_code] {
    auto db = service::open_existing_database(a->db);
    a->prepare.actor = a->as;
    print(service::prepare_draw(*db, a->prepare));
    exit_code = kExitOk;
  });

  auto* announce = draw_cmd->add_subcommand("announce", "公告抽取：冻结名单并计算散列，生成并保密随机数，公布承诺值");
  draw_option(announce);
  as_option(announce, "the operator's login")->required();
  announce->add_option("--today", a->today, "the announce date (default: today)");
  announce->add_option("--override-reason", a->override_reason, "why the draw is held outside the policy's window (recorded)");
  announce->callback([a, &exit_code] {
    auto db = service::open_existing_database(a->db);
    print(service::announce_draw(*db, {a->draw, a->as, a->today, a->override_reason}));
    exit_code = kExitOk;
  });

  auto* witness = draw_cmd->add_subcommand("witness", "录入见证人输入（如骰子或彩票号码，空格自动去掉）");
  draw_option(witness);
  witness->add_option("--role", a->witness.role, "the witness's role, e.g. 纪检监察")->required();
  witness->add_option("--name", a->witness.name, "the witness's name")->required();
  witness->add_option("--input", a->witness.input, "1–64 digits or letters")->required();
  as_option(witness, "who types it: the operator, a 纪检监察 or a witness user")->required();
  witness->callback([a, &exit_code] {
    auto db = service::open_existing_database(a->db);
    a->witness.draw = a->draw;
    a->witness.actor = a->as;
    print(service::witness_draw(*db, a->witness));
    exit_code = kExitOk;
  });

  auto* reveal = draw_cmd->add_subcommand("reveal", "揭示：公开随机数，计算抽取结果，为每个抽中的污染源生成检查任务");
  draw_option(reveal);
  as_option(reveal, "the operator's login")->required();
  reveal->callback([a, &exit_code] {
    auto db = service::open_existing_database(a->db);
    print(service::reveal_draw(*db, {a->draw, a->as}));
    exit_code = kExitOk;
  });

  auto* record = draw_cmd->add_subcommand("record", "输出抽取记录（sj-draw/1 JSON，可用 suiji verify 验证）");
  draw_option(record);
  as_option(record, "needed before publication: a user of the agency");
  record->add_option("--out", a->out, "write to this file (default: stdout)");
  record->callback([a, &exit_code] {
    auto db = service::open_existing_database(a->db);
    write_record(service::draw_record(*db, a->draw, a->as), a->out);
    exit_code = kExitOk;
  });

  auto* publish = draw_cmd->add_subcommand("publish", "批准公开抽取结果（审批人，保密期满后）");
  draw_option(publish);
  as_option(publish, "the approver's login")->required();
  publish->add_option("--today", a->today, "today's date (default: today)");
  publish->callback([a, &exit_code] {
    auto db = service::open_existing_database(a->db);
    print(service::publish_draw(*db, {a->draw, a->as, a->today}));
    exit_code = kExitOk;
  });
  add_change_commands(draw_cmd, a, exit_code);
}

}  // namespace

void add_draw_commands(CLI::App& app, int& exit_code) {
  auto* draw_cmd = app.add_subcommand("draw", "sj-draw/1 摇号");
  draw_cmd->require_subcommand(1);
  auto* compute_cmd = draw_cmd->add_subcommand("compute", "Compute the full draw record from INPUT.json (stdout)");
  static std::string input_path;
  compute_cmd->add_option("INPUT", input_path, "draw input JSON (- for stdin)")->required();
  compute_cmd->callback([&exit_code] { exit_code = compute(input_path); });
  add_cycle_commands(draw_cmd, exit_code);

  auto* verify_cmd = app.add_subcommand(
      "verify", "Verify a published draw record: prints `verified` (exit 0) or the first discrepancy (exit 1)");
  static std::string record_path;
  verify_cmd->add_option("RECORD", record_path, "draw record JSON (- for stdin)")->required();
  verify_cmd->callback([&exit_code] { exit_code = verify(record_path); });

  auto* ticket_cmd = app.add_subcommand("ticket", "Print ticket(SEED, ID) of sj-draw/1");
  static std::string seed, id;
  ticket_cmd->add_option("SEED", seed)->required();
  ticket_cmd->add_option("ID", id)->required();
  ticket_cmd->callback([&exit_code] {
    std::cout << draw::ticket(seed, id) << "\n";
    exit_code = kExitOk;
  });
}

}  // namespace suiji::cli
