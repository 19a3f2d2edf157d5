// Golden reports: every shipped scenario in scenarios/ is run and its
// summary.csv and annual.csv compared with tests/golden/<scenario id>/.
// Text columns must match exactly; numbers within a relative 1e-9 (absolute
// 1e-6 near zero), so that a change of the last printed digit caused by a
// compiler or library update does not fail the test but any real change does.
// Every shipped model's multipliers.csv is compared with
// tests/golden/multipliers/<model id>.csv the same way.
// Re-bless after an intended change: bash tests/bless-golden.sh (see tests/README.md).
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <sstream>

#include "ripple/csv.h"
#include "ripple/leontief.h"
#include "ripple/multipliers.h"
#include "ripple/pipeline.h"
#include "ripple/report.h"
#include "support/test_support.h"

namespace fs = std::filesystem;
using namespace ripple;

namespace {

bool SameCell(const std::string& expected, const std::string& actual) {
  double a = 0, b = 0;
  if (ParseDouble(expected, a) && ParseDouble(actual, b)) {
    return std::abs(a - b) <= std::max(1e-6, 1e-9 * std::max(std::abs(a), std::abs(b)));
  }
  return expected == actual;
}

void CompareCsv(const std::string& expected_path, const std::string& actual_text) {
  const CsvTable expected = ReadCsvFile(expected_path);
  const CsvTable actual = ParseCsv(actual_text, "actual");
  REQUIRE(actual.header == expected.header);
  REQUIRE(actual.rows.size() == expected.rows.size());
  size_t mismatches = 0;
  for (size_t r = 0; r < expected.rows.size() && mismatches < 10; ++r) {
    for (size_t c = 0; c < expected.header.size(); ++c) {
      const std::string& e = expected.rows[r].fields[c];
      const std::string& a = actual.rows[r].fields[c];
      if (!SameCell(e, a)) {
        ++mismatches;
        FAIL_CHECK(expected_path << ":" << expected.rows[r].line << ": column '" << expected.header[c]
                                 << "': expected " << e << ", got " << a);
      }
    }
  }
}

}  // namespace

TEST_CASE("shipped scenarios reproduce their golden reports", "[golden]") {
  std::vector<fs::path> scenarios;
  for (const auto& entry : fs::directory_iterator(testing::RepoPath("scenarios"))) {
    if (entry.path().extension() == ".toml") scenarios.push_back(entry.path());
  }
  std::sort(scenarios.begin(), scenarios.end());
  REQUIRE_FALSE(scenarios.empty());
  for (const auto& path : scenarios) {
    INFO("scenario " << path.filename().string());
    const PreparedRun run = PrepareRun(path.string());
    const RunResult result = RunScenario(run.scenario, run.model, *run.leontief);
    const std::string golden = testing::RepoPath("tests/golden/" + run.scenario.id);
    REQUIRE(fs::is_directory(golden));
    std::ostringstream summary, annual;
    WriteSummaryCsv(result, summary);
    WriteAnnualCsv(result, annual);
    CompareCsv(golden + "/summary.csv", summary.str());
    CompareCsv(golden + "/annual.csv", annual.str());
  }
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
