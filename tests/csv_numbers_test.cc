// CsvScanner::NextNumbers (base/csv_scan.h), which reads the numbers of a large
// table in one pass over their bytes, and ReadTransactionsFast built on it: the same
// records, lines and errors as Next(), and for every number the very double
// ParseDouble gives for the field, on hand-written edges (a number followed by a
// quote, CRLF, spaces, exponents, long digit strings, subnormals, out of range) and
// random texts, from memory and from files read in chunks as small as 4 bytes.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstring>
#include <map>
#include <memory>
#include <random>

#include "model/transactions_parse.h"
#include "ripple/base/csv.h"
#include "ripple/base/csv_scan.h"
#include "ripple/base/error.h"
#include "support/test_support.h"

using namespace ripple;

namespace {

struct Read {
  int line = 0;
  std::vector<std::string> fields;  // every field, or only the label when `numeric`
  std::vector<double> numbers;
  bool numeric = false;
};

struct Reads {
  std::vector<Read> records;
  std::string error;  // the message of Error, "" when none
};

Reads ByNext(CsvScanner& scanner) {
  Reads reads;
  try {
    CsvRecord record;
    while (scanner.Next(record))
      reads.records.push_back(
          {record.line, {record.fields.begin(), record.fields.end()}, {}, false});
  } catch (const Error& error) {
    reads.error = error.what();
  }
  return reads;
}

// NextNumbers with room for `capacity` numbers a record.
Reads ByNextNumbers(CsvScanner& scanner, size_t capacity = 8) {
  Reads reads;
  try {
    CsvRecord record;
    std::vector<double> numbers(capacity);
    size_t count = 0;
    for (CsvNumbers kind;
         (kind = scanner.NextNumbers(record, numbers, count)) != CsvNumbers::kEnd;) {
      const bool numeric = kind == CsvNumbers::kNumbers;
      const auto end = numbers.begin() + static_cast<std::ptrdiff_t>(numeric ? count : 0);
      reads.records.push_back({record.line,
                               {record.fields.begin(), record.fields.end()},
                               {numbers.begin(), end},
                               numeric});
    }
  } catch (const Error& error) {
    reads.error = error.what();
  }
  return reads;
}

bool SameBits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

// `actual` (NextNumbers) against `expected` (Next): a record read as numbers holds, for
// each field after its label, ParseDouble's value of that field. Returns how many
// records were read as numbers.
int CheckSame(const Reads& expected, const Reads& actual, const std::string& text) {
  INFO("text: " << text);
  REQUIRE(actual.error == expected.error);
  REQUIRE(actual.records.size() == expected.records.size());
  int numeric = 0;
  for (size_t r = 0; r < expected.records.size(); ++r) {
    const Read& want = expected.records[r];
    const Read& got = actual.records[r];
    CHECK(got.line == want.line);
    if (!got.numeric) {
      CHECK(got.fields == want.fields);
      continue;
    }
    ++numeric;
    REQUIRE(got.fields.size() == 1);
    CHECK(got.fields[0] == want.fields[0]);
    REQUIRE(got.numbers.size() + 1 == want.fields.size());
    for (size_t c = 0; c < got.numbers.size(); ++c) {
      double value = 0;
      INFO("field '" << want.fields[c + 1] << "'");
      REQUIRE(ParseDouble(want.fields[c + 1], value));
      CHECK(SameBits(got.numbers[c], value));
    }
  }
  return numeric;
}

// Compares NextNumbers with Next on `text` in memory and from a file read in small
// chunks; returns how many records the in-memory scan read as numbers.
int CheckAllWays(const std::string& text, char delimiter, const std::string& dir) {
  CsvScanner by_next(text, "t.csv", delimiter), by_numbers(text, "t.csv", delimiter);
  const Reads expected = ByNext(by_next);
  const int numeric = CheckSame(expected, ByNextNumbers(by_numbers), text);
  const std::string path = dir + "/t.csv";
  testing::WriteTextFile(path, text);
  for (size_t chunk : {4, 5, 7, 64}) {
    CsvScanner from_file(path, 1 << 20, delimiter, chunk);
    Reads scanned = ByNextNumbers(from_file, chunk % 5 + 2);  // room for 2 to 6 numbers
    const std::string prefix = path + ":";                    // the file's errors name its path
    if (scanned.error.compare(0, prefix.size(), prefix) == 0)
      scanned.error = "t.csv:" + scanned.error.substr(prefix.size());
    CheckSame(expected, scanned, text);
  }
  return numeric;
}

// Cells a model table may hold, numbers or not, written in every way met so far.
const std::vector<std::string> kCells = {"0",
                                         "-0",
                                         "1.5",
                                         "-2.5e3",
                                         "1E-2",
                                         ".5",
                                         "5.",
                                         "0.000",
                                         "0e7",
                                         "1e+5",
                                         "-.5",
                                         "+3",
                                         " 7 ",
                                         "8  ",
                                         "\t9",
                                         "\"10\"",
                                         "\" 11 \"",
                                         "\"12\"x",
                                         "13\"",
                                         "",
                                         "nan",
                                         "inf",
                                         "-inf",
                                         "infinity",
                                         "1e",
                                         "e5",
                                         "-",
                                         ".",
                                         "1.2.3",
                                         "0x10",
                                         "12x",
                                         "1 2",
                                         "1e400",
                                         "-1e400",
                                         "1e-400",
                                         "2e-324",
                                         "4.9406564584124654e-324",
                                         "2.2250738585072014e-308",
                                         "1.7976931348623157e308",
                                         "0.30000000000000004",
                                         "12345678901234567890123456789.5e-3",
                                         "0." + std::string(400, '0') + "1",
                                         "1" + std::string(330, '0'),
                                         "\""};

}  // namespace

