#include "io/text_encoding.h"

#include <iconv.h>

#include <cerrno>
#include <string>

#include "io/table.h"

namespace suiji::io {

bool is_valid_utf8(std::string_view s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) { ++i; continue; }
    int len;
    unsigned cp;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
    else return false;
    if (i + len > n) return false;
    for (int k = 1; k < len; ++k) {
      unsigned char cc = s[i + k];
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) return false;
    if (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) return false;
    i += len;
  }
  return true;
}

namespace {

// One iconv conversion of a whole buffer; `what` names the source for the error text.
std::string convert(std::string_view in, const char* to, const char* from, const char* what) {
  iconv_t cd = iconv_open(to, from);
  if (cd == reinterpret_cast<iconv_t>(-1))
    throw Error(ErrorKind::kInternal, "iconv_unavailable", std::string("无法进行编码转换 ") + from + " → " + to,
                std::string("iconv cannot convert ") + from + " to " + to);
  std::string out;
  out.resize(in.size() * 2 + 16);
  char* src = const_cast<char*>(in.data());
  size_t src_left = in.size();
  size_t done = 0;
  for (;;) {
    char* dst = out.data() + done;
    size_t dst_left = out.size() - done;
    size_t r = iconv(cd, &src, &src_left, &dst, &dst_left);
    done = out.size() - dst_left;
    if (r != static_cast<size_t>(-1)) break;
    if (errno == E2BIG) { out.resize(out.size() * 2); continue; }
    size_t offset = in.size() - src_left;
    iconv_close(cd);
    throw ReadError("text_encoding", "文件编码无法识别（第 " + std::to_string(offset) + " 字节处不是 " + what + "）",
                    std::string("not valid ") + what + " at byte " + std::to_string(offset));
  }
  iconv_close(cd);
  out.resize(done);
  return out;
}

}  // namespace

std::string gb18030_to_utf8(std::string_view bytes) {
  return convert(bytes, "UTF-8", "GB18030", "UTF-8 or GB18030");
}

std::string utf8_to_gb18030(std::string_view utf8) {
  return convert(utf8, "GB18030", "UTF-8", "UTF-8");
}

DecodedText decode_text(std::string_view bytes) {
  static constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (bytes.substr(0, 3) == kBom) {
    auto rest = bytes.substr(3);
    if (!is_valid_utf8(rest))
      throw ReadError("text_encoding", "文件以 UTF-8 BOM 开头但内容不是有效的 UTF-8", "the file starts with a UTF-8 BOM but is not valid UTF-8");
    return {std::string(rest), "UTF-8 BOM"};
  }
  if (is_valid_utf8(bytes)) return {std::string(bytes), "UTF-8"};
  return {gb18030_to_utf8(bytes), "GB18030"};
}

}  // namespace suiji::io
