// Turning what a scenario pays for into economic events the model projects.
//
// Every intervention becomes, per horizon year (matrix columns, first column =
// start_year), in the model's monetary unit at model-year prices:
//   final_demand  f: demand for sectors' products. Effects: direct = c .* f,
//                 indirect = c .* (L f - f), induced = c .* (L* f - L f).
//   purchases     p: first-round purchases of an activity that is not a model
//                 sector (e.g. a subsidised association). Effects: indirect =
//                 c .* L p, induced = c .* (L* p - L p); no direct effect.
//   household_income w: wages paid by that activity; induced effect only
//                 (the closed model's household column, Type II).
//   explicit_direct: that activity's own output, compensation, value added
//                 and jobs, by sector, in each indicator's model unit.
// plus the public cost (base currency, reporting prices) and the gross -> net
// factor of the Additionality Guide.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "ripple/base/eigen.h"
#include "ripple/interventions/cluster.h"
#include "ripple/model/model.h"
#include "ripple/scenario/prices.h"
#include "ripple/scenario/scenario.h"

namespace ripple {

struct CompiledIntervention {
  std::string id;
  InterventionType type = InterventionType::kDemand;
  Matrix final_demand;      // n x T
  Matrix purchases;         // n x T
  Vector household_income;  // T
  // Purchases (of the subsidised body and of final goods) supplied from
  // outside the model's region: not regional demand, reported apart. n x T,
  // model units; zero in a national model.
  Matrix outside_region;
  // Wages paid out of the public grant itself (subsidies), T, model units:
  // what is raised on them returns part of the grant (circular revenue).
  Vector grant_wages;
  // Indicator name ("output" or a satellite) -> n x T, in that indicator's model unit.
  std::map<std::string, Matrix> explicit_direct;
  Vector public_cost;  // T, base currency units, reporting prices
  Additionality additionality;
  std::vector<ClusterYear>
      cluster;  // cluster type only: companies, jobs, revenue (reporting prices)
  std::vector<BacktestRow> backtest;  // cluster type only: projection vs observations
  std::vector<std::string> notes;     // how defaults were derived, for run.json
  std::vector<FunderAmount> funding;  // project type only: each funder's money, in `funding` order
};

struct CompiledScenario {
  std::vector<CompiledIntervention> interventions;
  std::vector<std::string> warnings;
  double model_to_report_prices = 1.0;  // factor from model-year to reporting prices
};

// Compiles every intervention. Precondition: ResolveScenario passed (no
// factorisation is needed: `ripple check` compiles without solving). Throws Error(kBadInput) when a
// required model satellite is missing (e.g. `employment` for a jobs intervention) or the price
// index does not cover a needed year.
CompiledScenario CompileScenario(const Scenario& scenario, const Model& model);

// Regulated notary emoluments on a real-estate sale in France, excluding VAT:
// the degressive schedule of art. A444-91 of the Code de commerce (arrêté of
// 28 February 2020): 3.870% up to 6,500 EUR, 1.596% to 17,000, 1.064% to
// 60,000, 0.799% above. `price` and the result in EUR.
double FrenchNotaryEmoluments(double price);

// French default transfer-tax rate (droits de mutation à titre onéreux) on a
// building: 0 for a public buyer (collectivities and EPCI such as a métropole
// are exempt, Code général des impôts art. 1042), else 5.80665% (4.50%
// départemental rate + 1.20% communal tax + 2.37% assessment fee on the
// départemental part: CGI art. 1594 D, 1584, 1595 bis, 1647 V).
double FrenchTransferTaxRate(bool public_buyer);

}  // namespace ripple
