// type = "jobs": direct jobs in a sector.
#include "interventions/parsers.h"

namespace ripple {

void ParseJobs(const toml::table& table, InterventionContext& context, Intervention& intervention) {
  JobsSpec& spec = intervention.jobs;
  if (auto sector = ParseSector(table, context, "sector", true)) spec.sector = *sector;
  spec.jobs = ParseYearSeries(table, context, "jobs", 1.0, true);
  for (const auto& year : spec.jobs) {
    if (year.value < 0) {
      context.fields.Report(table.get(table.contains("jobs") ? "jobs" : "jobs_by_year"),
                            context.Field("jobs"),
                            "jobs must be >= 0 (a job cut is not a jobs intervention)");
      break;
    }
  }
  spec.public_cost = ParseYearSeries(table, context, "public_cost", context.currency_scale, false);
}

}  // namespace ripple
