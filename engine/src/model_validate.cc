// Rules every model package must satisfy; see ValidateModel in model.h.
#include <cmath>

#include "ripple/csv.h"
#include "ripple/error.h"
#include "ripple/model.h"
#include "ripple/units.h"

namespace ripple {
namespace {

void ValidateFlows(const Model& model, const std::string& source, Problems& problems) {
  const auto n = model.sectors.size();
  for (size_t j = 0; j < n; ++j) {
    const double x = model.output(j);
    if (!(x >= 0)) {
      problems.Add(Located(source, 0, 0, "output.csv, sector '" + model.sectors[j] + "'",
                           "output " + FormatNumber(x) + " is negative (rule: output >= 0)"));
    }
    double column_sum = 0;
    for (size_t i = 0; i < n; ++i) {
      const double z = model.transactions(i, j);
      if (z < 0) {
        problems.Add(Located(source, 0, 0,
                             "transactions.csv, row '" + model.sectors[i] + "', column '" +
                                 model.sectors[j] + "'",
                             "flow " + FormatNumber(z) + " is negative (rule: flows >= 0)"));
      }
      column_sum += z;
    }
    if (x == 0 && column_sum > 0) {
      problems.Add(Located(source, 0, 0, "transactions.csv, column '" + model.sectors[j] + "'",
                           "sector has zero output but " + FormatNumber(column_sum) +
                               " of intermediate inputs (rule: inputs require output)"));
    } else if (x > 0 && column_sum / x >= 1.0) {
      problems.Add(Located(source, 0, 0, "transactions.csv, column '" + model.sectors[j] + "'",
                           "column sum of A is " + FormatNumber(column_sum / x, 6) +
                               " (rule: intermediate inputs per unit of output < 1 for a "
                               "productive economy)"));
    }
  }
}

void ValidateSatellites(const Model& model, const std::string& source, Problems& problems) {
  for (const auto& satellite : model.satellites) {
    for (size_t j = 0; j < model.sectors.size(); ++j) {
      if (model.output(j) == 0 && satellite.values(j) != 0) {
        problems.Add(Located(source, 0, 0,
                             "satellites.csv, satellite '" + satellite.name + "', sector '" +
                                 model.sectors[j] + "'",
                             "value " + FormatNumber(satellite.values(j)) +
                                 " for a sector with zero output (rule: no coefficient without output)"));
      }
    }
  }
}

bool IsMonetary(const Satellite& satellite, const std::string& currency) {
  try {
    return ParseUnit(satellite.unit, "").base == currency;
  } catch (const Error&) {
    return false;
  }
}

void ValidateHousehold(const Model& model, const std::string& source, Problems& problems) {
  const HouseholdClosure& h = model.household;
  if (!h.enabled()) return;
  const std::string where = "model.toml";
  if (model.FinalDemandColumn(h.consumption_column) < 0) {
    std::string message = "final-demand column '" + h.consumption_column + "' not found";
    const std::string guess = ClosestMatch(h.consumption_column, model.final_demand_columns);
    if (!guess.empty()) message += " (did you mean '" + guess + "'?)";
    problems.Add(Located(source, 0, 0, where + ", household.consumption", message));
  }
  const Satellite* income = model.FindSatellite(h.income_satellite);
  if (income == nullptr) {
    problems.Add(Located(source, 0, 0, where + ", household.income",
                         "satellite '" + h.income_satellite + "' not found in satellites.csv"));
  } else if (!IsMonetary(*income, model.info.currency)) {
    problems.Add(Located(source, 0, 0, where + ", household.income",
                         "satellite '" + h.income_satellite + "' has unit '" + income->unit +
                             "', expected a monetary unit in " + model.info.currency));
  }
  if (h.income_total && !(*h.income_total > 0)) {
    problems.Add(Located(source, 0, 0, where + ", household.income_total",
                         "value " + FormatNumber(*h.income_total) + " must be > 0"));
  }
  auto check_share = [&](double share, const std::string& field) {
    if (!(share >= 0 && share <= 1)) {
      problems.Add(Located(source, 0, 0, where + ", " + field,
                           "value " + FormatNumber(share) + " must be within [0, 1]"));
    }
  };
  check_share(h.local_consumption_share, "household.local_consumption_share");
  check_share(h.resident_income_share, "household.resident_income_share");
}

}  // namespace

void ValidateModel(const Model& model, const std::string& source, Problems& problems) {
  if (model.sectors.empty()) {
    problems.Add(Located(source, 0, 0, "", "model has no sectors"));
    return;
  }
  try {
    const Unit money = ParseUnit(model.info.monetary_unit, "monetary_unit");
    if (money.base != model.info.currency) {
      problems.Add(Located(source, 0, 0, "model.toml, monetary_unit",
                           "unit '" + model.info.monetary_unit + "' is not in the model currency '" +
                               model.info.currency + "'"));
    }
  } catch (const Error& error) {
    problems.Add(Located(source, 0, 0, "model.toml", error.what()));
  }
  ValidateFlows(model, source, problems);
  ValidateSatellites(model, source, problems);
  ValidateHousehold(model, source, problems);
}

}  // namespace ripple
