// type = "cluster": firm dynamics, optionally feeding the model (compile.h).
#include <algorithm>

#include "interventions/compile_context.h"
#include "ripple/base/csv.h"
#include "ripple/base/text.h"
#include "ripple/interventions/cluster.h"

namespace ripple {
namespace {

// One warning per measure (revenue, jobs) listing the years in which the
// cluster exceeds cluster_warning_share of its sector in the model. `revenue`
// of each ClusterYear in amounts' prices (before conversion to reporting prices).
void WarnLargeCluster(const CompileContext& context, const Intervention& in, int sector,
                      const std::vector<ClusterYear>& years) {
  const double limit = context.scenario.cluster_warning_share;
  const double output = context.model.output(sector);
  const auto warn = [&](const char* what, const char* total, auto share_of) {
    std::vector<int> over;
    double largest = 0;
    for (const ClusterYear& year : years) {
      const double share = share_of(year);
      if (share > limit) over.push_back(year.year), largest = std::max(largest, share);
    }
    if (over.empty()) return;
    context.warnings.push_back(
        "intervention '" + in.id + "': the cluster's " + what + " up to " +
        FormatNumber(100 * largest, 3) + "% of sector '" + in.cluster.sector.sector + "' " + total +
        " in the model (above cluster_warning_share " + FormatNumber(limit) + ") in " +
        YearRanges(over) +
        ": check its sector, revenue per job and area against the regional sector");
  };
  if (output > 0) {
    warn("revenue is", "output",
         [&](const ClusterYear& y) { return y.revenue * context.to_model / output; });
  }
  if (output > 0 &&
      context.Coefficient("employment", sector) > 0) {  // persons in the model's sector
    const double employment =
        context.JobsPerOutput(sector, "intervention '" + in.id + "'") * output;
    warn("jobs are", "employment", [&](const ClusterYear& y) { return y.jobs / employment; });
  }
}

}  // namespace

void CompileCluster(const CompileContext& context, const Intervention& in,
                    CompiledIntervention& out) {
  // Parameters listed in `calibrate` are fitted to the observations marked
  // "fit" first; the others are held out for the back-test.
  ClusterFit fit;
  const ClusterSpec spec = CalibrateCluster(in.cluster, &fit);
  out.cluster = ProjectCluster(spec, context.scenario.end_year);
  out.backtest = BacktestCluster(spec);
  out.notes.push_back(DescribeBacktest(fit, out.backtest));
  const double to_report = context.to_report;
  double base_revenue = 0;
  for (const ClusterYear& year : out.cluster) {
    if (year.year == spec.base_year) base_revenue = year.revenue;
  }
  const int sector = context.Sector(spec.sector);
  WarnLargeCluster(context, in, sector, out.cluster);
  for (ClusterYear& year : out.cluster) {
    if (context.InHorizon(year.year) && spec.feed_model) {
      // Only growth beyond the base year is an impact; the base is the reference case.
      out.final_demand(sector, context.Column(year.year)) +=
          (year.revenue - base_revenue) * context.to_model;
    }
    if (context.InHorizon(year.year))
      out.public_cost(context.Column(year.year)) += spec.public_cost_per_year * to_report;
    year.revenue *= to_report;
  }
}

}  // namespace ripple
