// Compiling demand, jobs, project and cluster interventions.
#include <algorithm>

#include "compile_context.h"
#include "ripple/csv.h"

namespace ripple {

void CompileDemand(const CompileContext& context, const Intervention& in, CompiledIntervention& out) {
  const int sector = context.Sector(in.demand.sector);
  for (const YearValue& year : in.demand.amounts) {
    out.final_demand(sector, context.Column(year.year)) += year.value * context.to_model;
    out.public_cost(context.Column(year.year)) += year.value * in.demand.public_share * context.to_report;
  }
}

void CompileJobs(const CompileContext& context, const Intervention& in, CompiledIntervention& out) {
  const int sector = context.Sector(in.jobs.sector);
  const double jobs_per_output = context.JobsPerOutput(sector, "intervention '" + in.id + "'");
  for (const YearValue& year : in.jobs.jobs) {
    out.final_demand(sector, context.Column(year.year)) += year.value / jobs_per_output;
  }
  for (const YearValue& year : in.jobs.public_cost) {
    out.public_cost(context.Column(year.year)) += year.value * context.to_report;
  }
  // Guardrail: a series that rises every year may be cumulative (jobs created
  // since the start, or job-years) rather than jobs in place each year.
  const auto& jobs = in.jobs.jobs;
  bool rising = jobs.size() >= 3;
  for (size_t i = 1; i < jobs.size() && rising; ++i) rising = jobs[i].value > jobs[i - 1].value;
  if (rising) {
    context.warnings.push_back("intervention '" + in.id + "': jobs rise every year from " +
                               FormatNumber(jobs.front().value) + " to " + FormatNumber(jobs.back().value) +
                               ": write the jobs in place in each year, not jobs summed across years "
                               "or created since the start");
  }
}

void CompileProject(const CompileContext& context, const Intervention& in, CompiledIntervention& out) {
  const ProjectSpec& spec = in.project;
  double public_share = 0;
  for (const SectorValue& funder : spec.funding) {
    if (std::find(spec.public_funders.begin(), spec.public_funders.end(), funder.sector) != spec.public_funders.end()) {
      public_share += funder.value;
    }
  }
  for (const auto& capex : spec.capex) {
    const int sector = context.Sector(capex.sector);
    for (const YearValue& year : capex.amounts) {
      out.final_demand(sector, context.Column(year.year)) += year.value * context.to_model;
      out.public_cost(context.Column(year.year)) += year.value * public_share * context.to_report;
    }
  }
  if (spec.operations_sector.sector.empty()) return;
  const int sector = context.Sector(spec.operations_sector);
  const double output_per_job =
      spec.jobs > 0 ? 1.0 / context.JobsPerOutput(sector, "intervention '" + in.id + "'") : 0;
  for (int year = std::max(spec.operations_start, context.scenario.start_year); year <= context.scenario.end_year; ++year) {
    const int age = year - spec.operations_start;  // 0 in the first operating year
    if (spec.lifetime_years > 0 && age >= spec.lifetime_years) break;
    const double ramp = std::min(1.0, static_cast<double>(age + 1) / spec.ramp_up_years);
    const double output = spec.annual_turnover > 0 ? spec.annual_turnover * context.to_model
                                                   : spec.jobs * output_per_job;
    out.final_demand(sector, context.Column(year)) += ramp * output;
  }
  out.notes.push_back("operations from " + std::to_string(spec.operations_start) + ", linear ramp-up over " +
                      std::to_string(spec.ramp_up_years) + " years, public share of capex " +
                      FormatNumber(public_share));
}

void CompileCluster(const CompileContext& context, const Intervention& in, CompiledIntervention& out) {
  // Parameters listed in `calibrate` are fitted to the observations marked
  // "fit" first; the others are held out for the back-test.
  ClusterFit fit;
  const ClusterSpec spec = CalibrateCluster(in.cluster, &fit);
  out.cluster = ProjectCluster(spec, context.scenario.end_year);
  out.backtest = BacktestCluster(spec);
  out.notes.push_back(DescribeBacktest(fit, out.backtest));
  const double to_report = context.to_report;
  double base_revenue = 0;
  for (const ClusterYear& year : out.cluster) {
    if (year.year == spec.base_year) base_revenue = year.revenue;
  }
  const int sector = context.Sector(spec.sector);
  for (ClusterYear& year : out.cluster) {
    if (context.InHorizon(year.year) && spec.feed_model) {
      // Only growth beyond the base year is an impact; the base is the reference case.
      out.final_demand(sector, context.Column(year.year)) += (year.revenue - base_revenue) * context.to_model;
    }
    if (context.InHorizon(year.year)) out.public_cost(context.Column(year.year)) += spec.public_cost_per_year * to_report;
    year.revenue *= to_report;
  }
}

}  // namespace ripple
