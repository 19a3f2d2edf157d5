// type = "project": capex, then operations with ramp-up and lifetime (compile.h).
#include <algorithm>

#include "interventions/compile_context.h"
#include "ripple/base/csv.h"

namespace ripple {

void CompileProject(const CompileContext& context, const Intervention& in,
                    CompiledIntervention& out) {
  const ProjectSpec& spec = in.project;
  // ParseProject resolved each funding entry to its funder (same order).
  double public_share = 0, capex_total = 0;
  for (size_t i = 0; i < spec.funding.size(); ++i) {
    if (spec.funders[i].is_public) public_share += spec.funding[i].value;
  }
  for (const auto& capex : spec.capex) {
    const int sector = context.Sector(capex.sector);
    for (const YearValue& year : capex.amounts) {
      context.Buy(in, out, sector, context.Column(year.year), year.value * context.to_model);
      out.public_cost(context.Column(year.year)) += year.value * public_share * context.to_report;
      capex_total += year.value * context.to_report;
    }
  }
  for (size_t i = 0; i < spec.funding.size(); ++i) {
    out.funding.push_back({spec.funders[i], spec.funding[i].value * capex_total});
  }
  if (spec.operations_sector.sector.empty()) return;
  const int sector = context.Sector(spec.operations_sector);
  const double output_per_job =
      spec.jobs > 0 ? 1.0 / context.JobsPerOutput(sector, "intervention '" + in.id + "'") : 0;
  for (int year = std::max(spec.operations_start, context.scenario.start_year);
       year <= context.scenario.end_year; ++year) {
    const int age = year - spec.operations_start;  // 0 in the first operating year
    if (spec.lifetime_years > 0 && age >= spec.lifetime_years) break;
    const double ramp = std::min(1.0, static_cast<double>(age + 1) / spec.ramp_up_years);
    const double output = spec.annual_turnover > 0 ? spec.annual_turnover * context.to_model
                                                   : spec.jobs * output_per_job;
    out.final_demand(sector, context.Column(year)) += ramp * output;
  }
  if (out.additionality.deadweight == 0 && out.additionality.displacement == 0) {
    context.warnings.push_back(
        "intervention '" + in.id +
        "': its operations count as wholly additional (deadweight and displacement are 0); a "
        "project has no area to state an occupancy without it, so state its reference case, "
        "the activity that would be here without it, with additionality = { deadweight = ..., "
        "displacement = ... } (scenarios/README.md, \"project\")");
  }
  out.notes.push_back("operations from " + std::to_string(spec.operations_start) +
                      ", linear ramp-up over " + std::to_string(spec.ramp_up_years) +
                      " years, public share of capex " + FormatNumber(public_share));
}

}  // namespace ripple
