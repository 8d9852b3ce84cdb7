// Each group of `suiji` sub-commands registers itself on the CLI11 app.
// A command's callback stores the exit code of an outcome in `exit_code` (0 done, 1 a
// check failed) and throws suiji::Error for everything else; main() maps it once
// (cli/exit_codes.h). Commands are thin: the work is in src/service/, and no command
// includes store/ or io/ headers.
#pragma once
#include <CLI/CLI.hpp>

namespace suiji::cli {

// Where every command that takes --db looks when it is not given (README: make run).
inline constexpr const char* kDefaultDb = "data/suiji.db";

// The one --db option: a SQLite path, a PostgreSQL URI or libpq keywords (README), its
// default shown in --help (store/store.h parse_connection reads it).
inline CLI::Option* add_db_option(CLI::App* cmd, std::string& db) {
  return cmd->add_option("--db", db, "SQLite path (or sqlite://PATH), postgresql://… or pg:KEYWORDS")
      ->capture_default_str();
}
// The one --agency option of the commands that name an agency by reference
// (service::agency_arg): its 行政区划代码 or, for a zone agency, its id.
inline CLI::Option* add_agency_option(CLI::App* cmd, std::string& agency) {
  return cmd->add_option("--agency", agency, "the agency's 行政区划代码 (330800) or id (#12)");
}

void add_draw_commands(CLI::App& app, int& exit_code);     // draw compute, verify, ticket
void add_library_commands(CLI::App& app, int& exit_code);  // import, export
void add_store_commands(CLI::App& app, int& exit_code);    // init, demo
void add_serve_command(CLI::App& app, int& exit_code);     // serve
void add_plan_commands(CLI::App& app, int& exit_code);     // plan preview, calendar, annual, campaign, approve, items
void add_list_commands(CLI::App& app, int& exit_code);     // list import, show
void add_policy_commands(CLI::App& app, int& exit_code);   // policy apply, show
void add_holiday_commands(CLI::App& app, int& exit_code);  // holidays set, show
void add_audit_commands(CLI::App& app, int& exit_code);    // audit verify
void add_task_commands(CLI::App& app, int& exit_code);     // task merge, add, cover
void add_record_commands(CLI::App& app, int& exit_code);   // record enter, review, show, list, import; rectification list
// draw void / void-approve / void-reject, dispatch request / approve / show, pledge sign / list
// (after add_draw_commands: it joins the `draw` group)
void add_dispatch_commands(CLI::App& app, int& exit_code);
void add_roster_commands(CLI::App& app, int& exit_code);   // roster change, approve, reject, changes, form
void add_library_change_commands(CLI::App& app, int& exit_code);  // library delete-request, delete-approve …
void add_handover_commands(CLI::App& app, int& exit_code); // handover create, sign, show

}  // namespace suiji::cli
