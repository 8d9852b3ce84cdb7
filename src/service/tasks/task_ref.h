// Finding a task by the number a user types ("12" or "#12"), and the one rule of when two
// tasks' periods overlap — shared by every task use case (merge, cover, records).
#pragma once
#include <string>

#include "domain/agency.h"
#include "store/tasks.h"

namespace suiji::store {
class Store;
}

namespace suiji::service {

// The task numbered `ref`; kNotFound "task_not_found" (details.field = `field`) otherwise.
store::TaskRow task_arg(store::Store& db, const std::string& ref, const char* field = "task");

// The agency that made the task.
Agency task_agency(store::Store& db, const store::TaskRow& task);

// The same quarter, or a year and one of its quarters (2027 and 2027Q3 overlap).
bool periods_overlap(const std::string& a, const std::string& b);

}  // namespace suiji::service
