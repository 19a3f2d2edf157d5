// Rules every model package must satisfy; see ValidateModel in model.h.
#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>

#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "ripple/base/units.h"
#include "ripple/model/model.h"

namespace ripple {
namespace {

// Names files and lines in messages, whether the model came from disk or memory.
class Locator {
 public:
  Locator(const Model& model, const std::string& source) : model_(model), source_(source) {}

  std::string File(const std::string& recorded, const std::string& name) const {
    if (!recorded.empty()) return recorded;
    return source_.empty() ? name : (std::filesystem::path(source_) / name).string();
  }
  static int Line(const std::vector<int>& lines, size_t index) {
    return index < lines.size() ? lines[index] : 0;
  }
  std::string Transactions(size_t row, const std::string& field, const std::string& message) const {
    return Located(File(model_.lines.transactions_file, "transactions.csv"),
                   Line(model_.lines.transactions, row), 0, field, message);
  }
  std::string Output(size_t row, const std::string& message) const {
    return Located(File(model_.lines.output_file, "output.csv"), Line(model_.lines.output, row), 0,
                   "sector '" + model_.sectors[row] + "', output", message);
  }
  std::string Satellites(size_t row, const std::string& field, const std::string& message) const {
    return Located(File(model_.lines.satellites_file, "satellites.csv"),
                   Line(model_.lines.satellites, row), 0, field, message);
  }
  std::string Toml(const std::string& field, const std::string& message) const {
    if (model_.lines.toml_file.empty())
      return Located(File("", "model.toml"), 0, 0, field, message);
    return model_.lines.TomlLocated(field, message);
  }

