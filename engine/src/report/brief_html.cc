// brief.html: page assembly, number helpers, ranges and the language choice
// (brief_html.h). Sections are in brief_html_sections.cc,
// brief_html_tables.cc and brief_html_charts.cc.
#include "ripple/report/brief_html.h"

#include <algorithm>
#include <cmath>
#include <ostream>

#include "report/brief_html_internal.h"
#include "ripple/analysis/metrics.h"

namespace ripple {
namespace brief {

std::string Euros(const Context& c, double value) {
  const double shown = std::abs(value) >= 100000 ? std::round(value / 1000) * 1000 : value;
  return FormatEuros(shown, std::abs(value) >= 100 ? 0 : 2, c.language);
}

std::string Count(const Context& c, double value) {
  return FormatFigure(value, std::abs(value) < 100 ? 1 : 0, c.language);
}

std::string Ratio(const Context& c, double value) { return FormatFigure(value, 2, c.language); }

std::string Heading(std::string_view text) { return "<h2>" + EscapeHtml(text) + "</h2>\n"; }

std::string InterventionName(const RunResult& result, const InterventionImpact& impact) {
  for (const auto& intervention : result.scenario.interventions) {
    if (intervention.id == impact.id && !intervention.label.empty()) return intervention.label;
  }
  return impact.id;
}

bool HasEffects(const RunResult& result, const InterventionImpact& impact) {
  if (impact.type != InterventionType::kCluster) return true;
  for (const auto& intervention : result.scenario.interventions) {
    if (intervention.id == impact.id) return intervention.cluster.feed_model;
  }
  return false;
}

}  // namespace brief

namespace {

// Type 7 quantile of sorted, non-empty `values`.
double SortedQuantile(const std::vector<double>& sorted, double p) {
  const double h = (static_cast<double>(sorted.size()) - 1) * p;
  const size_t low = static_cast<size_t>(std::floor(h));
  const size_t high = std::min(low + 1, sorted.size() - 1);
  return sorted[low] + (h - static_cast<double>(low)) * (sorted[high] - sorted[low]);
}

}  // namespace

std::vector<double> DefinedDraws(const MonteCarloResult& mc, size_t metric) {
  std::vector<double> column;
  const std::vector<double>* draws = mc.HeadlineDraws(metric);
  if (draws == nullptr) return column;
  for (const double value : *draws) {
    if (!std::isnan(value)) column.push_back(value);
  }
  return column;
}

BriefRanges MakeBriefRanges(const MonteCarloResult& monte_carlo, uint64_t seed,
                            const std::vector<TornadoRow>& tornado) {
  BriefRanges ranges;
  ranges.draws = monte_carlo.draws;
  ranges.seed = seed;
  for (const Headline& headline : Headlines(monte_carlo.keys)) {
    std::vector<double> column = DefinedDraws(monte_carlo, headline.metric);
    if (headline.name == "net_jobs") ranges.net_jobs_samples = column;
    if (column.empty()) continue;
    std::sort(column.begin(), column.end());
    ranges.figures[headline.name] = {SortedQuantile(column, 0.05), SortedQuantile(column, 0.5),
                                     SortedQuantile(column, 0.95), SortedQuantile(column, 0.25),
                                     SortedQuantile(column, 0.75), column.size()};
  }
  for (const TornadoRow& row : tornado) {
    if (row.headline == "net_jobs") ranges.tornado.push_back(row);
  }
  std::stable_sort(ranges.tornado.begin(), ranges.tornado.end(),
                   [](const TornadoRow& a, const TornadoRow& b) { return a.rank < b.rank; });
  return ranges;
}

std::string ParameterLabel(const std::string& key) {
  const std::string prefix = "interventions.";
  const size_t dot = key.find('.', prefix.size());
  if (key.rfind(prefix, 0) != 0 || dot == std::string::npos) return key;
  return key.substr(dot + 1) + " (" + key.substr(prefix.size(), dot - prefix.size()) + ")";
}

Language BriefLanguage(const std::optional<Language>& flag, const Scenario& scenario) {
  if (flag) return *flag;
  return ParseLanguage(scenario.language).value_or(Language::kEnglish);
}

std::string CommentAtLine(const std::string& text, int line) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= text.size()) {
    const size_t end = std::min(text.find('\n', start), text.size());
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  if (line < 1 || static_cast<size_t>(line) > lines.size()) return "";
  std::string comment;
  auto append = [&](const std::string& piece) {
    for (char ch : piece) {
      const bool space = ch == ' ' || ch == '\t' || ch == '\r';
      if (space && (comment.empty() || comment.back() == ' ')) continue;
      comment += space ? ' ' : ch;
    }
    if (!comment.empty() && comment.back() != ' ') comment += ' ';
  };
  const std::string& first = lines[static_cast<size_t>(line) - 1];
  const size_t hash = first.find('#');  // values written as distributions hold no '#'
  if (hash != std::string::npos) append(first.substr(hash + 1));
  for (size_t i = static_cast<size_t>(line); i < lines.size(); ++i) {
    const std::string& next = lines[i];
    const size_t text_start = next.find_first_not_of(" \t");
    if (text_start == std::string::npos || text_start == 0 || next[text_start] != '#') break;
    append(next.substr(text_start + 1));
  }
  while (!comment.empty() && comment.back() == ' ') comment.pop_back();
  return comment;
}

void WriteBriefHtml(const RunResult& result, const BriefOptions& options, std::ostream& out) {
  brief::Context c{result, options, options.language, ComputePublicFinance(result, nullptr)};
  c.employment = c.finance.employment_indicator.empty()
                     ? -1
                     : FindIndicator(result, c.finance.employment_indicator);
  c.value_added = FindIndicator(result, "value_added");
  c.years = result.scenario.horizon_years();
  out << HtmlPageStart(result.scenario.name, c.language);
  out << "<h1>" << EscapeHtml(ReportText(TextId::kBriefTitle, c.language)) << "</h1>\n";
  out << "<p class=\"subtitle\">" << EscapeHtml(result.scenario.name) << "</p>\n";
  out << brief::ConclusionSection(c) << brief::HeadlineSection(c) << brief::InterventionSection(c)
      << brief::ChartSection(c) << brief::ClusterSection(c) << brief::MeaningSection(c)
      << brief::AssumptionSection(c)
      << HtmlWarnings(ReportText(TextId::kWarningsHeading, c.language), result.warnings)
      << brief::MethodSection(c) << HtmlPageEnd();
}

}  // namespace ripple
