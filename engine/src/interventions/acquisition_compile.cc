// Compiling real-estate acquisitions: zero output for the price; fees, works
// and the jobs the floor area hosts are the economic events.
#include <cmath>

#include "interventions/compile_context.h"
#include "ripple/base/csv.h"

namespace ripple {

double FrenchNotaryEmoluments(double price) {
  struct Band {
    double upper, rate;
  };
  static const Band kBands[] = {
      {6500, 0.03870}, {17000, 0.01596}, {60000, 0.01064}, {INFINITY, 0.00799}};
  double fee = 0, lower = 0;
  for (const Band& band : kBands) {
    if (price <= lower) break;
    fee += (std::min(price, band.upper) - lower) * band.rate;
    lower = band.upper;
  }
  return fee;
}

double FrenchTransferTaxRate(bool public_buyer) { return public_buyer ? 0.0 : 0.0580665; }

void CompileAcquisition(const CompileContext& context, const Intervention& in,
                        CompiledIntervention& out) {
  const AcquisitionSpec& spec = in.acquisition;
  const int column = context.Column(spec.year);
  const double to_model = context.to_model;
  // The price buys an existing asset: a transfer, no output.
  const double notary = spec.notary_fee_rate >= 0 ? spec.notary_fee_rate * spec.price
                                                  : FrenchNotaryEmoluments(spec.price);
  const double agency = spec.agency_fee_rate * spec.price;
  const double tax_rate = spec.transfer_tax_rate >= 0 ? spec.transfer_tax_rate
                                                      : FrenchTransferTaxRate(spec.public_buyer);
  const double tax = tax_rate * spec.price;
  if (notary > 0)
    context.Buy(in, out, context.Sector(spec.notary_sector), column, notary * to_model);
  if (agency > 0)
    context.Buy(in, out, context.Sector(spec.agency_sector), column, agency * to_model);
  double works_total = 0;
  for (const YearValue& year : spec.works) {
    context.Buy(in, out, context.Sector(spec.works_sector), context.Column(year.year),
                year.value * to_model);
    works_total += year.value;
    if (spec.price > 0 && std::abs(year.value - spec.price) <= 0.005 * spec.price) {
      context.warnings.push_back(
          "intervention '" + in.id + "': works of " + FormatNumber(year.value) + " in " +
          std::to_string(year.year) +
          " equal the purchase price: the price of an existing "
          "building is a transfer with no output; enter only renovation and fit-out "
          "spending as works");
    }
  }
  if (spec.public_buyer) {
    out.public_cost(column) += (spec.price + notary + agency + tax) * context.to_report;
    for (const YearValue& year : spec.works)
      out.public_cost(context.Column(year.year)) += year.value * context.to_report;
  }
  out.notes.push_back("acquisition: notary fees " + FormatNumber(notary, 6) + ", agency fees " +
                      FormatNumber(agency, 6) + ", transfer tax " + FormatNumber(tax, 6) +
                      " (rate " + FormatNumber(tax_rate, 6) + "), works " +
                      FormatNumber(works_total, 6) + " (amounts' prices)");
  if (spec.floor_area_m2 <= 0) return;
  const int hosted = context.Sector(spec.hosted_sector);
  const double jobs_per_output = context.JobsPerOutput(hosted, "intervention '" + in.id + "'");
  // Only the occupancy the purchase adds to the reference case is its effect
  // (ParseAcquisition checked a reference value for every year, not above it).
  for (const YearValue& year : spec.occupancy) {
    double without = 0;
    for (const YearValue& reference : spec.occupancy_without) {
      if (reference.year == year.year) without = reference.value;
    }
    const double added = year.value - without;
    const double jobs = spec.floor_area_m2 * added / spec.m2_per_job;
    out.final_demand(hosted, context.Column(year.year)) += jobs / jobs_per_output;
  }
  out.notes.push_back(
      "acquisition: hosted jobs = floor area x (occupancy - occupancy_without) / m2 per job, "
      "occupancy_without being the reference case (what the area hosts without the purchase)");
}

}  // namespace ripple
