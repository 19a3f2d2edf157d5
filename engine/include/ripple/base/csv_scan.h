// CSV records one at a time, as views into the text: the tokeniser behind
// ParseCsv (csv.h, same rules: RFC 4180 quotes, UTF-8 BOM, CRLF or CR line
// ends, unquoted fields trimmed of spaces and tabs, blank lines skipped), and
// a streaming reader for large model tables that never holds the whole file.
// NextNumbers reads a table of labels and numbers with each number's bytes read
// once, straight into the caller's row.
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
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ripple {

class FileReader;

struct CsvRecord {
  int line = 0;                          // 1-based line where the record starts
  std::vector<std::string_view> fields;  // valid until the next Next()
};

// What CsvScanner::NextNumbers read.
//   kEnd      no record left;
//   kNumbers  record.fields holds the first field only, and the fields after it are
//             numbers[0, count), each as ParseDouble (csv.h) reads it, in order;
//   kFields   record holds every field, as Next() gives it: some field after the first
//             is not written as a plain number (it may still be one ParseDouble reads,
//             e.g. quoted or with spaces around it, or not be a number at all), or there
//             are more than numbers.size() of them. `numbers` may have been written.
enum class CsvNumbers { kEnd, kNumbers, kFields };

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

  // Next() for a table of a label and numbers (transactions.csv), reading each
  // plain number straight from the text into `numbers`, one pass over its bytes: a
  // field after the first is taken as a number when it is exactly a number in
  // std::from_chars's grammar, finite and in range, followed by the delimiter or a
  // line end (no spaces, quotes or '+' around it). The same records, lines and errors
  // as Next().
  CsvNumbers NextNumbers(CsvRecord& record, std::span<double> numbers, size_t& count);

  const std::string& source() const { return source_; }

 private:
  enum class Scan { kRecord, kNeedMore, kEnd, kNotNumbers };
  Scan ScanRecord(size_t& pos, int& line, CsvRecord& record);
  Scan ScanNumbers(size_t& pos, int& line, CsvRecord& record, std::span<double> numbers,
                   size_t& count);
  Scan ScanLineEnd(size_t& pos, int& line);
  Scan ScanField(size_t& pos, int& line, std::string_view& value);
  Scan ScanFieldSlowly(size_t start, size_t& pos, int& line, std::string_view& value);
  void Refill();

  void MarkSpecialBytes();

  std::string source_;
  char delimiter_;
  std::array<bool, 256> special_{};   // bytes that may end a field: delimiter, CR, LF, quote
  bool numbers_in_one_pass_ = false;  // the delimiter cannot be part of a number
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
