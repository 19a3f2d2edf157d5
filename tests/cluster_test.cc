// The cluster type: projection by cohort, capacity, calibration, back-test,
// reports and the scenario keys (model: ripple/cluster.h).
#include "ripple/interventions/cluster.h"

#include <catch2/catch.hpp>
#include <cstring>
#include <sstream>

#include "ripple/base/error.h"
#include "ripple/interventions/scenario_reader.h"
#include "ripple/scenario/scenario.h"

using namespace ripple;

namespace {

// A small cluster whose projection is worked out by hand below.
ClusterSpec HandSpec() {
  ClusterSpec spec;
  spec.base_year = 2020;
  spec.base_companies = 10;
  spec.base_jobs = 100;
  spec.arrivals_per_year = 2;
  spec.jobs_per_new_firm = 3;
  spec.survival_by_age = {0.5, 0.8};
  spec.incumbent_survival_rate = 0.9;
  spec.job_growth_rate = 0.1;
  spec.incumbent_job_growth_rate = 0.05;
  spec.revenue_per_job = 1000;
  return spec;
}

}  // namespace

TEST_CASE("a 3-year cluster projection matches the hand computation", "[cluster]") {
  // base stock: companies 10 x 0.9^t, jobs 100 x 1.05^t
  // cohort of year y at age a: 2 x s(1)..s(a) firms, 3 x s(1)..s(a) x 1.1^a jobs
  // 2021: 9 + 2 = 11 firms; 105 + 6 = 111 jobs
  // 2022: 8.1 + 2 x 0.5 + 2 = 11.1; 110.25 + 3.3 + 6 = 119.55
  // 2023: 7.29 + 0.8 + 1 + 2 = 11.09; 115.7625 + 2.904 + 3.3 + 6 = 127.9665
  const std::vector<ClusterYear> years = ProjectCluster(HandSpec(), 2023);
  REQUIRE(years.size() == 4);
  const double companies[] = {10, 11, 11.1, 11.09};
  const double jobs[] = {100, 111, 119.55, 127.9665};
  for (size_t i = 0; i < 4; ++i) {
    CHECK(years[i].year == 2020 + static_cast<int>(i));
    CHECK(years[i].companies == Approx(companies[i]).epsilon(1e-12));
    CHECK(years[i].jobs == Approx(jobs[i]).epsilon(1e-12));
    CHECK(years[i].revenue == Approx(jobs[i] * 1000).epsilon(1e-12));
    CHECK(years[i].arrivals == (i == 0 ? 0 : 2));
    CHECK_FALSE(years[i].capacity_bound);
  }
}

TEST_CASE("survival by age uses the last rate past the end, a constant rate otherwise",
          "[cluster]") {
  ClusterSpec spec = HandSpec();
  CHECK(SurvivalAt(spec, 1) == 0.5);
  CHECK(SurvivalAt(spec, 2) == 0.8);
  CHECK(SurvivalAt(spec, 7) == 0.8);
  spec.survival_by_age.clear();
  spec.survival_rate = 0.93;
  CHECK(SurvivalAt(spec, 1) == 0.93);
  CHECK(SurvivalAt(spec, 4) == 0.93);
  // Without incumbent_survival_rate the base stock survives like the oldest age.
  spec.incumbent_survival_rate.reset();
  CHECK(ProjectCluster(spec, 2021)[1].companies == Approx(10 * 0.93 + 2));
}

TEST_CASE("capacity binds: arrivals keep their place, survivors' jobs are cut", "[cluster]") {
  ClusterSpec spec = HandSpec();
  spec.capacity_jobs = 112;
  const std::vector<ClusterYear> years = ProjectCluster(spec, 2022);
  // 2021: 105 survivors' jobs + 6 new = 111 <= 112: not bound.
  CHECK(years[1].jobs == Approx(111));
  CHECK_FALSE(years[1].capacity_bound);
  // 2022: survivors 110.25 + 3.3 = 113.55 > 112 - 6: cut to 106, arrivals intact.
  CHECK(years[2].capacity_bound);
  CHECK(years[2].jobs == Approx(112));
  CHECK(years[2].arrivals == 2);
  CHECK(years[2].companies == Approx(11.1));
  CHECK(years[2].capacity_jobs == 112);
}

