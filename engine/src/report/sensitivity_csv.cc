// quantiles.csv, draws.csv, tornado.csv and sweep.csv (sensitivity_report.h,
// reports/README.md).
#include <algorithm>
#include <cmath>
#include <ostream>

#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "ripple/report/sensitivity_report.h"

namespace ripple {
namespace {

std::string Cell(double value) { return std::isnan(value) ? std::string() : FormatNumber(value); }

const std::vector<double>& HeadlineColumn(const MonteCarloResult& result,
                                          const Headline& headline) {
  const std::vector<double>* column = result.HeadlineDraws(headline.metric);
  if (column == nullptr || column->size() != result.draws)
    throw Error(ErrorKind::kInternal,
                "draws.csv: the draws of '" + headline.name + "' were not kept");
  return *column;
}

}  // namespace

void WriteQuantilesCsv(const MonteCarloResult& result, std::ostream& out, CsvDialect dialect) {
  CsvWriter csv(out, dialect,
                {"intervention", "indicator", "effect", "basis", "period", "measure", "unit",
                 "central", "p05", "p25", "p50", "p75", "p95", "mean", "sd", "draws"},
                {"central", "p05", "p25", "p50", "p75", "p95", "mean", "sd", "draws"});
  for (size_t m = 0; m < result.keys.size(); ++m) {
    const MetricKey& key = result.keys[m];
    const DrawSummary& summary = result.summaries.at(m);
    std::vector<std::string> line = {
        key.intervention, key.indicator, key.effect, key.basis,
        key.period,       key.measure,   key.unit,   Cell(result.central[m])};
    if (summary.defined == 0) {
      for (int i = 0; i < 7; ++i) line.emplace_back();
    } else {
      for (double v : {summary.p05, summary.p25, summary.p50, summary.p75, summary.p95,
                       summary.mean, summary.sd})
        line.push_back(FormatNumber(v));
    }
    line.push_back(std::to_string(summary.defined));
    csv.Row(line);
  }
}

void WriteDrawsCsv(const MonteCarloResult& result,
                   const std::vector<UncertainParameter>& parameters, std::ostream& out,
                   CsvDialect dialect) {
  const std::vector<Headline> headlines = Headlines(result.keys);
  std::vector<const std::vector<double>*> columns;
  for (const auto& headline : headlines) columns.push_back(&HeadlineColumn(result, headline));
  std::vector<std::string> header = {"draw"};
  for (const auto& parameter : parameters) header.push_back(parameter.key);
  for (const auto& headline : headlines) header.push_back(headline.name);
  CsvWriter csv(out, dialect, header, header);  // every column holds numbers
  for (size_t d = 0; d < result.draws; ++d) {
    std::vector<std::string> line = {std::to_string(d)};
    for (size_t k = 0; k < parameters.size(); ++k) {
      line.push_back(FormatNumber(result.parameter_values[d * parameters.size() + k], 17));
    }
    for (const std::vector<double>* column : columns) line.push_back(Cell(column->at(d)));
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
