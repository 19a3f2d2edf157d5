// Golden reports (ORE-style expected outputs): every shipped scenario in
// scenarios/ is run with the built CLI from the repository root, exactly as
// tests/bless-golden.sh runs it, and its reports compared with
// tests/golden/<scenario id>/:
//   summary.csv, annual.csv                CSV: text cells exactly, numbers
//                                          within the tolerance of their column
//   impacts.csv                            the default scenario's rows (value 0
//                                          rows are left out), as CSV above; every
//                                          scenario's impacts.csv must add up,
//                                          over sectors, to its annual.csv
//   brief.md                               text, exactly
//   run.json                               text, exactly, "version" and
//                                          "command" masked (they name the build
//                                          and the temporary output folder)
// plus a small Monte Carlo of the default scenario (200 draws, seed 1:
// quantiles.csv and tornado.csv) in tests/golden/sensitivity/, and every
// shipped model's multipliers.csv in tests/golden/multipliers/<model id>.csv.
//
// Tolerances: tests/golden/tolerances.csv (file,column,relative,absolute; "*"
// matches any), the first matching row wins. The default, relative 1e-9 and
// absolute 1e-6 near zero, lets a compiler or library update move the last
// printed digit but fails on any real change.
// Re-bless after an intended change: bash tests/bless-golden.sh (see tests/README.md).
#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <map>
#include <regex>
#include <sstream>

#include "ripple/base/csv.h"
#include "ripple/model/leontief.h"
#include "ripple/model/multipliers.h"
#include "support/test_support.h"

namespace fs = std::filesystem;
using namespace ripple;

