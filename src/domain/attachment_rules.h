// What may be attached as evidence (a change's 证明材料, a record's photos and scans):
// JPEG, PNG or PDF, at most 10 MB each, recognised by their first bytes, never by the
// file name (a renamed .exe is not a photo). Pure functions, no I/O.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace suiji {

inline constexpr std::size_t kMaxAttachmentBytes = 10u * 1024u * 1024u;

// "image/jpeg", "image/png" or "application/pdf" from the content's signature; nullopt for
// anything else (including an empty file).
std::optional<std::string> sniff_attachment_type(std::string_view bytes);

}  // namespace suiji
