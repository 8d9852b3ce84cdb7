// Shandong's 排污单位固定编码 (seed 000:L60), derived for display and export only:
//   环保代码 (11/12/13/14/23/24) + 行政区划代码 + "-" + 组织机构代码 (as 12345678-9)
//   + "(1)" for a 特殊监管对象.
//   e.g. 国控, 370181, 12345678-9            -> 11370181-12345678-9
//        国控 and special                    -> 11370181-12345678-9(1)
// It changes when the class or the special flag changes, which is why it is never the
// draw id. A unit without 组织机构代码 uses its self-assigned code in that place
// (000:L60 "无组织机构代码的排污单位其编码可自行编号").
#pragma once
#include <string>

#include "domain/unit.h"

namespace suiji {

std::string shandong_fixed_code(const Unit& u);

}  // namespace suiji
