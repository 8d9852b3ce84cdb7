// The demo's history (issue 13 §5): the draws an agency of the demo would have held this
// year up to `today`, run through the same services a user runs (so the audit chain is
// real): for each quarter whose draw day has come — the last working day before the
// quarter, inside Quzhou's window (the last five working days, 001:L59) — the city
// (330800, operator "operator") and 柯城 (330802, "kc_operator") prepare, announce, take
// 纪检监察's input ("jijian") and reveal; the quarters already over get one approved
// inspector change each (休假, with a scanned leave note as evidence, endorsed by the
// city's team lead "operator", approved by "leader"), then every task's on-site record
// (entered by the agency's operator the day after the visit, passed by "leader"; every
// sixth finds a problem, orders it corrected and fines: a rectification opens), and the
// draw is published; the next quarter's 后督察 re-inspections find those problems put
// right and close the rectifications. The current quarter's draws stay revealed and held
// back with their tasks open; the last past quarter's rectifications stay open, so those
// units are special in the current quarter (plans/special_carry_over.h).
//
// Contracts: runs after load_demo on its users and policies; each step is its service's
// own write. A quarter whose strata have nothing to draw (a tiny demo) is skipped and said
// so in `skipped`. Throws what the services throw otherwise.
// Not yet: records, reviews and publication of the past quarters (the records services).
#pragma once
#include <string>
#include <vector>

#include "store/store.h"

namespace suiji::service {

struct DemoDraw {
  std::string code, period, status, announced_on;
  int tasks = 0, changes = 0;
  int records = 0, findings = 0, follow_ups = 0;  // past quarters only
};

struct DemoHistory {
  std::vector<DemoDraw> draws;
  std::vector<std::string> skipped;  // what was left out and why: "330802 2026Q1: …"
};

// `today` "YYYY-MM-DD" ("" = today, UTC).
DemoHistory load_demo_history(store::Store& db, const std::string& today);

}  // namespace suiji::service