namespace {

struct Tolerance {
  std::string file, column;
  double relative = 1e-9, absolute = 1e-6;
};

std::vector<Tolerance> LoadTolerances() {
  std::vector<Tolerance> tolerances;
  const CsvTable table = ReadCsvFile(testing::RepoPath("tests/golden/tolerances.csv"));
  for (const auto& row : table.rows) {
    Tolerance t{row.fields.at(0), row.fields.at(1)};
    REQUIRE(ParseDouble(row.fields.at(2), t.relative));
    REQUIRE(ParseDouble(row.fields.at(3), t.absolute));
    tolerances.push_back(t);
  }
  return tolerances;
}

const Tolerance& ToleranceFor(const std::string& file, const std::string& column) {
  static const std::vector<Tolerance> tolerances = LoadTolerances();
  for (const Tolerance& t : tolerances) {
    if ((t.file == "*" || t.file == file) && (t.column == "*" || t.column == column)) return t;
  }
  static const Tolerance fallback;
  return fallback;
}

bool SameCell(const std::string& expected, const std::string& actual, const Tolerance& tolerance) {
  double a = 0, b = 0;
  if (ParseDouble(expected, a) && ParseDouble(actual, b)) {
    return std::abs(a - b) <=
           std::max(tolerance.absolute, tolerance.relative * std::max(std::abs(a), std::abs(b)));
  }
  return expected == actual;
}

void CompareCsv(const std::string& expected_path, const std::string& actual_text) {
  const std::string file = fs::path(expected_path).filename().string();
  const CsvTable expected = ReadCsvFile(expected_path);
  const CsvTable actual = ParseCsv(actual_text, "actual");
  REQUIRE(actual.header == expected.header);
  REQUIRE(actual.rows.size() == expected.rows.size());
  size_t mismatches = 0;
  for (size_t r = 0; r < expected.rows.size() && mismatches < 10; ++r) {
    for (size_t c = 0; c < expected.header.size(); ++c) {
      const std::string& e = expected.rows[r].fields[c];
      const std::string& a = actual.rows[r].fields[c];
      if (!SameCell(e, a, ToleranceFor(file, expected.header[c]))) {
        ++mismatches;
        FAIL_CHECK(expected_path << ":" << expected.rows[r].line << ": column '"
                                 << expected.header[c] << "': expected " << e << ", got " << a);
      }
    }
  }
}

// run.json without the fields that name the build and the output folder.
std::string MaskRunJson(const std::string& text) {
  static const std::regex volatile_field(R"re(("(version|command)": )"[^"\n]*")re");
  return std::regex_replace(text, volatile_field, "$1\"(masked)\"");
}

void CompareText(const std::string& expected_path, const std::string& actual) {
  const std::string expected = testing::ReadTextFile(expected_path);
  REQUIRE_FALSE(expected.empty());
  if (expected == actual) return;
  std::istringstream e(expected), a(actual);
  std::string expected_line, actual_line;
  for (int line = 1;; ++line) {
    const bool more_e = static_cast<bool>(std::getline(e, expected_line));
    const bool more_a = static_cast<bool>(std::getline(a, actual_line));
    if (!more_e && !more_a) break;
    if (expected_line != actual_line || more_e != more_a) {
      FAIL(expected_path << ":" << line << ": expected\n  " << expected_line << "\ngot\n  "
                         << actual_line);
    }
  }
}

// impacts.csv without its rows of value 0.
std::string NonZeroRows(const std::string& impacts) {
  const CsvTable table = ParseCsv(impacts, "impacts.csv");
  const int value = table.ColumnIndex("value");
  std::ostringstream out;
  WriteCsvLine(out, table.header);
  for (const auto& row : table.rows) {
    double v = 0;
    if (!ParseDouble(row.fields.at(static_cast<size_t>(value)), v) || v != 0)
      WriteCsvLine(out, row.fields);
  }
  return out.str();
}

// Sums impacts.csv over sectors and compares with annual.csv's rows of each
// intervention (same year, indicator, effect, basis).
void CheckImpactsAddUpToAnnual(const std::string& impacts, const std::string& annual) {
  std::map<std::string, double> sums;
  const CsvTable detail = ParseCsv(impacts, "impacts.csv");
  const int value = detail.ColumnIndex("value");
  REQUIRE(value >= 0);
  for (const auto& row : detail.rows) {
    double v = 0;
    REQUIRE(ParseDouble(row.fields.at(static_cast<size_t>(value)), v));
    sums[row.fields[0] + "," + row.fields[1] + "," + row.fields[2] + "," + row.fields[3] + "," +
         row.fields[4]] += v;
  }
  const CsvTable totals = ParseCsv(annual, "annual.csv");
  size_t compared = 0;
  for (const auto& row : totals.rows) {
    const auto it = sums.find(row.fields[0] + "," + row.fields[1] + "," + row.fields[2] + "," +
                              row.fields[3] + "," + row.fields[4]);
    if (it == sums.end()) continue;  // intervention "all"
    double expected = 0;
    REQUIRE(ParseDouble(row.fields.at(5), expected));
    INFO("annual.csv line " << row.line);
    CHECK(std::abs(it->second - expected) <= std::max(1e-6, 1e-9 * std::abs(expected)));
    ++compared;
  }
  CHECK(compared == sums.size());
}

std::string Report(const std::string& folder, const std::string& name) {
  return testing::ReadTextFile(folder + "/" + name);
}

}  // namespace

TEST_CASE("shipped scenarios reproduce their golden reports", "[golden]") {
  std::vector<fs::path> scenarios;
  for (const auto& entry : fs::directory_iterator(testing::RepoPath("scenarios"))) {
    if (entry.path().extension() == ".toml") scenarios.push_back(entry.path());
  }
  std::sort(scenarios.begin(), scenarios.end());
  REQUIRE_FALSE(scenarios.empty());
  const std::string tmp = testing::MakeTempDir("golden");
  for (const auto& path : scenarios) {
    const std::string id = path.stem().string();
    INFO("scenario " << path.filename().string());
    const std::string out = tmp + "/" + id;
    const auto run =
        testing::RunCli("run scenarios/" + path.filename().string() + " --out " + out + " --quiet",
                        testing::RepoPath(""));
    REQUIRE(run.exit_code == 0);
    const std::string golden = testing::RepoPath("tests/golden/" + id);
    REQUIRE(fs::is_directory(golden));
    for (const char* csv : {"summary.csv", "annual.csv"})
      CompareCsv(golden + "/" + csv, Report(out, csv));
    if (fs::exists(golden + "/impacts.csv"))
      CompareCsv(golden + "/impacts.csv", NonZeroRows(Report(out, "impacts.csv")));
    CheckImpactsAddUpToAnnual(Report(out, "impacts.csv"), Report(out, "annual.csv"));
    CompareText(golden + "/brief.md", Report(out, "brief.md"));
    CompareText(golden + "/run.json", MaskRunJson(Report(out, "run.json")));
  }
}

TEST_CASE("a small Monte Carlo of the default scenario reproduces its golden quantiles",
          "[golden]") {
  const std::string out = testing::MakeTempDir("golden-sensitivity") + "/report";
  const auto run = testing::RunCli(
      "sensitivity scenarios/plaine-images-baseline.toml --draws 200 --seed 1 --threads 2 --quiet "
      "--out " +
          out,
      testing::RepoPath(""));
  REQUIRE(run.exit_code == 0);
  for (const char* csv : {"quantiles.csv", "tornado.csv"}) {
    CompareCsv(testing::RepoPath("tests/golden/sensitivity/") + csv, Report(out, csv));
  }
}

TEST_CASE("run.json masking hides only the build and the output folder", "[golden]") {
  CHECK(MaskRunJson("  \"version\": \"0.1.0\",\n  \"command\": \"ripple run x --out /tmp/a\",\n  "
                    "\"id\": \"x\"") ==
        "  \"version\": \"(masked)\",\n  \"command\": \"(masked)\",\n  \"id\": \"x\"");
}

TEST_CASE("shipped models reproduce their golden multipliers", "[golden]") {
  std::vector<fs::path> models;
  for (const auto& entry : fs::directory_iterator(testing::RepoPath("models"))) {
    if (fs::exists(entry.path() / "model.toml")) models.push_back(entry.path());
  }
  std::sort(models.begin(), models.end());
  REQUIRE_FALSE(models.empty());
  for (const auto& path : models) {
    INFO("model " << path.filename().string());
    const Model model = LoadModel(path.string());
    const LeontiefModel leontief(model);
    std::ostringstream csv;
    WriteMultipliersCsv(ComputeMultipliers(leontief, model.info.monetary_unit), csv);
    CompareCsv(testing::RepoPath("tests/golden/multipliers/" + model.info.id + ".csv"), csv.str());
  }
}
