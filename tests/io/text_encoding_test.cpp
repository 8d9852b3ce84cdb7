#include <gtest/gtest.h>

#include "io/table.h"
#include "io/text_encoding.h"

using namespace suiji::io;

TEST(TextEncoding, Utf8Validation) {
  EXPECT_TRUE(is_valid_utf8("abc 随机 𠀀"));
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(is_valid_utf8("\xE9\x9A"));          // truncated
  EXPECT_FALSE(is_valid_utf8("\xCB\xE6\xBB\xFA"));  // "随机" in GBK
}

TEST(TextEncoding, GbkBytesDecodeToUtf8) {
  EXPECT_EQ(gb18030_to_utf8("\xCB\xE6\xBB\xFA"), "随机");
  auto d = decode_text("\xCB\xE6\xBB\xFA");
  EXPECT_EQ(d.encoding, "GB18030");
  EXPECT_EQ(d.text, "随机");
}

TEST(TextEncoding, AsciiIsUtf8) { EXPECT_EQ(decode_text("abc,1").encoding, "UTF-8"); }

TEST(TextEncoding, UndecodableBytesAreAnError) {
  // 0xFF is neither UTF-8 nor a GB18030 lead byte.
  EXPECT_THROW(decode_text("abc\xFF\xFF"), ReadError);
}

TEST(TextEncoding, RoundTripThroughGb18030) {
  std::string s = "济南市生态环境局 㐀 €";
  EXPECT_EQ(gb18030_to_utf8(utf8_to_gb18030(s)), s);
}