TEST_CASE("NextNumbers reads plain numbers in one pass and leaves other fields to Next",
          "[csv][ingest]") {
  CsvScanner scanner("sector,a,b\r\nx,1.5,-2e-3\r\ny,3,\"4\"\n\nz,5,6 \nv,1,2,3\nw,7,8\"\r",
                     "t.csv");
  std::vector<double> numbers(2);
  size_t count = 0;
  CsvRecord record;
  CHECK(scanner.NextNumbers(record, numbers, count) == CsvNumbers::kFields);  // the header
  REQUIRE(scanner.NextNumbers(record, numbers, count) == CsvNumbers::kNumbers);
  CHECK(record.line == 2);
  CHECK(record.fields == std::vector<std::string_view>{"x"});
  CHECK(count == 2);
  CHECK(numbers == std::vector<double>{1.5, -2e-3});
  REQUIRE(scanner.NextNumbers(record, numbers, count) == CsvNumbers::kFields);  // a quoted number
  CHECK(record.fields == std::vector<std::string_view>{"y", "3", "4"});
  REQUIRE(scanner.NextNumbers(record, numbers, count) == CsvNumbers::kFields);  // a trailing space
  CHECK(record.line == 5);
  CHECK(record.fields == std::vector<std::string_view>{"z", "5", "6"});
  REQUIRE(scanner.NextNumbers(record, numbers, count) == CsvNumbers::kFields);  // no room
  CHECK(record.fields == std::vector<std::string_view>{"v", "1", "2", "3"});
  REQUIRE(scanner.NextNumbers(record, numbers, count) == CsvNumbers::kFields);  // a quote after it
  CHECK(record.fields == std::vector<std::string_view>{"w", "7", "8\""});
  CHECK(scanner.NextNumbers(record, numbers, count) == CsvNumbers::kEnd);
}

TEST_CASE("NextNumbers agrees with Next and ParseDouble on every edge of a numeric cell",
          "[csv][ingest]") {
  const std::string dir = testing::MakeTempDir("csv-numbers");
  int numeric = 0;
  for (const std::string& cell : kCells) {
    for (const char* end : {"\n", "\r\n", "\r", ""}) {
      for (const char delimiter : {',', ';'}) {
        const std::string d(1, delimiter);
        const std::string text = "a" + d + cell + d + "1" + end + "b" + d + "2" + d + cell + end;
        numeric += CheckAllWays(text, delimiter, dir);
      }
    }
  }
  CHECK(numeric > 100);  // the one-pass reading is taken where it can be
  // A delimiter that can be inside a number: Next's split, never a longer number.
  CHECK(CheckAllWays("a.1.5.2\nb.3e.4\n", '.', dir) == 0);
  CHECK(CheckAllWays("a-1-2e5\n", '-', dir) == 0);
}

