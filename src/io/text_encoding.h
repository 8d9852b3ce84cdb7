// Character encodings of the files agencies hand us. Excel in China saves "CSV" as
// GBK/GB18030 unless told otherwise, and as UTF-8 with a BOM when told "CSV UTF-8";
// both must import. Everything inside suiji is UTF-8.
#pragma once
#include <string>
#include <string_view>

namespace suiji::io {

// True if `bytes` is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
bool is_valid_utf8(std::string_view bytes);

// Converts GB18030 (a superset of GBK and GB2312) to UTF-8 with glibc's iconv.
// Throws ReadError naming the byte offset if the input is not valid GB18030.
std::string gb18030_to_utf8(std::string_view bytes);

// Converts UTF-8 to GB18030 (used to write files for users of old Excel and by tests).
// Throws ReadError if the input is not valid UTF-8.
std::string utf8_to_gb18030(std::string_view utf8);

struct DecodedText {
  std::string text;       // UTF-8 without BOM
  std::string encoding;   // "UTF-8", "UTF-8 BOM" or "GB18030"
};

// Detects and decodes a text file: a UTF-8 BOM means UTF-8; otherwise valid UTF-8 is
// UTF-8 (pure ASCII is too); anything else is decoded as GB18030. The rule cannot
// mistake real GBK text for UTF-8 in practice: Chinese GBK text is almost never
// well-formed UTF-8.
DecodedText decode_text(std::string_view bytes);

}  // namespace suiji::io
