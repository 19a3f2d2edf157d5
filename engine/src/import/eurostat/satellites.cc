// Employment (nama_10_a64_e) and enterprise counts (SBS) by A*64 product.
#include <algorithm>
#include <cmath>
#include <map>

#include "import/eurostat/eurostat_internal.h"
#include "ripple/base/csv.h"
#include "ripple/base/error.h"

namespace ripple {
namespace {

using eurostat::ListCodes;

std::map<std::string, size_t> IndexOf(const std::vector<std::string>& sectors) {
  std::map<std::string, size_t> index;
  for (size_t i = 0; i < sectors.size(); ++i) index[sectors[i]] = i;
  return index;
}

// Line of the first cell of `code` (for messages), 0 when unknown.
int LineOf(const StatCube& cube, const std::string& dimension, const std::string& code) {
  const StatCell* cell = cube.Find({{dimension, code}});
  return cell ? cell->line : 0;
}

struct Item {
  const char* code;  // na_item
  const char* satellite;
};
const Item kItems[] = {
    {"EMP_DC", "employment"}, {"SAL_DC", "employees"}, {"SELF_DC", "self_employed"}};

bool HasCells(const StatCube& cube, const std::string& code) {
  for (const Item& item : kItems) {
    if (cube.Find({{"nace_r2", code}, {"na_item", item.code}})) return true;
  }
  return false;
}

void CheckKnownCodes(const StatCube& cube, Problems& problems) {
  std::vector<std::string> known;
  for (const auto& code : eurostat::NamaA64Codes()) known.push_back(code.nace);
  const StatDimension& nace = cube.dimensions[cube.DimensionIndex("nace_r2")];
  for (const std::string& code : nace.codes) {
    if (std::find(known.begin(), known.end(), code) != known.end()) continue;
    if (!HasCells(cube, code)) continue;  // JSON-stat lists the codes of every country
    std::string message = "unknown NACE code '" + code +
                          "' (rule: the nace_r2 codes of nama_10_a64_e, NACE Rev. 2 A*64)";
    message += DidYouMean(code, known);
    problems.Add(Located(cube.source, LineOf(cube, "nace_r2", code), 0, "nace_r2", message));
  }
}

// Figure of `nace` for `item`; a problem when it is required and missing.
double Figure(const StatCube& cube, const std::string& nace, const std::string& item, bool required,
              Problems& problems) {
  const StatCell* cell = cube.Find({{"nace_r2", nace}, {"na_item", item}});
  if (cell && cell->has_value) return cell->value;
  if (required) {
    std::string why = cell == nullptr ? "not in the file" : "no value";
    if (cell && !cell->status.empty()) why += " (status '" + cell->status + "')";
    problems.Add(Located(cube.source, cell ? cell->line : LineOf(cube, "nace_r2", nace), 0,
                         "nace_r2 '" + nace + "', na_item '" + item + "'",
                         why + " (rule: every A*64 division needs a figure)"));
  }
  return 0;
}

void CheckTotal(const StatCube& cube, const Satellite& satellite, const std::string& item,
                std::vector<std::string>& warnings) {
  const StatCell* total = cube.Find({{"nace_r2", "TOTAL"}, {"na_item", item}});
  if (total == nullptr || !total->has_value) return;
  std::vector<double> values(satellite.values.data(),
                             satellite.values.data() + satellite.values.size());
  values.push_back(total->value);
  const double bound = 0.5 * eurostat::RoundingUnit(values) * static_cast<double>(values.size());
  const double sum = satellite.values.sum();
  if (std::abs(sum - total->value) > bound) {
    warnings.push_back(satellite.name + ": products sum to " + FormatNumber(sum) + " " +
                       satellite.unit + ", TOTAL is " + FormatNumber(total->value) +
                       " (rounding bound " + FormatNumber(bound, 3) + ")");
  }
}

}  // namespace

std::vector<Satellite> MapEmployment(const StatCube& employment,
                                     const std::vector<std::string>& sectors,
                                     std::vector<std::string>& warnings) {
  if (employment.DimensionIndex("nace_r2") < 0 || employment.DimensionIndex("na_item") < 0) {
    throw Error(ErrorKind::kBadInput,
                Located(employment.source, 0, 0, "",
                        "expected dimensions nace_r2 and na_item (nama_10_a64_e)"));
  }
  employment.RequireSingleCodes({"nace_r2", "na_item"});
  Problems problems;
  CheckKnownCodes(employment, problems);
  problems.ThrowIfAny();
  const std::map<std::string, size_t> index = IndexOf(sectors);
  std::vector<Satellite> satellites;
  for (const Item& item : kItems) {
    Satellite satellite{item.satellite, "thousand persons", Vector::Zero(sectors.size())};
    for (const auto& code : eurostat::NamaA64Codes()) {
      const std::string leaf = code.leaf_sector;
      auto it = index.find(leaf);
      if (leaf.empty() || it == index.end()) continue;
      // Imputed rents (L68A) and extraterritorial bodies (U) have no workers unless published.
      const bool optional = leaf == "L68A" || leaf == "U";
      satellite.values(it->second) = Figure(employment, code.nace, item.code, !optional, problems);
    }
    // L68 covers all real estate, L68B is L68 less imputed rents.
    if (index.count("L68A") && index.count("L68B")) {
      satellite.values(index.at("L68B")) -= satellite.values(index.at("L68A"));
    }
    CheckTotal(employment, satellite, item.code, warnings);
    satellites.push_back(std::move(satellite));
  }
  problems.ThrowIfAny();
  if (index.count("L68A") && satellites[0].values(index.at("L68A")) == 0) {
    warnings.push_back(
        "employment: L68A (imputed rents of owner-occupied dwellings) has no "
        "workers; all of L68 goes to L68B");
  }
  const StatCell* u = employment.Find({{"nace_r2", "U99"}, {"na_item", "EMP_DC"}});
  if (u == nullptr || !u->has_value) warnings.push_back("employment: U99 not published: U gets 0");
  return satellites;
}

namespace {

bool SbsValue(const StatCube& sbs, const std::string& code, double& value) {
  const StatCell* cell = sbs.Find({{"nace_r2", code}});
  if (cell == nullptr || !cell->has_value) return false;
  value = cell->value;
  return true;
}

std::string MissingGroupMessage(const eurostat::SbsGroup& group) {
  std::vector<std::string> codes;
  for (const auto& divisions : group.divisions) {
    codes.insert(codes.end(), divisions.begin(), divisions.end());
  }
  return "no enterprise count for " + ListCodes(group.products) +
         ": the file needs the divisions " + ListCodes(codes, 20) +
         (group.section.empty() ? "" : " or the section " + group.section);
}

// Fills the products of one group (see MapEnterprises); adds a problem when
// the file cannot give them.
void FillGroup(const StatCube& sbs, const eurostat::SbsGroup& group,
               const std::map<std::string, size_t>& index, const Vector& weights,
               const std::string& weight_name, Satellite& satellite,
               std::vector<std::string>& warnings, Problems& problems) {
  std::vector<size_t> unknown;
  double known_sum = 0;
  for (size_t k = 0; k < group.products.size(); ++k) {
    double sum = 0, value = 0;
    bool all = true;
    for (const std::string& division : group.divisions[k]) {
      all = all && SbsValue(sbs, division, value);
      sum += value;
    }
    if (all) {
      satellite.values(index.at(group.products[k])) = sum;
      known_sum += sum;
    } else {
      unknown.push_back(k);
    }
  }
  if (unknown.empty()) return;
  double section = 0;
  if (group.section.empty() || !SbsValue(sbs, group.section, section)) {
    problems.Add(Located(sbs.source, 0, 0, "nace_r2", MissingGroupMessage(group)));
    return;
  }
  const double rest = section - known_sum;
  double weight_sum = 0;
  std::vector<std::string> names;
  for (size_t k : unknown) {
    weight_sum += weights(index.at(group.products[k]));
    names.push_back(group.products[k]);
  }
  if (rest < 0 || (unknown.size() > 1 && !(weight_sum > 0))) {
    problems.Add(Located(sbs.source, LineOf(sbs, "nace_r2", group.section), 0, "nace_r2",
                         "cannot derive " + ListCodes(names) + " from section " + group.section +
                             " (" + FormatNumber(section) + "): its other products sum to " +
                             FormatNumber(known_sum) + " and the " + weight_name + " weights to " +
                             FormatNumber(weight_sum)));
    return;
  }
  for (size_t k : unknown) {
    const double weight = weights(index.at(group.products[k]));
    satellite.values(index.at(group.products[k])) =
        unknown.size() == 1 ? rest : rest * weight / weight_sum;
  }
  if (unknown.size() > 1) {
    const std::string what = known_sum == 0
                                 ? "section " + group.section
                                 : "section " + group.section + " less its divisions in the file";
    warnings.push_back("enterprises: " + what + " (" + FormatNumber(rest) + ") spread over " +
                       ListCodes(names) + " in proportion to " + weight_name +
                       " (divisions not in the file)");
  } else if (unknown.size() < group.products.size()) {
    warnings.push_back("enterprises: " + names[0] + " = section " + group.section +
                       " less the other products of the section (divisions not in the file)");
  }
}

}  // namespace

Satellite MapEnterprises(const StatCube& sbs, const std::vector<std::string>& sectors,
                         const Vector& weights, const std::string& weight_name,
                         std::vector<std::string>& warnings) {
  if (sbs.DimensionIndex("nace_r2") < 0) {
    throw Error(ErrorKind::kBadInput,
                Located(sbs.source, 0, 0, "", "expected a nace_r2 dimension (SBS)"));
  }
  sbs.RequireSingleCodes({"nace_r2"});
  const std::map<std::string, size_t> index = IndexOf(sectors);
  Satellite satellite{"enterprises", "enterprises", Vector::Zero(sectors.size())};
  Problems problems;
  for (const eurostat::SbsGroup& group : eurostat::SbsGroups()) {
    FillGroup(sbs, group, index, weights, weight_name, satellite, warnings, problems);
  }
  problems.ThrowIfAny();
  warnings.push_back("enterprises: 0 for " + ListCodes(eurostat::SbsUncovered()) +
                     " (outside the SBS scope: market enterprises of sections B-S except S94)");
  return satellite;
}

}  // namespace ripple
