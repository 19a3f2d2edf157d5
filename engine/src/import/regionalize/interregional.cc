// Building an interregional package from a national one; the equations are in
// ripple/import/interregional.h.
#include "ripple/import/interregional.h"

#include <cmath>

#include "import/regionalize/interregional_internal.h"
#include "ripple/base/error.h"

namespace ripple {
namespace {

void CheckOptions(const Model& national, const RegionalEmployment& employment,
                  const std::vector<InterregionalRegion>& regions,
                  const InterregionalOptions& options) {
  Problems problems;
  if (options.id.empty()) problems.Add("id: a model id is required");
  if (!(options.distance_decay >= 0 && std::isfinite(options.distance_decay))) {
    problems.Add("distance_decay: value " + FormatNumber(options.distance_decay) +
                 " must be a number >= 0 (trade falls with distance as d^-beta)");
  }
  const auto n = static_cast<Eigen::Index>(national.sectors.size());
  if (employment.region.rows() != n ||
      employment.region.cols() != static_cast<Eigen::Index>(regions.size())) {
    problems.Add("employment: laid out for " + std::to_string(employment.region.rows()) +
                 " sectors and " + std::to_string(employment.region.cols()) +
                 " regions, the model has " + std::to_string(n) + " sectors and " +
                 std::to_string(regions.size()) + " regions are listed");
  }
  problems.ThrowIfAny();
}

// x_j^r / x_j^n = E_g^r / sum_r E_g^r: the regions share the nation's output.
Matrix OutputShares(const RegionalEmployment& employment) {
  Matrix share = Matrix::Zero(employment.region.rows(), employment.region.cols());
  for (Eigen::Index j = 0; j < share.rows(); ++j) {
    const double total = employment.region.row(j).sum();
    if (total > 0) share.row(j) = employment.region.row(j) / total;
  }
  return share;
}

// Each region's share of sum_j levels_j: levels_j * x_j^r / x_j^n summed.
Vector RegionShares(const Vector& levels, const Matrix& share) {
  const Vector total = share.transpose() * levels;
  return total / total.sum();
}

// The income satellite that places final consumption: the household
// closure's (default "compensation"); nullptr when absent or not positive.
const Satellite* IncomeSatellite(const Model& national) {
  const Satellite* income = national.FindSatellite(
      national.household.enabled() ? national.household.income_satellite : "compensation");
  return income != nullptr && income->values.sum() > 0 ? income : nullptr;
}

// Exports leave with output; final consumption (columns P3...) is spent where
// income is earned when the model has an income satellite; the rest (capital
// formation, inventories, valuables) goes with output.
std::string KeyOf(const std::string& column, bool has_income) {
  if (column == kExportsColumn) return "exports";
  return has_income && column.rfind("P3", 0) == 0 ? "compensation" : "output";
}

// kappa_k^s per final-demand column (rows) and region (columns).
Matrix FinalDemandKeys(const Model& national, const Matrix& share,
                       const std::vector<std::string>& keys) {
  const Satellite* income = IncomeSatellite(national);
  const Vector by_output = RegionShares(national.output, share);
  const Vector by_income = income ? RegionShares(income->values, share) : by_output;
  Matrix kappa = Matrix::Zero(static_cast<Eigen::Index>(keys.size()), share.cols());
  for (size_t k = 0; k < keys.size(); ++k) {
    const auto row = static_cast<Eigen::Index>(k);
    if (keys[k] == "compensation") kappa.row(row) = by_income.transpose();
    if (keys[k] == "output") kappa.row(row) = by_output.transpose();
  }
  return kappa;
}

// u_i^s: intermediate demand of region s at national coefficients plus its
// keyed share of the domestic final uses.
Matrix RegionalDemand(const Model& national, const Matrix& share, const Matrix& kappa) {
  return national.transactions * share + national.final_demand * kappa;
}

Matrix DistanceMatrix(const std::vector<InterregionalRegion>& regions) {
  const auto count = static_cast<Eigen::Index>(regions.size());
  Matrix d(count, count);
  for (Eigen::Index r = 0; r < count; ++r) {
    for (Eigen::Index s = 0; s < count; ++s) d(r, s) = RegionDistanceKm(regions[r], regions[s]);
  }
  return d;
}

// Trade of product i: flows T (gravity) and shares t^rs = T^rs / u^s; a
// destination without demand takes the origins' output shares.
void EstimateTrade(const Model& national, const Matrix& demand, const Matrix& seed,
                   Interregional& result) {
  const auto n = static_cast<Eigen::Index>(national.sectors.size());
  Problems problems;
  for (Eigen::Index i = 0; i < n; ++i) {
    const Vector u = demand.row(i).transpose();
    for (Eigen::Index s = 0; s < u.size(); ++s) {
      if (u(s) < 0) {
        problems.Add("product '" + national.sectors[i] + "': demand of region '" +
                     result.regions[s].prefix + "' for French output is " + FormatNumber(u(s)) +
                     " (rule: >= 0; negative changes in inventories exceed its other uses)");
      }
    }
    if (u.minCoeff() < 0) continue;
    const Vector origins = result.output_share.row(i).transpose() * u.sum();
    const Matrix flows = BalanceGravity(seed, origins, u);
    Matrix shares = Matrix::Zero(seed.rows(), seed.cols());
    for (Eigen::Index s = 0; s < u.size(); ++s) {
      shares.col(s) =
          u(s) > 0 ? Vector(flows.col(s) / u(s)) : Vector(result.output_share.row(i).transpose());
    }
    result.trade_flows.push_back(flows);
    result.trade_shares.push_back(shares);
  }
  problems.ThrowIfAny();
}

}  // namespace

Interregional BuildInterregional(const Model& national, const RegionalEmployment& employment,
                                 const std::vector<InterregionalRegion>& regions,
                                 const InterregionalOptions& options) {
  CheckOptions(national, employment, regions, options);
  Interregional result;
  result.regions = regions;
  result.employment = employment;
  result.output_share = OutputShares(employment);
  const bool has_income = IncomeSatellite(national) != nullptr;
  for (const auto& column : national.final_demand_columns) {
    result.final_demand_keys.push_back(KeyOf(column, has_income));
  }
  const Matrix kappa = FinalDemandKeys(national, result.output_share, result.final_demand_keys);
  result.distances = DistanceMatrix(regions);
  const Matrix seed = result.distances.array().pow(-options.distance_decay).matrix();
  EstimateTrade(national, RegionalDemand(national, result.output_share, kappa), seed, result);
  AssembleInterregional(national, kappa, result);
  result.model.info = InterregionalInfo(national, result, options);

  Problems problems;
  ValidateModel(result.model, "interregional model '" + options.id + "'", problems);
  problems.ThrowIfAny();
  return result;
}

}  // namespace ripple
