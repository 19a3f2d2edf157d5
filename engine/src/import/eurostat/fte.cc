// Full-time equivalents by A*64 product: the SBS ratio of employees in FTE
// (SAL_FTE_NR) to employees (SAL_NR), applied to employment in persons.
#include <algorithm>
#include <cmath>
#include <map>

#include "import/eurostat/eurostat_internal.h"
#include "ripple/base/csv.h"
#include "ripple/base/error.h"

namespace ripple {
namespace {

using eurostat::ListCodes;

// Employees and employees in FTE of one SBS code, when both are published.
struct Pair {
  double employees = 0, fte = 0;
};

bool Published(const StatCube& employees, const StatCube& fte, const std::string& code,
               Pair& pair) {
  const StatCell* e = employees.Find({{"nace_r2", code}});
  const StatCell* f = fte.Find({{"nace_r2", code}});
  if (e == nullptr || f == nullptr || !e->has_value || !f->has_value || !(e->value > 0)) {
    return false;
  }
  pair = {e->value, f->value};
  return true;
}

// Products sharing one rule, for one warning each.
struct RuleLists {
  std::vector<std::string> partial, section_less_others, section, national;
  std::vector<std::string> partial_missing;  // the divisions left out by `partial`
};

// Ratio of one product of `group` (index k), or NaN when only the national
// ratio is left. Rules, first that applies: all its divisions; the divisions
// published; the section less the group's other products (one product
// missing); the section.
double ProductRatio(const StatCube& employees, const StatCube& fte, const eurostat::SbsGroup& group,
                    size_t k, RuleLists& lists) {
  Pair sum, pair;
  std::vector<std::string> missing;
  for (const std::string& division : group.divisions[k]) {
    if (!Published(employees, fte, division, pair)) {
      missing.push_back(division);
      continue;
    }
    sum.employees += pair.employees, sum.fte += pair.fte;
  }
  if (missing.empty()) return sum.fte / sum.employees;
  const std::string& product = group.products[k];
  if (sum.employees > 0) {
    lists.partial.push_back(product);
    lists.partial_missing.insert(lists.partial_missing.end(), missing.begin(), missing.end());
    return sum.fte / sum.employees;
  }
  const std::string section = group.section.empty() ? product.substr(0, 1) : group.section;
  Pair whole;
  if (!Published(employees, fte, section, whole)) return std::nan("");
  // A section that is the whole product (D, F, I, L68B, P): exact.
  if (!group.section.empty() && group.products.size() == 1) return whole.fte / whole.employees;
  Pair others;
  bool others_known = group.products.size() > 1;
  for (size_t j = 0; j < group.products.size() && others_known; ++j) {
    if (j == k) continue;
    for (const std::string& division : group.divisions[j]) {
      others_known = others_known && Published(employees, fte, division, pair);
      if (!others_known) break;
      others.employees += pair.employees, others.fte += pair.fte;
    }
  }
  const double rest = whole.employees - others.employees;
  if (others_known && rest > 0 && whole.fte - others.fte > 0) {
    lists.section_less_others.push_back(product);
    return (whole.fte - others.fte) / rest;
  }
  lists.section.push_back(product);
  return whole.fte / whole.employees;
}

// The SBS aggregate of market enterprises (B-S excluding O and S94).
constexpr const char* kAggregate = "B-S_X_O_S94";

void AddWarnings(const RuleLists& lists, double national, std::vector<std::string>& warnings) {
  if (!lists.partial.empty()) {
    warnings.push_back("employment_fte: " + ListCodes(lists.partial) +
                       " use the ratio of their published divisions (" +
                       ListCodes(lists.partial_missing) + " confidential or not in the file)");
  }
  if (!lists.section_less_others.empty()) {
    warnings.push_back("employment_fte: " + ListCodes(lists.section_less_others, 64) +
                       " = section less the other products of the section (divisions not in "
                       "the file)");
  }
  if (!lists.section.empty()) {
    warnings.push_back("employment_fte: " + ListCodes(lists.section, 64) +
                       " use the ratio of their section (divisions not in the file)");
  }
  if (!lists.national.empty()) {
    warnings.push_back("employment_fte: FALLBACK " + ListCodes(lists.national, 64) +
                       " (outside the SBS scope or not published) use the ratio of all SBS "
                       "market enterprises " +
                       std::string(kAggregate) + ", " + FormatNumber(national, 6));
  }
  warnings.push_back(
      "employment_fte: ASSUMPTION self-employed persons work the same share of full time as "
      "the employees of their product (SBS publishes FTE for employees only); range: that "
      "share to 1 FTE each");
  warnings.push_back(
      "employment_fte: P, Q86, Q87_Q88 and M72 use the ratio of their market part (SBS scope) "
      "for all their employment, public services included");
}

}  // namespace

Satellite MapFullTimeEquivalents(const StatCube& employees, const StatCube& fte,
                                 const std::vector<std::string>& sectors,
                                 const Satellite& employment, std::vector<std::string>& warnings) {
  std::map<std::string, double> ratio;
  RuleLists lists;
  for (const eurostat::SbsGroup& group : eurostat::SbsGroups()) {
    for (size_t k = 0; k < group.products.size(); ++k) {
      if (std::find(sectors.begin(), sectors.end(), group.products[k]) == sectors.end()) continue;
      ratio[group.products[k]] = ProductRatio(employees, fte, group, k, lists);
    }
  }
  Pair aggregate;
  if (!Published(employees, fte, kAggregate, aggregate)) {
    throw Error(ErrorKind::kBadInput,
                Located(employees.source, 0, 0, "nace_r2",
                        std::string("no SAL_NR and SAL_FTE_NR for ") + kAggregate +
                            " (rule: the national ratio of the SBS market enterprises is the "
                            "fallback for products outside the SBS scope)"));
  }
  const double national = aggregate.fte / aggregate.employees;
  Satellite out{"employment_fte", "thousand FTE", Vector::Zero(sectors.size())};
  for (size_t i = 0; i < sectors.size(); ++i) {
    auto it = ratio.find(sectors[i]);
    double r = it == ratio.end() ? std::nan("") : it->second;
    if (std::isnan(r)) {
      if (employment.values(i) != 0) lists.national.push_back(sectors[i]);
      r = national;
    }
    out.values(i) = employment.values(i) * r;
  }
  AddWarnings(lists, national, warnings);
  return out;
}

}  // namespace ripple
