// The report folder of `ripple sensitivity` (reports/README.md,
// "Sensitivity reports"), written all-or-nothing (StagedDirectory):
//   parameters.csv    every uncertain value: key, where written, distribution,
//                     central, p05, p95
//   quantiles.csv     Monte Carlo quantiles of every figure (sensitivity.h)
//   draws.csv         per draw: parameter values and headline figures (only
//                     when asked: it grows with the number of draws)
//   tornado.csv       one-at-a-time swings (when there are uncertain values)
//   sweep.csv         grid sweep (when --sweep is given)
//   sensitivity.json  engine version, inputs with SHA-256, overrides, seed,
//                     draws, the uncertain values and [uncertainty]. The
//                     thread count is not recorded: reports do not depend on it.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "ripple/report.h"
#include "ripple/sensitivity.h"

namespace ripple {

struct SensitivityReports {
  const MonteCarloResult* monte_carlo = nullptr;     // nullptr: no Monte Carlo (--draws 0)
  const std::vector<TornadoRow>* tornado = nullptr;  // nullptr: none
  std::string sweep_csv;                             // "": no sweep
  bool write_draws = false;
  uint64_t seed = 0;
  std::vector<Override> overrides;
  std::vector<InputFile> inputs;
};

// parameters.csv: key,file,line,column,distribution,central,p05,p95.
void WriteParametersCsv(const std::vector<UncertainParameter>& parameters, std::ostream& out);

// Throws Error(kIo); an earlier folder at `directory` stays when it fails.
void WriteSensitivityReports(const Evaluator& evaluator, const SensitivityReports& reports,
                             const std::string& directory);

}  // namespace ripple
