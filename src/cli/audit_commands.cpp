// suiji audit verify — checks the hash chain of the audit log (service/audit/audit_trail.h).
//   audit verify --db PATH   exit 0 and the head hash when intact; exit 1 naming the first
//                            bad entry after any edit, deletion or reordering.
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "service/audit/audit_trail.h"
#include "service/database_setup.h"

namespace suiji::cli {

void add_audit_commands(CLI::App& app, int& exit_code) {
  auto* group = app.add_subcommand("audit", "审计日志 / the audit log");
  group->require_subcommand(1);
  auto db_path = std::make_shared<std::string>(kDefaultDb);
  auto* verify = group->add_subcommand("verify", "校验审计日志的哈希链：完好时输出链头哈希，否则指出第一条有问题的条目");
  add_db_option(verify, *db_path);
  verify->callback([db_path, &exit_code] {
    auto db = service::open_existing_database(*db_path);
    audit::ChainCheck c = service::verify_audit(*db);
    Json out{{"ok", c.ok}, {"entries", c.entries}, {"head", c.head_hash}};
    if (!c.ok) {
      out["bad_seq"] = c.bad_seq;
      out["problem"] = c.problem_zh + " / " + c.problem_en;
      std::cerr << "审计日志校验失败 / audit log check failed: " << out["problem"].get<std::string>() << "\n";
    }
    std::cout << out.dump(2) << "\n";
    exit_code = c.ok ? kExitOk : kExitCheckFailed;
  });
}

}  // namespace suiji::cli
