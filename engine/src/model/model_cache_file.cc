#include "model/model_cache_file.h"

#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "ripple/base/error.h"
#include "ripple/base/huge_pages.h"
#include "ripple/base/limits.h"
#include "ripple/base/sha256.h"
#include "ripple/model/model_cache.h"

namespace ripple {
namespace {

constexpr char kMagic[8] = {'R', 'P', 'L', 'C', 'A', 'C', 'H', 'E'};
constexpr std::uint32_t kByteOrder = 0x01020304;
constexpr std::uint64_t kDigestBytes = 32;
// magic, version, byte order, key length: before the key.
constexpr std::uint64_t kHeadBytes = 8 + 4 + 4 + 8;
constexpr std::uint64_t kTrailerBytes = 8 + kDigestBytes;

using File = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;

struct Corrupt {
  std::string why;
};

// Bytes out to a file, hashed from Begin() on (the tables).
class Sink {
 public:
  Sink(std::FILE* file, std::string path) : file_(file), path_(std::move(path)) {}
  void Bytes(const void* data, size_t size) {
    if (size != 0 && std::fwrite(data, 1, size, file_) != size) {
      throw Error(ErrorKind::kIo, path_ + ": cannot write file: " + std::strerror(errno));
    }
    if (hashing_) {
      hash_.Add(data, size);
      written_ += size;
    }
  }
  void U32(std::uint32_t v) { Bytes(&v, sizeof v); }
  void U64(std::uint64_t v) { Bytes(&v, sizeof v); }
  void Text(std::string_view s) {
    U64(s.size());
    Bytes(s.data(), s.size());
  }
  void Doubles(const double* v, Eigen::Index count) {
    Bytes(v, static_cast<size_t>(count) * sizeof(double));
  }
  void Begin() { hashing_ = true; }
  void End() {
    hashing_ = false;
    U64(written_);
    const std::string digest = hash_.Digest();
    Bytes(digest.data(), digest.size());
  }

 private:
  std::FILE* file_;
  std::string path_;
  Sha256 hash_;
  bool hashing_ = false;
  std::uint64_t written_ = 0;
};

// Bytes in from a file whose tables span `limit` bytes, hashed.
class Source {
 public:
  Source(std::FILE* file, std::uint64_t limit) : file_(file), left_(limit) {}
  void Bytes(void* data, std::uint64_t size) {
    if (size > left_) throw Corrupt{"a length runs past the end of the tables"};
    if (size != 0 && std::fread(data, 1, size, file_) != size) throw Corrupt{"read failed"};
    hash_.Add(data, size);
    left_ -= size;
  }
  std::uint64_t U64() {
    std::uint64_t v = 0;
    Bytes(&v, sizeof v);
    return v;
  }
  // A count of items of `item_bytes` each that must fit in what is left (and be
  // at most `most`), checked before anything is allocated for them.
  std::uint64_t Count(std::uint64_t item_bytes, std::uint64_t most) {
    const std::uint64_t count = U64();
    if (count > most || (item_bytes != 0 && count > left_ / item_bytes)) {
      throw Corrupt{"a count is out of bounds"};
    }
    return count;
  }
  std::string Text() {
    std::string s(Count(1, left_), '\0');
    Bytes(s.data(), s.size());
    return s;
  }
  void Doubles(double* v, Eigen::Index count) {
    Bytes(v, static_cast<std::uint64_t>(count) * sizeof(double));
  }
  std::uint64_t left() const { return left_; }
  std::string Digest() { return hash_.Digest(); }

