// Every case of the tamper table shared with the JavaScript verifier
// (tests/vectors/tamper_cases.json, read by web/verifier/tests/tamper_table.test.js too):
// suiji's verifier reaches the verdict the table states and names the same path first, in
// the reporting order of spec section 9. The table's "about" says how a case is made.
#include <gtest/gtest.h>

#include <cctype>

#include "domain/json.h"
#include "draw/verify.h"
#include "test_util.h"

namespace suiji::draw {
namespace {

using testing::read_file;
using testing::vectors_dir;

struct Case {
  size_t index = 0;
  Json spec;  // the table's entry
};

// gtest prints a failing parameter: its name, not its bytes.
void PrintTo(const Case& c, std::ostream* os) { *os << c.spec.at("name").get<std::string>(); }

std::vector<Case> load_cases() {
  std::vector<Case> out;
  Json table = Json::parse(read_file(vectors_dir() / "tamper_cases.json"));
  for (const Json& c : table.at("cases")) out.push_back({out.size(), c});
  return out;
}

std::string text_edit(const std::string& text, const Json& edit) {
  if (edit.contains("prefix")) return edit["prefix"].get<std::string>() + text;
  bool last = edit.contains("find_last");
  std::string find = edit.at(last ? "find_last" : "find");
  size_t at = std::string::npos;
  if (last) {
    at = text.rfind(find);
  } else {
    for (int n = 0; n < edit.value("occurrence", 1); ++n) at = text.find(find, at == std::string::npos ? 0 : at + 1);
  }
  if (at == std::string::npos) throw std::runtime_error("text edit: " + find + " not found");
  return text.substr(0, at) + edit.at("replace").get<std::string>() + text.substr(at + find.size());
}

// The record text of one case: the base vector, patched (RFC 6902) and written again with
// an indent of one space as the vectors are, then each text edit in turn.
std::string case_text(const Json& c) {
  std::string text = read_file(vectors_dir() / (c.at("base").get<std::string>() + ".json"));
  if (c.contains("patch")) text = Json::parse(text).patch(c["patch"]).dump(1);
  if (c.contains("text")) {
    for (const Json& edit : c["text"]) text = text_edit(text, edit);
  }
  return text;
}

struct Outcome {
  std::string verdict;  // verified, discrepancy, malformed
  std::string path;
  std::string code;
  std::string message;
};

Outcome judge(const std::string& text) {
  try {
    Verdict v = verify(ParsedRecord::parse(text));
    if (v.ok) return {"verified", "", "", ""};
    return {"discrepancy", v.path, "", v.discrepancy};
  } catch (const MalformedRecord& e) {
    return {"malformed", e.path(), e.code(), e.what()};
  }
}

size_t count(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + needle.size())) ++n;
  return n;
}

class TamperTable : public ::testing::TestWithParam<Case> {};

TEST_P(TamperTable, SameVerdictAndFirstPathAsTheTableSays) {
  const Json& c = GetParam().spec;
  const Json& want = c.at("expect");
  SCOPED_TRACE(c.at("name").get<std::string>() + " (" + c.at("base").get<std::string>() + ")");
  Outcome got = judge(case_text(c));
  const std::string verdict = want.at("verdict");
  ASSERT_EQ(got.verdict, verdict) << got.message;
  EXPECT_EQ(want.at("exit").get<int>(), verdict == "verified" ? 0 : verdict == "discrepancy" ? 1 : 2);
  if (verdict == "verified") return;
  EXPECT_EQ(got.path, want.at("path").get<std::string>()) << got.message;
  if (verdict == "malformed") {
    EXPECT_EQ(got.code, want.value("code", "record_malformed"));
  }
  // "中文 / English": each mention in both halves.
  for (const Json& m : want.value("mentions", Json::array()))
    EXPECT_GE(count(got.message, m.get<std::string>()), 2u) << m << " in " << got.message;
  EXPECT_NE(got.message.find(" / "), std::string::npos) << got.message;
}

std::string case_name(const ::testing::TestParamInfo<Case>& info) {
  std::string name = "c" + std::to_string(1000 + info.param.index).substr(1) + "_";
  for (char ch : info.param.spec.at("name").get<std::string>())
    name += std::isalnum(static_cast<unsigned char>(ch)) ? ch : '_';
  return name.substr(0, 80);
}

INSTANTIATE_TEST_SUITE_P(Cases, TamperTable, ::testing::ValuesIn(load_cases()), case_name);

// The JavaScript side writes a patched record with JSON.stringify(r, null, 1): the text
// edits that follow a patch find the same text only if both write the vectors' own layout.
TEST(TamperTableHarness, WritesAVectorBackByteForByte) {
  for (const std::string& name : testing::vector_names()) {
    std::string text = read_file(vectors_dir() / (name + ".json"));
    EXPECT_EQ(Json::parse(text).dump(1), text) << name;
  }
}

}  // namespace
}  // namespace suiji::draw
