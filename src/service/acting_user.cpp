#include "service/acting_user.h"

#include "auth/scope.h"
#include "domain/error.h"
#include "store/store.h"

namespace suiji::service {

User acting_user(store::Store& db, const std::string& login) {
  auto user = db.users().find_by_login(login);
  if (!user)
    throw bad_input("user_unknown", "没有登录名为「" + login + "」的用户（--as）", "no user with login \"" + login + "\" (--as)",
                    Json{{"field", "as"}});
  return *user;
}

User actor_for(store::Store& db, const std::string& login, Role role, const Agency& on, const std::string& what) {
  return actor_for(db, login, std::vector<Role>{role}, on, what);
}

User actor_for(store::Store& db, const std::string& login, const std::vector<Role>& any_of, const Agency& on,
               const std::string& what) {
  User user = acting_user(db, login);
  Json field{{"field", "as"}};
  if (user.disabled)
    throw Error(ErrorKind::kForbidden, "user_disabled", "用户「" + user.login + "」已停用，不能" + what,
                "user " + user.login + " is disabled", field);
  bool holds = false;
  std::string zh_roles, en_roles;
  for (Role r : any_of) {
    holds = holds || has_role(user, r);
    zh_roles += (zh_roles.empty() ? "" : "或") + std::string(label(r));
    en_roles += (en_roles.empty() ? "" : " or ") + std::string(key(r));
  }
  if (!holds)
    throw Error(ErrorKind::kForbidden, "role_missing", "「" + user.name + "」没有「" + zh_roles + "」角色，不能" + what,
                user.login + " lacks the role " + en_roles + " needed to do this", field);
  auto lookup = db.agencies().lookup();
  auto home = lookup(user.agency_id);
  if (!home || !auth::agency_within(on.id, *home, lookup))
    throw Error(ErrorKind::kForbidden, "outside_jurisdiction",
                "「" + user.name + "」所属机构的辖区不含「" + on.name + "」，不能" + what,
                user.login + "'s agency does not contain " + on.name + " in its jurisdiction", field);
  return user;
}

namespace {

// Whether an enabled operator of `on` or of an agency above it exists.
bool has_operator(store::Store& db, const Agency& on) {
  auto lookup = db.agencies().lookup();
  for (int64_t id : auth::agency_chain(on.id, lookup))
    for (const User& u : db.users().list(id))
      if (!u.disabled && has_role(u, Role::kOperator)) return true;
  return false;
}

}  // namespace

User operator_for(store::Store& db, const std::string& login, const Agency& on, const std::string& what) {
  User user = acting_user(db, login);
  if (!has_role(user, Role::kOperator) && has_role(user, Role::kSystemAdmin) && !has_operator(db, on))
    return actor_for(db, login, Role::kSystemAdmin, on, what);
  return actor_for(db, login, Role::kOperator, on, what);
}

}  // namespace suiji::service
