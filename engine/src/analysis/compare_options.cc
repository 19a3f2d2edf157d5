// Running the options of `ripple compare`, each restated in one price year
// when asked (contract in ripple/analysis/compare.h).
#include <algorithm>

#include "ripple/analysis/compare.h"
#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "ripple/interventions/scenario_reader.h"
#include "ripple/run/pipeline.h"

namespace ripple {
namespace {

bool SetsKey(const std::vector<Override>& overrides, const std::string& key) {
  return std::any_of(overrides.begin(), overrides.end(),
                     [&](const Override& o) { return o.key == key; });
}

std::vector<Override> Without(std::vector<Override> overrides, const std::string& key) {
  overrides.erase(std::remove_if(overrides.begin(), overrides.end(),
                                 [&](const Override& o) { return o.key == key; }),
                  overrides.end());
  return overrides;
}

// A --set price_year=Y that would move an option's amounts_price_year with it
// (amounts_price_year not written: it follows price_year) relabels its amounts.
void CheckNotRelabelled(const std::string& file, const std::vector<Override>& overrides) {
  if (!SetsKey(overrides, "price_year") || SetsKey(overrides, "amounts_price_year")) return;
  const std::string text = ReadFile(file);
  const Scenario set = ParseScenario(text, file, overrides);
  const Scenario own = ParseScenario(text, file, Without(overrides, "price_year"));
  if (set.appraisal.amounts_price_year == own.appraisal.amounts_price_year) return;
  const std::string year = std::to_string(set.appraisal.price_year);
  throw Error(ErrorKind::kBadInput,
              file + ": amounts_price_year: --set price_year=" + year + " would relabel option '" +
                  own.id + "''s amounts (written in " +
                  std::to_string(own.appraisal.amounts_price_year) +
                  " prices: amounts_price_year is not written, so it follows price_year) as " +
                  year + " prices instead of converting them; use --price-year " + year +
                  " instead of --set price_year=" + year +
                  ": it converts each option's amounts from its own amounts_price_year");
}

// `overrides` plus price_year = `year` with amounts_price_year pinned to the
// option's own, so that its amounts are converted, not relabelled.
std::vector<Override> RestatedIn(const std::string& file, const std::vector<Override>& overrides,
                                 int year) {
  const Scenario own = ParseScenario(ReadFile(file), file, overrides);
  if (own.appraisal.price_year == year) return overrides;
  std::vector<Override> restated = Without(overrides, "amounts_price_year");
  restated.push_back({"price_year", std::to_string(year)});
  restated.push_back({"amounts_price_year", std::to_string(own.appraisal.amounts_price_year)});
  return restated;
}

}  // namespace

void CheckPriceYearFlags(const std::vector<Override>& overrides, std::optional<int> price_year) {
  if (price_year && SetsKey(overrides, "price_year")) {
    throw Error(ErrorKind::kBadInput,
                "--price-year " + std::to_string(*price_year) +
                    " and --set price_year: give only --price-year (it converts each option's "
                    "amounts from its own amounts_price_year)");
  }
}

std::vector<Override> OptionOverrides(const std::string& file,
                                      const std::vector<Override>& overrides,
                                      std::optional<int> price_year) {
  if (price_year) return RestatedIn(file, overrides, *price_year);
  CheckNotRelabelled(file, overrides);
  return overrides;
}

std::vector<RunResult> RunComparedOptions(const std::vector<std::string>& files,
                                          const std::vector<Override>& overrides,
                                          std::optional<int> price_year) {
  CheckPriceYearFlags(overrides, price_year);
  std::vector<RunResult> runs;
  for (const std::string& file : files) {
    const std::vector<Override> own = OptionOverrides(file, overrides, price_year);
    const PreparedRun run = PrepareRun(file, own);
    runs.push_back(RunScenario(run.scenario, *run.model, *run.leontief));
    runs.back().overrides = own;
  }
  return runs;
}

}  // namespace ripple
