// The project's one JSON type. Ordered, so that records print their keys in the
// order the spec shows them (people read published records).
#pragma once
#include <nlohmann/json.hpp>

namespace suiji {
using Json = nlohmann::ordered_json;
}
