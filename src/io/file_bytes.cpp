#include "io/file_bytes.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <stdexcept>

#include "io/table.h"

namespace suiji::io {

std::string read_file_bytes(const std::string& path, size_t spare_capacity) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) throw ReadError("file_unreadable", "无法读取文件 " + path, "cannot open " + path);
  std::streamoff size = in.tellg();
  if (size < 0) throw ReadError("file_unreadable", "无法读取文件 " + path + "（不是普通文件）", path + " is not a regular file");
  std::string bytes;
  bytes.reserve(static_cast<size_t>(size) + spare_capacity);
  bytes.resize(static_cast<size_t>(size));
  in.seekg(0);
  in.read(bytes.data(), size);
  if (in.gcount() != size) throw ReadError("file_unreadable", "读取文件 " + path + " 时出错", "read error in " + path);
  return bytes;
}

std::string read_input_bytes(const std::string& path, size_t spare_capacity) {
  if (path != "-") return read_file_bytes(path, spare_capacity);
  std::string bytes{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
  bytes.reserve(bytes.size() + spare_capacity);
  return bytes;
}

void write_file_atomically(const std::string& path, std::string_view bytes) {
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw WriteError("无法创建文件 " + tmp, "cannot create " + tmp);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) {
      std::remove(tmp.c_str());
      throw WriteError("写入文件 " + tmp + " 时出错（磁盘已满？）", "write error in " + tmp + " (disk full?)");
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    throw WriteError("无法将文件改名为 " + path, "cannot rename to " + path);
  }
}

}  // namespace suiji::io
