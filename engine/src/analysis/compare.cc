// Comparison of scenario runs: the headline measures of each run, against a
// baseline, ranked (contract in ripple/compare.h).
#include "ripple/analysis/compare.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "ripple/base/error.h"
#include "ripple/run/public_finance.h"

namespace ripple {
namespace {

using Measure = ComparedMeasure;

bool SameKey(const Measure& a, const Measure& b) {
  return a.indicator == b.indicator && a.effect == b.effect && a.basis == b.basis &&
         a.measure == b.measure;
}

std::optional<double> Ratio(double numerator, double denominator) {
  if (denominator == 0) return std::nullopt;
  return numerator / denominator;
}

std::string Currency(const RunResult& result) {
  return result.model.currency.empty() ? result.indicators[0].unit : result.model.currency;
}

// The headline measures of one run, in the order of compare.h.
std::vector<Measure> Measures(const RunResult& result) {
  const PublicFinance f = ComputePublicFinance(result, nullptr);
  const std::string currency = Currency(result);
  const std::string money =
      currency + " (" + std::to_string(result.scenario.appraisal.price_year) + " prices)";
  const bool jobs = !f.employment_indicator.empty();
  const bool value_added = FindIndicator(result, "value_added") >= 0;
  std::vector<Measure> out;
  out.push_back({"public_cost", "", "", "undiscounted", money, false, f.cost});
  out.push_back({"public_cost", "", "", "present_value", money, false, f.cost_present_value});
  if (jobs) {
    const Indicator& indicator =
        result.indicators[static_cast<size_t>(FindIndicator(result, f.employment_indicator))];
    for (Basis b : kBothBases) {
      out.push_back(
          {indicator.name, "total", BasisName(b), "job_years", "job-years", true, f.job_years[b]});
      out.push_back({indicator.name, "total", BasisName(b), "average_annual_jobs", indicator.unit,
                     true, f.job_years[b] / result.scenario.horizon_years()});
    }
  }
  for (Basis b : kBothBases) {
    if (!value_added) break;
    out.push_back({"value_added", "total", BasisName(b), "total", money, true, f.value_added[b]});
  }
  for (Basis b : kBothBases) {
    out.push_back(
        {"fiscal_return", "total", BasisName(b), "total", money, true, f.fiscal_return.total[b]});
  }
  for (Basis b : kBothBases) {
    if (!jobs) break;
    const auto ratio = Ratio(f.job_years[b], f.cost);
    out.push_back({"jobs_per_million_public_cost", "total", BasisName(b), "ratio",
                   "job-years per million " + currency, true,
                   ratio ? std::optional<double>(*ratio * 1e6) : std::nullopt});
  }
  for (Basis b : kBothBases) {
    if (!value_added) break;
    out.push_back({"value_added_per_public_euro", "total", BasisName(b), "ratio",
                   currency + " per " + currency, true, Ratio(f.value_added[b], f.cost)});
  }
  for (Basis b : kBothBases) {
    if (!jobs) break;
    out.push_back({"cost_per_job_year", "total", BasisName(b), "ratio", currency + " per job-year",
                   false, Ratio(f.cost, f.job_years[b])});
  }
  return out;
}

std::string Horizon(const ComparedOption& s) {
  return std::to_string(s.start_year) + "-" + std::to_string(s.end_year) + " (" +
         std::to_string(s.end_year - s.start_year + 1) + " years)";
}

// Totals and job-years of options over different horizons are not comparable.
void CheckSameHorizon(const ComparedOption& s, const ComparedOption& first) {
  if (s.start_year == first.start_year && s.end_year == first.end_year) return;
  throw Error(ErrorKind::kBadInput,
              s.file + ": end_year: option '" + s.id + "' runs over " + Horizon(s) + ", option '" +
                  first.id + "' of " + first.file + " over " + Horizon(first) +
                  ": totals and job-years over different horizons do not rank options; give every "
                  "option the "
                  "same start_year and end_year, or pass --allow-mixed to compare them anyway");
}

void CheckComparable(const std::vector<ComparedOption>& options, bool allow_mixed) {
  if (options.size() < 2) throw Error(ErrorKind::kBadInput, "compare needs at least two scenarios");
  std::set<std::string> ids;
  const ComparedOption& first = options[0];
  for (const ComparedOption& s : options) {
    if (!ids.insert(s.id).second) {
      throw Error(ErrorKind::kBadInput,
                  s.file + ": id: scenario id '" + s.id +
                      "' is used by another scenario compared (give each option its own `id`)");
    }
    if (s.currency != first.currency) {
      throw Error(ErrorKind::kBadInput,
                  s.file + ": model: cannot compare scenarios in different currencies: model '" +
                      s.model_id + "' is in " + s.currency + ", model '" + first.model_id +
                      "' of " + first.file + " is in " + first.currency);
    }
    if (s.price_year != first.price_year) {
      throw Error(
          ErrorKind::kBadInput,
          s.file + ": price_year: option '" + s.id + "' reports in " +
              std::to_string(s.price_year) + " prices, option '" + first.id + "' of " + first.file +
              " in " + std::to_string(first.price_year) +
              " prices: euros of different years are never ranked, even with --allow-mixed; add "
              "--price-year " +
              std::to_string(first.price_year) + " to the command (e.g. ripple compare " +
              first.file + " " + s.file + " --price-year " + std::to_string(first.price_year) +
              "): it restates every option in those prices, converting each option's amounts "
              "from its own amounts_price_year");
    }
    if (!allow_mixed) CheckSameHorizon(s, first);
  }
}

// Equal up to rounding noise (relative 1e-9): options computed along
// different paths (2 x EUR 1M vs EUR 2M) differ in the last bits.
bool Same(double a, double b) {
  return std::abs(a - b) <= kSameRelative * std::max(std::abs(a), std::abs(b));
}

// 1 + the number of values better than `value`.
int RankOf(double value, const std::vector<std::optional<double>>& values, bool higher_is_better) {
  int rank = 1;
  for (const auto& other : values) {
    if (other && !Same(*other, value) && (higher_is_better ? *other > value : *other < value))
      ++rank;
  }
  return rank;
}

}  // namespace

ComparedOption CompareOptionOf(const RunResult& run) {
  const Scenario& s = run.scenario;
  return {s.id,
          s.name,
          s.file,
          s.language,
          s.start_year,
          s.end_year,
          s.appraisal.price_year,
          run.model.id,
          run.model.source,
          Currency(run),
          run.warnings,
          Measures(run)};
}

Comparison CompareRuns(const std::vector<RunResult>& runs, const std::string& baseline_id,
                       bool allow_mixed) {
  std::vector<ComparedOption> options;
  for (const RunResult& run : runs) options.push_back(CompareOptionOf(run));
  return CompareOptions(std::move(options), baseline_id, allow_mixed);
}

Comparison CompareOptions(std::vector<ComparedOption> options, const std::string& baseline_id,
                          bool allow_mixed) {
  CheckComparable(options, allow_mixed);
  Comparison comparison;
  size_t baseline = options.size();
  for (size_t i = 0; i < options.size(); ++i) {
    comparison.scenarios.push_back(options[i].id);
    comparison.names.push_back(options[i].name);
    if (options[i].id == (baseline_id.empty() ? options[0].id : baseline_id)) baseline = i;
  }
  if (baseline == options.size()) {
    std::string ids;
    for (const auto& id : comparison.scenarios) ids += (ids.empty() ? "'" : ", '") + id + "'";
    throw Error(ErrorKind::kBadInput,
                "--baseline " + baseline_id +
                    ": no scenario compared has this id or file (ids: " + ids + ")");
  }
  comparison.baseline = comparison.scenarios[baseline];
  comparison.currency = options[0].currency;
  comparison.price_year = options[0].price_year;

  std::vector<Measure> keys;  // every row key, in order of first appearance
  for (const ComparedOption& option : options) {
    for (const auto& m : option.measures) {
      bool known = false;
      for (const auto& k : keys) known = known || SameKey(k, m);
      if (!known) keys.push_back(m);
    }
  }
  for (const auto& key : keys) {
    std::vector<std::optional<double>> values(options.size());
    std::vector<bool> present(options.size(), false);
    for (size_t i = 0; i < options.size(); ++i) {
      for (const auto& m : options[i].measures) {
        if (!SameKey(m, key)) continue;
        values[i] = m.value;
        present[i] = true;
      }
    }
    for (size_t i = 0; i < options.size(); ++i) {
      if (!present[i]) continue;
      ComparisonRow row{comparison.scenarios[i],
                        key.indicator,
                        key.effect,
                        key.basis,
                        key.measure,
                        key.unit,
                        values[i],
                        values[baseline],
                        std::nullopt,
                        std::nullopt};
      if (row.value && row.baseline_value) {
        row.difference =
            Same(*row.value, *row.baseline_value) ? 0.0 : *row.value - *row.baseline_value;
      }
      if (row.value) row.rank = RankOf(*row.value, values, key.higher_is_better);
      comparison.rows.push_back(row);
    }
  }
  comparison.options = std::move(options);
  return comparison;
}

}  // namespace ripple
