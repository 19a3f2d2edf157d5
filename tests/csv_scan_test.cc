// CsvScanner (base/csv_scan.h), the tokeniser behind ParseCsv and the
// streaming reader of large model tables: the same records, line numbers and
// errors as the character-by-character reading of RFC 4180 below (the reading
// ParseCsv did before the scanner), for hand-written and random texts, from
// memory and from files read in chunks as small as 4 bytes.
#include "ripple/base/csv_scan.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <random>

#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "ripple/base/text.h"
#include "ripple/model/model.h"
#include "support/test_support.h"

using namespace ripple;

namespace {

struct Parsed {
  std::vector<std::pair<int, std::vector<std::string>>> records;
  std::string error;  // the message of Error, "" when none
};

bool Blank(const std::vector<std::string>& fields) {
  for (const auto& field : fields) {
    if (field.find_first_not_of(" \t") != std::string::npos) return false;
  }
  return true;
}

// The reference: one character at a time, a quote opening a quoted section
// wherever the field so far is empty once trimmed.
Parsed Reference(std::string_view text, char delimiter) {
  Parsed parsed;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<std::string> fields;
  std::string field;
  bool quoted = false;
  int line = 1, record_line = 1;
  auto end_field = [&] {
    fields.push_back(quoted ? field : Trim(field));
    field.clear();
    quoted = false;
  };
  auto end_record = [&] {
    end_field();
    if (!Blank(fields)) parsed.records.push_back({record_line, fields});
    fields.clear();
  };
  for (size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == '"' && Trim(field).empty()) {
      const int quote_line = line;
      field.clear();
      quoted = true;
      bool closed = false;
      for (++i; i < text.size(); ++i) {
        if (text[i] == '"' && i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else if (text[i] == '"') {
          closed = true;
          ++i;
          break;
        } else {
          if (text[i] == '\n') ++line;
          field += text[i];
        }
      }
      if (!closed) {
        parsed.error = "t.csv:" + std::to_string(quote_line) + ": unterminated quoted field";
        return parsed;
      }
      continue;
    }
    if (c == delimiter) {
      end_field();
    } else if (c == '\n' || c == '\r') {
      end_record();
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      record_line = ++line;
    } else {
      field += c;
    }
    ++i;
  }
  if (!field.empty() || !fields.empty()) end_record();
  return parsed;
}

Parsed Scan(CsvScanner& scanner) {
  Parsed parsed;
  try {
    CsvRecord record;
    while (scanner.Next(record)) {
      parsed.records.push_back(
          {record.line, std::vector<std::string>(record.fields.begin(), record.fields.end())});
    }
  } catch (const Error& error) {
    parsed.error = error.what();
  }
  return parsed;
}

void CheckSame(const Parsed& expected, const Parsed& actual, const std::string& text) {
  INFO("text: " << text);
  REQUIRE(actual.error == expected.error);
  if (!expected.error.empty()) return;
  REQUIRE(actual.records.size() == expected.records.size());
  for (size_t r = 0; r < expected.records.size(); ++r) {
    CHECK(actual.records[r].first == expected.records[r].first);
    CHECK(actual.records[r].second == expected.records[r].second);
  }
}

void CheckAllWays(const std::string& text, char delimiter, const std::string& dir) {
  const Parsed expected = Reference(text, delimiter);
  CsvScanner in_memory(text, "t.csv", delimiter);
  CheckSame(expected, Scan(in_memory), text);
  const std::string path = dir + "/t.csv";
  testing::WriteTextFile(path, text);
  for (size_t chunk : {4, 5, 7, 64}) {
    CsvScanner from_file(path, 1 << 20, delimiter, chunk);
    Parsed scanned = Scan(from_file);
    // The file's errors name its path.
    const std::string prefix = path + ":";
    if (scanned.error.compare(0, prefix.size(), prefix) == 0)
      scanned.error = "t.csv:" + scanned.error.substr(prefix.size());
    CheckSame(expected, scanned, text);
  }
}

}  // namespace