TEST_CASE("capacity binds: with survivors first, arrivals get the room left", "[cluster]") {
  ClusterSpec spec = HandSpec();
  spec.capacity_priority = CapacityPriority::kSurvivors;
  spec.capacity_jobs = 115;
  // 2022: survivors 113.55 <= 115, room 1.45 -> 1.45 / 3 arrivals.
  std::vector<ClusterYear> years = ProjectCluster(spec, 2022);
  CHECK(years[2].capacity_bound);
  CHECK(years[2].arrivals == Approx(1.45 / 3));
  CHECK(years[2].jobs == Approx(115));
  CHECK(years[2].companies == Approx(8.1 + 1 + 1.45 / 3));
  // Capacity 112: survivors cut to 112, no room for arrivals.
  spec.capacity_jobs = 112;
  years = ProjectCluster(spec, 2022);
  CHECK(years[2].arrivals == 0);
  CHECK(years[2].jobs == Approx(112));
  CHECK(years[2].companies == Approx(9.1));
}

TEST_CASE("a projection cannot end before its base year", "[cluster][errors]") {
  CHECK_THROWS_WITH(ProjectCluster(HandSpec(), 2019),
                    "cluster: last year 2019 is before base_year 2020");
}

TEST_CASE("back-test error arithmetic and summary", "[cluster]") {
  ClusterSpec spec = HandSpec();
  spec.observations = {{2022, 10.0, std::nullopt, std::nullopt, true, "fit source"},
                       {2023, std::nullopt, 120.0, 150000.0, false, "test source"}};
  const std::vector<BacktestRow> rows = BacktestCluster(spec);
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].indicator == "companies");
  CHECK(rows[0].projected == Approx(11.1));
  CHECK(rows[0].error == Approx(1.1));
  CHECK(rows[0].relative_error == Approx(0.11));
  CHECK(rows[0].used_for_fit);
  CHECK(rows[0].source == "fit source");
  CHECK(rows[1].indicator == "jobs");
  CHECK(rows[1].error == Approx(127.9665 - 120));
  CHECK(rows[1].relative_error == Approx(7.9665 / 120));
  CHECK(rows[2].indicator == "revenue");
  CHECK(rows[2].relative_error == Approx((127966.5 - 150000) / 150000));
  CHECK_FALSE(rows[2].used_for_fit);
  const BacktestSummary summary = SummarizeBacktest(rows);
  CHECK(summary.fit_points == 1);
  CHECK(summary.test_points == 2);
  CHECK(summary.fit_mean_abs_relative_error == Approx(0.11));
  const double test_errors[] = {7.9665 / 120, 22033.5 / 150000};
  CHECK(summary.test_mean_abs_relative_error == Approx((test_errors[0] + test_errors[1]) / 2));
  CHECK(summary.test_max_abs_relative_error == Approx(test_errors[1]));
  CHECK(DescribeBacktest(ClusterFit{}, rows) ==
        "no parameter fitted on 1 figure (companies 2022), fit error 11%; tested on 2 figures "
        "(jobs 2023, revenue 2023): mean absolute relative error 10.7%, largest 14.7%");
}

