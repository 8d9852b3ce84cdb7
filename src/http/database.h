// The server's database connections: the store is not thread-safe, so each worker thread
// opens its own (service/database_setup.h, never creating a database) on first use.
#pragma once
#include <string>

#include "service/database_setup.h"

namespace suiji::http {

// This thread's connection to `connection`. Throws Error kUnavailable when the database
// cannot be opened (a database gone missing while serving is the environment's fault,
// not the request's).
store::Store& thread_database(const std::string& connection);

}  // namespace suiji::http
