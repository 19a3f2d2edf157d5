// type = "demand": final demand for a sector's products.
#include "interventions/parsers.h"

namespace ripple {

void ParseDemand(const toml::table& table, InterventionContext& context,
                 Intervention& intervention) {
  DemandSpec& spec = intervention.demand;
  if (auto sector = ParseSector(table, context, "sector", true)) spec.sector = *sector;
  spec.amounts = ParseYearSeries(table, context, "amount", context.currency_scale, true);
  spec.public_share = ParseBounded(table, context, "public_share", 0, 1, false).value_or(1.0);
}

}  // namespace ripple
