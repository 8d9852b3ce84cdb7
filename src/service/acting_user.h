// Who acts (`--as LOGIN` in the CLI, the session's user in the web app): the one lookup
// every use case that checks its actor goes through, so an unknown login is refused the
// same way everywhere.
#pragma once
#include <string>

#include "domain/agency.h"
#include "domain/user.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

// The user with this login; kBadInput "user_unknown" (field "as") when there is none.
User acting_user(store::Store& db, const std::string& login);

// The user with this login when they may act as `role` on `on`: kBadInput "user_unknown"
// as above; kForbidden "user_disabled", "role_missing" or "outside_jurisdiction" (their
// agency's jurisdiction does not contain `on`, auth::agency_within), each naming field
// "as". `what` finishes the Chinese message: "不能" + what ("设定抽查规则").
User actor_for(store::Store& db, const std::string& login, Role role, const Agency& on, const std::string& what);

// actor_for(…, Role::kOperator, …), with one bootstrap rule: while no enabled operator's
// agency holds `on` (a store fresh from `suiji init` has only its administrator, and users
// are not managed yet), a system administrator whose jurisdiction holds `on` acts instead,
// so the first libraries and policies can be loaded. Once an operator exists, only
// operators do (docs/architecture.md, "Who acts").
User operator_for(store::Store& db, const std::string& login, const Agency& on, const std::string& what);

}  // namespace suiji::service
