// Shared pieces of the brief.html writer (brief_html*.cc).
#pragma once

#include <string>
#include <string_view>

#include "ripple/report/brief_html.h"
#include "ripple/report/html_page.h"
#include "ripple/report/svg_chart.h"
#include "ripple/run/public_finance.h"
#include "ripple/run/result.h"

namespace ripple::brief {

// Everything a section needs: the result, the options and the figures of the
// whole scenario, computed once.
struct Context {
  const RunResult& result;
  const BriefOptions& options;
  Language language;
  PublicFinance finance;  // whole scenario
  int employment = -1;    // indicator index, -1 when the model has none
  int value_added = -1;   // indicator index, -1 when the model has none
  double years = 1;       // horizon length
};

// The French or the English text.
inline std::string_view Pick(const Context& c, std::string_view french, std::string_view english) {
  return c.language == Language::kFrench ? french : english;
}

// Readable figures: euros rounded to the thousand from 100,000 up; counts with
// one decimal below 100, none above; ratios with two decimals.
std::string Euros(const Context& c, double value);
std::string Count(const Context& c, double value);
std::string Ratio(const Context& c, double value);

// "<h2>" + escaped text + "</h2>\n".
std::string Heading(std::string_view text);

// The label of an intervention ("" -> its id).
std::string InterventionName(const RunResult& result, const InterventionImpact& impact);

// Does the intervention have effects in the model (a cluster only when it
// feeds the model)?
bool HasEffects(const RunResult& result, const InterventionImpact& impact);

// A chart's format (the brief's language, `decimals`) and texts (source line
// naming the model; `axis` = the value axis title with its unit).
ChartFormat Format(const Context& c, int decimals);
ChartText Text(const Context& c, std::string id, std::string title, std::string description,
               std::string axis);

// Charts of brief_html_finance.cc, "" when the run has nothing to show:
// net job-years by intervention (two interventions with effects or more),
// public cost by funder and by level of government with the net effects
// attributed to each funder (projects with a funding table), and the fiscal
// return by level of government.
std::string JobYearsByIntervention(const Context& c);
std::string CostByFunder(const Context& c);
std::string FiscalReturnByLevel(const Context& c);

std::string ConclusionSection(const Context& c);
std::string HeadlineSection(const Context& c);
std::string InterventionSection(const Context& c);
std::string ChartSection(const Context& c);
std::string ClusterSection(const Context& c);
std::string MeaningSection(const Context& c);
std::string AssumptionSection(const Context& c);
std::string MethodSection(const Context& c);

}  // namespace ripple::brief
