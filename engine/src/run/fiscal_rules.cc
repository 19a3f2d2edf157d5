// French fiscal rules (ripple/run/fiscal_rules.h). Sources are cited beside
// each rate; ASSUMPTION marks a value that is not measured, with its range.
#include "ripple/run/fiscal_rules.h"

namespace ripple {

const char* RevenueRecipientName(RevenueRecipient level) {
  switch (level) {
    case RevenueRecipient::kState:
      return "state";
    case RevenueRecipient::kSocialSecurity:
      return "social_security";
    case RevenueRecipient::kLocalAuthorities:
      return "local_authorities";
  }
  return "unknown";
}

std::optional<RevenueRecipient> ParseRevenueRecipient(std::string_view name) {
  for (RevenueRecipient level : kRevenueRecipients) {
    if (name == RevenueRecipientName(level)) return level;
  }
  return std::nullopt;
}

double FiscalRule::Share(RevenueRecipient level) const {
  switch (level) {
    case RevenueRecipient::kState:
      return state;
    case RevenueRecipient::kSocialSecurity:
      return social_security;
    case RevenueRecipient::kLocalAuthorities:
      return local_authorities;
  }
  return 0;
}

namespace {

// Gross wages per EUR of compensation: 1 - employer contributions (SBS 2021).
constexpr double kGrossWageShare = 1 - kFrenchEmployerContributionShare;
// CSG on earned income 9.2% (Code de la securite sociale art. L136-8) and CRDS
// 0.5% (ordonnance 96-50 of 24 January 1996, art. 14 and 19), both on 98.25%
// of gross wages (CSS art. L136-1-2, 1.75% allowance for professional costs).
constexpr double kCsgCrdsOnGrossWages = (0.092 + 0.005) * 0.9825;
// Net corporate tax 2021 over gross operating surplus and mixed income 2021
// less imputed rents, EUR bn (see the rule's source).
constexpr double kCorporateTaxPerSurplus = 46.3 / 711.6632;
// Who received VAT in 2023, EUR bn of 208.4 (see the rule's source): the
// State's budget with public broadcasting (95.2 + 3.8), social security
// (57.3), local authorities (52.1: regions, departments, EPCIs, communes).
constexpr double kVatTotal = 95.2 + 3.8 + 57.3 + 52.1;
constexpr double kVatState = (95.2 + 3.8) / kVatTotal;
constexpr double kVatSocialSecurity = 57.3 / kVatTotal;
constexpr double kVatLocalAuthorities = 52.1 / kVatTotal;

}  // namespace

std::vector<FiscalRule> FrenchFiscalRules(double social_contribution_rate) {
  return {
      {"social_contributions", TaxBase::kCompensation, social_contribution_rate, 0, 1, 0, true,
       "scenario social_contribution_rate (scenarios/README.md): employer contributions 0.285 of "
       "compensation (Eurostat SBS sbs_ovw_act, France 2021) + employee contributions ASSUMPTION "
       "0.08 (range 0.06-0.09)"},
      {"csg_crds", TaxBase::kCompensation, kCsgCrdsOnGrossWages * kGrossWageShare, 0, 1, 0, true,
       "CSG 9.2% (CSS art. L136-8) + CRDS 0.5% (ordonnance 96-50 art. 14) on 98.25% of gross "
       "wages (CSS art. L136-1-2); gross wages 0.715 of compensation (Eurostat SBS 2021)"},
      {"income_tax", TaxBase::kCompensation, 0.04, 1, 0, 0, true,
       "ASSUMPTION: average personal income tax per EUR of compensation 0.04, range 0.02-0.06 "
       "(progressive tax: depends on the wages and households concerned); bound: the whole net "
       "income tax of 2021, EUR 78.7bn (Cour des comptes, note d'analyse de l'execution "
       "budgetaire 2021, recettes fiscales de l'Etat, table 1), over the whole compensation "
       "D1 of 2021, EUR 1,285.6bn (Eurostat naio_10_cp1700), is 0.061, and pensions and "
       "capital income pay part of it"},
      {"vat_household_spending", TaxBase::kHouseholdSpending, 0.11, kVatState, kVatSocialSecurity,
       kVatLocalAuthorities, true,
       "ASSUMPTION: effective VAT per EUR of household spending at basic prices 0.11, range "
       "0.09-0.13 (rates 20/10/5.5/2.1%, rents and health exempt, CGI art. 278 ff.); split "
       "of 2023 as stated in the Assemblee nationale (16th legislature, the rapporteur's figures, "
       "nosdeputes.fr/16/intervention/610013: VAT EUR 208bn = State 95.2 + public broadcasting "
       "3.8, social security 57.3, local authorities 52.1): State 0.475, social security 0.275, "
       "local authorities 0.25; the fractions are reset by each finance law, range +-0.05"},
      {"corporate_tax", TaxBase::kOperatingSurplus, kCorporateTaxPerSurplus, 1, 0, 0, false,
       "net corporate tax of 2021, EUR 46.3bn (Cour des comptes, note d'analyse de l'execution "
       "budgetaire 2021, recettes fiscales de l'Etat, table 1), over the gross operating surplus "
       "and mixed income of 2021 less imputed rents (L68A), EUR 711.7bn (Eurostat naio_10_cp1700 "
       "France 2021, the fr-2021 satellite): 0.065 per EUR, the economy's average; ASSUMPTION "
       "that it holds for the sectors of a run, range 0.04-0.10 (statutory rate 26.5% in 2021, "
       "CGI art. 219, on profit after depreciation and interest; mixed income pays income tax)"},
      {"taxes_on_products", TaxBase::kTaxesOnProducts, 1, 1, 0, 0, false,
       "model satellite taxes_less_subsidies_on_products (Eurostat table); receiver ASSUMPTION: "
       "the State (non-deductible VAT and excise duties on inputs)"},
      {"production_taxes_incl_cfe_cvae", TaxBase::kOtherProductionTaxes, 1, 0.3, 0.2, 0.5, false,
       "model satellite other_taxes_less_subsidies_on_production (ESA D29 - D39, includes CFE, "
       "CVAE, property tax, C3S, taxe sur les salaires); split ASSUMPTION local authorities 0.5 "
       "(CFE, CVAE at most 0.75% of value added in 2021, CGI art. 1586 ter, property tax), "
       "social security 0.2, State 0.3, ranges +-0.2"},
  };
}

}  // namespace ripple
