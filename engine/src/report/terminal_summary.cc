// The few lines `ripple run` prints: headline figures read through the result
// API (ripple/run/result.h), the same figures as summary.csv.
#include <sstream>

#include "ripple/base/csv.h"
#include "ripple/report/report.h"
#include "ripple/run/public_finance.h"
#include "ripple/run/result.h"

namespace ripple {
namespace {

void IndicatorLine(const RunResult& result, size_t k, std::ostream& out) {
  const Indicator& indicator = result.indicators[k];
  const double years = result.scenario.horizon_years();
  const double gross = HorizonTotal(result, nullptr, k, Effect::kTotal, Basis::kGross);
  const double net = HorizonTotal(result, nullptr, k, Effect::kTotal, Basis::kNet);
  out << "  " << indicator.name << " (total effect, gross / net): ";
  if (indicator.employment) {
    out << FormatNumber(gross, 6) << " / " << FormatNumber(net, 6) << " job-years, "
        << FormatNumber(gross / years, 6) << " / " << FormatNumber(net / years, 6)
        << " average annual " << indicator.unit << "\n";
  } else if (indicator.unit == "enterprises") {
    out << FormatNumber(gross / years, 6) << " / " << FormatNumber(net / years, 6)
        << " enterprises on average\n";
  } else {
    out << FormatNumber(gross, 6) << " / " << FormatNumber(net, 6) << " " << indicator.unit << "\n";
  }
}

}  // namespace

std::string TerminalSummary(const RunResult& result) {
  std::ostringstream out;
  const Scenario& s = result.scenario;
  const std::string eur = result.indicators[0].unit;
  out << "scenario '" << s.id << "' on model '" << result.model.id << "', " << s.start_year << "-"
      << s.end_year << " (" << s.horizon_years() << " years), " << EffectsTypeName(s.effects)
      << " effects, " << eur << " of " << s.appraisal.price_year << "\n";
  const PublicFinance finance = ComputePublicFinance(result, nullptr);
  out << "  public cost: " << FormatNumber(finance.cost, 6) << " " << eur << " (present value "
      << FormatNumber(finance.cost_present_value, 6) << ")\n";
  for (size_t k = 0; k < result.indicators.size(); ++k) IndicatorLine(result, k, out);
  if (finance.job_years.net != 0 && finance.cost > 0) {
    out << "  cost per net job-year: " << FormatNumber(finance.cost / finance.job_years.net, 6)
        << " " << eur << "\n";
  }
  if (!result.warnings.empty())
    out << "  " << result.warnings.size() << " warning(s): see warnings.csv\n";
  return out.str();
}

}  // namespace ripple
