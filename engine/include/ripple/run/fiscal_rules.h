// French public revenues raised on the activity a run projects, by level of
// government (reports/README.md "Public finance"). Each rule turns a base
// measured by the run into a revenue: revenue = rate x base, split between
// the State, social security and local authorities by fixed shares.
//
// Bases (EUR, reporting prices, summed over sectors, total effect):
//   compensation        compensation of employees (satellite `compensation`)
//   household_spending  compensation x the model's household spending per
//                       euro of compensation (its Type II closure; 0 without)
//   operating_surplus   satellite `gross_operating_surplus_mixed_income`
//   taxes_on_products   satellite `taxes_less_subsidies_on_products` (already
//                       a tax amount: rate 1)
//   other_production_taxes  satellite `other_taxes_less_subsidies_on_production`
//                       (ESA D29 - D39; it contains the local business taxes
//                       CFE and CVAE, which are therefore not added again)
// A base the model lacks counts 0. Rates and shares, with their sources, are
// in fiscal_rules.cc and reports/README.md; ASSUMPTION marks those that are
// not measured, with their range.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ripple {

enum class RevenueRecipient { kState, kSocialSecurity, kLocalAuthorities };
inline constexpr RevenueRecipient kRevenueRecipients[] = {RevenueRecipient::kState,
                                                          RevenueRecipient::kSocialSecurity,
                                                          RevenueRecipient::kLocalAuthorities};
// "state", "social_security", "local_authorities".
const char* RevenueRecipientName(RevenueRecipient level);
std::optional<RevenueRecipient> ParseRevenueRecipient(std::string_view name);

enum class TaxBase {
  kCompensation,
  kHouseholdSpending,
  kOperatingSurplus,
  kTaxesOnProducts,
  kOtherProductionTaxes
};

struct FiscalRule {
  std::string name;  // e.g. "csg_crds": a measure name in summary.csv
  TaxBase base = TaxBase::kCompensation;
  double rate = 0;                                               // revenue per EUR of base
  double state = 0, social_security = 0, local_authorities = 0;  // shares, sum 1
  bool on_wages = false;  // raised on wages: part of the circular revenue of grant-paid wages
  std::string source;     // citation, or "ASSUMPTION ... range ..."

  double Share(RevenueRecipient level) const;
};

// The French rules for 2021 rates; `social_contribution_rate` is the
// scenario's (appraisal.social_contribution_rate: employer and employee
// contributions per EUR of compensation).
std::vector<FiscalRule> FrenchFiscalRules(double social_contribution_rate);

// Employer social contributions per EUR of compensation of employees, France
// 2021: (employee benefits expense - wages and salaries) / employee benefits
// expense of the market economy (Eurostat SBS sbs_ovw_act, B-S_X_O_S94:
// (910,854.76 - 651,217.14) / 910,854.76 = 0.28505).
inline constexpr double kFrenchEmployerContributionShare = 0.28505;

}  // namespace ripple
