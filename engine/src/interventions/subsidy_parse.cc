// type = "subsidy": a recurring operating grant and how the recipient spends it.
#include "interventions/parsers.h"
#include "ripple/base/csv.h"

namespace ripple {

namespace {

// wage_cost_basis: required with wage_cost_per_job (a cost per FTE and a cost
// per person give different job counts), not allowed without it.
void ParseWageCostBasis(const toml::table& table, InterventionContext& context, bool with_cost,
                        SpendingProfile& spending) {
  const std::string path = context.Field("wage_cost_basis");
  const auto text = context.fields.String(table, "wage_cost_basis", path, false);
  if (!text) {
    if (with_cost) {
      context.fields.Report(table.get("wage_cost_per_job"), path,
                            "missing: say what wage_cost_per_job is the cost of: \"fte\" (one "
                            "full-time equivalent, e.g. Eurostat SBS labour cost per FTE employee) "
                            "or \"person\" (one person employed, e.g. compensation per employee)");
    }
    return;
  }
  if (!with_cost) {
    context.fields.Report(table.get("wage_cost_basis"), path,
                          "given without wage_cost_per_job (the model's default wage cost, "
                          "compensation / employees, is per person)");
    return;
  }
  if (const auto basis = ParseJobBasis(*text)) {
    spending.wage_cost_basis = *basis;
  } else {
    context.fields.Report(
        table.get("wage_cost_basis"), path,
        "'" + *text + "' is not \"fte\" or \"person\"" + DidYouMean(*text, {"fte", "person"}));
  }
}

}  // namespace

void ParseSubsidy(const toml::table& table, InterventionContext& context,
                  Intervention& intervention) {
  SubsidySpec& spec = intervention.subsidy;
  spec.amounts = ParseYearSeries(table, context, "amount", context.currency_scale, true);
  for (const auto& year : spec.amounts) {
    if (year.value < 0) {
      context.fields.Report(
          table.contains("amount") ? table.get("amount") : table.get("amount_by_year"),
          context.Field("amount"),
          "a subsidy amount must be >= 0 (model a cut as a smaller amount)");
      break;
    }
  }
  if (auto sector = ParseSector(table, context, "recipient_sector", true))
    spec.recipient_sector = *sector;

  SpendingProfile& spending = spec.spending;
  const auto wage_share = ParseBounded(table, context, "wage_share", 0, 1, false);
  const auto wage_cost =
      context.fields.Number(table, "wage_cost_per_job", context.Field("wage_cost_per_job"), false);
  if (wage_cost && !(*wage_cost > 0)) {
    context.fields.Report(table.get("wage_cost_per_job"), context.Field("wage_cost_per_job"),
                          "value " + FormatNumber(*wage_cost) + " must be > 0");
  }
  ParseWageCostBasis(table, context, wage_cost.has_value(), spending);
  spending.purchases = ParseSectorShares(table, context, "purchases", true);
  spending.given = wage_share.has_value() || !spending.purchases.empty();
  spending.wage_share = wage_share.value_or(-1);  // < 0: derive from the model (compile.cc)
  spending.wage_cost_per_job =
      wage_cost && *wage_cost > 0 ? *wage_cost * context.currency_scale : -1;
  if (wage_share && *wage_share < 1 && spending.purchases.empty()) {
    context.fields.Report(table.get("wage_share"), context.Field("purchases"),
                          "missing: with wage_share below 1, give the non-wage spending by sector, "
                          "e.g. purchases = { M69_M70 = 0.3, N = 0.7 }");
  }

  spec.leverage =
      context.fields.Number(table, "leverage", context.Field("leverage"), false).value_or(0);
  if (spec.leverage < 0) {
    context.fields.Report(
        table.get("leverage"), context.Field("leverage"),
        "value " + FormatNumber(spec.leverage) + " must be >= 0 (co-funding per public euro)");
  }
  spec.cofunding_spending = spending;
  if (const auto share = ParseBounded(table, context, "cofunding_wage_share", 0, 1, false)) {
    spec.cofunding_spending.wage_share = *share;
  }
  if (table.contains("cofunding_purchases")) {
    spec.cofunding_spending.purchases =
        ParseSectorShares(table, context, "cofunding_purchases", true);
  }
}

}  // namespace ripple
