// The report folder of `ripple sensitivity` (reports/README.md,
// "Sensitivity reports"), written all-or-nothing (StagedDirectory):
//   parameters.csv    every uncertain value: key, where written, distribution,
//                     central, p05, p95
//   quantiles.csv     Monte Carlo quantiles of every figure (sensitivity.h)
//   draws.csv         per draw: parameter values and headline figures (only
//                     when asked: it grows with the number of draws)
//   tornado.csv       one-at-a-time swings (when there are uncertain values)
//   sweep.csv         grid sweep (when --sweep is given)
//   sensitivity.html  the same for people, French or English (sensitivity_html.cc):
//                     the headline quantiles, their distributions, the
//                     tornado, the sweeps as line charts, the uncertain values
//   sensitivity.json  engine version, inputs with SHA-256, overrides, seed,
//                     draws, processes (MPI ranks; 1 without mpirun/srun),
//                     the uncertain values and [uncertainty]. The thread
//                     count is not recorded: reports do not depend on it (nor,
//                     apart from this field, on the processes).
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "ripple/analysis/sensitivity.h"
#include "ripple/analysis/sensitivity_run.h"
#include "ripple/base/csv.h"
#include "ripple/report/report.h"

namespace ripple {

// parameters.csv: key,file,line,column,distribution,central,p05,p95.
void WriteParametersCsv(const std::vector<UncertainParameter>& parameters, std::ostream& out,
                        CsvDialect dialect = CsvDialect::kStandard);

// quantiles.csv: intervention,indicator,effect,basis,period,measure,unit,
// central,p05,p25,p50,p75,p95,mean,sd,draws — quantiles by linear
// interpolation between order statistics (Hyndman & Fan 1996 type 7, numpy's
// default), mean and sd (n - 1) over the draws where the metric is defined
// (`draws` of them); empty cells when none is.
void WriteQuantilesCsv(const MonteCarloResult& result, std::ostream& out,
                       CsvDialect dialect = CsvDialect::kStandard);

// draws.csv: draw, each parameter's value, each headline figure (metrics.h).
void WriteDrawsCsv(const MonteCarloResult& result,
                   const std::vector<UncertainParameter>& parameters, std::ostream& out,
                   CsvDialect dialect = CsvDialect::kStandard);

// tornado.csv: headline,rank,parameter,low,high,unit,central,at_low,at_high,swing
void WriteTornadoCsv(const std::vector<TornadoRow>& rows, std::ostream& out,
                     CsvDialect dialect = CsvDialect::kStandard);

// sweep.csv: one row per grid point and headline: <key>...,headline,value,unit
// (value empty when undefined).
void WriteSweepCsv(const SweepResult& sweep, std::ostream& out,
                   CsvDialect dialect = CsvDialect::kStandard);

struct SensitivityReportOptions {
  std::optional<Language> language;  // --lang; nullopt: the scenario's `language`, else English
  CsvDialect csv_dialect = CsvDialect::kStandard;  // --csv-dialect of every CSV
};

// sensitivity.html: one self-contained page (html_page.h, svg_chart.h) in
// `language`: a summary in words; the quantile table of the headline figures
// (central, P5, P25, median, P75, P95, as quantiles.csv); histograms of net
// jobs a year, net value added per public euro and cost per net job-year;
// tornado charts with their tables; each sweep's headline figures as line
// charts (the last swept key on the x axis, one line per value of the
// others, at most four) and a table; the uncertain values; the central run's
// warnings; method. The same inputs, seed and draws give the same bytes.
// Runs the central scenario once (run.evaluator) for its warnings and model.
void WriteSensitivityHtml(const SensitivityRun& run, Language language, std::ostream& out);

// Writes every report of `run` (not cancelled). Throws Error(kIo); an earlier
// folder at `directory` stays when it fails.
void WriteSensitivityReports(const SensitivityRun& run, const std::string& directory,
                             const SensitivityReportOptions& options = {});

}  // namespace ripple
