// SPDX-License-Identifier: MIT
// Zip packages built in memory for the Word and OpenDocument reader tests:
// members stored or deflated (zlib), and sizes that can lie, as a zip bomb's do.
#pragma once

#include <zlib.h>

#include <cstdint>
#include <string>
#include <vector>

namespace quorum::testing_support {

class ZipBuilder {
 public:
  /// Adds a member. `declared_size`: the uncompressed size the headers
  /// claim (default: the true one).
  ZipBuilder& Add(const std::string& name, const std::string& content, bool deflate = true,
                  int64_t declared_size = -1) {
    return AddRaw(name, deflate ? Deflate(content) : content, Crc(content),
                  declared_size < 0 ? content.size() : static_cast<uint64_t>(declared_size), deflate);
  }

  /// Adds `size` zero bytes deflated (streamed: the content is never held).
  ZipBuilder& AddZeros(const std::string& name, uint64_t size, int64_t declared_size = -1) {
    z_stream stream{};
    deflateInit2(&stream, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
    const std::string chunk(1 << 20, '\0');
    std::string out;
    uLong crc = crc32(0, nullptr, 0);
    char buffer[1 << 16];
    for (uint64_t done = 0; done <= size;) {
      const uint64_t n = std::min<uint64_t>(chunk.size(), size - done);
      crc = crc32(crc, reinterpret_cast<const Bytef*>(chunk.data()), static_cast<uInt>(n));
      stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(chunk.data()));
      stream.avail_in = static_cast<uInt>(n);
      done += n;
      const int flush = done == size ? Z_FINISH : Z_NO_FLUSH;
      do {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        deflate(&stream, flush);
        out.append(buffer, sizeof buffer - stream.avail_out);
      } while (stream.avail_out == 0);
      if (flush == Z_FINISH) break;
    }
    deflateEnd(&stream);
    return AddRaw(name, out, static_cast<uint32_t>(crc),
                  declared_size < 0 ? size : static_cast<uint64_t>(declared_size), true);
  }

  std::string Build() const {
    std::string zip = local_;
    std::string directory;
    for (const Entry& entry : entries_) {
      Put32(&directory, 0x02014b50);
      Put16(&directory, 20);
      Put16(&directory, 20);
      Put16(&directory, 0);
      Put16(&directory, entry.deflate ? 8 : 0);
      Put32(&directory, 0);
      Put32(&directory, entry.crc);
      Put32(&directory, static_cast<uint32_t>(entry.compressed));
      Put32(&directory, static_cast<uint32_t>(entry.size));
      Put16(&directory, static_cast<uint16_t>(entry.name.size()));
      for (int i = 0; i < 3; ++i) Put16(&directory, 0);
      Put16(&directory, 0);
      Put32(&directory, 0);
      Put32(&directory, static_cast<uint32_t>(entry.offset));
      directory += entry.name;
    }
    const size_t directory_offset = zip.size();
    zip += directory;
    Put32(&zip, 0x06054b50);
    Put16(&zip, 0);
    Put16(&zip, 0);
    Put16(&zip, static_cast<uint16_t>(entries_.size()));
    Put16(&zip, static_cast<uint16_t>(entries_.size()));
    Put32(&zip, static_cast<uint32_t>(directory.size()));
    Put32(&zip, static_cast<uint32_t>(directory_offset));
    Put16(&zip, 0);
    return zip;
  }

 private:
  struct Entry {
    std::string name;
    uint32_t crc;
    uint64_t compressed, size, offset;
    bool deflate;
  };

  static void Put16(std::string* out, uint16_t v) {
    out->push_back(static_cast<char>(v & 0xFF));
    out->push_back(static_cast<char>(v >> 8));
  }
  static void Put32(std::string* out, uint32_t v) {
    Put16(out, static_cast<uint16_t>(v & 0xFFFF));
    Put16(out, static_cast<uint16_t>(v >> 16));
  }
  static uint32_t Crc(const std::string& s) {
    return static_cast<uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(s.data()), static_cast<uInt>(s.size())));
  }
  static std::string Deflate(const std::string& content) {
    z_stream stream{};
    deflateInit2(&stream, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
    std::string out(deflateBound(&stream, content.size()), '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(content.data()));
    stream.avail_in = static_cast<uInt>(content.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    return out;
  }

  ZipBuilder& AddRaw(const std::string& name, const std::string& data, uint32_t crc, uint64_t size, bool deflate) {
    entries_.push_back({name, crc, data.size(), size, local_.size(), deflate});
    Put32(&local_, 0x04034b50);
    Put16(&local_, 20);
    Put16(&local_, 0);
    Put16(&local_, deflate ? 8 : 0);
    Put32(&local_, 0);
    Put32(&local_, crc);
    Put32(&local_, static_cast<uint32_t>(data.size()));
    Put32(&local_, static_cast<uint32_t>(size));
    Put16(&local_, static_cast<uint16_t>(name.size()));
    Put16(&local_, 0);
    local_ += name;
    local_ += data;
    return *this;
  }

  std::string local_;
  std::vector<Entry> entries_;
};

}  // namespace quorum::testing_support
