// Building a regional package from a national one; the equations are in
// ripple/regionalize.h.
#include "ripple/import/regionalize.h"

#include <cctype>
#include <sstream>

#include "base/safe_id.h"
#include "ripple/base/error.h"

namespace ripple {
namespace {

void CheckOptions(const Model& national, const SectorEmployment& employment,
                  const RegionalizeOptions& options) {
  Problems problems;
  if (options.id.empty()) problems.Add("--id: a model id is required");
  if (const std::string problem = IdProblem(options.id); !options.id.empty() && !problem.empty())
    problems.Add("--id: " + problem);
  auto check_share = [&](const std::optional<double>& share, const std::string& field) {
    if (share && !(*share >= 0 && *share <= 1)) {
      problems.Add(field + ": value " + FormatNumber(*share) + " must be within [0, 1]");
    }
  };
  check_share(options.local_consumption_share, "--local-consumption-share");
  check_share(options.resident_income_share, "--resident-income-share");
  const auto n = national.sectors.size();
  if (employment.groups.size() != n || static_cast<size_t>(employment.region.size()) != n ||
      static_cast<size_t>(employment.national.size()) != n) {
    problems.Add("employment: laid out for " + std::to_string(employment.groups.size()) +
                 " sectors, the model has " + std::to_string(n));
  }
  problems.ThrowIfAny();
}

// x_j^r / x_j^n = E_j^r / E_j^n (0 when the nation has no employment).
Vector OutputShare(const SectorEmployment& employment) {
  Vector share = Vector::Zero(employment.region.size());
  for (Eigen::Index j = 0; j < share.size(); ++j) {
    if (employment.national(j) > 0) share(j) = employment.region(j) / employment.national(j);
  }
  return share;
}

// s: regional share of household income when the model closes households,
// else the regional share of total employment.
double FinalDemandShare(const Model& national, const Model& regional,
                        const SectorEmployment& employment) {
  if (national.household.enabled()) {
    const Satellite* before = national.FindSatellite(national.household.income_satellite);
    const Satellite* after = regional.FindSatellite(national.household.income_satellite);
    if (before != nullptr && after != nullptr && before->values.sum() > 0) {
      return after->values.sum() / before->values.sum();
    }
  }
  return employment.region_total / employment.national_total;
}

// Z^r = A^r diag(x^r), computed as rpc_ij * Z_ij^n * share_j; x^r and the
// satellites scale with the output share.
void ScaleTables(const Model& national, const Regionalization& result, Model& regional) {
  const Vector& share = result.output_share;
  regional.transactions =
      result.quotients.rpc.cwiseProduct(national.transactions) * share.asDiagonal();
  regional.output = national.output.cwiseProduct(share);
  for (Satellite& satellite : regional.satellites)
    satellite.values = satellite.values.cwiseProduct(share);
}

// Final demand scales by s; the household closure as documented in the header.
void ScaleFinalDemand(const Model& national, double s, const RegionalizeOptions& options,
                      Model& regional) {
  regional.final_demand = national.final_demand * s;
  HouseholdClosure& h = regional.household;
  if (h.income_total) h.income_total = *h.income_total * s;
  if (options.local_consumption_share) h.local_consumption_share = *options.local_consumption_share;
  if (options.resident_income_share) h.resident_income_share = *options.resident_income_share;
}

std::string Number(double value) { return FormatNumber(value, 12); }

std::string GeneratedNotes(const Model& national, const SectorEmployment& employment,
                           const Regionalization& result) {
  const LocationQuotients& q = result.quotients;
  const Model& regional = result.model;
  std::ostringstream notes;
  std::string method = LqMethodName(q.method);
  for (char& c : method) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  notes << "Regional estimate for " << regional.info.region << " derived from the national model '"
        << national.info.id << "' (" << national.info.year << ") with " << method
        << " location quotients";
  if (q.method == LqMethod::kFlq || q.method == LqMethod::kAflq) {
    notes << " (delta " << Number(q.delta) << ", lambda " << Number(q.lambda) << ")";
  }
  notes << ": a_ij = min(q_ij, 1) * national a_ij (rpc.csv). Regional output x_j = national x_j * "
           "E_j^r / E_j^n with the employment of the product's NACE A*10 group ("
        << employment.source << ", " << employment.year << ", " << employment.region_code << " vs "
        << employment.national_code
        << "; location_quotients.csv): every product of a group takes the group's share "
           "(assumption: equal productivity per person in region and nation within a group; no "
           "detail below A*10).";
  if (employment.year != national.info.year) {
    notes << " The employment year " << employment.year << " differs from the table year "
          << national.info.year << ": the regional shares are assumed unchanged between them.";
  }
  notes << " Satellites scale with regional output (national coefficients). final_demand.csv is "
           "the national one times s = "
        << Number(result.final_demand_share)
        << " and is informative only: regional imports, exports and interregional trade are not "
           "estimated, so rows do not balance.";
  if (regional.household.enabled()) {
    notes << " Household closure: local_consumption_share = "
          << Number(regional.household.local_consumption_share)
          << ", resident_income_share = " << Number(regional.household.resident_income_share)
          << ".";
  }
  return notes.str();
}

ModelInfo RegionalInfo(const Model& national, const SectorEmployment& employment,
                       const RegionalizeOptions& options) {
  ModelInfo info = national.info;
  info.id = options.id;
  info.region = options.region.empty() ? employment.region_code : options.region;
  info.title = options.title.empty()
                   ? national.info.title + ", regional estimate for " + info.region
                   : options.title;
  info.table_type = national.info.table_type.empty()
                        ? "regional estimate by location quotients"
                        : national.info.table_type + "; regional estimate by location quotients";
  const std::string employment_source =
      employment.source + " (" + std::to_string(employment.year) + ")";
  info.source = national.info.source + "; regional employment: " + employment_source;
  info.citation += (info.citation.empty() ? "Regional employment: " : "; regional employment: ") +
                   employment_source;
  info.provenance.clear();
  return info;
}

void AddProvenance(const Model& national, const SectorEmployment& employment,
                   const RegionalizeOptions& options, Regionalization& result) {
  auto& provenance = result.model.info.provenance;
  const LocationQuotients& q = result.quotients;
  provenance.emplace_back("national_model", national.info.id);
  provenance.emplace_back("method", LqMethodName(q.method));
  if (q.method == LqMethod::kFlq || q.method == LqMethod::kAflq) {
    provenance.emplace_back("delta", Number(q.delta));
    provenance.emplace_back("lambda", Number(q.lambda));
  }
  provenance.emplace_back("employment_source", employment.source);
  provenance.emplace_back("employment_year", std::to_string(employment.year));
  provenance.emplace_back("employment_unit", employment.unit);
  provenance.emplace_back("employment_region", employment.region_code);
  provenance.emplace_back("employment_nation", employment.national_code);
  provenance.emplace_back("employment_region_total", Number(employment.region_total));
  provenance.emplace_back("employment_national_total", Number(employment.national_total));
  provenance.emplace_back("final_demand_share", Number(result.final_demand_share));
  if (!options.built_by.empty()) provenance.emplace_back("built_by", options.built_by);
}

}  // namespace

Regionalization Regionalize(const Model& national, const SectorEmployment& employment,
                            const RegionalizeOptions& options) {
  CheckOptions(national, employment, options);
  Regionalization result;
  result.employment = employment;
  result.quotients = ComputeLocationQuotients(employment, options.method, options.delta);
  result.national_output = national.output;
  result.output_share = OutputShare(employment);
  // Copied field by field: whatever else a Model carries about the national
  // files (e.g. source positions) does not describe the regional package.
  Model& regional = result.model;
  regional.info = RegionalInfo(national, employment, options);
  regional.sectors = national.sectors;
  regional.sector_names = national.sector_names;
  regional.final_demand_columns = national.final_demand_columns;
  regional.satellites = national.satellites;
  regional.household = national.household;
  ScaleTables(national, result, regional);
  result.final_demand_share = FinalDemandShare(national, regional, employment);
  ScaleFinalDemand(national, result.final_demand_share, options, regional);

  std::string notes = GeneratedNotes(national, employment, result);
  if (!options.notes.empty()) notes += " " + options.notes;
  if (!national.info.notes.empty()) notes += " National model notes: " + national.info.notes;
  regional.info.notes = notes;
  AddProvenance(national, employment, options, result);

  Problems problems;
  ValidateModel(regional, "regional model '" + options.id + "'", problems);
  problems.ThrowIfAny();
  return result;
}

}  // namespace ripple