 private:
  const Model& model_;
  std::string source_;
};

// The rules on column j's total inputs, `column_sum` (rows added in order).
void CheckColumnSum(const Model& model, const Locator& at, size_t j, double column_sum,
                    Problems& problems) {
  const size_t n = model.sectors.size();
  const double x = model.output(static_cast<Eigen::Index>(j));
  const std::string column = "column '" + model.sectors[j] + "'";
  if (x == 0 && column_sum > 0) {
    problems.Add(at.Transactions(n, column,
                                 "sector has zero output but intermediate inputs of " +
                                     FormatNumber(column_sum) +
                                     " (rule: a zero-output sector has no inputs)"));
  } else if (x > 0 && column_sum / x >= 1.0) {
    problems.Add(at.Transactions(
        n, column,
        "inputs per unit of output sum to " + FormatNumber(column_sum / x, 6) +
            " (rule: column sums of A = Z / x must be < 1 for a productive economy)"));
  }
}

void CheckOutput(const Model& model, const Locator& at, size_t j, Problems& problems) {
  const double x = model.output(static_cast<Eigen::Index>(j));
  if (!(x >= 0))
    problems.Add(at.Output(j, "value " + FormatNumber(x) + " is negative (rule: output >= 0)"));
}

// Output j, the flows of column j and their sum, with a message for each broken rule.
void ValidateColumn(const Model& model, const Locator& at, size_t j, Problems& problems) {
  CheckOutput(model, at, j, problems);
  double column_sum = 0;
  for (size_t i = 0; i < model.sectors.size(); ++i) {
    const double z = model.transactions(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j));
    if (z < 0) {
      problems.Add(
          at.Transactions(i, "row '" + model.sectors[i] + "', column '" + model.sectors[j] + "'",
                          "flow " + FormatNumber(z) + " is negative (rule: flows >= 0)"));
    }
    column_sum += z;
  }
  CheckColumnSum(model, at, j, column_sum, problems);
}

constexpr size_t kSumBlock = 8;

// The sums of columns [first, first + kSumBlock) of Z, each over its rows in order (the
// rounding of ValidateColumn's sum), the columns' additions interleaved so they
// overlap; false when one of these columns has a negative flow.
bool SumColumns(const Matrix& z, size_t first, std::array<double, kSumBlock>& sums) {
  std::array<const double*, kSumBlock> columns;
  for (size_t k = 0; k < kSumBlock; ++k)
    columns[k] = z.col(static_cast<Eigen::Index>(first + k)).data();
  sums.fill(0);
  bool negative = false;
  for (Eigen::Index i = 0; i < z.rows(); ++i) {
    for (size_t k = 0; k < kSumBlock; ++k) {
      negative |= columns[k][i] < 0;
      sums[k] += columns[k][i];
    }
  }
  return !negative;
}

// ValidateColumn for every column, the same messages in the same order: blocks of
// columns without a negative flow are summed together (a large model's Z is read in
// a fraction of the time of one column after the other).
void ValidateFlows(const Model& model, const Locator& at, Problems& problems) {
  const size_t n = model.sectors.size();
  std::array<double, kSumBlock> sums;
  for (size_t first = 0; first < n; first += kSumBlock) {
    if (n - first < kSumBlock || !SumColumns(model.transactions, first, sums)) {
      for (size_t j = first; j < std::min(n, first + kSumBlock); ++j)
        ValidateColumn(model, at, j, problems);
      continue;
    }
    for (size_t k = 0; k < kSumBlock; ++k) {
      CheckOutput(model, at, first + k, problems);
      CheckColumnSum(model, at, first + k, sums[k], problems);
    }
  }
}

void ValidateSatellites(const Model& model, const Locator& at, Problems& problems) {
  for (size_t s = 0; s < model.satellites.size(); ++s) {
    const Satellite& satellite = model.satellites[s];
    for (size_t j = 0; j < model.sectors.size(); ++j) {
      if (model.output(j) == 0 && satellite.values(j) != 0) {
        problems.Add(at.Satellites(
            s, "satellite '" + satellite.name + "', sector '" + model.sectors[j] + "'",
            "value " + FormatNumber(satellite.values(j)) +
                " for a sector with zero output (rule: a zero-output sector has no satellite "
                "values)"));
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

void ValidateHousehold(const Model& model, const Locator& at, Problems& problems) {
  const HouseholdClosure& h = model.household;
  if (!h.enabled()) return;
  if (model.FinalDemandColumn(h.consumption_column) < 0) {
    std::string message = "final-demand column '" + h.consumption_column + "' not found";
    message += DidYouMean(h.consumption_column, model.final_demand_columns);
    problems.Add(at.Toml("household.consumption", message));
  }
  const Satellite* income = model.FindSatellite(h.income_satellite);
  if (income == nullptr) {
    problems.Add(at.Toml("household.income",
                         "satellite '" + h.income_satellite + "' not found in satellites.csv"));
  } else if (!IsMonetary(*income, model.info.currency)) {
    problems.Add(at.Toml("household.income", "satellite '" + h.income_satellite + "' has unit '" +
                                                 income->unit + "', expected a monetary unit in " +
                                                 model.info.currency));
  }
  if (h.income_total && !(*h.income_total > 0)) {
    problems.Add(at.Toml("household.income_total",
                         "value " + FormatNumber(*h.income_total) + " must be > 0"));
  }
  auto check_share = [&](double share, const std::string& field) {
    if (!(share >= 0 && share <= 1)) {
      problems.Add(at.Toml(field, "value " + FormatNumber(share) + " must be within [0, 1]"));
    }
  };
  check_share(h.local_consumption_share, "household.local_consumption_share");
  check_share(h.resident_income_share, "household.resident_income_share");
  if (!h.imputed_rent_sector.empty() && model.ImputedRentSectors().empty()) {
    problems.Add(at.Toml("household.imputed_rent_sector",
                         "sector '" + h.imputed_rent_sector + "' is not in the model" +
                             DidYouMean(h.imputed_rent_sector, model.sectors)));
  }
}

}  // namespace

std::string ModelSourceLines::TomlLocated(const std::string& field,
                                          const std::string& message) const {
  const auto found = toml_keys.find(field);
  if (found == toml_keys.end())
    return Located(toml_file.empty() ? "model.toml" : toml_file, 0, 0, field, message);
  return Located(toml_file, found->second.first, found->second.second, field, message);
}

void ValidateModel(const Model& model, const std::string& source, Problems& problems) {
  const Locator at(model, source);
  if (model.sectors.empty()) {
    problems.Add(at.Toml("", "model has no sectors"));
    return;
  }
  try {
    const Unit money = ParseUnit(model.info.monetary_unit, "");
    if (money.base != model.info.currency) {
      problems.Add(at.Toml("monetary_unit", "unit '" + model.info.monetary_unit +
                                                "' is not in the model currency '" +
                                                model.info.currency + "'"));
    }
  } catch (const Error&) {
    problems.Add(at.Toml("monetary_unit", "empty unit (write e.g. \"million EUR\")"));
  }
  ValidateFlows(model, at, problems);
  ValidateSatellites(model, at, problems);
  ValidateHousehold(model, at, problems);
}

}  // namespace ripple
