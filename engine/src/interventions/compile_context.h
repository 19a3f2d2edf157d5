// Private: what the per-type compilers share (compile.cc, compile_*.cc).
#pragma once

#include <string>
#include <vector>

#include "ripple/base/units.h"
#include "ripple/interventions/compile.h"

namespace ripple {

struct CompileContext {
  const Scenario& scenario;
  const Model& model;
  PriceConverter prices;
  std::vector<std::string>& warnings;
  double money_scale = 1;  // base currency units per model monetary unit
  double to_model =
      1;  // amounts (base currency, amounts_price_year) -> model units, model-year prices
  double to_report = 1;  // amounts -> base currency, reporting prices

  int years() const { return scenario.horizon_years(); }
  int Column(int year) const { return year - scenario.start_year; }
  bool InHorizon(int year) const {
    return year >= scenario.start_year && year <= scenario.end_year;
  }
  int Sector(const SectorValue& sector) const;  // throws kInternal when unresolved
  // Model satellite value per unit of output of `sector` (0 when absent).
  double Coefficient(const std::string& satellite, int sector) const;
  // Jobs (persons) per model monetary unit of output in `sector`, from the
  // `employment` satellite. Throws Error(kBadInput) naming `who` when the
  // model has no employment satellite or the sector employs nobody.
  double JobsPerOutput(int sector, const std::string& who) const;
  // Adds `base_value` (base units: EUR at model-year prices, persons) to the
  // explicit direct effect of `indicator`, converted to the indicator's model
  // unit. Ignored when the model has no such indicator.
  // Share of `in`'s purchases of final goods of `sector` supplied from the
  // region: its local_share, else the model's regional supply share.
  double LocalShare(const Intervention& in, int sector) const;
  // A purchase of final goods (model units): the local share becomes final
  // demand, the rest out.outside_region.
  void Buy(const Intervention& in, CompiledIntervention& out, int sector, int column,
           double amount) const;
  void AddDirect(CompiledIntervention& out, const std::string& indicator, int sector, int column,
                 double base_value) const;
};

CompiledIntervention NewCompiled(const CompileContext& context, const Intervention& intervention);

void CompileDemand(const CompileContext& context, const Intervention& in,
                   CompiledIntervention& out);
void CompileJobs(const CompileContext& context, const Intervention& in, CompiledIntervention& out);
void CompileSubsidy(const CompileContext& context, const Intervention& in,
                    CompiledIntervention& out);
void CompileAcquisition(const CompileContext& context, const Intervention& in,
                        CompiledIntervention& out);
void CompileProject(const CompileContext& context, const Intervention& in,
                    CompiledIntervention& out);
void CompileCluster(const CompileContext& context, const Intervention& in,
                    CompiledIntervention& out);

}  // namespace ripple
