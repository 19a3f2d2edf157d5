// Model-level uncertainty for `ripple sensitivity` (scenario table
// [uncertainty], scenarios/README.md):
//   technical coefficients  every non-zero cell of A = Z x^-1 times a
//                           mean-preserving lognormal factor exp(sigma z -
//                           sigma^2 / 2), z ~ N(0, 1); a column whose sum
//                           reaches 1 is scaled back to its original sum.
//   FLQ delta               a regional package built by `ripple model
//                           regionalize` with FLQ or AFLQ is re-derived for
//                           another delta from its own files:
//                           a_ij(delta) = a_ij * rpc_ij(delta) / rpc_ij(delta0)
//                           (rpc from location_quotients.csv and the
//                           [provenance] totals; Regionalize in regionalize.h).
//   satellite factors       a satellite's values (all sectors) times a factor,
//                           e.g. employment x 0.9 (fewer persons per EUR).
// Each function returns a new Model; the input is not changed, and neither is
// anything but the tables named (info, provenance and notes still describe
// the package). With sigma = 0, delta = delta0 and factors 1 the result
// equals the input exactly (bit for bit).
#pragma once

#include <string>
#include <vector>

#include "ripple/base/random.h"
#include "ripple/import/regionalize.h"
#include "ripple/model/model.h"

namespace ripple {

// Multiplies each non-zero transaction Z_ij (hence A_ij, x is unchanged) by
// exp(sigma z_ij - sigma^2/2), z_ij = stream.Normal() drawn in column-major
// order of the non-zero cells (one number per cell; none when sigma = 0, in
// which case Z is returned unchanged). A column j whose coefficient sum
// sum_i Z_ij / x_j reaches 1 after the noise is rescaled so that its sum
// equals the input's column sum. Throws Error(kBadInput)
// "technical_coefficients_sigma -1 must be >= 0" when sigma is negative or
// not finite.
Model PerturbTechnicalCoefficients(const Model& model, double sigma, RandomStream& stream);
// The same on `model` itself (no copy: a Monte Carlo draw's own model).
void PerturbTechnicalCoefficientsInPlace(Model& model, double sigma, RandomStream& stream);

// What a regional package needs to be re-derived for another FLQ delta.
struct RegionalDeltaBasis {
  std::string method;   // "flq" or "aflq"
  double delta = 0;     // delta0: the delta the package was built with
  Matrix rpc_at_delta;  // rpc_ij(delta0) of the package, recomputed, n x n
  // E_i^r, E_i^n per sector (in model order) from location_quotients.csv and
  // E^r, E^n from [provenance] employment_region_total and
  // employment_national_total: enough for ComputeLocationQuotients.
  SectorEmployment employment;
};

// Reads model.toml [provenance] (method, delta, employment_region_total,
// employment_national_total: from `model`, loaded from `directory`) and
// `directory`/location_quotients.csv (columns sector, employment_group,
// employment_region, employment_national; one row per sector of `model`).
// Throws Error(kBadInput) when the package is not an FLQ/AFLQ regional
// estimate ("model 'x' is not a regional FLQ/AFLQ estimate (its [provenance]
// has no method = "flq" or "aflq"): flq_delta needs a package built by ripple
// model regionalize --method flq"), and listing every problem of the
// provenance values and of location_quotients.csv (missing or non-numeric
// values, negative employment, missing, unknown or repeated sectors);
// Error(kIo) when location_quotients.csv cannot be read.
RegionalDeltaBasis LoadRegionalDeltaBasis(const std::string& directory, const Model& model);

// The package's model with Z (hence A) re-derived for `delta`:
// Z_ij * rpc_ij(delta) / rpc_ij(delta0) where rpc_ij(delta0) > 0; other
// cells are 0 at every delta and stay as they are. Throws Error(kBadInput)
// "flq_delta 1.2 must be within [0, 1)", and Error(kInternal) when `basis`
// does not fit `model` (size) or names another method.
Model WithFlqDelta(const Model& model, const RegionalDeltaBasis& basis, double delta);

// Multiplies satellite `name`'s values by `factor` (>= 0). Throws
// Error(kBadInput) "unknown satellite 'x' (did you mean 'y'?)" (or
// "(satellites: a, b)" without a close match) and "satellite factor -1 must
// be >= 0" (also for a factor that is not finite). A factor on "employment"
// also scales "employment_fte" (the same people: FTE per person unchanged); a
// factor on "employment_fte" alone moves FTE per person.
Model ScaleSatellite(const Model& model, const std::string& name, double factor);
// The same on `model` itself.
void ScaleSatelliteInPlace(Model& model, const std::string& name, double factor);

}  // namespace ripple
