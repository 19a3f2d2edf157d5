// Lognormal noise on technical coefficients and satellite factors; the
// equations are in ripple/model_uncertainty.h. The FLQ delta re-derivation is
// in model_uncertainty_flq.cc.
#include "ripple/run/model_uncertainty.h"

#include <cmath>

#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "ripple/base/text.h"

namespace ripple {
namespace {

// Multiplies the non-zero cells of column j by exp(sigma z - sigma^2/2), one
// z per cell from `stream`, top to bottom.
void PerturbColumn(Matrix& z, Eigen::Index j, double sigma, RandomStream& stream) {
  const double shift = -0.5 * sigma * sigma;
  for (Eigen::Index i = 0; i < z.rows(); ++i) {
    if (z(i, j) != 0) z(i, j) *= std::exp(sigma * stream.Normal() + shift);
  }
}

// Scales column j back to the input's coefficient sum when the noise made
// sum_i Z_ij / x_j reach 1 (the economy would no longer be productive).
// `sum_before`: the column's sum before the noise.
void KeepColumnBelowOne(double sum_before, Matrix& after, Eigen::Index j, double output) {
  if (!(output > 0)) return;  // a zero-output sector has no inputs (ValidateModel)
  const double sum_after = after.col(j).sum();
  if (sum_after / output < 1) return;
  after.col(j) *= sum_before / sum_after;
}

std::vector<std::string> SatelliteNames(const Model& model) {
  std::vector<std::string> names;
  for (const Satellite& satellite : model.satellites) names.push_back(satellite.name);
  return names;
}

}  // namespace

void PerturbTechnicalCoefficientsInPlace(Model& model, double sigma, RandomStream& stream) {
  if (!(sigma >= 0) || !std::isfinite(sigma)) {
    throw Error(ErrorKind::kBadInput,
                "technical_coefficients_sigma " + FormatNumber(sigma) + " must be >= 0");
  }
  if (sigma == 0) return;
  Matrix& z = model.transactions;
  for (Eigen::Index j = 0; j < z.cols(); ++j) {
    const double sum_before = z.col(j).sum();
    PerturbColumn(z, j, sigma, stream);
    KeepColumnBelowOne(sum_before, z, j, model.output(j));
  }
}

Model PerturbTechnicalCoefficients(const Model& model, double sigma, RandomStream& stream) {
  Model result = model;
  PerturbTechnicalCoefficientsInPlace(result, sigma, stream);
  return result;
}

void ScaleSatelliteInPlace(Model& model, const std::string& name, double factor) {
  Problems problems;
  if (model.FindSatellite(name) == nullptr) {
    problems.Add("unknown satellite '" + name + "'" + DidYouMean(name, SatelliteNames(model)));
  }
  if (!(factor >= 0) || !std::isfinite(factor)) {
    problems.Add("satellite factor " + FormatNumber(factor) + " must be >= 0");
  }
  problems.ThrowIfAny();
  for (Satellite& satellite : model.satellites) {
    if (satellite.name == name || (name == "employment" && satellite.name == "employment_fte"))
      satellite.values *= factor;
  }
}

Model ScaleSatellite(const Model& model, const std::string& name, double factor) {
  Model result = model;
  ScaleSatelliteInPlace(result, name, factor);
  return result;
}

}  // namespace ripple
