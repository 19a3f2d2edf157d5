// Every shipped scenario (scenarios/*.toml, globbed at test time) can be run by
// `ripple sensitivity`: it writes its assumption ranges as distributions or
// has model uncertainty ([uncertainty]), a short Monte Carlo run succeeds,
// its quantiles are ordered, and its central run is exactly `ripple run`'s.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <sstream>

#include "ripple/analysis/metrics.h"
#include "ripple/analysis/sensitivity.h"
#include "ripple/report/sensitivity_report.h"
#include "ripple/run/pipeline.h"
#include "support/test_support.h"

namespace fs = std::filesystem;
using namespace ripple;
using namespace ripple::testing;

namespace {

std::vector<fs::path> ShippedScenarios() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(RepoPath("scenarios"))) {
    if (entry.path().extension() == ".toml") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Splits a quantiles.csv row on commas; rows with a quoted cell (a unit
// with a comma) come out with more than 16 cells and are skipped by the caller.
std::vector<std::string> Cells(const std::string& line) {
  std::vector<std::string> cells;
  std::stringstream row(line);
  std::string cell;
  while (std::getline(row, cell, ',')) cells.push_back(cell);
  if (!line.empty() && line.back() == ',') cells.emplace_back();
  return cells;
}

}  // namespace

TEST_CASE("every shipped scenario has uncertain values and a Monte Carlo run centred on ripple run",
          "[sensitivity]") {
  const std::vector<fs::path> files = ShippedScenarios();
  REQUIRE_FALSE(files.empty());
  for (const auto& file : files) {
    INFO("scenario " << file.filename().string());
    const Evaluator evaluator(ScenarioTemplate::Load(file.string()));
    CHECK((!evaluator.scenario().parameters().empty() ||
           evaluator.scenario().central().uncertainty.any()));

    MonteCarloOptions options;
    options.draws = 50;
    options.threads = 2;
    options.seed = 1;
    const MonteCarloResult result = RunMonteCarlo(evaluator, options);
    REQUIRE(result.draws == 50);

    // The central values reproduce `ripple run` exactly.
    const PreparedRun run = PrepareRun(file.string());
    std::vector<double> deterministic;
    MetricValues(RunScenario(run.scenario, *run.model, *run.leontief), deterministic);
    REQUIRE(result.central.size() == deterministic.size());
    size_t mismatches = 0;
    for (size_t m = 0; m < deterministic.size(); ++m) {
      const bool same = std::isnan(deterministic[m]) ? std::isnan(result.central[m])
                                                     : result.central[m] == deterministic[m];
      if (!same && ++mismatches <= 5) {
        FAIL_CHECK("metric " << m << ": central " << result.central[m] << ", ripple run "
                             << deterministic[m]);
      }
    }
    CHECK(mismatches == 0);

    // Quantiles ordered, and the draws do move some figures.
    std::ostringstream out;
    WriteQuantilesCsv(result, out);
    std::istringstream lines(out.str());
    std::string line;
    std::getline(lines, line);
    size_t rows = 0, spread = 0;
    while (std::getline(lines, line)) {
      const std::vector<std::string> cells = Cells(line);
      if (cells.size() != 16 || cells[8].empty()) continue;
      ++rows;
      const double p05 = std::stod(cells[8]), p25 = std::stod(cells[9]), p50 = std::stod(cells[10]);
      const double p75 = std::stod(cells[11]), p95 = std::stod(cells[12]);
      if (!(p05 <= p25 && p25 <= p50 && p50 <= p75 && p75 <= p95)) {
        FAIL_CHECK("quantiles out of order: " << line);
      }
      spread += p95 > p05 ? 1 : 0;
    }
    CHECK(rows > 0);
    CHECK(spread > 0);
  }
}
