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

}  // namespace suiji::service
