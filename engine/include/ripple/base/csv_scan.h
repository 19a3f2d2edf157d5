// CSV records one at a time, as views into the text: the tokeniser behind
// ParseCsv (csv.h, same rules: RFC 4180 quotes, UTF-8 BOM, CRLF or CR line
// ends, unquoted fields trimmed of spaces and tabs, blank lines skipped), and
// a streaming reader for large model tables that never holds the whole file.
//
// Cells are not copied: a field is a view into the text (or into the reader's
// buffer for a file), except a field holding a quote section with "" escapes
// or text after its closing quote, which is rebuilt in a scratch string owned
// by the scanner. Every view of a record stays valid until the next call of
// Next().
#pragma once

#include <array>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ripple {

class FileReader;

struct CsvRecord {
  int line = 0;                          // 1-based line where the record starts
  std::vector<std::string_view> fields;  // valid until the next Next()
};

class CsvScanner {
 public:
  // Scans `text`, which must outlive the scanner. `source` names it in errors.
  CsvScanner(std::string_view text, std::string source, char delimiter = ',');
  // Scans the file at `path` in chunks of `chunk_bytes` (a record may be
  // longer: the buffer grows to hold it). Throws as ReadWholeFile (file_io.h): Error(kIo)
  // when it cannot be read, Error(kBadInput) when it is not a regular file or
  // is larger than `max_bytes`.
  CsvScanner(const std::string& path, std::uint64_t max_bytes, char delimiter = ',',
             size_t chunk_bytes = kDefaultChunkBytes);
  static constexpr size_t kDefaultChunkBytes = size_t{4} << 20;
  ~CsvScanner();
  CsvScanner(const CsvScanner&) = delete;
  CsvScanner& operator=(const CsvScanner&) = delete;

  // Reads the next non-blank record into `record`; false after the last one.
  // Throws Error(kBadInput) "source:line: unterminated quoted field".
  bool Next(CsvRecord& record);

  const std::string& source() const { return source_; }

 private:
  enum class Scan { kRecord, kNeedMore, kEnd };
  Scan ScanRecord(size_t& pos, int& line, CsvRecord& record);
  Scan ScanField(size_t& pos, int& line, std::string_view& value);
  Scan ScanFieldSlowly(size_t start, size_t& pos, int& line, std::string_view& value);
  void Refill();

  void MarkSpecialBytes();

  std::string source_;
  char delimiter_;
  std::array<bool, 256> special_{};   // bytes that may end a field: delimiter, CR, LF, quote
  std::unique_ptr<FileReader> file_;  // null when scanning text in memory
  std::string buffer_;                // file chunks: data_ points into it
  std::string_view data_;             // the bytes available to scan
  bool at_eof_ = true;                // no bytes beyond data_
  size_t pos_ = 0;                    // start of the next record in data_
  int line_ = 1;                      // line of pos_
  std::deque<std::string> scratch_;   // rebuilt quoted fields (stable addresses)
  size_t scratch_used_ = 0;
};

}  // namespace ripple
