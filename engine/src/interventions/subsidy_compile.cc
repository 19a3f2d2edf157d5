// Compiling subsidies: the grant (and co-funding) spent on wages and purchases.
#include "interventions/compile_context.h"
#include "ripple/base/csv.h"
#include "ripple/base/error.h"

namespace ripple {
namespace {

// A spending profile with every default filled in from the model.
struct ResolvedSpending {
  double wage_share = 0;
  double wage_cost_per_job = 0;        // base currency at model-year prices
  JobBasis basis = JobBasis::kPerson;  // what wage_cost_per_job counts
  double fte_per_person = 0;           // recipient's FTE / persons in the model; 0 = none
  Vector purchase_shares;              // n, sums to 1 (or all 0 when wage_share = 1)
  Vector regional_shares;  // n, share of each input bought in the region (rpc of the recipient's
                           // column)
};

// The recipient sector's input column at national proportions: in a regional
// model Z_ij = rpc_ij * (national a_ij) * x_j, so Z_ij / rpc_ij is
// proportional to what buyers of sector j use, wherever they buy it (a cell
// with rpc 0 has Z 0 and counts 0).
Vector InputColumn(const Model& model, int recipient) {
  Vector column = model.transactions.col(recipient);
  for (Eigen::Index i = 0; i < column.size(); ++i) {
    const double rpc = model.regional.Purchase(i, recipient);
    column(i) = rpc > 0 ? column(i) / rpc : 0;
  }
  return column;
}

// employment_fte / employment of `sector` (both in base units), 0 when the
// model has no employment_fte satellite or the sector employs nobody.
double FtePerPerson(const Model& model, int sector) {
  const Satellite* fte = model.FindSatellite("employment_fte");
  const Satellite* persons = model.FindSatellite("employment");
  if (fte == nullptr || persons == nullptr || !(persons->values(sector) > 0)) return 0;
  return fte->values(sector) * ParseUnit(fte->unit, "employment_fte").scale /
         (persons->values(sector) * ParseUnit(persons->unit, "employment").scale);
}

// How direct jobs are counted in both units (run.json note), or the warning
// when a cost per FTE cannot be converted to persons.
void NoteJobBasis(const CompileContext& context, const ResolvedSpending& r, int recipient,
                  const std::string& who, CompiledIntervention& out) {
  const std::string sector = "'" + context.model.sectors[recipient] + "'";
  if (r.fte_per_person > 0) {
    out.notes.push_back(who + ": direct jobs = wages / wage cost per " +
                        (r.basis == JobBasis::kFte ? "FTE, in FTE; persons = FTE / "
                                                   : "person, in persons; FTE = "
                                                     "persons x ") +
                        FormatNumber(r.fte_per_person, 6) + " (FTE per person of sector " + sector +
                        ", employment_fte / employment of the model)");
  } else if (context.model.FindSatellite("employment_fte") != nullptr) {
    context.warnings.push_back(who + ": sector " + sector +
                               " employs nobody in the model: its FTE per person is unknown, so "
                               "its direct jobs have no employment_fte");
  } else if (r.basis == JobBasis::kFte) {
    context.warnings.push_back(
        who + ": wage_cost_per_job is per FTE but model '" + context.model.info.id +
        "' has no employment_fte for sector " + sector +
        ": direct jobs are reported as persons at 1 person per FTE (ASSUMPTION; persons are "
        "likely more)");
  }
}

// Defaults come from the recipient sector's average cost structure in the
// model: wage share = compensation / (compensation + intermediate inputs)
// (a non-profit body has no operating surplus), purchases in proportion to
// the sector's column of Z, wage cost per job = compensation / employees (or
// / employment when the model has no employees satellite).
ResolvedSpending Resolve(const CompileContext& context, const SpendingProfile& profile,
                         int recipient, const std::string& who, CompiledIntervention& out) {
  const Model& model = context.model;
  ResolvedSpending r;
  const double compensation = context.Coefficient("compensation", recipient);
  const Vector column = InputColumn(model, recipient);
  const double inputs = model.output(recipient) > 0 ? column.sum() / model.output(recipient) : 0;
  r.wage_share = profile.wage_share >= 0
                     ? profile.wage_share
                     : (compensation + inputs > 0 ? compensation / (compensation + inputs) : 0);
  const auto n = static_cast<Eigen::Index>(model.sectors.size());
  r.purchase_shares = Vector::Zero(n);
  if (!profile.purchases.empty()) {
    for (const auto& purchase : profile.purchases)
      r.purchase_shares(context.Sector(purchase)) += purchase.value;
  } else if (column.sum() > 0) {
    r.purchase_shares = column / column.sum();
  }
  r.regional_shares = Vector::Ones(n);
  for (Eigen::Index i = 0; i < n; ++i) r.regional_shares(i) = model.regional.Purchase(i, recipient);
  if (profile.wage_cost_per_job > 0) {
    r.wage_cost_per_job = profile.wage_cost_per_job * context.to_model * context.money_scale;
  } else {
    const char* headcount = model.FindSatellite("employees") ? "employees" : "employment";
    const Satellite* people = model.FindSatellite(headcount);
    const Satellite* pay = model.FindSatellite("compensation");
    if (people == nullptr || pay == nullptr || people->values(recipient) <= 0) {
      throw Error(ErrorKind::kBadInput, who + ": give wage_cost_per_job: model '" + model.info.id +
                                            "' has no compensation and employees for sector '" +
                                            model.sectors[recipient] + "'");
    }
    r.wage_cost_per_job = pay->values(recipient) * ParseUnit(pay->unit, "compensation").scale /
                          (people->values(recipient) * ParseUnit(people->unit, headcount).scale);
  }
  r.basis = profile.wage_cost_per_job > 0 ? profile.wage_cost_basis : JobBasis::kPerson;
  r.fte_per_person = FtePerPerson(model, recipient);
  NoteJobBasis(context, r, recipient, who, out);
  out.notes.push_back(who + ": wage share " + FormatNumber(r.wage_share, 4) +
                      ", wage cost per job " + FormatNumber(r.wage_cost_per_job, 6) +
                      " (model-year prices)" +
                      (profile.given ? ""
                                     : ", both from the average cost structure of sector '" +
                                           model.sectors[recipient] + "' in the model"));
  if (model.regional.enabled()) {
    out.notes.push_back(
        who + ": " + FormatNumber(100 * r.purchase_shares.dot(r.regional_shares), 4) +
        "% of purchases bought in the region (regional purchase coefficients of the "
        "column of sector '" +
        model.sectors[recipient] +
        "', rpc.csv); the rest is "
        "purchases_outside_region");
  }
  return r;
}

// Spends `amount` (base currency, model-year prices) in `column`.
// `grant`: paid out of the public grant (not the co-funding).
void Spend(const CompileContext& context, const ResolvedSpending& spending, int recipient,
           int column, double amount, bool grant, CompiledIntervention& out) {
  const double wages = spending.wage_share * amount;
  const double purchases = amount - wages;
  const Vector bought = spending.purchase_shares * (purchases / context.money_scale);
  out.purchases.col(column) += bought.cwiseProduct(spending.regional_shares);
  out.outside_region.col(column) += bought - bought.cwiseProduct(spending.regional_shares);
  // Only wages paid to households living in the region enter their income
  // (the model's resident_income_share, as for the closure's income row).
  out.household_income(column) +=
      context.model.household.resident_income_share * wages / context.money_scale;
  if (grant) out.grant_wages(column) += wages / context.money_scale;
  const double jobs = wages / spending.wage_cost_per_job;  // in spending.basis
  const double ratio = spending.fte_per_person;
  const bool fte = spending.basis == JobBasis::kFte;
  const double persons = fte && ratio > 0 ? jobs / ratio : jobs;
  context.AddDirect(out, "output", recipient, column, amount);
  context.AddDirect(out, "compensation", recipient, column, wages);
  context.AddDirect(out, "value_added", recipient, column, wages);
  context.AddDirect(out, "employment", recipient, column, persons);
  context.AddDirect(out, "employees", recipient, column, persons);
  if (ratio > 0 || fte) {
    context.AddDirect(out, "employment_fte", recipient, column, fte ? jobs : jobs * ratio);
  }
}

}  // namespace

void CompileSubsidy(const CompileContext& context, const Intervention& in,
                    CompiledIntervention& out) {
  const SubsidySpec& spec = in.subsidy;
  const int recipient = context.Sector(spec.recipient_sector);
  const std::string who = "intervention '" + in.id + "'";
  if (!spec.spending.given) {
    context.warnings.push_back(who +
                               ": subsidy with no spending profile (wage_share, purchases): "
                               "using the average cost structure of sector '" +
                               context.model.sectors[recipient] + "' in the model");
  }
  const ResolvedSpending grant = Resolve(context, spec.spending, recipient, who, out);
  const ResolvedSpending cofunding =
      spec.leverage > 0
          ? Resolve(context, spec.cofunding_spending, recipient, who + " co-funding", out)
          : grant;
  const double to_model_base = context.to_model * context.money_scale;
  for (const YearValue& year : spec.amounts) {
    const int column = context.Column(year.year);
    Spend(context, grant, recipient, column, year.value * to_model_base, true, out);
    if (spec.leverage > 0) {
      Spend(context, cofunding, recipient, column, spec.leverage * year.value * to_model_base,
            false, out);
    }
    out.public_cost(column) += year.value * context.to_report;
  }
}

}  // namespace ripple
