// type = "demand": final demand for a sector's products (compile.h).
#include "interventions/compile_context.h"

namespace ripple {

void CompileDemand(const CompileContext& context, const Intervention& in,
                   CompiledIntervention& out) {
  const int sector = context.Sector(in.demand.sector);
  for (const YearValue& year : in.demand.amounts) {
    context.Buy(in, out, sector, context.Column(year.year), year.value * context.to_model);
    out.public_cost(context.Column(year.year)) +=
        year.value * in.demand.public_share * context.to_report;
  }
}

}  // namespace ripple
