#include "ripple/base/csv.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <ostream>
#include <sstream>

#include "base/leading_double.h"
#include "ripple/base/csv_scan.h"
#include "ripple/base/error.h"
#include "ripple/base/file_io.h"
#include "ripple/base/text.h"

namespace ripple {

int CsvTable::ColumnIndex(std::string_view name) const {
  for (size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return static_cast<int>(i);
  }
  return -1;
}

CsvTable ParseCsv(std::string_view text, const std::string& source, char delimiter) {
  CsvScanner scanner(text, source, delimiter);
  CsvRecord record;
  CsvTable table;
  table.source = source;
  if (!scanner.Next(record)) {
    throw Error(ErrorKind::kBadInput,
                Located(source, 0, 0, "", "empty file: a header row is required"));
  }
  table.header_line = record.line;
  table.header.assign(record.fields.begin(), record.fields.end());
  while (scanner.Next(record)) {
    table.rows.push_back(
        CsvRow{record.line, std::vector<std::string>(record.fields.begin(), record.fields.end())});
  }
  return table;
}

std::string ReadFile(const std::string& path, std::uint64_t max_bytes) {
  return ReadWholeFile(path, max_bytes);
}

CsvTable ReadCsvFile(const std::string& path, char delimiter) {
  return ParseCsv(ReadFile(path, kMaxTableFileBytes), path, delimiter);
}

namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

}  // namespace

bool ParseDouble(std::string_view text, double& value) {
  if (!text.empty() && (IsBlank(text.front()) || IsBlank(text.back()))) {
    while (!text.empty() && IsBlank(text.front())) text.remove_prefix(1);
    while (!text.empty() && IsBlank(text.back())) text.remove_suffix(1);
  }
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  if (text.empty()) return false;
  const char* end = text.data() + text.size();
  return LeadingDouble(text.data(), end, value) == end && std::isfinite(value);
}

std::string FormatNumber(double value, int significant_digits) {
  if (value == 0.0) return "0";  // also maps -0 to 0
  char buffer[64];
  std::to_chars_result result;
  if (significant_digits >= 17) {
    result = std::to_chars(buffer, buffer + sizeof buffer, value);
  } else {
    // Round to the requested digits first, then print the shortest form of that.
    char rounded[64];
    auto r = std::to_chars(rounded, rounded + sizeof rounded, value, std::chars_format::scientific,
                           significant_digits - 1);
    double parsed = 0;
    std::from_chars(rounded, r.ptr, parsed);
    if (parsed == 0.0) return "0";
    // Plain digits from 0.0001 to below 1e15 (7.3e+07 is 73000000: spreadsheets
    // and readers take it as a number); the shortest form that reads back exactly.
    const double size = std::abs(parsed);
    result = size >= 1e-4 && size < 1e15
                 ? std::to_chars(buffer, buffer + sizeof buffer, parsed, std::chars_format::fixed)
                 : std::to_chars(buffer, buffer + sizeof buffer, parsed);
  }
  return std::string(buffer, result.ptr);
}

namespace {

bool NeedsQuotes(std::string_view text, char separator) {
  for (const char c : text) {
    if (c == separator || c == '"' || c == '\n' || c == '\r') return true;
  }
  return false;
}

// Writes `text`, quoted (quotes doubled) when it holds `separator`, a quote
// or a line end; one pass, no copy.
void PutField(std::ostream& out, std::string_view text, char separator) {
  if (!NeedsQuotes(text, separator)) {
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    return;
  }
  out.put('"');
  for (const char c : text) {
    if (c == '"') out.put('"');
    out.put(c);
  }
  out.put('"');
}

}  // namespace

std::string CsvField(std::string_view text) {
  std::ostringstream out;
  PutField(out, text, ',');
  return out.str();
}

void WriteCsvLine(std::ostream& out, const std::vector<std::string>& fields) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out.put(',');
    PutField(out, fields[i], ',');
  }
  out.put('\n');
}

std::string_view CsvDialectName(CsvDialect dialect) {
  return dialect == CsvDialect::kExcelFr ? "excel-fr" : "standard";
}

std::optional<CsvDialect> ParseCsvDialect(std::string_view text) {
  if (text == "standard") return CsvDialect::kStandard;
  if (text == "excel-fr") return CsvDialect::kExcelFr;
  return std::nullopt;
}

namespace {

std::string DecimalComma(std::string text) {
  for (char& c : text) {
    if (c == '.') c = ',';
  }
  return text;
}

}  // namespace

CsvWriter::CsvWriter(std::ostream& out, CsvDialect dialect, const std::vector<std::string>& header,
                     const std::vector<std::string>& numeric)
    : out_(out), dialect_(dialect), numeric_(header.size(), false) {
  for (size_t i = 0; i < header.size(); ++i) {
    for (const auto& name : numeric) numeric_[i] = numeric_[i] || header[i] == name;
  }
  if (dialect_ == CsvDialect::kExcelFr) out_ << "\xEF\xBB\xBF";
  Line(header, true);
}

void CsvWriter::Row(const std::vector<std::string>& fields) { Line(fields, false); }

void CsvWriter::Line(const std::vector<std::string>& fields, bool header) {
  if (dialect_ == CsvDialect::kStandard) return WriteCsvLine(out_, fields);
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out_ << ';';
    const bool number = !header && i < numeric_.size() && numeric_[i];
    if (number) {
      out_ << DecimalComma(fields[i]);
    } else {
      PutField(out_, fields[i], ';');
    }
  }
  out_ << '\n';
}

}  // namespace ripple
