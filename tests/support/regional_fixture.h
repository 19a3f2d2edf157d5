// A three-sector national model and matching employment, small enough to
// check location quotients by hand (see regionalize_test.cc).
#pragma once

#include <string>

#include "ripple/import/regionalize.h"
#include "ripple/model/model.h"

namespace ripple::testing {

// Sectors CPA_A01 (group A), CPA_C10-12 (B-E), CPA_J62_63 (J); output
// x = [1000, 800, 600] million EUR and
//       A = [0.10 0.20 0.05]
//           [0.30 0.10 0.20]      Z = A diag(x)
//           [0.05 0.15 0.10]
// final demand P3_S14 = [200, 300, 100], P6 = [100, 50, 20]; satellites
// compensation = [300, 250, 200] million EUR, employment = [4, 3, 3]
// thousand persons; Type II closure on P3_S14 and compensation.
Model ThreeSectorNationalModel();

// Employment of those groups (thousand persons): nation NAT = [400, 300, 300]
// of 1000, region REG = [20, 45, 35] of 100.
SectorEmployment ThreeSectorEmployment();

// The same figures as an employment table: nace_r2,NAT,REG,OTHER with rows
// TOTAL, A, B-E, J (OTHER is a third geo column, for messages).
std::string ThreeSectorEmploymentCsv();

// An interregional vector (row r * n + i = product i of region r) summed over
// the regions: n values, one per product.
Vector SumOverRegions(const Vector& x, Eigen::Index n);

// max_k |a_k - b_k| / |b_k|.
double MaxRelativeDifference(const Vector& a, const Vector& b);

}  // namespace ripple::testing
