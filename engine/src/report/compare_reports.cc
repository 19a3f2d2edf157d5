// compare.csv and compare.md (columns documented in reports/README.md).
#include <cmath>
#include <ostream>
#include <sstream>

#include "ripple/analysis/compare.h"
#include "ripple/base/csv.h"

namespace ripple {
namespace {

std::string Csv(const std::optional<double>& value) { return value ? FormatNumber(*value) : ""; }

// For people: whole numbers with thousands separators from 1,000 up, else
// 4 significant digits. Locale-independent.
std::string Human(double value) {
  if (std::abs(value) < 1000) return FormatNumber(value, 4);
  const long long whole = std::llround(std::abs(value));
  std::string digits = std::to_string(whole), grouped;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
    grouped += digits[i];
  }
  return (value < 0 ? "-" : "") + grouped;
}

std::string Difference(const ComparisonRow& row) {
  if (!row.difference) return "";
  if (*row.difference == 0) return "0";
  // Appended piece by piece: GCC 12 warns (-Wrestrict, a false positive) on "literal" + string&&.
  std::string text = *row.difference > 0 ? "+" : "";
  text += Human(*row.difference);
  if (*row.baseline_value != 0) {
    const double percent = 100 * *row.difference / std::abs(*row.baseline_value);
    text += percent > 0 ? " (+" : " (";
    text += FormatNumber(percent, 3);
    text += "%)";
  }
  return text;
}

const char* Title(const std::string& indicator) {
  if (indicator == "public_cost") return "Public cost";
  if (indicator == "value_added") return "Value added";
  if (indicator == "fiscal_return") return "Fiscal return (taxes and social contributions)";
  if (indicator == "jobs_per_million_public_cost") return "Jobs per million of public cost";
  if (indicator == "value_added_per_public_euro") return "Value added per public euro";
  if (indicator == "cost_per_job_year") return "Public cost per job-year";
  return nullptr;
}

// The table of one indicator: rows [begin, end) of the comparison.
void WriteTable(const Comparison& c, size_t begin, size_t end, std::ostream& out) {
  const std::string& indicator = c.rows[begin].indicator;
  const char* title = Title(indicator);
  out << "## " << (title ? title : "Jobs (" + indicator + ")") << "\n\n| measure |";
  for (const auto& id : c.scenarios)
    out << " " << id << (id == c.baseline ? " (baseline)" : "") << " |";
  out << "\n|---|";
  for (size_t i = 0; i < c.scenarios.size(); ++i) out << "---:|";
  out << "\n";
  for (size_t r = begin; r < end;) {
    const ComparisonRow& key = c.rows[r];
    std::vector<const ComparisonRow*> cells(c.scenarios.size(), nullptr);
    for (; r < end && c.rows[r].basis == key.basis && c.rows[r].measure == key.measure; ++r) {
      for (size_t i = 0; i < c.scenarios.size(); ++i) {
        if (c.scenarios[i] == c.rows[r].scenario) cells[i] = &c.rows[r];
      }
    }
    const std::string label =
        (key.basis.empty() ? "" : key.basis + " ") + key.measure + " (" + key.unit + ")";
    auto line = [&](const std::string& name, auto cell) {
      out << "| " << name << " |";
      for (const ComparisonRow* row : cells)
        out << " " << (row ? cell(*row) : std::string("n/a")) << " |";
      out << "\n";
    };
    line(label, [](const ComparisonRow& row) {
      return row.value ? Human(*row.value) : std::string("n/a");
    });
    line("difference to baseline", [&](const ComparisonRow& row) {
      return row.scenario == c.baseline ? std::string("-") : Difference(row);
    });
    line("rank", [](const ComparisonRow& row) {
      return row.rank ? std::to_string(*row.rank) : std::string("");
    });
  }
  out << "\n";
}

}  // namespace

void WriteCompareCsv(const Comparison& comparison, std::ostream& out, CsvDialect dialect) {
  CsvWriter csv(out, dialect,
                {"scenario", "indicator", "effect", "basis", "measure", "value", "unit",
                 "baseline_value", "difference", "rank"},
                {"value", "baseline_value", "difference", "rank"});
  for (const auto& row : comparison.rows) {
    csv.Row({row.scenario, row.indicator, row.effect, row.basis, row.measure, Csv(row.value),
             row.unit, Csv(row.baseline_value), Csv(row.difference),
             row.rank ? std::to_string(*row.rank) : ""});
  }
}

void WriteCompareMarkdown(const Comparison& comparison, std::ostream& out) {
  out << "# Comparison of " << comparison.scenarios.size() << " options\n\n"
      << "Money in " << comparison.currency << " at " << comparison.price_year
      << " prices. Gross = before additionality, net = after. Differences are to the baseline `"
      << comparison.baseline
      << "`. Rank 1 = best: most jobs, value added or fiscal return (also per unit of public "
         "cost), least public "
         "cost and cost per job-year; equal values share a rank. Columns: reports/README.md "
         "(compare.csv).\n\n"
      << "| option | scenario |\n|---|---|\n";
  for (size_t i = 0; i < comparison.scenarios.size(); ++i) {
    std::string name;
    for (char ch : comparison.names[i]) name += ch == '|' ? std::string("\\|") : std::string(1, ch);
    out << "| " << comparison.scenarios[i] << " | " << name << " |\n";
  }
  out << "\n";
  for (size_t begin = 0; begin < comparison.rows.size();) {
    size_t end = begin;
    while (end < comparison.rows.size() &&
           comparison.rows[end].indicator == comparison.rows[begin].indicator)
      ++end;
    WriteTable(comparison, begin, end, out);
    begin = end;
  }
}

}  // namespace ripple
