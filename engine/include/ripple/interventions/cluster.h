// Cluster dynamics: companies, jobs and revenue of a cluster of firms, year by
// year, its calibration to observed figures and the back-test of the
// projection against figures held out of the fit.
// The specification read from scenario files is ripple/scenario/cluster_spec.h.
//
// The model (ProjectCluster), one step per year t = base_year+1 … last_year:
//   base stock   the firms on site at base_year, whose ages are unknown:
//                companies *= incumbent_survival_rate
//                jobs      *= 1 + incumbent_job_growth_rate   (net: exits included,
//                because exits concentrate on small firms, the stock's jobs and
//                its firm count are projected separately)
//   cohorts      firms arriving in year y (incubator cohorts, relocations) are
//                tracked by arrival year; at age a = t - y >= 1:
//                companies *= SurvivalAt(spec, a)
//                jobs      *= SurvivalAt(spec, a) * (1 + job_growth_rate)
//                (jobs per surviving firm grow at job_growth_rate)
//   arrivals     arrivals_per_year new firms with jobs_per_new_firm jobs each
//                join at the end of year t (age 0)
//   capacity     when capacity_jobs > 0 the jobs on site never exceed it; jobs
//                cut by the capacity are counted as moved off site (not
//                counted). capacity_priority says who gets the space:
//                arrivals   (default) the newcomers get their place (incubator
//                           and business-hotel space turns over); the survivors'
//                           jobs are scaled down to capacity - new jobs
//                survivors  the survivors' jobs are scaled down to the
//                           capacity first; arrivals are limited to the room
//                           left: (capacity - survivors' jobs) / jobs_per_new_firm
//                In both, arrivals never bring more jobs than the capacity.
//   revenue      jobs * revenue_per_job
// The row of base_year holds the observed base figures (no arrivals).
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ripple/base/csv.h"
#include "ripple/scenario/cluster_spec.h"
#include "ripple/scenario/scenario_types.h"

namespace ripple {

// Keys of a type = "cluster" intervention besides the common ones
// (intervention_cluster.cc), and the parameters `calibrate` may name.
extern const std::vector<std::string> kClusterKeys;
extern const std::vector<std::string> kClusterCalibratable;

struct ClusterYear {
  int year = 0;
  double companies = 0, jobs = 0;
  double revenue = 0;           // currency of the spec, per year
  double arrivals = 0;          // firms admitted at the end of this year
  double capacity_jobs = 0;     // capacity in force (0 = unlimited)
  bool capacity_bound = false;  // arrivals or survivors' jobs were cut to the capacity
};

// Survival through the year in which an arriving firm reaches `age` (>= 1).
double SurvivalAt(const ClusterSpec& spec, int age);

// Projects the cluster from base_year to last_year (inclusive), one row per
// year, with the spec's parameters as given (no calibration). Preconditions:
// the rules of scenarios/README.md (the parser checks them). Throws
// Error(kBadInput) when last_year < base_year.
std::vector<ClusterYear> ProjectCluster(const ClusterSpec& spec, int last_year);

// Calibration: least squares on relative errors. The objective is
//   sum over the `fit` observations and each figure they give (companies,
//   jobs, revenue) of ((projected - observed) / observed)^2,
// minimised over the parameters named in spec.calibrate, each within its
// bounds (arrivals_per_year [0, 10 x base_companies], job_growth_rate
// [-0.5, 1], incumbent_job_growth_rate [-0.5, 0.5], incumbent_survival_rate
// [0, 1]) by cyclic coordinate descent with golden-section line searches
// (deterministic; exact for one parameter on a unimodal objective).
struct ClusterFit {
  struct Parameter {
    std::string name;
    double value = 0, low = 0, high = 0;
    bool at_bound = false;  // the optimum is on a bound: the data push beyond it
  };
  std::vector<Parameter> parameters;
  int points = 0;        // fitted figures (observation x indicator)
  double objective = 0;  // sum of squared relative errors at the optimum
};
// Returns `spec` with the fitted values set (and `calibrate` kept); fills `fit`
// when not null. With `calibrate` empty it returns `spec` unchanged, so a run
// can always project ProjectCluster(CalibrateCluster(spec), last_year).
// Throws Error(kBadInput) for an unknown parameter name or fewer fitted
// figures than parameters.
ClusterSpec CalibrateCluster(const ClusterSpec& spec, ClusterFit* fit = nullptr);

// One observed figure against the projection of the spec as given.
struct BacktestRow {
  int year = 0;
  std::string indicator;  // "companies", "jobs" or "revenue"
  double observed = 0, projected = 0;
  double error = 0;           // projected - observed
  double relative_error = 0;  // error / observed
  bool used_for_fit = false;
  std::string source;
};
// Every figure of every observation, in file order (companies, jobs, revenue
// within an observation). Pass the calibrated spec to back-test the fit.
std::vector<BacktestRow> BacktestCluster(const ClusterSpec& spec);

// Mean absolute relative error of the fitted and of the held-out figures.
struct BacktestSummary {
  int fit_points = 0, test_points = 0;
  double fit_mean_abs_relative_error = 0, test_mean_abs_relative_error = 0;
  double test_max_abs_relative_error = 0;
};
BacktestSummary SummarizeBacktest(const std::vector<BacktestRow>& rows);

// The closing note of a back-test, e.g. "fitted arrivals_per_year = 16.0703
// on 1 figure (companies 2023), fit error 0%; tested on 2 figures (companies
// 2024, jobs 2024): mean absolute relative error 2.1%, largest 3.3%".
// Deterministic text.
std::string DescribeBacktest(const ClusterFit& fit, const std::vector<BacktestRow>& rows);

// cluster.csv: year,intervention,companies,jobs,revenue,unit_revenue,arrivals,
// capacity_jobs,capacity_bound — interventions in the given order, years
// ascending; unit_revenue = revenue / jobs (0 when there are no jobs).
void WriteClusterCsv(
    const std::vector<std::pair<std::string, std::vector<ClusterYear>>>& by_intervention,
    std::ostream& out, CsvDialect dialect = CsvDialect::kStandard);

// cluster_backtest.csv: intervention,year,indicator,observed,projected,error,
// relative_error,use,source — use is "fit" or "test".
void WriteBacktestCsv(
    const std::vector<std::pair<std::string, std::vector<BacktestRow>>>& by_intervention,
    std::ostream& out, CsvDialect dialect = CsvDialect::kStandard);

}  // namespace ripple
