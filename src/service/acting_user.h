// Who acts (`--as LOGIN` in the CLI, the session's user in the web app): the one lookup
// every use case that checks its actor goes through, so an unknown login is refused the
// same way everywhere.
#pragma once
#include <string>
#include <vector>

#include "domain/agency.h"
#include "domain/user.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

// The user with this login; kBadInput "user_unknown" (field "as") when there is none.
User acting_user(store::Store& db, const std::string& login);

// The user with this login, allowed to act as `role` on agency `on`'s data: they hold the
// role (kForbidden "role_missing", naming the role and `what` they tried) and their agency
// is `on` or lies above it (kForbidden "outside_jurisdiction": a county user never acts on
// another county's or the city's data; the city may act on its counties', requirements 1).
// A disabled user is refused (kForbidden "user_disabled"). Every error has field "as".
User actor_for(store::Store& db, const std::string& login, Role role, const Agency& on, const std::string& what);
// The same for a step any of several roles may take (a witness input: the operator at the
// keyboard, 纪检监察 or an invited witness).
User actor_for(store::Store& db, const std::string& login, const std::vector<Role>& any_of, const Agency& on,
               const std::string& what);

// actor_for(…, Role::kOperator, …), with one bootstrap rule: while no enabled operator's
// agency holds `on` (a store fresh from `suiji init` has only its administrator, and users
// are not managed yet), a system administrator whose jurisdiction holds `on` acts instead,
// so the first libraries and policies can be loaded. Once an operator exists, only
// operators do (docs/architecture.md, "Who acts").
User operator_for(store::Store& db, const std::string& login, const Agency& on, const std::string& what);

}  // namespace suiji::service