 private:
  std::FILE* file_;
  std::uint64_t left_;
  Sha256 hash_;
};

void WriteTables(const Model& model, Sink& out) {
  const auto n = static_cast<Eigen::Index>(model.sectors.size());
  out.U64(model.sectors.size());
  for (const auto& code : model.sectors) out.Text(code);
  for (const auto& name : model.sector_names) out.Text(name);
  out.Doubles(model.transactions.data(), n * n);
  out.Doubles(model.output.data(), n);
  out.U64(model.final_demand_columns.size());
  for (const auto& column : model.final_demand_columns) out.Text(column);
  out.Doubles(model.final_demand.data(), model.final_demand.size());
  out.U64(model.satellites.size());
  for (const Satellite& s : model.satellites) {
    out.Text(s.name);
    out.Text(s.unit);
    out.Doubles(s.values.data(), n);
  }
  out.U64(static_cast<std::uint64_t>(model.regional.purchase_coefficients.rows()));
  out.Doubles(model.regional.purchase_coefficients.data(),
              model.regional.purchase_coefficients.size());
  out.U64(static_cast<std::uint64_t>(model.regional.supply_share.size()));
  out.Doubles(model.regional.supply_share.data(), model.regional.supply_share.size());
  for (const std::vector<int>* lines :
       {&model.lines.transactions, &model.lines.output, &model.lines.satellites}) {
    out.U64(lines->size());
    out.Bytes(lines->data(), lines->size() * sizeof(int));
  }
}

// `rows` x `columns` doubles, or an empty matrix for rows == 0.
Matrix ReadMatrix(Source& in, Eigen::Index rows, Eigen::Index columns) {
  const auto r = static_cast<std::uint64_t>(rows), c = static_cast<std::uint64_t>(columns);
  if (r != 0 && c > in.left() / 8 / r) throw Corrupt{"a table runs past the end of the tables"};
  Matrix m;
  ResizeForLargeWrite(m, rows, columns);  // 2 MiB pages for a large table
  in.Doubles(m.data(), m.size());
  return m;
}

std::vector<int> ReadLines(Source& in, size_t expected) {
  if (in.Count(sizeof(int), kMaxSectors + 1) != expected) throw Corrupt{"line counts differ"};
  std::vector<int> lines(expected);
  in.Bytes(lines.data(), expected * sizeof(int));
  return lines;
}

void ReadTables(Source& in, Model& model) {
  const auto n = static_cast<Eigen::Index>(in.Count(8, kMaxSectors));
  for (Eigen::Index i = 0; i < n; ++i) model.sectors.push_back(in.Text());
  for (Eigen::Index i = 0; i < n; ++i) model.sector_names.push_back(in.Text());
  model.transactions = ReadMatrix(in, n, n);
  model.output = ReadMatrix(in, n, 1).col(0);
  const auto k = static_cast<Eigen::Index>(in.Count(8, kMaxSectors));
  for (Eigen::Index c = 0; c < k; ++c) model.final_demand_columns.push_back(in.Text());
  model.final_demand = ReadMatrix(in, n, k);
  const std::uint64_t satellites = in.Count(16, kMaxSectors);
  for (std::uint64_t s = 0; s < satellites; ++s) {
    Satellite satellite{in.Text(), in.Text(), Vector()};
    satellite.values = ReadMatrix(in, n, 1).col(0);
    model.satellites.push_back(std::move(satellite));
  }
  const std::uint64_t rpc = in.Count(0, kMaxSectors);
  if (rpc != 0 && rpc != static_cast<std::uint64_t>(n)) throw Corrupt{"rpc size differs"};
  if (rpc != 0) model.regional.purchase_coefficients = ReadMatrix(in, n, n);
  const std::uint64_t supply = in.Count(0, kMaxSectors);
  if (supply != 0 && supply != static_cast<std::uint64_t>(n)) throw Corrupt{"SLQ size differs"};
  if (supply != 0) model.regional.supply_share = ReadMatrix(in, n, 1).col(0);
  model.lines.transactions = ReadLines(in, static_cast<size_t>(n));
  model.lines.output = ReadLines(in, static_cast<size_t>(n));
  model.lines.satellites = ReadLines(in, satellites);
}

template <typename T>
T ReadRaw(std::FILE* file) {
  T value{};
  if (std::fread(&value, sizeof value, 1, file) != 1) throw Corrupt{"truncated header"};
  return value;
}

// Checks magic, version, byte order, sizes and key; leaves `file` at the tables.
// Returns the tables' length, or nothing for another key.
std::optional<std::uint64_t> ReadHead(std::FILE* file, std::uint64_t file_size,
                                      const std::string& key) {
  char magic[8];
  if (std::fread(magic, 1, 8, file) != 8 || std::memcmp(magic, kMagic, 8) != 0)
    throw Corrupt{"not a Ripple model cache (bad magic)"};
  if (const auto version = ReadRaw<std::uint32_t>(file); version != kModelCacheVersion)
    throw Corrupt{"cache format version " + std::to_string(version) + ", this Ripple reads " +
                  std::to_string(kModelCacheVersion)};
  if (ReadRaw<std::uint32_t>(file) != kByteOrder) throw Corrupt{"written with another byte order"};
  const auto key_bytes = ReadRaw<std::uint64_t>(file);
  if (key_bytes > file_size - kHeadBytes) throw Corrupt{"truncated key"};
  std::string stored(key_bytes, '\0');
  if (std::fread(stored.data(), 1, key_bytes, file) != key_bytes) throw Corrupt{"truncated key"};
  if (file_size < kHeadBytes + key_bytes + kTrailerBytes) throw Corrupt{"truncated tables"};
  if (stored != key) return std::nullopt;
  const std::uint64_t length = file_size - kHeadBytes - key_bytes - kTrailerBytes;
  const long tables = std::ftell(file);
  if (tables < 0 || std::fseek(file, static_cast<long>(file_size - kTrailerBytes), SEEK_SET) != 0 ||
      ReadRaw<std::uint64_t>(file) != length || std::fseek(file, tables, SEEK_SET) != 0)
    throw Corrupt{"truncated or extended: its size does not match its trailer"};
  return length;
}

}  // namespace

void WriteModelCache(const std::string& path, const std::string& key, const Model& model) {
  // Unique per process and per call: two loads writing the same cache at once
  // (processes or threads) each write their own file; the last rename wins.
  static std::atomic<unsigned> calls{0};
  const std::string temporary =
      path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(calls++);
  File file(std::fopen(temporary.c_str(), "wb"), &std::fclose);
  if (!file)
    throw Error(ErrorKind::kIo, temporary + ": cannot write file: " + std::strerror(errno));
  try {
    Sink out(file.get(), temporary);
    out.Bytes(kMagic, sizeof kMagic);
    out.U32(kModelCacheVersion);
    out.U32(kByteOrder);
    out.Text(key);
    out.Begin();
    WriteTables(model, out);
    out.End();
    if (std::fclose(file.release()) != 0)
      throw Error(ErrorKind::kIo, temporary + ": cannot write file: " + std::strerror(errno));
    std::filesystem::rename(temporary, path);
  } catch (...) {
    file.reset();
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    throw;
  }
}

CacheRead ReadModelCache(const std::string& path, const std::string& key, Model& model,
                         std::string& why) {
  std::error_code error;
  const std::uintmax_t size = std::filesystem::file_size(path, error);
  if (error) return CacheRead::kMissing;
  File file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!file) return CacheRead::kMissing;
  try {
    if (size < kHeadBytes) throw Corrupt{"truncated header"};
    const std::optional<std::uint64_t> length = ReadHead(file.get(), size, key);
    if (!length) return CacheRead::kStale;
    Source in(file.get(), *length);
    ReadTables(in, model);
    if (in.left() != 0) throw Corrupt{"bytes left after the tables"};
    const std::string digest = in.Digest();
    const auto stored_length = ReadRaw<std::uint64_t>(file.get());
    std::string stored(kDigestBytes, '\0');
    if (std::fread(stored.data(), 1, kDigestBytes, file.get()) != kDigestBytes)
      throw Corrupt{"truncated digest"};
    if (stored_length != *length || stored != digest) throw Corrupt{"digest of the tables differs"};
    return CacheRead::kHit;
  } catch (const Corrupt& corrupt) {
    why = corrupt.why;
    return CacheRead::kCorrupt;
  }
}

}  // namespace ripple
