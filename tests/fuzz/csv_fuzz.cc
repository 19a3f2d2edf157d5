// libFuzzer target: ripple::ParseCsv with ',', ';' and tab as delimiters, and
// ParseDouble / FormatNumber on every field read; CsvScanner::NextNumbers (the
// one-pass reading of transactions.csv) gives Next()'s records, lines and errors and
// ParseDouble's value of every number. Seeds: the CSV files of the shipped models and
// of tests/fixtures (tests/fuzz/run.sh).
#include <cmath>
#include <cstring>
#include <vector>

#include "fuzz_common.h"
#include "ripple/base/csv.h"
#include "ripple/base/csv_scan.h"

namespace {

// ParseDouble's answer, when it accepts the field, is finite or not, and
// FormatNumber writes it back to a text ParseDouble reads as the same value.
void CheckNumber(const std::string& field) {
  double value = 0;
  if (!ripple::ParseDouble(field, value) || !std::isfinite(value)) return;
  double again = 0;
  const std::string written = ripple::FormatNumber(value, 17);
  ripple_fuzz::Require(ripple::ParseDouble(written, again),
                       "FormatNumber output is read by ParseDouble");
  ripple_fuzz::Require(again == value, "FormatNumber(x, 17) reads back as x");
}

// The error of `read` (every record to its end), "" when none.
template <typename Read>
std::string ErrorOf(Read&& read) {
  try {
    read();
  } catch (const ripple::Error& error) {
    return error.what();
  }
  return "";
}

// A record NextNumbers read as numbers: Next()'s record with ParseDouble's values.
void CheckNumbers(const ripple::CsvRecord& record, const std::vector<double>& numbers,
                  const std::vector<std::string>& expected) {
  ripple_fuzz::Require(expected.size() == numbers.size() + 1 && expected[0] == record.fields[0],
                       "NextNumbers reads Next()'s label and width");
  for (size_t c = 0; c < numbers.size(); ++c) {
    double value = 0;
    ripple_fuzz::Require(ripple::ParseDouble(expected[c + 1], value) &&
                             std::memcmp(&value, &numbers[c], sizeof value) == 0,
                         "NextNumbers reads ParseDouble's value");
  }
}

void CheckNextNumbers(const std::string& text, char delimiter) {
  std::vector<std::pair<int, std::vector<std::string>>> records;
  const std::string next_error = ErrorOf([&] {
    ripple::CsvScanner scanner(text, "fuzz.csv", delimiter);
    ripple::CsvRecord record;
    while (scanner.Next(record))
      records.push_back({record.line, {record.fields.begin(), record.fields.end()}});
  });
  size_t r = 0;
  const std::string numbers_error = ErrorOf([&] {
    ripple::CsvScanner scanner(text, "fuzz.csv", delimiter);
    ripple::CsvRecord record;
    std::vector<double> numbers(16);
    size_t count = 0;
    for (ripple::CsvNumbers kind;
         (kind = scanner.NextNumbers(record, numbers, count)) != ripple::CsvNumbers::kEnd; ++r) {
      ripple_fuzz::Require(r < records.size() && records[r].first == record.line,
                           "NextNumbers reads Next()'s records and lines");
      if (kind == ripple::CsvNumbers::kNumbers) {
        CheckNumbers(record, {numbers.begin(), numbers.begin() + static_cast<long>(count)},
                     records[r].second);
      } else {
        ripple_fuzz::Require(records[r].second == std::vector<std::string>(record.fields.begin(),
                                                                           record.fields.end()),
                             "NextNumbers reads Next()'s fields");
      }
    }
  });
  ripple_fuzz::Require(numbers_error == next_error && (!next_error.empty() || r == records.size()),
                       "NextNumbers ends where Next() does, with its error");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text = ripple_fuzz::Text(data, size);
  for (const char delimiter : {',', ';', '\t'}) {
    CheckNextNumbers(text, delimiter);
    ripple_fuzz::ExpectOnlyRippleErrors([&] {
      const ripple::CsvTable table = ripple::ParseCsv(text, "fuzz.csv", delimiter);
      for (const std::string& field : table.header) CheckNumber(field);
      for (const ripple::CsvRow& row : table.rows) {
        for (const std::string& field : row.fields) CheckNumber(field);
      }
    });
  }
  return 0;
}
