// Regional models from a national one with employment location quotients
// (a non-survey method; Miller & Blair 2009, ch. 8, section 8.4).
//
// Inputs: a national package (domestic flows) and, per national sector, the
// employment of the sector's group in the region r and in the nation n
// (E_i^r, E_i^n) plus total employment E^r, E^n. Quotients per pair i, j:
//   SLQ_i    = (E_i^r / E^r) / (E_i^n / E^n)                       simple LQ
//   CILQ_ij  = SLQ_i / SLQ_j for i != j, SLQ_i on the diagonal      cross-industry LQ
//   FLQ_ij   = lambda * CILQ_ij for i != j, lambda * SLQ_i for i == j,
//              lambda = [log2(1 + E^r / E^n)]^delta, 0 <= delta < 1
//              (Flegg, Webber & Elliott 1995; Flegg & Webber 1997)
//   AFLQ_ij  = FLQ_ij * log2(1 + SLQ_j) when SLQ_j > 1, else FLQ_ij
//              (Flegg & Webber 2000)
// With method SLQ, q_ij = SLQ_i. The regional purchase coefficient (RPC) is
// min(q_ij, 1) and the regional coefficient a_ij^r = min(q_ij, 1) * a_ij^n,
// so a regional coefficient never exceeds the national one. A sector whose
// group has no regional employment (SLQ_j = 0) buys nothing in the region:
// its column of quotients is 0.
//
// Regional package (Regionalize):
//   x_j^r = x_j^n * E_j^r / E_j^n     output share = employment share of the
//                                      sector's group (equal productivity
//                                      within a group, region and nation)
//   Z^r   = A^r diag(x^r)              computed as rpc_ij * Z_ij^n * share_j
//   satellites scale with x^r          (national coefficients per unit of output)
//   final demand columns scale by s    s = regional share of the household
//                                      income satellite (e.g. compensation)
//                                      when the model has a household closure,
//                                      else E^r / E^n; informative only: rows
//                                      do not balance (interregional trade is
//                                      not estimated)
//   household closure: income_total (when set) scales by s, so the regional
//   consumption coefficients are local_consumption_share * national ones and
//   income coefficients resident_income_share * national ones.
//
// Sources: Flegg, A.T., Webber, C.D. & Elliott, M.V. (1995) Regional Studies
// 29(6), 547-561; Flegg, A.T. & Webber, C.D. (1997) Regional Studies 31(8),
// 795-805; Flegg, A.T. & Webber, C.D. (2000) Regional Studies 34(6), 563-569;
// Miller, R.E. & Blair, P.D. (2009) Input-Output Analysis, 2nd ed., CUP, ch. 8.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ripple/base/csv.h"
#include "ripple/base/eigen.h"
#include "ripple/model/model.h"

