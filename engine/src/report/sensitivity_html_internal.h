// Shared pieces of the sensitivity.html writer (sensitivity_html*.cc).
#pragma once

#include <string>
#include <string_view>

#include "ripple/report/brief_html.h"
#include "ripple/report/html_page.h"
#include "ripple/report/sensitivity_report.h"
#include "ripple/report/svg_chart.h"

namespace ripple::sensitivity_html {

// The run, its central result (warnings, model, prices) and the language.
struct Page {
  const SensitivityRun& run;
  const RunResult& central;
  Language language;
  std::string_view Pick(std::string_view french, std::string_view english) const {
    return language == Language::kFrench ? french : english;
  }
};

// The headlines charted (distributions, tornado, sweeps), in this order.
inline constexpr std::string_view kCharted[] = {"net_jobs", "net_value_added_per_public_euro",
                                                "net_cost_per_job_year"};

// A headline (metrics.h name) for reading, e.g. "Emplois nets par an".
std::string Label(const Page& p, std::string_view name);
// Its value for reading: euros to the thousand from 100,000 up, jobs with
// one decimal below 100, ratios with two; "–" for NaN.
std::string Show(const Page& p, std::string_view name, double value);
// Its value on a chart axis (money in thousands of euros) and the axis title with the unit.
double AxisValue(std::string_view name, double value);
std::string AxisTitle(const Page& p, std::string_view name);
// Decimals of chart labels for the headline.
ChartFormat Format(const Page& p, std::string_view name);
// Chart texts with the source line (model, seed).
ChartText Text(const Page& p, std::string id, std::string title, std::string description,
               std::string axis);

std::string Th(std::string_view text, bool number = false);
std::string Td(std::string_view text, bool number = false);
std::string Heading(std::string_view text);

// Sections of sensitivity_html_charts.cc ("" when the run has none).
std::string Distributions(const Page& p, const BriefRanges& ranges);
std::string Tornadoes(const Page& p);
std::string Sweeps(const Page& p);

}  // namespace ripple::sensitivity_html
