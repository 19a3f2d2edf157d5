// type = "jobs": direct jobs converted to output (compile.h).
#include "interventions/compile_context.h"
#include "ripple/base/csv.h"

namespace ripple {

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
    context.warnings.push_back(
        "intervention '" + in.id + "': jobs rise every year from " +
        FormatNumber(jobs.front().value) + " to " + FormatNumber(jobs.back().value) +
        ": write the jobs in place in each year, not jobs summed across years "
        "or created since the start");
  }
}

}  // namespace ripple
