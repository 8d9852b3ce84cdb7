// A small DrawInput builder for tests that need hand-made draws.
#pragma once
#include <deque>
#include <string>

#include "draw/input.h"
#include "draw/sha256.h"

namespace suiji::draw::testing {

struct DrawBuilder {
  DrawInput in;
  std::deque<std::string> storage;  // population ids live here (DrawInput holds views)

  DrawBuilder() {
    in.draw_id = "330800-2026Q4-1";
    in.nonce = std::string(64, 'a');
    in.commitment = sha256_hex(in.nonce);
    in.witnesses = {{"纪检监察", "4827719305", {}}};
    in.team_size = 2;
  }
  DrawBuilder& stratum(const std::string& id, int n, int64_t k, const std::string& prefix = "U") {
    StratumInput s;
    s.id = id;
    s.k = k;
    for (int i = 0; i < n; ++i) s.population.push_back(storage.emplace_back(prefix + std::to_string(1000 + i)));
    in.strata.push_back(std::move(s));
    return *this;
  }
  DrawBuilder& inspectors(int n, int seniors) {
    for (int i = 0; i < n; ++i) in.pool.push_back({"ZF" + std::to_string(100 + i), i < seniors});
    return *this;
  }
};

}  // namespace suiji::draw::testing
