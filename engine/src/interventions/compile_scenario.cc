// CompileScenario: dispatch to the per-type compilers, shared context.
#include "interventions/compile_context.h"
#include "ripple/base/csv.h"
#include "ripple/base/error.h"

namespace ripple {

int CompileContext::Sector(const SectorValue& sector) const {
  const int index = model.SectorIndex(sector.sector);
  if (index < 0)
    throw Error(ErrorKind::kInternal, "sector '" + sector.sector + "' was not resolved");
  return index;
}

double CompileContext::Coefficient(const std::string& satellite, int sector) const {
  const Satellite* s = model.FindSatellite(satellite);
  if (s == nullptr || model.output(sector) == 0) return 0;
  return s->values(sector) / model.output(sector);
}

double CompileContext::JobsPerOutput(int sector, const std::string& who) const {
  const Satellite* employment = model.FindSatellite("employment");
  if (employment == nullptr) {
    throw Error(ErrorKind::kBadInput,
                who + ": model '" + model.info.id +
                    "' has no 'employment' satellite to convert jobs and output");
  }
  const double per_output =
      Coefficient("employment", sector) * ParseUnit(employment->unit, "employment").scale;
  if (!(per_output > 0)) {
    throw Error(ErrorKind::kBadInput,
                who + ": sector '" + model.sectors[sector] + "' of model '" + model.info.id +
                    "' has no employment, so jobs cannot be converted to output");
  }
  return per_output;
}

void CompileContext::AddDirect(CompiledIntervention& out, const std::string& indicator, int sector,
                               int column, double base_value) const {
  double scale = money_scale;
  if (indicator != "output") {
    const Satellite* satellite = model.FindSatellite(indicator);
    if (satellite == nullptr) return;
    scale = ParseUnit(satellite->unit, indicator).scale;
  }
  Matrix& matrix = out.explicit_direct[indicator];
  if (matrix.size() == 0)
    matrix = Matrix::Zero(static_cast<Eigen::Index>(model.sectors.size()), years());
  matrix(sector, column) += base_value / scale;
}

double CompileContext::LocalShare(const Intervention& in, int sector) const {
  return in.local_share.value_or(model.regional.Supply(sector));
}

void CompileContext::Buy(const Intervention& in, CompiledIntervention& out, int sector, int column,
                         double amount) const {
  const double local = LocalShare(in, sector);
  out.final_demand(sector, column) += local * amount;
  out.outside_region(sector, column) += (1 - local) * amount;
}

CompiledIntervention NewCompiled(const CompileContext& context, const Intervention& intervention) {
  CompiledIntervention out;
  const auto n = static_cast<Eigen::Index>(context.model.sectors.size());
  out.id = intervention.id;
  out.type = intervention.type;
  out.final_demand = Matrix::Zero(n, context.years());
  out.purchases = Matrix::Zero(n, context.years());
  out.household_income = Vector::Zero(context.years());
  out.outside_region = Matrix::Zero(n, context.years());
  out.grant_wages = Vector::Zero(context.years());
  out.public_cost = Vector::Zero(context.years());
  out.additionality = intervention.additionality.value_or(context.scenario.additionality);
  return out;
}

CompiledScenario CompileScenario(const Scenario& scenario, const Model& model) {
  CompiledScenario compiled;
  CompileContext context{scenario, model, PriceConverter(scenario.appraisal, model.info.year),
                         compiled.warnings};
  context.money_scale = ParseUnit(model.info.monetary_unit, "monetary_unit").scale;
  const Appraisal& a = scenario.appraisal;
  compiled.model_to_report_prices = context.prices.Factor(model.info.year, a.price_year);
  for (const Intervention& intervention : scenario.interventions) {
    const int amounts_year = intervention.amounts_price_year.value_or(a.amounts_price_year);
    context.to_model = context.prices.Factor(amounts_year, model.info.year) / context.money_scale;
    context.to_report = context.prices.Factor(amounts_year, a.price_year);
    CompiledIntervention out = NewCompiled(context, intervention);
    switch (intervention.type) {
      case InterventionType::kDemand:
        CompileDemand(context, intervention, out);
        break;
      case InterventionType::kJobs:
        CompileJobs(context, intervention, out);
        break;
      case InterventionType::kSubsidy:
        CompileSubsidy(context, intervention, out);
        break;
      case InterventionType::kAcquisition:
        CompileAcquisition(context, intervention, out);
        break;
      case InterventionType::kProject:
        CompileProject(context, intervention, out);
        break;
      case InterventionType::kCluster:
        CompileCluster(context, intervention, out);
        break;
    }
    compiled.interventions.push_back(std::move(out));
  }
  return compiled;
}

}  // namespace ripple
