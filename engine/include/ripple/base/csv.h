// Minimal RFC 4180 CSV reading and locale-independent number formatting.
//
// Ripple's model packages and reports are comma-separated, UTF-8, with a header
// row. Quoted fields may contain commas, quotes ("") and newlines. A UTF-8 BOM
// and CRLF line endings are accepted. Blank lines are skipped.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ripple/base/limits.h"

namespace ripple {

struct CsvRow {
  int line = 0;  // 1-based line number where the row starts in the source
  std::vector<std::string> fields;
};

struct CsvTable {
  std::string source;  // file name used in messages
  int header_line = 0;
  std::vector<std::string> header;
  std::vector<CsvRow> rows;

  // Index of column `name` in the header, or -1.
  int ColumnIndex(std::string_view name) const;
};

// Parses `text`. `source` names the file in error messages. Throws
// Error(kBadInput) on an unterminated quote or an empty file (no header).
CsvTable ParseCsv(std::string_view text, const std::string& source, char delimiter = ',');

// Reads and parses a file (at most kMaxTableFileBytes). Throws Error(kIo) when
// it cannot be read, Error(kBadInput) when it is not a regular file or too large.
CsvTable ReadCsvFile(const std::string& path, char delimiter = ',');

// Reads a whole file as bytes: a regular file of at most `max_bytes`
// (ReadWholeFile in file_io.h). Throws Error(kIo) naming the path and the
// system's reason, or Error(kBadInput) for a folder, device or oversized file.
// CSV tables pass kMaxTableFileBytes.
std::string ReadFile(const std::string& path, std::uint64_t max_bytes = kMaxTextFileBytes);

// Parses a decimal number with '.' as the separator (never the locale's),
// allowing surrounding spaces and exponents. Returns false for anything else,
// including empty text, "nan" and "inf".
bool ParseDouble(std::string_view text, double& value);

// Formats `value` locale-independently with at most `significant_digits`
// significant digits, shortest form, "-0" printed as "0". Reports use 12;
// model packages written by importers use 17 (round-trip exact).
std::string FormatNumber(double value, int significant_digits = 12);

// Quotes a field when it contains a comma, quote or newline.
std::string CsvField(std::string_view text);

// Writes one CSV line (fields already formatted) terminated by "\n".
void WriteCsvLine(std::ostream& out, const std::vector<std::string>& fields);

// How a report CSV is written for its reader (ripple run --csv-dialect).
//   kStandard  ',' separator, '.' decimals, no BOM: RFC 4180, for programs.
//   kExcelFr   a UTF-8 BOM, ';' separator, ',' decimals in the numeric columns,
//              for a spreadsheet set to French (Excel, LibreOffice).
// Both write "\n" line ends and quote a field holding the separator, a quote or
// a line end.
enum class CsvDialect { kStandard, kExcelFr };

// "standard" or "excel-fr".
std::string_view CsvDialectName(CsvDialect dialect);
std::optional<CsvDialect> ParseCsvDialect(std::string_view text);

// One CSV file in a dialect: every report CSV is written through it. The
// kStandard bytes are those of WriteCsvLine.
class CsvWriter {
 public:
  // Writes the BOM (kExcelFr) and `header`. The columns named in `numeric`
  // hold numbers formatted by FormatNumber (or empty): their '.' becomes ','
  // in kExcelFr. A name in `numeric` that is not in `header` is ignored.
  CsvWriter(std::ostream& out, CsvDialect dialect, const std::vector<std::string>& header,
            const std::vector<std::string>& numeric = {});

  // Writes one row, fields already formatted, terminated by "\n".
  void Row(const std::vector<std::string>& fields);

 private:
  void Line(const std::vector<std::string>& fields, bool header);

  std::ostream& out_;
  CsvDialect dialect_;
  std::vector<bool> numeric_;  // by column index
};

}  // namespace ripple
