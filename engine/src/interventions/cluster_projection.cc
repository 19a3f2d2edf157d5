// The cluster projection (model: ripple/cluster.h).
#include <algorithm>
#include <string>

#include "ripple/base/error.h"
#include "ripple/interventions/cluster.h"

namespace ripple {

namespace {

// Firms and jobs of one stock: the base stock or the cohort of one arrival year.
struct Stock {
  int arrival_year = 0;  // base_year for the base stock
  double companies = 0, jobs = 0;
};

double IncumbentSurvival(const ClusterSpec& spec) {
  if (spec.incumbent_survival_rate) return *spec.incumbent_survival_rate;
  return spec.survival_by_age.empty() ? spec.survival_rate : spec.survival_by_age.back();
}

// Survival and growth of year `year` for every stock (base stock first).
void Age(const ClusterSpec& spec, int year, std::vector<Stock>& stocks) {
  Stock& base = stocks.front();
  base.companies *= IncumbentSurvival(spec);
  base.jobs *= 1 + spec.incumbent_job_growth_rate;
  for (size_t i = 1; i < stocks.size(); ++i) {
    const double survival = SurvivalAt(spec, year - stocks[i].arrival_year);
    stocks[i].companies *= survival;
    stocks[i].jobs *= survival * (1 + spec.job_growth_rate);
  }
}

double TotalJobs(const std::vector<Stock>& stocks) {
  double jobs = 0;
  for (const Stock& stock : stocks) jobs += stock.jobs;
  return jobs;
}

// Scales the jobs of the stocks from `first` on so that they sum to at most `room`.
bool Fit(std::vector<Stock>& stocks, size_t first, double room) {
  double jobs = 0;
  for (size_t i = first; i < stocks.size(); ++i) jobs += stocks[i].jobs;
  if (jobs <= room) return false;
  const double scale = room / jobs;
  for (size_t i = first; i < stocks.size(); ++i) stocks[i].jobs *= scale;
  return true;
}

// Adds the cohort arriving at the end of `year`, applying the capacity in the
// order of spec.capacity_priority; returns whether the capacity cut anything.
bool Arrive(const ClusterSpec& spec, int year, std::vector<Stock>& stocks) {
  const double capacity = spec.capacity_jobs;
  double arrivals = spec.arrivals_per_year;
  bool bound = false;
  if (capacity > 0 && spec.capacity_priority == CapacityPriority::kSurvivors) {
    bound = Fit(stocks, 0, capacity);
    const double room = std::max(0.0, capacity - TotalJobs(stocks));
    if (spec.jobs_per_new_firm > 0 && arrivals * spec.jobs_per_new_firm > room) {
      arrivals = room / spec.jobs_per_new_firm;
      bound = true;
    }
  } else if (capacity > 0 && spec.jobs_per_new_firm > 0 &&
             arrivals * spec.jobs_per_new_firm > capacity) {
    arrivals = capacity / spec.jobs_per_new_firm;
    bound = true;
  }
  const double new_jobs = arrivals * spec.jobs_per_new_firm;
  if (capacity > 0 && spec.capacity_priority == CapacityPriority::kArrivals) {
    bound = Fit(stocks, 0, std::max(0.0, capacity - new_jobs)) || bound;
  }
  stocks.push_back({year, arrivals, new_jobs});
  return bound;
}

ClusterYear Row(const ClusterSpec& spec, int year, const std::vector<Stock>& stocks,
                double arrivals, bool bound) {
  ClusterYear row;
  row.year = year;
  for (const Stock& stock : stocks) row.companies += stock.companies;
  row.jobs = TotalJobs(stocks);
  row.revenue = row.jobs * spec.revenue_per_job;
  row.arrivals = arrivals;
  row.capacity_jobs = spec.capacity_jobs;
  row.capacity_bound = bound;
  return row;
}

}  // namespace

double SurvivalAt(const ClusterSpec& spec, int age) {
  if (spec.survival_by_age.empty()) return spec.survival_rate;
  const size_t index = static_cast<size_t>(std::max(age, 1)) - 1;
  return spec.survival_by_age[std::min(index, spec.survival_by_age.size() - 1)];
}

std::vector<ClusterYear> ProjectCluster(const ClusterSpec& spec, int last_year) {
  if (last_year < spec.base_year) {
    throw Error(ErrorKind::kBadInput, "cluster: last year " + std::to_string(last_year) +
                                          " is before base_year " + std::to_string(spec.base_year));
  }
  const auto count = static_cast<size_t>(last_year - spec.base_year) + 1;
  std::vector<Stock> stocks;
  stocks.reserve(count);
  stocks.push_back({spec.base_year, spec.base_companies, spec.base_jobs});
  std::vector<ClusterYear> years;
  years.reserve(count);
  years.push_back(Row(spec, spec.base_year, stocks, 0, false));
  for (int year = spec.base_year + 1; year <= last_year; ++year) {
    Age(spec, year, stocks);
    const bool bound = Arrive(spec, year, stocks);
    years.push_back(Row(spec, year, stocks, stocks.back().companies, bound));
  }
  return years;
}

}  // namespace ripple
