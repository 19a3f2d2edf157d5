// type = "cluster": firm dynamics, optionally feeding the model (compile.h).
#include "interventions/compile_context.h"
#include "ripple/interventions/cluster.h"

namespace ripple {

void CompileCluster(const CompileContext& context, const Intervention& in, CompiledIntervention& out) {
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
  for (ClusterYear& year : out.cluster) {
    if (context.InHorizon(year.year) && spec.feed_model) {
      // Only growth beyond the base year is an impact; the base is the reference case.
      out.final_demand(sector, context.Column(year.year)) += (year.revenue - base_revenue) * context.to_model;
    }
    if (context.InHorizon(year.year)) out.public_cost(context.Column(year.year)) += spec.public_cost_per_year * to_report;
    year.revenue *= to_report;
  }
}

}  // namespace ripple
