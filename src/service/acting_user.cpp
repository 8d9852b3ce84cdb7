#include "service/acting_user.h"

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

}  // namespace suiji::service
