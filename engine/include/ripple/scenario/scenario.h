// Scenario files: what the public authority pays for, year by year.
//
// A scenario is a TOML file (format reference: scenarios/README.md) naming a
// model package, a horizon [start_year, end_year], price and appraisal
// settings, and a list of interventions. Each intervention type describes what
// is actually paid for (a subsidy, a building, an investment programme, …);
// CompileScenario (compile.h) turns it into economic events the model can
// project: final demand, purchases, household income and explicit direct
// activity, plus the public cost.
//
// Parsing is in two steps so that `ripple check` and `ripple run` share them:
//   ParseScenario   syntax, types, units, year ranges, shares (no model needed;
//                   ripple/interventions/scenario_reader.h: reading a scenario
//                   needs the parser of every intervention type)
//   ResolveScenario sector codes against the model ("did you mean"), currency
// Both collect every problem and throw one Error(kBadInput) listing them, each
// as "file:line:col: field: message".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ripple/base/distribution.h"
#include "ripple/base/error.h"
#include "ripple/model/model.h"
#include "ripple/scenario/cluster_spec.h"
#include "ripple/scenario/funders.h"
#include "ripple/scenario/scenario_types.h"

namespace ripple {

enum class EffectsType {
  kTypeI,   // direct + indirect (open model)
  kTypeII,  // direct + indirect + induced (households closed into the model)
};
// "type1" / "type2", the spelling used in scenario files and reports.
const char* EffectsTypeName(EffectsType type);
std::optional<EffectsType> ParseEffectsType(std::string_view name);

// What one job is in a figure of a scenario: a person employed or a
// full-time equivalent. "person" / "fte".
enum class JobBasis { kPerson, kFte };
const char* JobBasisName(JobBasis basis);
std::optional<JobBasis> ParseJobBasis(std::string_view name);

enum class InterventionType { kDemand, kJobs, kSubsidy, kAcquisition, kProject, kCluster };
// "demand", "jobs", "subsidy", "acquisition", "project", "cluster".
const char* InterventionTypeName(InterventionType type);
std::optional<InterventionType> ParseInterventionType(std::string_view name);

// Gross -> net, after the Additionality Guide (English Partnerships 2008, 3rd
// ed.; HCA 2014, 4th ed., ch. 5): net = gross x (1 - leakage) x
// (1 - displacement) x (1 - substitution) x (1 - deadweight). The multiplier
// of the guide is the input-output model itself. All shares in [0, 1].
struct Additionality {
  double deadweight = 0;    // share that would have happened anyway (reference case)
  double displacement = 0;  // share taken from other firms of the target area
  double leakage = 0;       // share benefiting people or firms outside the target area
  double substitution = 0;  // share where a firm swaps one activity for the subsidised one
  double NetFactor() const {
    return (1 - leakage) * (1 - displacement) * (1 - substitution) * (1 - deadweight);
  }
};

// type = "demand": final demand for a sector's products.
struct DemandSpec {
  SectorValue sector;              // value unused
  std::vector<YearValue> amounts;  // currency per year
  double public_share = 1.0;       // share of the amount paid from public funds
};

// type = "jobs": direct jobs in a sector, converted to output with the model's
// output per job (1 / employment coefficient).
struct JobsSpec {
  SectorValue sector;
  std::vector<YearValue> jobs;         // persons employed in each year (not job-years)
  std::vector<YearValue> public_cost;  // optional, currency per year
};

// Spending of a grant recipient: wages (direct jobs = wages / wage cost per
// job; wages are household income) and purchases by sector (shares of the
// non-wage spending). Shares of purchases must sum to 1.
struct SpendingProfile {
  double wage_share = 0;         // share of spending on wages (gross, employer cost)
  double wage_cost_per_job = 0;  // currency per job-year (employer cost)
  // What wage_cost_per_job counts: given with it (wage_cost_basis); the model's
  // default (compensation / employees) is per person.
  JobBasis wage_cost_basis = JobBasis::kPerson;
  std::vector<SectorValue> purchases;  // sector -> share of the non-wage spending
  bool given = false;                  // false: defaults were used (a warning is raised)
};

// type = "subsidy": a recurring operating grant and the co-funding it mobilises.
struct SubsidySpec {
  std::vector<YearValue> amounts;  // public grant, currency per year
  SectorValue recipient_sector;    // where the recipient's direct jobs and output are reported
  SpendingProfile spending;
  double leverage = 0;                 // co-funding mobilised per public euro (not public cost)
  SpendingProfile cofunding_spending;  // defaults to `spending`
};

// type = "acquisition": purchase of an existing building. The price is a
// transfer of an existing asset: zero output. Fees, works and the activity the
// floor area hosts are the economic events.
struct AcquisitionSpec {
  double price = 0;  // currency, in `year`
  int year = 0;
  double notary_fee_rate = 0;                // share of price -> legal services demand
  double agency_fee_rate = 0;                // share of price -> real-estate services demand
  double transfer_tax_rate = 0;              // share of price -> a tax: public cost, no output
  SectorValue notary_sector, agency_sector;  // model sectors receiving the fees
  std::vector<YearValue> works;              // renovation / fit-out spending, currency per year
  SectorValue works_sector;                  // construction sector code
  double floor_area_m2 = 0;                  // area able to host activity
  double m2_per_job = 0;                     // workspace per job
  std::vector<YearValue> occupancy;          // occupied share of the area by year, [0, 1]
  // The reference case (Additionality Guide: what happens without the
  // intervention): occupied share of the same area without the purchase, one
  // value per year of `occupancy`, each <= that year's occupancy. Required
  // with a floor area. Hosted jobs = floor_area_m2 x (occupancy -
  // occupancy_without) / m2_per_job.
  std::vector<YearValue> occupancy_without;
  SectorValue hosted_sector;  // sector of the hosted jobs
  bool public_buyer = true;   // price, fees, taxes and works are public cost
};

// type = "project": an investment programme with a capex phase and an
// operations phase.
struct ProjectSpec {
  struct Capex {
    SectorValue sector;
    std::vector<YearValue> amounts;  // currency per year
  };
  std::vector<Capex> capex;
  std::vector<SectorValue> funding;  // funder name -> share of capex (sum 1)
  std::vector<Funder> funders;       // the funder of each `funding` entry, same order
  SectorValue operations_sector;
  double annual_turnover = 0;  // currency per year at full operation (or 0)
  double jobs = 0;             // jobs at full operation (or 0; one of the two)
  int operations_start = 0;    // first operating year
  int ramp_up_years = 1;       // years to reach full operation (linear ramp)
  int lifetime_years = 0;      // operating years (0 = to the end of the horizon)
};

struct Intervention {
  std::string id;  // unique in the scenario; the `intervention` column of reports
  InterventionType type = InterventionType::kDemand;
  std::string label;  // optional free text
  SourcePosition position;
  std::string currency;  // base currency of the amounts as written (e.g. "EUR")
  SourcePosition unit_position;
  std::optional<Additionality> additionality;  // overrides the scenario's
  std::optional<int> amounts_price_year;       // overrides the scenario's
  // Share of the intervention's purchases of final goods and services (demand,
  // capex, fees, works) supplied from the model's region, [0,1], with its
  // source (required with it). Default: the model's regional supply share per
  // product (min(SLQ, 1); 1 in a national model). See scenarios/README.md.
  std::optional<double> local_share;
  std::string local_share_source;
  DemandSpec demand;
  JobsSpec jobs;
  SubsidySpec subsidy;
  AcquisitionSpec acquisition;
  ProjectSpec project;
  ClusterSpec cluster;
};

// Appraisal settings: prices, discounting, public funds.
struct Appraisal {
  int price_year = 0;                  // reporting prices (default: start_year)
  int amounts_price_year = 0;          // prices the amounts are written in (default: price_year)
  double inflation_rate = 0.02;        // ASSUMPTION (ECB medium-term target 2%); range 0.01-0.03
  std::vector<YearValue> price_index;  // optional index by year; overrides inflation_rate
  double discount_rate = 0.032;        // France Stratégie (2021): 1.2% + beta x 2%, beta = 1
  int discount_base_year = 0;          // default: start_year
  double public_funds_cost = 1.2;      // opportunity cost of public funds (Quinet 2013)
  // Employer (0.285 of compensation, Eurostat SBS France 2021) + employee
  // contributions (ASSUMPTION 0.08, range 0.06-0.09), CSG/CRDS excluded.
  double social_contribution_rate = 0.365;
};

// One step of the address of a value in the scenario's TOML tree: a key of a
// table, or (index >= 0) the 0-based element of an array.
struct TomlStep {
  std::string key;
  int index = -1;
};

// A scenario value written as a distribution (distribution.h). The scenario
// is parsed with the distribution's central value in its place.
struct UncertainParameter {
  std::string key;  // readable address, e.g. "interventions.plaine-images-subsidy.wage_share",
                    // "interventions.x.amounts[2]" (1-based), "uncertainty.flq_delta"
  std::vector<TomlStep> address;  // where the value sits in the resolved tree
  // Further places holding the same written distribution: with several
  // `extends` parents, a parent's [additionality] is copied into each of its
  // interventions; it stays one uncertain value, drawn once per draw.
  std::vector<std::vector<TomlStep>> copies;
  SourcePosition position;  // where the distribution was written
  Distribution distribution;
};

// [uncertainty]: model-level uncertainty for `ripple sensitivity`
// (model_uncertainty.h). Values may themselves be distributions; the
// deterministic run uses their central values.
struct SatelliteFactor {
  std::string name;         // satellite of the model, e.g. "employment"
  double factor = 1;        // multiplies the satellite's values, >= 0
  SourcePosition position;  // where it was written
};
struct ModelUncertaintySpec {
  double technical_coefficients_sigma = 0;  // lognormal sigma on non-zero A cells, [0, 1]; 0 = none
  std::optional<double> flq_delta;  // re-derive an FLQ/AFLQ regional model for this delta, [0, 1)
  SourcePosition flq_delta_position;
  std::vector<SatelliteFactor> satellite_factors;
  bool any() const {
    return technical_coefficients_sigma > 0 || flq_delta || !satellite_factors.empty();
  }
  bool adjusts_model() const { return flq_delta || !satellite_factors.empty(); }
};

// How households spend extra income in the Type II closure ([closure],
// scenarios/README.md "Household closure").
//   average   the model's household consumption (imputed rents excluded) per
//             EUR of its income denominator: the published convention, kept
//             for certified tables (default)
//   marginal  a stated marginal propensity to consume: the model's household
//             consumption vector is rescaled to sum to it per EUR of income
//             (its structure by product is kept)
enum class HouseholdClosureKind { kAverage, kMarginal };
// "average" / "marginal", the spelling of summary.csv and run.json.
const char* HouseholdClosureKindName(HouseholdClosureKind kind);
std::optional<HouseholdClosureKind> ParseHouseholdClosureKind(std::string_view name);

struct ClosureSpec {
  // Household spending per EUR of household income, in (0, 1); nullopt = average.
  std::optional<double> household_spending_per_euro;
  std::string household_spending_source;  // where the value comes from (required with it)
  SourcePosition position;                // where household_spending_per_euro was written
  HouseholdClosureKind kind() const {
    return household_spending_per_euro ? HouseholdClosureKind::kMarginal
                                       : HouseholdClosureKind::kAverage;
  }
};

struct Scenario {
  std::string id;  // default: the file name without .toml
  std::string name;
  std::string description;
  // Language of brief.html: "fr", "en", or "" (not written: English unless
  // `ripple run --lang` says otherwise).
  std::string language;
  std::string file;                  // path of the scenario file as given
  std::string model_path;            // model folder, resolved relative to the scenario file
  int start_year = 0, end_year = 0;  // inclusive horizon
  EffectsType effects = EffectsType::kTypeII;
  // Warn when one year's shock to a sector exceeds this share of the sector's
  // output in the model (linearity of the IO model is then doubtful).
  double shock_warning_share = 0.10;
  // Warn when a cluster's revenue or jobs in a year exceed this share of its
  // sector's output or employment in the model (the cluster would be a large
  // part of the regional sector: check its sector, revenue per job and area).
  double cluster_warning_share = 0.25;
  Appraisal appraisal;
  Additionality additionality;  // scenario-wide defaults (see scenarios/README.md)
  std::vector<Intervention> interventions;
  ModelUncertaintySpec uncertainty;
  ClosureSpec closure;          // [closure]: the Type II household closure
  std::vector<Funder> funders;  // [funders]: declared besides the known ones (funders.h)
  std::vector<UncertainParameter> uncertain;  // values written as distributions, in file order

  int horizon_years() const { return end_year - start_year + 1; }
};

// One `--set KEY=VALUE` change (syntax: scenarios/README.md, "--set"): `key` is
// a dotted path into the scenario after `extends` is resolved, with
// `interventions.<id>.<key>` for the intervention of that id; `value` is TOML
// value text (1.5, "text", true, [1, 2], { a = 1 }). See ripple/overrides.h.
struct Override {
  std::string key;
  std::string value;
};

// Checks the scenario against its model: sector codes exist, amounts are in
// the model's currency, Type II requested only for a model with a household
// closure. Throws Error(kBadInput) listing every problem.
void ResolveScenario(const Scenario& scenario, const Model& model);

// The checks of ResolveScenario, added to `problems` instead of thrown. A
// partly parsed scenario may be given: references left empty by a parse
// problem are skipped.
void AddModelProblems(const Scenario& scenario, const Model& model, Problems& problems);

// Every sector code an intervention refers to, with where it was written.
std::vector<SectorValue> SectorReferences(const Intervention& intervention);

}  // namespace ripple
