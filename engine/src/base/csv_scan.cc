#include "ripple/base/csv_scan.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "base/leading_double.h"
#include "ripple/base/error.h"
#include "ripple/base/file_io.h"

namespace ripple {
namespace {

bool IsTrimmed(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view TrimView(std::string_view text) {
  while (!text.empty() && IsTrimmed(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsTrimmed(text.back())) text.remove_suffix(1);
  return text;
}

bool OnlySpace(std::string_view text) { return text.find_first_not_of(" \t") == text.npos; }

bool IsBlank(const std::vector<std::string_view>& fields) {
  for (std::string_view field : fields) {
    if (!OnlySpace(field)) return false;
  }
  return true;
}

bool AllTrimmed(std::string_view text) {
  for (char c : text) {
    if (!IsTrimmed(c)) return false;
  }
  return true;
}

}  // namespace

CsvScanner::CsvScanner(std::string_view text, std::string source, char delimiter)
    : source_(std::move(source)), delimiter_(delimiter), data_(text) {
  MarkSpecialBytes();
  if (data_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
}

CsvScanner::CsvScanner(const std::string& path, std::uint64_t max_bytes, char delimiter,
                       size_t chunk_bytes)
    : source_(path),
      delimiter_(delimiter),
      file_(std::make_unique<FileReader>(path, max_bytes)),
      at_eof_(false) {
  MarkSpecialBytes();
  // A chunk, or the whole file and one byte (to see its end) when smaller:
  // a model's small CSVs do not each zero a 4 MiB buffer.
  const std::uint64_t whole = file_->size_at_open() + 1;
  buffer_.resize(std::max<size_t>(
      4, whole < chunk_bytes ? static_cast<size_t>(whole) : chunk_bytes));  // 4: the BOM
  Refill();
  if (data_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
}

CsvScanner::~CsvScanner() = default;

void CsvScanner::MarkSpecialBytes() {
  for (const char c : {delimiter_, '\n', '\r', '"'}) special_[static_cast<unsigned char>(c)] = true;
  // A delimiter that can be inside a number ("1.5" split at '.') ends a field there.
  numbers_in_one_pass_ =
      std::string_view("0123456789.+-eE").find(delimiter_) == std::string_view::npos;
}

void CsvScanner::Refill() {
  const size_t keep = data_.size() - pos_;
  if (keep > 0 && pos_ > 0) std::memmove(buffer_.data(), buffer_.data() + pos_, keep);
  if (keep == buffer_.size()) buffer_.resize(buffer_.size() * 2);  // a record longer than a chunk
  size_t filled = keep;
  while (filled < buffer_.size()) {
    const size_t got = file_->Read(buffer_.data() + filled, buffer_.size() - filled);
    if (got == 0) {
      at_eof_ = true;
      break;
    }
    filled += got;
  }
  data_ = std::string_view(buffer_.data(), filled);
  pos_ = 0;
}

bool CsvScanner::Next(CsvRecord& record) {
  for (;;) {
    size_t pos = pos_;
    int line = line_;
    const Scan scan = ScanRecord(pos, line, record);
    if (scan == Scan::kNeedMore) {
      Refill();
      continue;
    }
    if (scan == Scan::kEnd) return false;
    pos_ = pos;
    line_ = line;
    if (!IsBlank(record.fields)) return true;
  }
}

CsvNumbers CsvScanner::NextNumbers(CsvRecord& record, std::span<double> numbers, size_t& count) {
  for (;;) {
    size_t pos = pos_;
    int line = line_;
    Scan scan = ScanNumbers(pos, line, record, numbers, count);
    const bool plain = scan != Scan::kNotNumbers;
    if (!plain) {  // read again as Next() does, from the record's start
      pos = pos_;
      line = line_;
      scan = ScanRecord(pos, line, record);
    }
    if (scan == Scan::kNeedMore) {
      Refill();
      continue;
    }
    if (scan == Scan::kEnd) return CsvNumbers::kEnd;
    pos_ = pos;
    line_ = line;
    if (plain && (count > 0 || !OnlySpace(record.fields[0]))) return CsvNumbers::kNumbers;
    if (!plain && !IsBlank(record.fields)) return CsvNumbers::kFields;
  }
}

// One record from `pos`: kRecord with pos after its line end, kNeedMore when
// the data ends inside it before the end of the file, kEnd at the end.
CsvScanner::Scan CsvScanner::ScanRecord(size_t& pos, int& line, CsvRecord& record) {
  if (pos == data_.size()) return at_eof_ ? Scan::kEnd : Scan::kNeedMore;
  record.fields.clear();
  record.line = line;
  scratch_used_ = 0;
  for (;;) {
    std::string_view value;
    if (ScanField(pos, line, value) == Scan::kNeedMore) return Scan::kNeedMore;
    record.fields.push_back(value);
    if (pos == data_.size()) return Scan::kRecord;  // the file ends without a line end
    if (data_[pos] != delimiter_) return ScanLineEnd(pos, line);
    ++pos;
  }
}

// ScanRecord for a label and plain numbers, each number's bytes read once (by
// LeadingDouble, then one look at the byte after it); kNotNumbers, leaving pos, line
// and the outputs meaningless, at the first field after the label that is not one.
CsvScanner::Scan CsvScanner::ScanNumbers(size_t& pos, int& line, CsvRecord& record,
                                         std::span<double> numbers, size_t& count) {
  if (pos == data_.size()) return at_eof_ ? Scan::kEnd : Scan::kNeedMore;
  record.fields.clear();
  record.line = line;
  scratch_used_ = 0;
  count = 0;
  std::string_view label;
  if (ScanField(pos, line, label) == Scan::kNeedMore) return Scan::kNeedMore;
  record.fields.push_back(label);
  const char* const data = data_.data();
  const char* const end = data + data_.size();
  const char* at = data + pos;
  while (at != end && *at == delimiter_) {
    if (count == numbers.size()) return Scan::kNotNumbers;
    double value = 0;
    const char* stop = numbers_in_one_pass_ ? LeadingDouble(at + 1, end, value) : nullptr;
    // A number the chunk may cut, or one followed by anything but the delimiter or a
    // line end, is left to ScanRecord.
    if (stop == nullptr || stop == end || *stop == '"' ||
        !special_[static_cast<unsigned char>(*stop)] || !std::isfinite(value))
      return Scan::kNotNumbers;
    numbers[count++] = value;
    at = stop;
  }
  pos = static_cast<size_t>(at - data);
  if (pos == data_.size()) return Scan::kRecord;  // a label alone, the file's last line
  return ScanLineEnd(pos, line);
}

// Past the CR, LF or CRLF at `pos`, counting the line.
CsvScanner::Scan CsvScanner::ScanLineEnd(size_t& pos, int& line) {
  if (data_[pos++] == '\r') {
    if (pos == data_.size() && !at_eof_) return Scan::kNeedMore;  // CR, maybe CRLF
    if (pos < data_.size() && data_[pos] == '\n') ++pos;
  }
  ++line;
  return Scan::kRecord;
}

// One field from `pos` up to its delimiter or line end (left at `pos`).
CsvScanner::Scan CsvScanner::ScanField(size_t& pos, int& line, std::string_view& value) {
  const size_t start = pos;
  const char* data = data_.data();
  const size_t end = data_.size();
  for (;; ++pos) {  // one table look-up a byte until a delimiter, line end or quote
    while (pos < end && !special_[static_cast<unsigned char>(data[pos])]) ++pos;
    if (pos == end || data[pos] != '"') break;
    if (AllTrimmed(data_.substr(start, pos - start)))
      return ScanFieldSlowly(start, pos, line, value);
  }
  if (pos == end && !at_eof_) return Scan::kNeedMore;
  value = TrimView(data_.substr(start, pos - start));
  return Scan::kRecord;
}

// A field with a quote section: a quote opens one wherever the field so far is
// empty once trimmed, "" inside is one quote, text after the closing quote is
// kept; the field is then not trimmed.
CsvScanner::Scan CsvScanner::ScanFieldSlowly(size_t start, size_t& pos, int& line,
                                             std::string_view& value) {
  if (scratch_used_ == scratch_.size()) scratch_.emplace_back();
  std::string& field = scratch_[scratch_used_++];
  field.assign(data_.substr(start, pos - start));
  bool quoted = false;
  const size_t end = data_.size();
  while (pos < end) {
    const char c = data_[pos];
    if (c == '"' && TrimView(field).empty()) {
      const int quote_line = line;
      field.clear();
      quoted = true;
      bool closed = false;
      for (++pos; pos < end; ++pos) {
        if (data_[pos] == '"') {
          if (pos + 1 < end && data_[pos + 1] == '"') {
            field += '"';
            ++pos;
            continue;
          }
          if (pos + 1 == end && !at_eof_) return Scan::kNeedMore;  // "" split by a chunk end
          closed = true;
          ++pos;
          break;
        }
        if (data_[pos] == '\n') ++line;
        field += data_[pos];
      }
      if (closed) continue;
      if (!at_eof_) return Scan::kNeedMore;
      throw Error(ErrorKind::kBadInput,
                  Located(source_, quote_line, 0, "", "unterminated quoted field"));
    }
    if (c == delimiter_ || c == '\n' || c == '\r') break;
    field += c;
    ++pos;
  }
  if (pos == end && !at_eof_) return Scan::kNeedMore;
  value = quoted ? std::string_view(field) : TrimView(field);
  return Scan::kRecord;
}

}  // namespace ripple
