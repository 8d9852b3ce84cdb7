#include "io/file_bytes.h"

#include <cstdio>
#include <fstream>
#include <stdexcept>

#include "io/table.h"

namespace suiji::io {

std::string read_file_bytes(const std::string& path, size_t spare_capacity) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) throw ReadError("无法读取文件 (cannot open) " + path);
  std::streamoff size = in.tellg();
  if (size < 0) throw ReadError("无法读取文件 (not a regular file) " + path);
  std::string bytes;
  bytes.reserve(static_cast<size_t>(size) + spare_capacity);
  bytes.resize(static_cast<size_t>(size));
  in.seekg(0);
  in.read(bytes.data(), size);
  if (in.gcount() != size) throw ReadError("无法读取文件 (read error) " + path);
  return bytes;
}

void write_file_atomically(const std::string& path, std::string_view bytes) {
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error("无法写入文件 (cannot create) " + tmp);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) {
      std::remove(tmp.c_str());
      throw std::runtime_error("无法写入文件 (write error) " + tmp);
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    throw std::runtime_error("无法写入文件 (cannot rename to) " + path);
  }
}

}  // namespace suiji::io