TEST_CASE("calibration recovers the arrivals that reproduce a company count", "[cluster]") {
  ClusterSpec spec = HandSpec();
  spec.arrivals_per_year = 0;
  spec.calibrate = {"arrivals_per_year"};
  // companies 2022 = 8.1 + 1.5 x arrivals = 12.1  ->  arrivals = 8 / 3
  spec.observations = {{2022, 12.1, std::nullopt, std::nullopt, true, "s"},
                       {2023, 11.0, std::nullopt, std::nullopt, false, "t"}};
  ClusterFit fit;
  const ClusterSpec fitted = CalibrateCluster(spec, &fit);
  CHECK(fitted.arrivals_per_year == Approx(8.0 / 3).epsilon(1e-9));
  REQUIRE(fit.parameters.size() == 1);
  CHECK(fit.parameters[0].name == "arrivals_per_year");
  CHECK(fit.parameters[0].high == 100);
  CHECK_FALSE(fit.parameters[0].at_bound);
  CHECK(fit.points == 1);
  CHECK(fit.objective < 1e-18);
  // Nothing to calibrate: the spec comes back unchanged.
  CHECK(CalibrateCluster(HandSpec()).arrivals_per_year == 2);
}

TEST_CASE("calibration of two parameters recovers the values that made the data", "[cluster]") {
  const std::vector<ClusterYear> truth = ProjectCluster(HandSpec(), 2023);
  ClusterSpec spec = HandSpec();
  spec.arrivals_per_year = 0;
  spec.job_growth_rate = 0;
  spec.calibrate = {"arrivals_per_year", "job_growth_rate"};
  spec.observations = {{2023, truth[3].companies, truth[3].jobs, std::nullopt, true, "s"}};
  ClusterFit fit;
  const ClusterSpec fitted = CalibrateCluster(spec, &fit);
  CHECK(fitted.arrivals_per_year == Approx(2).epsilon(1e-6));
  CHECK(fitted.job_growth_rate == Approx(0.1).epsilon(1e-6));
  CHECK(fit.points == 2);
}

TEST_CASE("calibration objective is the sum of the fitted back-test errors, bit for bit",
          "[mcfast][cluster]") {
  // (Computed without building the back-test rows, for the draws of
  // `ripple sensitivity`: cluster_calibrate.cc.)
  ClusterSpec spec = HandSpec();
  spec.calibrate = {"arrivals_per_year", "job_growth_rate"};
  // Fitted figures of every kind, a held-out observation between them.
  spec.observations = {{2021, 11.0, 104.0, std::nullopt, true, "a"},
                       {2022, 12.5, std::nullopt, std::nullopt, false, "b"},
                       {2023, std::nullopt, 118.0, 119000.0, true, "c"}};
  ClusterFit fit;
  const ClusterSpec fitted = CalibrateCluster(spec, &fit);
  double sum = 0;
  int fitted_rows = 0;
  for (const BacktestRow& row : BacktestCluster(fitted)) {
    if (!row.used_for_fit) continue;
    sum += row.relative_error * row.relative_error;
    ++fitted_rows;
  }
  CHECK(fitted_rows == 4);
  CHECK(fit.points == 4);
  CHECK(std::memcmp(&sum, &fit.objective, sizeof(double)) == 0);
  CHECK(fit.objective > 0);  // four figures, two parameters: not an exact fit
}

TEST_CASE("calibration needs a fitted figure per parameter", "[cluster][errors]") {
  ClusterSpec spec = HandSpec();
  spec.calibrate = {"arrivals_per_year", "job_growth_rate"};
  spec.observations = {{2022, 12.0, std::nullopt, std::nullopt, true, "s"}};
  CHECK_THROWS_WITH(CalibrateCluster(spec),
                    "cluster calibration: 2 parameter(s) to fit but only 1 observed figure(s) "
                    "marked use = \"fit\"");
  spec.calibrate = {"survival_rate"};
  CHECK_THROWS_WITH(CalibrateCluster(spec),
                    "cluster calibration: unknown parameter 'survival_rate'");
}

