// suiji draw compute | verify | ticket — the sj-draw/1 engine on the command line.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "draw/record.h"
#include "draw/ticket.h"
#include "draw/verify.h"

namespace suiji::cli {
namespace {

std::string read_all(const std::string& path) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    std::string s = ss.str();
    s.reserve(s.size() + draw::ParsedRecord::kParsePadding);
    return s;
  }
  std::ifstream f(path, std::ios::binary);
  if (!f) throw draw::MalformedRecord("无法读取文件 " + path + " / cannot read " + path);
  std::string s;
  f.seekg(0, std::ios::end);
  size_t size = static_cast<size_t>(f.tellg());
  s.reserve(size + draw::ParsedRecord::kParsePadding);  // lets the parser read in place
  s.resize(size);
  f.seekg(0);
  f.read(s.data(), static_cast<std::streamsize>(s.size()));
  return s;
}

int compute(const std::string& path) {
  try {
    draw::ParsedRecord rec = draw::ParsedRecord::parse_padded(read_all(path));
    draw::DrawResult r = draw::compute_draw(rec.input, draw::Strictness::kCompute);
    draw::write_record(rec.input, r, [](std::string_view piece) { std::fwrite(piece.data(), 1, piece.size(), stdout); });
    return 0;
  } catch (const draw::InputError& e) {
    std::cerr << "错误 error: " << e.what() << "\n";
    return 2;
  }
}

int verify(const std::string& path) {
  draw::ParsedRecord rec = [&] {
    try {
      return draw::ParsedRecord::parse_padded(read_all(path));
    } catch (const draw::InputError& e) {
      std::cerr << "错误 error: " << e.what() << "\n";
      std::exit(2);
    }
  }();
  draw::Verdict v = draw::verify(rec);
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
