#include "domain/shandong_code.h"

#include "domain/codes.h"

namespace suiji {

std::string shandong_fixed_code(const Unit& u) {
  std::string org = !u.org_code.empty() ? u.org_code : org_code_from_uscc(u.uscc);
  // No 组织机构代码 at all: the seed lets the agency number the unit itself; that number
  // is the unit's draw id.
  std::string tail = org.empty() ? u.draw_id_code : format_org_code(org);
  std::string code = std::to_string(level_code(u.level)) + u.region_code + "-" + tail;
  if (u.special) code += "(1)";
  return code;
}

}  // namespace suiji
