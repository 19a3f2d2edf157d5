// model.toml metadata of an interregional package: what it is, where every
// number comes from, which assumptions it makes.
#include <sstream>

#include "import/regionalize/interregional_internal.h"
#include "ripple/base/error.h"

namespace ripple {
namespace {

std::string Number(double value) { return FormatNumber(value, 12); }

std::string RegionList(const Interregional& result, bool with_codes) {
  std::string list;
  for (const auto& region : result.regions) {
    if (!list.empty()) list += ", ";
    list += with_codes ? region.prefix + "=" + region.code : region.name;
  }
  return list;
}

std::string KeyList(const Model& national, const Interregional& result) {
  std::string list;
  for (size_t k = 0; k < result.final_demand_keys.size(); ++k) {
    if (!list.empty()) list += ", ";
    list += national.final_demand_columns[k] + "=" + result.final_demand_keys[k];
  }
  return list;
}

std::string GeneratedNotes(const Model& national, const Interregional& result,
                           const InterregionalOptions& options) {
  const RegionalEmployment& employment = result.employment;
  std::ostringstream notes;
  notes << "Interregional estimate derived from the national model '" << national.info.id << "' ("
        << national.info.year << ") for " << result.regions.size()
        << " regions: " << RegionList(result, false)
        << ". Sector 'P:c' is product c produced in the region of prefix P. Regional output x_j^r "
           "= national x_j * E_g^r / sum of E_g over the regions, g the NACE A*10 group of j ("
        << employment.source << ", " << employment.year << "; interregional_shares.csv): "
        << "equal productivity per person within a group in every region (assumption). Every "
           "region uses the national technology (coefficients summed over origins). Trade: "
           "doubly constrained gravity per product (Wilson 1970) between the supply of each "
           "region (its output share of the national domestic use) and the demand of each region "
           "(intermediate demand at national coefficients plus final uses keyed by region: "
        << KeyList(national, result) << "), deterrence d^-" << Number(options.distance_decay)
        << " with great-circle distances between the regions' points and internal distance "
           "(2/3) sqrt(area/pi) (Head & Mayer 2002); trade shares t_i^rs = T_i^rs / u_i^s apply to "
           "every buyer in the destination (Chenery-Moses); interregional_trade.csv. Exports "
           "leave each region in proportion to its output. Summed over regions, every table is "
           "the national one, so national final demand gives national output by product. Type II "
           "keeps one household sector for the nation: income earned in any region is spent on "
           "every region's products in the pattern of the consumption column.";
  if (employment.year != national.info.year) {
    notes << " The employment year " << employment.year << " differs from the table year "
          << national.info.year << ": the regional shares are assumed unchanged between them.";
  }
  return notes.str();
}

void AddProvenance(const Model& national, const Interregional& result,
                   const InterregionalOptions& options, ModelInfo& info) {
  const RegionalEmployment& employment = result.employment;
  auto& provenance = info.provenance;
  provenance.emplace_back("national_model", national.info.id);
  provenance.emplace_back("method", "interregional: employment shares, doubly constrained gravity");
  provenance.emplace_back("distance_decay", Number(options.distance_decay));
  provenance.emplace_back("regions", RegionList(result, true));
  provenance.emplace_back("final_demand_keys", KeyList(national, result));
  provenance.emplace_back("employment_source", employment.source);
  provenance.emplace_back("employment_year", std::to_string(employment.year));
  provenance.emplace_back("employment_unit", employment.unit);
  provenance.emplace_back("employment_nation", employment.national_code);
  provenance.emplace_back("employment_national_total", Number(employment.national_total));
  std::string totals;
  for (size_t r = 0; r < result.regions.size(); ++r) {
    totals +=
        (r == 0 ? "" : ", ") + result.regions[r].prefix + "=" + Number(employment.region_totals[r]);
  }
  provenance.emplace_back("employment_region_totals", totals);
  if (!options.built_by.empty()) provenance.emplace_back("built_by", options.built_by);
}

}  // namespace

ModelInfo InterregionalInfo(const Model& national, const Interregional& result,
                            const InterregionalOptions& options) {
  ModelInfo info = national.info;
  info.id = options.id;
  info.region = options.region.empty() ? RegionList(result, false) : options.region;
  info.title = options.title.empty()
                   ? national.info.title + ", interregional estimate for " + info.region
                   : options.title;
  const std::string kind = "interregional estimate (employment shares, gravity trade)";
  info.table_type =
      national.info.table_type.empty() ? kind : national.info.table_type + "; " + kind;
  const std::string employment_source =
      result.employment.source + " (" + std::to_string(result.employment.year) + ")";
  info.source = national.info.source + "; regional employment: " + employment_source;
  info.citation += (info.citation.empty() ? "Regional employment: " : "; regional employment: ") +
                   employment_source;
  std::string notes = GeneratedNotes(national, result, options);
  if (!options.notes.empty()) notes += " " + options.notes;
  if (!national.info.notes.empty()) notes += " National model notes: " + national.info.notes;
  info.notes = notes;
  info.provenance.clear();
  AddProvenance(national, result, options, info);
  return info;
}

}  // namespace ripple