TEST_CASE("cluster reports have fixed columns and order", "[cluster]") {
  ClusterSpec spec = HandSpec();
  spec.capacity_jobs = 112;
  std::ostringstream years;
  WriteClusterCsv({{"pi", ProjectCluster(spec, 2021)}}, years);
  CHECK(years.str() ==
        "year,intervention,companies,jobs,revenue,unit_revenue,arrivals,capacity_jobs,"
        "capacity_bound\n"
        "2020,pi,10,100,100000,1000,0,112,false\n"
        "2021,pi,11,111,111000,1000,2,112,false\n");
  spec.observations = {{2021, 10.0, std::nullopt, std::nullopt, false, "a, \"b\""}};
  std::ostringstream backtest;
  WriteBacktestCsv({{"pi", BacktestCluster(spec)}}, backtest);
  CHECK(backtest.str() ==
        "intervention,year,indicator,observed,projected,error,relative_error,use,source\n"
        "pi,2021,companies,10,11,1,0.1,test,\"a, \"\"b\"\"\"\n");
}

namespace {

const char* kScenario = "name = \"t\"\nmodel = \"m\"\nstart_year = 2025\nend_year = 2030\n";

const char* kCluster =
    "[[interventions]]\n"
    "type = \"cluster\"\n"
    "id = \"pi\"\n"
    "unit = \"kEUR\"\n"
    "sector = \"J59_J60\"\n"
    "base_year = 2021\n"
    "base_companies = 140\n"
    "base_jobs = 1800\n"
    "jobs_per_new_firm = 2\n"
    "survival_by_age = [0.97, 0.93]\n"
    "job_growth_rate = 0.09\n"
    "revenue_per_job = 300\n"
    "floor_area_m2 = 25000\n"
    "m2_per_job = 12\n"
    "calibrate = [\"arrivals_per_year\"]\n"
    "[[interventions.observations]]\n"
    "year = 2023\n"
    "companies = 150\n"
    "use = \"fit\"\n"
    "source = \"press kit\"\n";

std::string ClusterError(const std::string& text) {
  try {
    ParseScenario(std::string(kScenario) + text, "s.toml");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::kBadInput);
    return error.what();
  }
  return "";
}

// kCluster with the line starting with `key` replaced by `line` ("" removes it).
std::string With(const std::string& key, const std::string& line) {
  std::string text = kCluster;
  const size_t at = text.find("\n" + key + " ") + 1;
  REQUIRE(at != 0);
  const size_t end = text.find('\n', at);
  text.replace(at, end - at + 1, line.empty() ? "" : line + "\n");
  return text;
}

}  // namespace

TEST_CASE("a cluster intervention parses into its spec", "[cluster][scenario]") {
  const Scenario s = ParseScenario(std::string(kScenario) + kCluster, "s.toml");
  REQUIRE(s.interventions.size() == 1);
  CHECK(s.interventions[0].type == InterventionType::kCluster);
  const ClusterSpec& spec = s.interventions[0].cluster;
  CHECK(spec.sector.sector == "J59_J60");
  CHECK(spec.base_year == 2021);
  CHECK(spec.base_companies == 140);
  CHECK(spec.base_jobs == 1800);
  CHECK(spec.survival_by_age == std::vector<double>{0.97, 0.93});
  CHECK_FALSE(spec.incumbent_survival_rate.has_value());
  CHECK(spec.revenue_per_job == 300000);  // kEUR
  CHECK(spec.capacity_jobs == Approx(25000.0 / 12));
  CHECK(spec.capacity_priority == CapacityPriority::kArrivals);
  CHECK(spec.calibrate == std::vector<std::string>{"arrivals_per_year"});
  REQUIRE(spec.observations.size() == 1);
  CHECK(spec.observations[0].companies == 150.0);
  CHECK_FALSE(spec.observations[0].jobs.has_value());
  CHECK(spec.observations[0].fit);
  CHECK(spec.observations[0].source == "press kit");
}

