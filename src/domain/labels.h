// Two-way mapping between the domain's enums and their Chinese labels.
//
// Every enum of the domain has a Chinese label (what the seeds print, what users type in
// a spreadsheet and what the database stores) and a short ASCII key (for the API and logs).
// A type opts in by specialising EnumLabels<E> with a static `items` array.
//
//   label(UnitLevel::kNational)            -> "国控"
//   key(UnitLevel::kNational)              -> "national"
//   from_label<UnitLevel>("国控")           -> UnitLevel::kNational
//   from_label<UnitLevel>("national")      -> UnitLevel::kNational (keys are accepted too)
//   from_label<UnitLevel>("国家")           -> std::nullopt
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace suiji {

template <class E>
struct EnumItem {
  E value;
  std::string_view key;    // ASCII, stable
  std::string_view label;  // Chinese, as the seeds print it
};

// Specialise with: static constexpr EnumItem<E> items[] = {...};
template <class E>
struct EnumLabels;

template <class E>
std::string_view label(E e) {
  for (const auto& it : EnumLabels<E>::items)
    if (it.value == e) return it.label;
  return {};
}

template <class E>
std::string_view key(E e) {
  for (const auto& it : EnumLabels<E>::items)
    if (it.value == e) return it.key;
  return {};
}

// Accepts the Chinese label or the ASCII key; surrounding spaces are not trimmed here
// (the importer trims cells), so " 国控" is not a label.
template <class E>
std::optional<E> from_label(std::string_view text) {
  for (const auto& it : EnumLabels<E>::items)
    if (it.label == text || it.key == text) return it.value;
  return std::nullopt;
}

// "国控/省控/市控" — for error messages that list what would have been accepted.
template <class E>
std::string all_labels(std::string_view sep = "/") {
  std::string out;
  for (const auto& it : EnumLabels<E>::items) {
    if (!out.empty()) out += sep;
    out += it.label;
  }
  return out;
}

}  // namespace suiji