TEST_CASE("CsvScanner reads quotes, escapes, BOM, CR, CRLF and blank lines as RFC 4180 says",
          "[csv]") {
  const std::string dir = testing::MakeTempDir("csv-scan");
  CsvScanner scanner("\xEF\xBB\xBFsector, a ,\"b,\"\"c\"\"\"\r\n\n  \t \r\nx,\"1\n2\" tail,3\rlast",
                     "t.csv");
  const Parsed parsed = Scan(scanner);
  REQUIRE(parsed.records.size() == 3);
  CHECK(parsed.records[0].second == std::vector<std::string>{"sector", "a", "b,\"c\""});
  CHECK(parsed.records[1].first == 4);
  CHECK(parsed.records[1].second == std::vector<std::string>{"x", "1\n2 tail", "3"});
  CHECK(parsed.records[2].first == 6);
  CHECK(parsed.records[2].second == std::vector<std::string>{"last"});
  for (const char* text : {"a,b\n1,\"2\n", "\"", "a\n\n\"x\"\"", "  \"q\" , \"\"\"\" ,x\"y\"",
                           "a;b\n\"\r\"\"z\";\"\" \"w\"\r\n"}) {
    CheckAllWays(text, ',', dir);
    CheckAllWays(text, ';', dir);
  }
}

TEST_CASE("CsvScanner agrees with the character-by-character reading on random texts", "[csv]") {
  const std::string dir = testing::MakeTempDir("csv-scan-random");
  const std::string alphabet = "ab ,;\"\"\n\r\t1.";
  std::mt19937 random(20261206);
  for (int round = 0; round < 400; ++round) {
    std::string text;
    const size_t length = random() % 40;
    for (size_t i = 0; i < length; ++i) text += alphabet[random() % alphabet.size()];
    CheckAllWays(text, round % 2 ? ';' : ',', dir);
  }
}

TEST_CASE("ParseCsv keeps its errors: empty file, unterminated quote with its line", "[csv]") {
  CHECK_THROWS_WITH(ParseCsv(" \n\t\n", "e.csv"), "e.csv: empty file: a header row is required");
  CHECK_THROWS_WITH(ParseCsv("a\nb\n\"c\nd", "u.csv"), "u.csv:3: unterminated quoted field");
}

namespace {

// LoadModel streams transactions.csv from the file; ParseModel of the same texts
// reads it from memory: the same model, or the same message.
std::string LoadResult(const std::string& dir, Model& model) {
  try {
    model = LoadModel(dir);
    return "";
  } catch (const Error& error) {
    return error.what();
  }
}

std::string ParseResult(const std::string& dir, Model& model) {
  ModelSources s;
  s.directory = dir;
  const std::vector<std::string> files = ModelFiles(dir);
  s.toml_name = files[0];
  s.toml_text = testing::ReadTextFile(files[0]);
  s.transactions_name = files[1];
  s.transactions_text = testing::ReadTextFile(files[1]);
  s.output_name = files[2];
  s.output_text = testing::ReadTextFile(files[2]);
  s.final_demand_name = files[3];
  s.final_demand_text = testing::ReadTextFile(files[3]);
  s.satellites_name = files[4];
  s.satellites_text = testing::ReadTextFile(files[4]);
  try {
    model = ParseModel(s);
    return "";
  } catch (const Error& error) {
    return error.what();
  }
}

}  // namespace

TEST_CASE("a streamed transactions.csv gives the model, or the messages, of the text in memory",
          "[csv]") {
  namespace fs = std::filesystem;
  const std::string dir = testing::MakeTempDir("csv-stream-model") + "/fr";
  fs::copy(testing::RepoPath("models/fr-2021"), dir);
  Model streamed, parsed;
  REQUIRE(LoadResult(dir, streamed).empty());
  REQUIRE(ParseResult(dir, parsed).empty());
  CHECK(streamed.transactions == parsed.transactions);
  CHECK(streamed.sectors == parsed.sectors);
  CHECK(streamed.lines.transactions == parsed.lines.transactions);
  CHECK(streamed.lines.transactions_file == dir + "/transactions.csv");

  // Broken rules: a cell that is not a number, an unknown row, a short row.
  std::string text = testing::ReadTextFile(dir + "/transactions.csv");
  const size_t line3 = text.find('\n', text.find('\n') + 1) + 1;
  text.replace(text.find(',', line3) + 1, 1, "x");
  text.replace(line3, 3, "Z99");
  text += "extra,1\n";
  testing::WriteTextFile(dir + "/transactions.csv", text);
  const std::string streamed_error = LoadResult(dir, streamed);
  CHECK(streamed_error == ParseResult(dir, parsed));
  CHECK_THAT(streamed_error, Catch::Contains("transactions.csv:3: sector: unknown sector 'Z99'"));
  CHECK_THAT(streamed_error, Catch::Contains("matrix must be square"));
}