namespace ripple {

enum class LqMethod { kSlq, kCilq, kFlq, kAflq };

// "slq", "cilq", "flq", "aflq": the spelling of flags, files and reports.
const char* LqMethodName(LqMethod method);
std::optional<LqMethod> ParseLqMethod(std::string_view name);  // nullopt when unknown
const std::vector<std::string>& LqMethodNames();

// Employment of a region and its nation, laid out per national sector.
struct SectorEmployment {
  std::string region_code, national_code;       // e.g. "FRE11", "FR"
  std::string unit;                             // e.g. "thousand persons"
  std::string source;                           // dataset, e.g. "Eurostat nama_10r_3empers"
  int year = 0;                                 // reference year of the figures
  double region_total = 0, national_total = 0;  // E^r, E^n: all activities, > 0
  std::vector<std::string> groups;              // per sector: its employment group, e.g. "M_N"
  Vector region, national;                      // per sector: E^r and E^n of its group, >= 0
};

// The NACE Rev. 2 A*10 group of a CPA/NACE product code, read from its
// section letter (code = optional "CPA_", a letter A-U, then nothing, a digit
// or '_'): A -> "A"; B, C, D, E -> "B-E"; F -> "F"; G, H, I -> "G-I";
// J -> "J"; K -> "K"; L -> "L"; M, N -> "M_N"; O, P, Q -> "O-Q";
// R, S, T, U -> "R-U" (Eurostat nama_10r_3empers spelling). Returns "" for
// any other code (e.g. "TOTAL", "AZ").
std::string A10GroupOf(const std::string& product_code);

// Picks the columns `region_code` and `national_code` of a wide employment
// table (first column: A*10 code; one column per geo code; a "TOTAL" row) and
// lays them out per sector of `national` with A10GroupOf. `model_source`
// names the national model in messages. Throws Error(kBadInput) listing every
// problem: unknown region or nation code (with a suggestion), a sector with
// no A*10 group, a missing group or TOTAL row, a cell that is not a number,
// negative employment, regional above national employment, zero national
// employment in a group.
SectorEmployment MatchEmployment(const CsvTable& table, const Model& national,
                                 const std::string& model_source, const std::string& region_code,
                                 const std::string& national_code);

struct RegionalizeOptions {
  LqMethod method = LqMethod::kFlq;
  double delta = 0.3;  // FLQ/AFLQ sensitivity, within [0, 1); ignored by SLQ and CILQ
  std::string id;      // required: id of the regional package
  std::string title;   // "" = "<national title>, regional estimate for <region>"
  std::string region;  // human name, e.g. "Nord (FRE11)"; "" = the region code
  // Household closure overrides, within [0, 1]; nullopt keeps the national value.
  std::optional<double> local_consumption_share;  // share of household spending made in the region
  std::optional<double> resident_income_share;  // share of compensation paid to resident households
  std::string notes;     // appended to the generated notes (assumptions and their sources)
  std::string built_by;  // command recorded in [provenance] ("" = none)
};

struct LocationQuotients {
  LqMethod method = LqMethod::kFlq;
  double delta = 0;   // as used (0 for SLQ and CILQ)
  double lambda = 1;  // FLQ scale [log2(1 + E^r/E^n)]^delta; 1 for SLQ and CILQ
  Vector slq;         // per sector
  Matrix quotients;   // q_ij, rows = supplying sector, columns = purchasing sector
  Matrix rpc;         // min(q_ij, 1)
};

// Quotients of `method`. Throws Error(kBadInput) when delta is outside
// [0, 1) (FLQ, AFLQ) or the employment totals are not positive.
LocationQuotients ComputeLocationQuotients(const SectorEmployment& employment, LqMethod method,
                                           double delta);

struct Regionalization {
  Model model;                  // the regional package (validated)
  SectorEmployment employment;  // as given
  LocationQuotients quotients;
  Vector national_output;         // x^n, monetary unit
  Vector output_share;            // x_j^r / x_j^n = E_j^r / E_j^n
  double final_demand_share = 0;  // s (see above)
};

// Builds the regional package. Throws Error(kBadInput) for invalid options or
// an employment layout that does not match the model's sectors, and when the
// regional package breaks a rule of ValidateModel.
Regionalization Regionalize(const Model& national, const SectorEmployment& employment,
                            const RegionalizeOptions& options);

// rpc.csv: the RPC matrix min(q_ij, 1): header "sector,<sectors>", one row
// per supplying sector. 12 significant digits.
void WriteRpcCsv(const Regionalization& result, std::ostream& out);

// location_quotients.csv, one row per sector: sector, employment_group,
// employment_region, employment_national (the group's employment, in the
// employment unit), output_share, slq, output_national, output_region (in the
// monetary unit). 12 significant digits.
void WriteLocationQuotientsCsv(const Regionalization& result, std::ostream& out);

// Writes the regional package to `directory` all-or-nothing: the model
// package (WriteModelPackage), rpc.csv and location_quotients.csv, with the
// output-folder rules of ripple/base/output_folder.h (kind "model"). Throws
// Error(kBadInput) when `directory` may not be replaced, Error(kIo).
void WriteRegionalPackage(const Regionalization& result, const std::string& directory);

}  // namespace ripple
