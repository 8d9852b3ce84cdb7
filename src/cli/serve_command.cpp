// suiji serve — placeholder until the HTTP layer lands (see src/http/).
#include "cli/commands.h"

namespace suiji::cli {
void add_serve_command(CLI::App&, int&) {}
}  // namespace suiji::cli
