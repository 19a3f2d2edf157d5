// quantiles.csv, draws.csv, tornado.csv and sweep.csv (sensitivity_report.h,
// reports/README.md).
#include <algorithm>
#include <cmath>
#include <ostream>

#include "ripple/base/csv.h"
#include "ripple/report/sensitivity_report.h"

namespace ripple {
namespace {

// Type 7 quantile of sorted values (numpy's default).
double SortedQuantile(const std::vector<double>& sorted, double p) {
  const double position = p * static_cast<double>(sorted.size() - 1);
  const auto below = static_cast<size_t>(std::floor(position));
  const size_t above = std::min(below + 1, sorted.size() - 1);
  const double fraction = position - static_cast<double>(below);
  if (fraction == 0 || sorted[below] == sorted[above]) return sorted[below];
  const double value = sorted[below] + fraction * (sorted[above] - sorted[below]);
  return std::clamp(value, sorted[below], sorted[above]);  // guards rounding: monotone in p
}

struct Moments {
  double mean = 0, sd = 0;
};

// Shifted by the first value, so equal values give that value exactly.
Moments MeanAndSd(const std::vector<double>& values) {
  const double shift = values.front();
  double sum = 0;
  for (double v : values) sum += v - shift;
  const double n = static_cast<double>(values.size());
  Moments moments;
  moments.mean = shift + sum / n;
  if (values.size() < 2) return moments;
  double squares = 0;
  for (double v : values) squares += (v - moments.mean) * (v - moments.mean);
  moments.sd = std::sqrt(squares / (n - 1));
  return moments;
}

std::string Cell(double value) { return std::isnan(value) ? std::string() : FormatNumber(value); }

}  // namespace

void WriteQuantilesCsv(const MonteCarloResult& result, std::ostream& out, CsvDialect dialect) {
  CsvWriter csv(out, dialect,
                {"intervention", "indicator", "effect", "basis", "period", "measure", "unit",
                 "central", "p05", "p25", "p50", "p75", "p95", "mean", "sd", "draws"},
                {"central", "p05", "p25", "p50", "p75", "p95", "mean", "sd", "draws"});
  const size_t width = result.keys.size();
  std::vector<double> column;
  for (size_t m = 0; m < width; ++m) {
    column.clear();
    for (size_t d = 0; d < result.draws; ++d) {
      const double value = result.values[d * width + m];
      if (!std::isnan(value)) column.push_back(value);
    }
    const MetricKey& key = result.keys[m];
    std::vector<std::string> line = {
        key.intervention, key.indicator, key.effect, key.basis,
        key.period,       key.measure,   key.unit,   Cell(result.central[m])};
    if (column.empty()) {
      for (int i = 0; i < 7; ++i) line.emplace_back();
    } else {
      std::sort(column.begin(), column.end());
      for (double p : {0.05, 0.25, 0.5, 0.75, 0.95})
        line.push_back(FormatNumber(SortedQuantile(column, p)));
      const Moments moments = MeanAndSd(column);
      line.push_back(FormatNumber(moments.mean));
      line.push_back(FormatNumber(moments.sd));
    }
    line.push_back(std::to_string(column.size()));
    csv.Row(line);
  }
}

void WriteDrawsCsv(const MonteCarloResult& result,
                   const std::vector<UncertainParameter>& parameters, std::ostream& out,
                   CsvDialect dialect) {
  const std::vector<Headline> headlines = Headlines(result.keys);
  std::vector<std::string> header = {"draw"};
  for (const auto& parameter : parameters) header.push_back(parameter.key);
  for (const auto& headline : headlines) header.push_back(headline.name);
  CsvWriter csv(out, dialect, header, header);  // every column holds numbers
  const size_t width = result.keys.size();
  for (size_t d = 0; d < result.draws; ++d) {
    std::vector<std::string> line = {std::to_string(d)};
    for (size_t k = 0; k < parameters.size(); ++k) {
      line.push_back(FormatNumber(result.parameter_values[d * parameters.size() + k], 17));
    }
    for (const auto& headline : headlines)
      line.push_back(Cell(result.values[d * width + headline.metric]));
    csv.Row(line);
  }
}

void WriteTornadoCsv(const std::vector<TornadoRow>& rows, std::ostream& out, CsvDialect dialect) {
  CsvWriter csv(out, dialect,
                {"headline", "rank", "parameter", "low", "high", "unit", "central", "at_low",
                 "at_high", "swing"},
                {"rank", "low", "high", "central", "at_low", "at_high", "swing"});
  const auto cell = [](double v) { return std::isnan(v) ? std::string() : FormatNumber(v); };
  for (const TornadoRow& row : rows) {
    csv.Row({row.headline, std::to_string(row.rank), row.parameter, FormatNumber(row.low),
             FormatNumber(row.high), row.unit, cell(row.central), cell(row.at_low),
             cell(row.at_high), cell(row.swing)});
  }
}

void WriteSweepCsv(const SweepResult& sweep, std::ostream& out, CsvDialect dialect) {
  std::vector<std::string> header, numeric;
  for (const auto& axis : sweep.axes) header.push_back(axis.key);
  numeric = header;
  numeric.push_back("value");
  for (const char* column : {"headline", "value", "unit"}) header.push_back(column);
  CsvWriter csv(out, dialect, header, numeric);
  const size_t n_axes = sweep.axes.size(), n_headlines = sweep.headlines.size();
  for (size_t point = 0; point < sweep.points; ++point) {
    std::vector<std::string> prefix;
    for (size_t a = 0; a < n_axes; ++a)
      prefix.push_back(FormatNumber(sweep.point_values[point * n_axes + a]));
    for (size_t h = 0; h < n_headlines; ++h) {
      std::vector<std::string> line = prefix;
      const double value = sweep.figures[point * n_headlines + h];
      line.push_back(sweep.headlines[h].name);
      line.push_back(std::isnan(value) ? std::string() : FormatNumber(value));
      line.push_back(sweep.headlines[h].unit);
      csv.Row(line);
    }
  }
}

}  // namespace ripple
