// The specification of a type = "cluster" intervention, as read from a
// scenario file (scenarios/README.md). What it means — the cohort model, the
// calibration and the back-test — is in ripple/interventions/cluster.h.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ripple/scenario/scenario_types.h"

namespace ripple {

// Who gets the floor space when the capacity binds (see the model above).
enum class CapacityPriority { kArrivals, kSurvivors };
// "arrivals" / "survivors", the spelling of scenario files.
const char* CapacityPriorityName(CapacityPriority priority);
std::optional<CapacityPriority> ParseCapacityPriority(std::string_view name);

// type = "cluster" in a scenario: firm dynamics of a cluster.
struct ClusterSpec {
  int base_year = 0;
  double base_companies = 0;     // companies on site in base_year (observed), > 0
  double base_jobs = 0;          // persons employed on site in base_year (observed), > 0
  double arrivals_per_year = 0;  // new firms joining each year after base_year, >= 0
  double jobs_per_new_firm = 0;  // persons employed by an arriving firm, >= 0
  // Annual survival of arriving firms by age: survival_by_age[a - 1] is the
  // share of the firms of age a - 1 still on site at age a (a = 1 is the first
  // year after arrival); ages past the end use the last value. When empty,
  // survival_rate applies at every age (a constant rate, labelled as such).
  std::vector<double> survival_by_age;  // each in [0, 1]
  double survival_rate = 1;             // in [0, 1]
  // Annual survival of the base stock; nullopt: the last survival_by_age value
  // (or survival_rate), i.e. the base stock behaves like the oldest age given.
  std::optional<double> incumbent_survival_rate;
  double job_growth_rate = 0;            // annual growth of jobs per surviving arriving firm
  double incumbent_job_growth_rate = 0;  // net annual change of the base stock's jobs
  double revenue_per_job = 0;            // currency per job-year, > 0
  double capacity_jobs = 0;              // hosting capacity in jobs (0 = unlimited)
  // When given (both > 0): capacity_jobs = floor_area_m2 / m2_per_job.
  double floor_area_m2 = 0;  // floor area of the site, m²
  double m2_per_job = 0;     // floor area per job, m²
  CapacityPriority capacity_priority = CapacityPriority::kArrivals;
  SectorValue sector;       // sector of the cluster's activity
  bool feed_model = false;  // project the growth of revenue over base_year through the model
  double public_cost_per_year = 0;  // optional, currency per year
  // Names of the parameters CalibrateCluster fits (kClusterCalibratable).
  std::vector<std::string> calibrate;
  struct Observation {
    int year = 0;                                    // > base_year
    std::optional<double> companies, jobs, revenue;  // > 0 when given; at least one
    bool fit = false;    // true: used for calibration; false: held out for the back-test
    std::string source;  // where the figure was published (required in scenario files)
  };
  std::vector<Observation> observations;
};

}  // namespace ripple
