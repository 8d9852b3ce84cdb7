// Realistic sample rows for the store tests: 衢州 agencies and units with valid codes.
#pragma once
#include <string>

#include "domain/codes.h"
#include "store/store.h"

namespace suiji::testing {

// A valid 统一社会信用代码 for an enterprise registered in `region` (91 = 企业, 工商).
inline std::string make_uscc(const std::string& region, int seq) {
  std::string body = "MA2";
  std::string digits = std::to_string(10000 + seq % 90000);
  body += digits;  // 8 characters: MA2 + 5 digits
  std::string org = body + *org_code_check_char(body);
  std::string first17 = "91" + region + org;
  return first17 + *uscc_check_char(first17);
}

inline Agency quzhou() {
  Agency a;
  a.name = "衢州市生态环境局";
  a.level = AgencyLevel::kCity;
  a.region_code = "330800";
  return a;
}

inline Unit sample_unit(const std::string& region, int seq) {
  Unit u;
  u.uscc = make_uscc(region, seq);
  u.draw_id_code = u.uscc;
  u.org_code = org_code_from_uscc(u.uscc);
  u.name = "衢州测试化工有限公司" + std::to_string(seq);
  u.address = "浙江省衢州市柯城区白云街道" + std::to_string(seq) + "号";
  u.region_code = region;
  u.industry = "化学原料和化学制品制造业";
  u.contact_person = "张先生";
  u.contact_phone = "0570-8000000";
  u.level = UnitLevel::kMunicipal;
  return u;
}

}  // namespace suiji::testing
