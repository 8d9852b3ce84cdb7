// User: a person who logs in. Roles follow requirements 1; one person may hold several.
// The three IT admin roles are separate (三员分立): the service layer refuses to give one
// user two of them.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/labels.h"

namespace suiji {

enum class Role {
  kInspector,      // 执法人员
  kTeamLead,       // 大队长/科室负责人
  kOperator,       // 双随机操作员 (seed 002's 系统管理人员: runs draws, dispatch, publication)
  kReviewer,       // 审核人
  kApprover,       // 局领导/分管局长/审批人
  kSupervisor,     // 纪检监察
  kWitness,        // 见证人 (invited, read-only)
  kSystemAdmin,    // 系统管理员
  kSecurityAdmin,  // 安全管理员
  kAuditAdmin,     // 审计管理员
};

template <>
struct EnumLabels<Role> {
  static constexpr EnumItem<Role> items[] = {
      {Role::kInspector, "inspector", "执法人员"},
      {Role::kTeamLead, "team_lead", "大队长/科室负责人"},
      {Role::kOperator, "operator", "双随机操作员"},
      {Role::kReviewer, "reviewer", "审核人"},
      {Role::kApprover, "approver", "审批人"},
      {Role::kSupervisor, "supervisor", "纪检监察"},
      {Role::kWitness, "witness", "见证人"},
      {Role::kSystemAdmin, "sysadmin", "系统管理员"},
      {Role::kSecurityAdmin, "secadmin", "安全管理员"},
      {Role::kAuditAdmin, "auditadmin", "审计管理员"},
  };
};

struct User {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::optional<int64_t> org_unit_id;
  std::string login;  // ^[A-Za-z0-9._-]{2,64}$
  std::string name;
  std::vector<Role> roles;
  std::string password_hash;  // Argon2id string (crypto_pwhash_str); never the password
  bool disabled = false;
  int failed_logins = 0;
};

bool has_role(const User& u, Role r);

// Roles are stored as their ASCII keys, comma-separated: "operator,reviewer".
std::string format_roles(const std::vector<Role>& roles);
// nullopt if any item is not a role key or label.
std::optional<std::vector<Role>> parse_roles(std::string_view text);

}  // namespace suiji
