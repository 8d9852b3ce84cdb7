// A fault-injection hook for the crash-safety tests (issue 13 §2: "a process killed at any
// point of announce or reveal leaves either no change or the complete step").
//
// crash_point("reveal.tasks") ends the process on the spot — std::_Exit, no destructor,
// no rollback, no flush, as a kill -9 would — when the environment variable
// SUIJI_CRASH_AT names that point; otherwise it does nothing (one getenv per call). The
// points sit between a step's writes, inside its transaction, so the tests prove the
// transaction is what keeps a step whole. Never set SUIJI_CRASH_AT in production.
#pragma once

namespace suiji::service {

void crash_point(const char* name);

}  // namespace suiji::service
