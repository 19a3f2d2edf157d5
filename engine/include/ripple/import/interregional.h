// An interregional (multi-regional) model from a national one: the nation cut
// into R regions (e.g. five départements and the rest of France), every
// product of every region a sector "<PREFIX>:<product>", the regions trading
// with each other (models/README.md, "Interregional model").
//
// Regional output (as ripple/import/regionalize.h): x_j^r = x_j^n * E_g^r / E_g^n,
// g the NACE A*10 group of product j; the rest region takes E_g^n minus the
// others. Every region uses the national technology a_ij (total over origins).
//
// Trade (Chenery-Moses; origins of region s's purchases of product i are the
// same for all its buyers): t_i^rs = T_i^rs / u_i^s, where T_i^rs is a doubly
// constrained gravity estimate (Wilson 1970) of the domestic flow of product i
// from region r to region s:
//   T_i^rs = A_i^r B_i^s o_i^r u_i^s d_rs^-beta
//   o_i^r = D_i * x_i^r / x_i^n                     supply of r to French users
//   u_i^s = sum_j a_ij x_j^s + sum_k kappa_k^s y_ik  demand of s (k != exports)
//   D_i   = sum_s u_i^s                             national domestic use of i
// A, B balance rows to o and columns to u (Furness iteration). Exports (the
// column "P6") leave every region in proportion to its output:
// e_i^r = e_i * x_i^r / x_i^n. kappa_k^s, the region's part of final-demand
// column k: for final consumption (columns "P3...") its share of the income
// satellite (the household closure's, else "compensation"; income by place of
// work), for the other columns its share of total output.
// Distances: great-circle between the regions' points; within a region
// d_rr = (2/3) sqrt(area_r / pi) (Head & Mayer 2002).
//
// Package: Z_(r,i),(s,j) = t_i^rs Z_ij^n x_j^s / x_j^n; x_(s,j) = x_j^s;
// satellites scale with x^s / x^n; final-demand column k (the national
// columns) = sum_s t_i^rs kappa_k^s y_ik, exports e_i^r. Summed over regions,
// Z, x, satellites and final demand are the national ones, so for any final
// demand split the aggregated output equals the national model's (Type I and,
// with the one national household sector, Type II).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "ripple/base/csv.h"
#include "ripple/base/eigen.h"
#include "ripple/model/model.h"

namespace ripple {

// One region of the partition, as listed in the regions file
// (region,prefix,name,latitude,longitude,area_km2).
struct InterregionalRegion {
  std::string code;    // column of the employment file, or "REST" (nation less the others)
  std::string prefix;  // sector prefix, e.g. "NORD": sectors are "NORD:C10-C12"
  std::string name;    // e.g. "Nord"
  double latitude = 0, longitude = 0;  // degrees (WGS 84) of the region's point
  double area_km2 = 0;                 // > 0: gives the internal distance
};

// The code of the rest region in a regions file.
inline constexpr const char* kRestRegionCode = "REST";

// Parses the regions file. Throws Error(kBadInput) naming file, line, field and
// value: missing column, empty or repeated code or prefix, a prefix that is
// not letters, digits, '_' or '-', latitude outside [-90, 90], longitude
// outside [-180, 180], area not > 0, fewer than 2 regions, more than one REST.
std::vector<InterregionalRegion> ParseInterregionalRegions(const CsvTable& table);

// Employment per region and A*10 group, laid out per national sector.
struct RegionalEmployment {
  std::string national_code, unit, source;
  int year = 0;
  std::vector<std::string> groups;  // per national sector: its A*10 group
  Matrix region;                    // sectors x regions: E_g^r of the sector's group
  Vector national;                  // per sector: E_g^n
  std::vector<double> region_totals;
  double national_total = 0;
};

// Reads the regions' columns and the nation's from a wide employment table
// (the layout of MatchEmployment in ripple/import/regionalize.h); the REST
// region gets the nation less the other regions. Throws Error(kBadInput)
// listing every problem (unknown column, missing group, regions above the
// nation in a group).
RegionalEmployment MatchRegionalEmployment(const CsvTable& table, const Model& national,
                                           const std::string& model_source,
                                           const std::vector<InterregionalRegion>& regions,
                                           const std::string& national_code);

// Great-circle distance in km (mean Earth radius 6,371.0088 km, IUGG) between
// two regions' points; for a region with itself (2/3) sqrt(area / pi).
double RegionDistanceKm(const InterregionalRegion& a, const InterregionalRegion& b);

// Doubly constrained gravity: the matrix T = diag(A) K diag(B), K_rs = seed,
// whose row sums are `origins` and column sums `destinations` (Furness
// iteration to a relative error of 1e-13). Both totals must be >= 0 with equal
// sums (within 1e-9 relative); a zero total gives a zero row or column.
// Throws Error(kBadInput) when it does not converge in 10,000 iterations.
Matrix BalanceGravity(const Matrix& seed, const Vector& origins, const Vector& destinations);

struct InterregionalOptions {
  double distance_decay = 1.0;  // beta >= 0 of d^-beta
  std::string id, title, region;
  std::string notes;     // appended to the generated notes
  std::string built_by;  // command recorded in [provenance]
};

struct Interregional {
  Model model;  // 384 sectors for 6 regions x 64 products; validated
  std::vector<InterregionalRegion> regions;
  RegionalEmployment employment;
  Matrix output_share;               // products x regions: x_j^r / x_j^n
  std::vector<Matrix> trade_shares;  // per product: t^rs, regions x regions (origin, destination)
  std::vector<Matrix> trade_flows;   // per product: T^rs, monetary unit
  std::vector<std::string> final_demand_keys;  // per column: "compensation", "output", "exports"
  Matrix distances;                            // km, regions x regions
};

// Builds the package. Throws Error(kBadInput) for bad options, a product with
// no domestic use to allocate, or a package that breaks ValidateModel.
Interregional BuildInterregional(const Model& national, const RegionalEmployment& employment,
                                 const std::vector<InterregionalRegion>& regions,
                                 const InterregionalOptions& options);

// interregional_trade.csv: product,origin,destination,distance_km,trade_share,flow
// (one row per product and pair of regions, regions by prefix).
void WriteInterregionalTradeCsv(const Interregional& result, std::ostream& out);

// interregional_shares.csv: region,prefix,employment_group,employment_region,
// employment_national,output_share (one row per region and A*10 group).
void WriteInterregionalSharesCsv(const Interregional& result, std::ostream& out);

// Writes the package, interregional_trade.csv and interregional_shares.csv
// all or nothing (ripple/base/output_folder.h rules, kind "model").
void WriteInterregionalPackage(const Interregional& result, const std::string& directory);

}  // namespace ripple