TEST_CASE("cluster errors name file, line, column, field and rule", "[cluster][errors]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {With("base_year", "base_year = 2031"),
       "s.toml:10:13: interventions[1].base_year: base_year 2031 is after the scenario horizon "
       "2025-2030 (it must lie inside or before it)\n"
       "s.toml:21:8: interventions[1].observations[1].year: year 2023 must be after base_year "
       "2031"},
      {With("base_jobs", "base_jobs = 0"),
       "s.toml:12:13: interventions[1].base_jobs: value 0 must be > 0"},
      {With("survival_by_age", "survival_by_age = [0.97, 1.2]"),
       "s.toml:14:26: interventions[1].survival_by_age[2]: value 1.2 must be within [0, 1]"},
      {With("survival_by_age", ""),
       "s.toml:5:1: interventions[1]: missing survival: give 'survival_by_age' (annual rates by "
       "age) or 'survival_rate' (one constant annual rate)"},
      {With("survival_by_age", "survival_by_age = [0.9]\nsurvival_rate = 0.9"),
       "s.toml:15:17: interventions[1].survival_rate: give either 'survival_by_age' or "
       "'survival_rate', not both"},
      {With("job_growth_rate", "job_growth_rate = 1.5"),
       "s.toml:15:19: interventions[1].job_growth_rate: value 1.5 must be within [-1, 1]"},
      {With("m2_per_job", "m2_per_job = 20"),
       "s.toml:17:17: interventions[1].floor_area_m2: capacity of 1250 jobs is below base_jobs "
       "1800 (the site must host the base-year jobs)"},
      {With("m2_per_job", "capacity_jobs = 10"),
       "s.toml:18:17: interventions[1].capacity_jobs: give either 'capacity_jobs' or "
       "'floor_area_m2' with 'm2_per_job', not both"},
      {With("calibrate", "calibrate = [\"arrivals_per_yer\"]"),
       "s.toml:19:14: interventions[1].calibrate: cannot calibrate 'arrivals_per_yer' (did you "
       "mean 'arrivals_per_year'?); parameters: arrivals_per_year, job_growth_rate, "
       "incumbent_job_growth_rate, incumbent_survival_rate\n"
       "s.toml:5:1: interventions[1].arrivals_per_year: missing required key"},
      {With("calibrate", "calibrate = [\"arrivals_per_year\", \"job_growth_rate\"]"),
       "s.toml:15:19: interventions[1].job_growth_rate: 'job_growth_rate' is listed in "
       "calibrate, so its value is fitted: remove the key or remove it from calibrate\n"
       "s.toml:19:13: interventions[1].calibrate: 2 parameters to fit but only 1 observed "
       "figure marked use = \"fit\" (one figure per parameter at least)"},
      {With("calibrate", ""),
       "s.toml:5:1: interventions[1].arrivals_per_year: missing required key"},
      {With("year", "year = 2021"),
       "s.toml:21:8: interventions[1].observations[1].year: year 2021 must be after base_year "
       "2021"},
      {With("companies", "jobs = -5"),
       "s.toml:22:8: interventions[1].observations[1].jobs: value -5 must be > 0"},
      {With("companies", "company = 150"),
       "s.toml:22:1: interventions[1].observations[1].company: unknown key 'company' (did you mean "
       "'companies'?)\n"
       "s.toml:20:1: interventions[1].observations[1]: give at least one of companies, jobs, "
       "revenue"},
      {With("use", "use = \"test\""),
       "s.toml:19:13: interventions[1].calibrate: 1 parameter to fit but only 0 observed "
       "figures marked use = \"fit\" (one figure per parameter at least)"},
      {With("use", "use = \"train\""),
       "s.toml:23:7: interventions[1].observations[1].use: use 'train' must be \"fit\" or "
       "\"test\""},
      {With("source", "source = \" \""),
       "s.toml:24:10: interventions[1].observations[1].source: source is empty: say where the "
       "figure was published"},
      {With("m2_per_job", "capacity_priority = \"newcomers\"\nm2_per_job = 12"),
       "s.toml:18:21: interventions[1].capacity_priority: 'newcomers' must be \"arrivals\" or "
       "\"survivors\""},
  };
  for (const auto& [text, expected] : cases) {
    INFO(text);
    CHECK(ClusterError(text) == expected);
  }
}
