// brief.html: the brief an elected official reads, one self-contained page in
// French or English (html_page.h shell, svg_chart.h charts, report_text.h
// texts), rendered from a run's result through the result API (result.h,
// public_finance.h): it never recomputes the model.
//
// Sections, in order: a one-paragraph conclusion; the headline table gross /
// net (with P5 / median / P95 beside each figure when a Monte Carlo was run
// with the run); effects and cost by intervention (cluster interventions only
// when they feed the model); charts (net jobs by year split direct /
// indirect / induced, the gross -> net waterfall of job-years, cost and value
// added by intervention, and with ranges the distribution of net jobs and the
// tornado); the business cluster (companies, jobs, revenue by year, the
// back-test), never a row of the effects table; what these figures mean; the
// assumptions table (every uncertain value: central value, P5-P95 range,
// distribution, source); the warnings box; method and sources.
// The same inputs give the same bytes.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "ripple/analysis/sensitivity.h"
#include "ripple/report/report_text.h"
#include "ripple/run/run.h"

namespace ripple {

// Monte Carlo quantiles of one headline figure (metrics.h Headlines names),
// over the `draws` draws where it is defined.
struct FigureRange {
  double p05 = 0, median = 0, p95 = 0;
  double p25 = 0, p75 = 0;
  size_t draws = 0;
};

// What the brief shows of a Monte Carlo run with the central run.
struct BriefRanges {
  size_t draws = 0;
  uint64_t seed = 0;
  std::map<std::string, FigureRange> figures;  // by headline name, e.g. "net_jobs"
  std::vector<double> net_jobs_samples;        // defined draws, for the histogram
  std::vector<TornadoRow> tornado;             // rows of headline net_jobs, by rank
};

// Quantiles by linear interpolation between order statistics (Hyndman & Fan
// type 7, as quantiles.csv) over the draws where a figure is defined; a figure
// defined in no draw is left out. Tornado rows other than net_jobs are dropped.
// The values of headline metric `metric` in the draws where it is defined (not
// NaN), in draw order; empty for a metric whose draws were not kept (only the
// headlines' are: MonteCarloResult::HeadlineDraws).
std::vector<double> DefinedDraws(const MonteCarloResult& monte_carlo, size_t metric);

BriefRanges MakeBriefRanges(const MonteCarloResult& monte_carlo, uint64_t seed,
                            const std::vector<TornadoRow>& tornado);

struct BriefOptions {
  Language language = Language::kEnglish;
  const BriefRanges* ranges = nullptr;  // nullptr: central run only
  // Per uncertain value of the scenario (scenario.uncertain order): the
  // comment written beside it in the scenario file ("" when none).
  std::vector<std::string> assumption_sources;
};

void WriteBriefHtml(const RunResult& result, const BriefOptions& options, std::ostream& out);

// The comment ("# ...", continued on the following comment-only lines that
// are indented) written on line `line` of `text`, "" when none; whitespace
// runs collapsed to one space.
std::string CommentAtLine(const std::string& text, int line);

// An uncertain value's key for a chart label: "interventions.<id>.<field>"
// becomes "<field> (<id>)" (the field first, so a cut label keeps it); other
// keys are returned as they are.
std::string ParameterLabel(const std::string& key);

// The language of a run's brief: `flag` (--lang) when set, else the
// scenario's `language` key, else English.
Language BriefLanguage(const std::optional<Language>& flag, const Scenario& scenario);

}  // namespace ripple
