// The tables of an interregional package (ripple/import/interregional.h):
// sector (r, i) is row and column r * n + i.
#include "import/regionalize/interregional_internal.h"

namespace ripple {
namespace {

void NameSectors(const Model& national, Interregional& result) {
  Model& model = result.model;
  for (const auto& region : result.regions) {
    for (size_t i = 0; i < national.sectors.size(); ++i) {
      model.sectors.push_back(region.prefix + ":" + national.sectors[i]);
      const bool named = i < national.sector_names.size() && !national.sector_names[i].empty();
      model.sector_names.push_back(region.name + ": " +
                                   (named ? national.sector_names[i] : national.sectors[i]));
    }
  }
}

// Z_(r,i),(s,j) = t_i^rs Z_ij^n share_j^s.
Matrix Transactions(const Model& national, const Interregional& result) {
  const auto n = static_cast<Eigen::Index>(national.sectors.size());
  const auto count = result.output_share.cols();
  Matrix z = Matrix::Zero(n * count, n * count);
  for (Eigen::Index s = 0; s < count; ++s) {
    const Matrix used = national.transactions * result.output_share.col(s).asDiagonal();
    for (Eigen::Index r = 0; r < count; ++r) {
      for (Eigen::Index i = 0; i < n; ++i) {
        z.block(r * n + i, s * n, 1, n) = result.trade_shares[i](r, s) * used.row(i);
      }
    }
  }
  return z;
}

// Column k of region-product (r, i): sum_s t_i^rs kappa_k^s y_ik, or the
// exports e_i share_i^r.
Matrix FinalDemand(const Model& national, const Matrix& kappa, const Interregional& result) {
  const auto n = static_cast<Eigen::Index>(national.sectors.size());
  const auto count = result.output_share.cols();
  Matrix f = Matrix::Zero(n * count, national.final_demand.cols());
  for (Eigen::Index k = 0; k < f.cols(); ++k) {
    const bool exports = result.final_demand_keys[k] == "exports";
    for (Eigen::Index i = 0; i < n; ++i) {
      const double y = national.final_demand(i, k);
      for (Eigen::Index r = 0; r < count; ++r) {
        f(r * n + i, k) = exports ? y * result.output_share(i, r)
                                  : y * result.trade_shares[i].row(r).dot(kappa.row(k));
      }
    }
  }
  return f;
}

// A level per sector of region r: the national level times share^r.
Vector ScaleByRegion(const Vector& national, const Matrix& share) {
  const auto n = national.size();
  Vector out(n * share.cols());
  for (Eigen::Index r = 0; r < share.cols(); ++r) {
    out.segment(r * n, n) = national.cwiseProduct(share.col(r));
  }
  return out;
}

}  // namespace

void AssembleInterregional(const Model& national, const Matrix& kappa, Interregional& result) {
  Model& model = result.model;
  NameSectors(national, result);
  model.transactions = Transactions(national, result);
  model.output = ScaleByRegion(national.output, result.output_share);
  model.final_demand_columns = national.final_demand_columns;
  model.final_demand = FinalDemand(national, kappa, result);
  model.satellites = national.satellites;
  for (Satellite& satellite : model.satellites) {
    satellite.values = ScaleByRegion(satellite.values, result.output_share);
  }
  // One household sector for the nation: income from every region, spending
  // on every region's products in the pattern of the consumption column.
  model.household = national.household;
}

}  // namespace ripple