TEST_CASE("NextNumbers agrees with Next and ParseDouble on random texts", "[csv][ingest]") {
  const std::string dir = testing::MakeTempDir("csv-numbers-random");
  std::mt19937 random(20261206);
  const std::vector<std::string> ends = {"\n", "\r\n", "\r", "\n\n", "\n \t\n"};
  for (int round = 0; round < 300; ++round) {
    const char delimiter = round % 3 ? ',' : ';';
    std::string text = round % 5 ? "" : "\xEF\xBB\xBF";
    for (size_t r = 0, records = random() % 5 + 1; r < records; ++r) {
      text += r % 2 ? "\"s,\"\"q\"" : "s";
      for (size_t c = 0, cells = random() % 6; c < cells; ++c)
        text += delimiter + (random() % 3 ? std::to_string(random() % 1000) + ".25e-1"
                                          : kCells[random() % kCells.size()]);
      text += ends[random() % ends.size()];
    }
    if (random() % 4 == 0) text.pop_back();  // no line end at the end of the file
    CheckAllWays(text, delimiter, dir);
  }
  const std::string alphabet = "0123456789.e-+ ,;\"\n\r\tx";
  for (int round = 0; round < 300; ++round) {
    std::string text;
    for (size_t i = 0, length = random() % 40; i < length; ++i)
      text += alphabet[random() % alphabet.size()];
    CheckAllWays(text, round % 2 ? ';' : ',', dir);
  }
}

namespace {

// ReadTransactionsFast on `text`, in memory and from a file in small chunks: all the
// same, and either false or the matrix whose cells are ParseDouble of ParseCsv's fields
// (rows in any order); an error when ParseCsv gives one.
void CheckTransactions(const std::string& text, const std::string& dir) {
  INFO("text: " << text);
  CsvTable table;
  try {
    table = ParseCsv(text, "t.csv");
  } catch (const Error& error) {
    CsvScanner scanner(text, "t.csv");
    Model model;
    std::map<std::string, int> index;
    CHECK_THROWS_WITH(ReadTransactionsFast(scanner, model, index), error.what());
    return;
  }
  const size_t n = table.header.size() - 1;
  Matrix expected = Matrix::Zero(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(n));
  bool valid = table.rows.size() == n;
  std::vector<bool> seen(n);
  for (size_t r = 0; valid && r < n; ++r) {
    const auto& fields = table.rows[r].fields;
    const auto code = std::find(table.header.begin() + 1, table.header.end(), fields[0]);
    const auto s = static_cast<size_t>(code - table.header.begin()) - 1;
    valid = fields.size() == n + 1 && s < n && !seen[s];
    for (size_t c = 1; valid && c <= n; ++c)
      valid = ParseDouble(fields[c], expected(static_cast<Eigen::Index>(s), c - 1));
    if (valid) seen[s] = true;
  }
  const std::string path = dir + "/transactions.csv";
  testing::WriteTextFile(path, text);
  for (size_t chunk : {size_t{0}, size_t{4}, size_t{7}, size_t{64}}) {
    std::unique_ptr<CsvScanner> scanner =
        chunk == 0 ? std::make_unique<CsvScanner>(text, "t.csv")
                   : std::make_unique<CsvScanner>(path, 1 << 20, ',', chunk);
    Model model;
    std::map<std::string, int> index;
    REQUIRE(ReadTransactionsFast(*scanner, model, index) == valid);
    if (!valid) continue;
    REQUIRE(model.transactions.rows() == static_cast<Eigen::Index>(n));
    for (Eigen::Index i = 0; i < expected.size(); ++i)
      CHECK(SameBits(model.transactions.data()[i], expected.data()[i]));
  }
}

}  // namespace

TEST_CASE("ReadTransactionsFast gives ParseDouble's value of every cell, or declines",
          "[csv][ingest]") {
  const std::string dir = testing::MakeTempDir("csv-numbers-transactions");
  for (const std::string& cell : kCells) {
    CheckTransactions("sector,a,b\na,1," + cell + "\nb," + cell + ",2\n", dir);
    CheckTransactions("sector,a,b\r\na," + cell + ",0.5\r\nb,3,4e-2\r\n", dir);
    CheckTransactions("sector,a,b\na,1,2\nb,3," + cell, dir);  // no line end at the end
  }
  CheckTransactions("sector,a,b\n\na,1,2\n  \nb,3,4\n\n", dir);  // blank lines
  // Rows in another order than the header's: read into a spare row, then copied.
  CheckTransactions("sector,a,b,c\nc,1,2,3\na,4,5,6\nb,7,8,9\n", dir);
  CheckTransactions("sector,a,b,c\nb,1,2,3\na,4,5,6\nc,7,8,9\n", dir);
  CheckTransactions("sector,a,b,c\nb,1,2,3\nc,4,\"5\",6\na,7,8,9\n", dir);
  CheckTransactions("sector,a,b,c\nb,1,2,3\nb,4,5,6\na,7,8,9\n", dir);  // twice: declined
  CheckTransactions("sector,a,b,c\nb,1,2,3\nc,4,5,6\n", dir);           // one missing
}
