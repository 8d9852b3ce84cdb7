#include "domain/attachment_rules.h"

namespace suiji {

std::optional<std::string> sniff_attachment_type(std::string_view b) {
  auto starts = [&](std::string_view sig) { return b.substr(0, sig.size()) == sig; };
  if (starts("\xFF\xD8\xFF")) return "image/jpeg";
  if (starts(std::string_view("\x89PNG\r\n\x1A\n", 8))) return "image/png";
  if (starts("%PDF-")) return "application/pdf";
  return std::nullopt;
}

}  // namespace suiji
