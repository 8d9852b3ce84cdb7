// suiji draw compute | verify | ticket — the sj-draw/1 engine on the command line.
#include <cstdio>
#include <iostream>
#include <iterator>
#include <optional>

#include "cli/commands.h"
#include "draw/record.h"
#include "draw/ticket.h"
#include "draw/verify.h"
#include "io/file_bytes.h"
#include "io/table.h"

namespace suiji::cli {
namespace {

// The input with the parser's read-ahead padding allocated; "-" is standard input.
std::string read_input(const std::string& path) {
  if (path != "-") return io::read_file_bytes(path, draw::ParsedRecord::kParsePadding);
  std::string s{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
  s.reserve(s.size() + draw::ParsedRecord::kParsePadding);
  return s;
}

// Bad input (unreadable file, malformed JSON, a draw that cannot be made): exit code 2.
int bad_input(const std::exception& e) {
  std::cerr << "错误 error: " << e.what() << "\n";
  return 2;
}

int compute(const std::string& path) {
  try {
    draw::ParsedRecord rec = draw::ParsedRecord::parse_padded(read_input(path));
    draw::DrawResult r = draw::compute_draw(rec.input, draw::Strictness::kCompute);
    draw::write_record(rec.input, r, [](std::string_view piece) { std::fwrite(piece.data(), 1, piece.size(), stdout); });
    return 0;
  } catch (const draw::InputError& e) {
    return bad_input(e);
  } catch (const io::ReadError& e) {
    return bad_input(e);
  }
}

int verify(const std::string& path) {
  std::optional<draw::ParsedRecord> rec;
  try {
    rec.emplace(draw::ParsedRecord::parse_padded(read_input(path)));
  } catch (const draw::MalformedRecord& e) {
    return bad_input(e);
  } catch (const io::ReadError& e) {
    return bad_input(e);
  }
  draw::Verdict v = draw::verify(*rec);
  if (v.ok) {
    std::cout << "verified\n";
    return 0;
  }
  std::cout << "NOT verified 验证不通过: " << v.discrepancy << "\n";
  return 1;
}

}  // namespace

void add_draw_commands(CLI::App& app, int& exit_code) {
  auto* draw_cmd = app.add_subcommand("draw", "sj-draw/1 摇号");
  draw_cmd->require_subcommand(1);
  auto* compute_cmd = draw_cmd->add_subcommand("compute", "Compute the full draw record from INPUT.json (stdout)");
  static std::string input_path;
  compute_cmd->add_option("INPUT", input_path, "draw input JSON (- for stdin)")->required();
  compute_cmd->callback([&exit_code] { exit_code = compute(input_path); });

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
    exit_code = 0;
  });
}

}  // namespace suiji::cli
