// Runs variants of one scenario on one model quickly: the scenario is parsed
// once (ScenarioTemplate), the model loaded once, and the factorisation of the
// central model reused whenever a variant does not change the model.
//
// A variant = values of the uncertain parameters + `--set`-style overrides +
// optionally a random stream for technical-coefficient noise. Its model is
// the package adjusted by the variant's [uncertainty]: FLQ delta re-derived
// (regional packages only), satellites scaled, and, with a stream and
// technical_coefficients_sigma > 0, A perturbed (model_uncertainty.h).
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "ripple/base/random.h"
#include "ripple/interventions/scenario_template.h"
#include "ripple/model/leontief.h"
#include "ripple/model/model.h"
#include "ripple/run/model_preparation.h"
#include "ripple/run/multiplier_rows.h"
#include "ripple/run/run.h"

namespace ripple {

class Evaluator {
 public:
  // Loads the model of template.central(), checks the scenario against it
  // (ResolveScenario), loads the FLQ basis when [uncertainty] flq_delta is set
  // and factors the central model. Throws Error as PrepareRun.
  explicit Evaluator(ScenarioTemplate scenario);

  const ScenarioTemplate& scenario() const { return template_; }
  const Model& package() const { return prepared_.package; }
  // Does any variant change the model (flq_delta, satellite factors or the
  // closure's household_spending_per_euro are uncertain, or
  // technical_coefficients_sigma > 0)?
  bool model_varies() const { return model_varies_; }

  // The run of one variant. `noise` is used only when the variant's
  // technical_coefficients_sigma > 0. Thread-safe. Throws Error(kBadInput)
  // when a value breaks a rule of the scenario, Error(kNumerical) when a
  // perturbed model cannot be factored.
  RunResult Run(const std::vector<double>& values, const std::vector<Override>& overrides = {},
                RandomStream* noise = nullptr) const;

  // The central run (what `ripple run` computes).
  RunResult RunCentral() const { return Run(template_.CentralValues()); }

  // The metrics of one variant (metrics.h order) into `metrics`, i.e.
  // MetricValues(Run(values, {}, noise)). With `fast` true, a variant that
  // leaves the model as the central one (no technical-coefficient noise, the
  // central FLQ delta and satellite factors) takes its effect totals from
  // the central model's multiplier rows (RunScenarioTotals, multiplier_rows.h:
  // dot products instead of solves; computed once, on first use), equal to
  // the solves' totals to rounding (about 1e-15 relative), and a variant at
  // exactly the central values gets the central run's metrics (so a
  // zero-width distribution still reproduces `ripple run` bit for bit). A
  // variant whose fast totals are not finite is re-run by solves, so errors
  // are the same. Other variants are solved, their totals summed as Run's
  // (the same bits) without keeping per-sector vectors. Thread-safe. Throws as Run.
  void Metrics(const std::vector<double>& values, RandomStream* noise, bool fast,
               std::vector<double>& metrics) const;

 private:
  ScenarioTemplate template_;
  PreparedModel prepared_;  // package, FLQ basis, central model and its factorisation
  bool model_varies_ = false;
  // What Metrics' fast path reuses, built on its first call.
  struct FastPath {
    MultiplierRows rows;                  // of the central model
    std::vector<double> central_values;   // template_.CentralValues()
    std::vector<double> central_metrics;  // MetricValues(RunCentral())
  };
  mutable std::once_flag fast_once_;
  mutable std::unique_ptr<FastPath> fast_;

  // Does `scenario` (a variant) run on the central model and its factorisation?
  bool UsesCentralModel(const Scenario& scenario, const RandomStream* noise) const;
  // `totals_only`: RunScenarioTotals by solves (the same totals, no per-sector vectors).
  RunResult RunInstantiated(const Scenario& scenario, RandomStream* noise, bool totals_only) const;
  const FastPath& Fast() const;
};

}  // namespace ripple
