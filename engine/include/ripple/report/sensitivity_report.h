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
//                     draws, processes (MPI ranks; 1 without mpirun/srun),
//                     the uncertain values and [uncertainty]. The thread
//                     count is not recorded: reports do not depend on it (nor,
//                     apart from this field, on the processes).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "ripple/analysis/sensitivity.h"
#include "ripple/analysis/sensitivity_run.h"
#include "ripple/report/report.h"

namespace ripple {

// parameters.csv: key,file,line,column,distribution,central,p05,p95.
void WriteParametersCsv(const std::vector<UncertainParameter>& parameters, std::ostream& out);

// quantiles.csv: intervention,indicator,effect,basis,period,measure,unit,
// central,p05,p25,p50,p75,p95,mean,sd,draws — quantiles by linear
// interpolation between order statistics (Hyndman & Fan 1996 type 7, numpy's
// default), mean and sd (n - 1) over the draws where the metric is defined
// (`draws` of them); empty cells when none is.
void WriteQuantilesCsv(const MonteCarloResult& result, std::ostream& out);

// draws.csv: draw, each parameter's value, each headline figure (metrics.h).
void WriteDrawsCsv(const MonteCarloResult& result,
                   const std::vector<UncertainParameter>& parameters, std::ostream& out);

// tornado.csv: headline,rank,parameter,low,high,unit,central,at_low,at_high,swing
void WriteTornadoCsv(const std::vector<TornadoRow>& rows, std::ostream& out);

// sweep.csv: one row per grid point and headline: <key>...,headline,value,unit
// (value empty when undefined).
void WriteSweepCsv(const SweepResult& sweep, std::ostream& out);

// Writes every report of `run` (not cancelled). Throws Error(kIo); an earlier
// folder at `directory` stays when it fails.
void WriteSensitivityReports(const SensitivityRun& run, const std::string& directory);

}  // namespace ripple
