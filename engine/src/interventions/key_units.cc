// Units of scenario numbers by key (see key_units.h; the keys and their units
// are those of scenarios/README.md).
#include "ripple/interventions/key_units.h"

#include <string_view>

namespace ripple {
namespace {

enum class KeyUnit {
  kMoney,
  kMoneyPerJob,
  kShare,
  kJobs,
  kJobsPerFirm,
  kSquareMetres,
  kSquareMetresPerJob,
  kCompanies,
  kCompaniesPerYear
};

struct KnownKey {
  std::string_view name;
  KeyUnit unit;
};

// clang-format off
constexpr KnownKey kKnownKeys[] = {
    {"amount", KeyUnit::kMoney}, {"amounts", KeyUnit::kMoney},
    {"amount_by_year", KeyUnit::kMoney}, {"price", KeyUnit::kMoney},
    {"works", KeyUnit::kMoney}, {"works_by_year", KeyUnit::kMoney},
    {"capex", KeyUnit::kMoney}, {"annual_turnover", KeyUnit::kMoney},
    {"public_cost", KeyUnit::kMoney}, {"public_cost_by_year", KeyUnit::kMoney},
    {"public_cost_per_year", KeyUnit::kMoney},
    {"wage_cost_per_job", KeyUnit::kMoneyPerJob}, {"revenue_per_job", KeyUnit::kMoneyPerJob},
    {"wage_share", KeyUnit::kShare}, {"cofunding_wage_share", KeyUnit::kShare},
    {"local_share", KeyUnit::kShare}, {"public_share", KeyUnit::kShare},
    {"occupancy", KeyUnit::kShare}, {"occupancy_without", KeyUnit::kShare},
    {"deadweight", KeyUnit::kShare}, {"displacement", KeyUnit::kShare},
    {"leakage", KeyUnit::kShare}, {"substitution", KeyUnit::kShare},
    {"notary_fee_rate", KeyUnit::kShare}, {"agency_fee_rate", KeyUnit::kShare},
    {"transfer_tax_rate", KeyUnit::kShare}, {"inflation_rate", KeyUnit::kShare},
    {"discount_rate", KeyUnit::kShare}, {"survival_rate", KeyUnit::kShare},
    {"incumbent_survival_rate", KeyUnit::kShare}, {"job_growth_rate", KeyUnit::kShare},
    {"incumbent_job_growth_rate", KeyUnit::kShare},
    {"jobs", KeyUnit::kJobs}, {"base_jobs", KeyUnit::kJobs}, {"capacity_jobs", KeyUnit::kJobs},
    {"jobs_per_new_firm", KeyUnit::kJobsPerFirm}, {"floor_area_m2", KeyUnit::kSquareMetres},
    {"m2_per_job", KeyUnit::kSquareMetresPerJob}, {"base_companies", KeyUnit::kCompanies},
    {"arrivals_per_year", KeyUnit::kCompaniesPerYear},
};
// clang-format on

// The last part of `key` without an array index: "amounts[2]" -> "amounts".
std::string_view LastName(std::string_view key) {
  const size_t dot = key.rfind('.');
  std::string_view name = dot == std::string_view::npos ? key : key.substr(dot + 1);
  const size_t bracket = name.find('[');
  return bracket == std::string_view::npos ? name : name.substr(0, bracket);
}

// "interventions.<id>." of an intervention's key, else "".
std::string InterventionPrefix(const std::string& key) {
  const std::string head = "interventions.";
  if (key.compare(0, head.size(), head) != 0) return "";
  const size_t dot = key.find('.', head.size());
  return dot == std::string::npos ? "" : key.substr(0, dot + 1);
}

// "EUR, 2023 prices": the intervention's unit as written and the price year
// of its amounts (its own, else the scenario's).
std::string MoneyUnit(const ScenarioTemplate& scenario, const std::string& key) {
  const std::string prefix = InterventionPrefix(key);
  std::string unit = prefix.empty() ? "" : scenario.TextAt(prefix + "unit").value_or("");
  int year = scenario.central().appraisal.amounts_price_year;
  for (const auto& intervention : scenario.central().interventions) {
    if (!prefix.empty() && prefix == "interventions." + intervention.id + "." &&
        intervention.amounts_price_year) {
      year = *intervention.amounts_price_year;
    }
  }
  for (const auto& intervention : scenario.central().interventions) {
    if (unit.empty() && prefix == "interventions." + intervention.id + ".")
      unit = intervention.currency;
  }
  if (unit.empty()) unit = "currency units";
  return year > 0 ? unit + ", " + std::to_string(year) + " prices" : unit;
}

}  // namespace

std::string ScenarioKeyUnit(const ScenarioTemplate& scenario, const std::string& key) {
  const std::string_view name = LastName(key);
  for (const KnownKey& known : kKnownKeys) {
    if (known.name != name) continue;
    switch (known.unit) {
      case KeyUnit::kMoney:
        return MoneyUnit(scenario, key);
      case KeyUnit::kMoneyPerJob:
        return MoneyUnit(scenario, key) + " per job";
      case KeyUnit::kShare:
        return "share, 0 to 1";
      case KeyUnit::kJobs:
        return "jobs";
      case KeyUnit::kJobsPerFirm:
        return "jobs per firm";
      case KeyUnit::kSquareMetres:
        return "m²";
      case KeyUnit::kSquareMetresPerJob:
        return "m² per job";
      case KeyUnit::kCompanies:
        return "companies";
      case KeyUnit::kCompaniesPerYear:
        return "companies per year";
    }
  }
  return "";
}

}  // namespace ripple
