// ripple model regionalize NATIONAL_MODEL_DIR --employment FILE --employment-year YEAR
//   --region CODE --national CODE --id ID --out MODEL_DIR [options]
// ripple model regionalize NATIONAL_MODEL_DIR --interregional --regions FILE
//   --employment FILE --employment-year YEAR --national CODE --id ID --out MODEL_DIR
#include <spdlog/spdlog.h>

#include <filesystem>
#include <optional>
#include <sstream>

#include "commands.h"
#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "ripple/base/staged_directory.h"
#include "ripple/import/interregional.h"
#include "ripple/import/regionalize.h"
#include "ripple/model/model.h"

namespace po = boost::program_options;

namespace ripple::cli {
namespace {

constexpr const char* kUsage =
    "ripple model regionalize NATIONAL_MODEL_DIR --employment FILE --employment-year YEAR\n"
    "         --region CODE --national CODE --id ID --out MODEL_DIR [options]\n\n"
    "Derives a regional model from a national one with employment location quotients:\n"
    "a_ij(region) = min(q_ij, 1) * a_ij(nation), regional output = national output times the\n"
    "employment share of the product's NACE A*10 group. Writes the package plus rpc.csv\n"
    "(regional purchase coefficients min(q_ij, 1)) and location_quotients.csv.\n\n"
    "With --interregional --regions FILE (instead of --region): one package for several\n"
    "regions trading with each other (sectors PREFIX:product), trade by doubly constrained\n"
    "gravity; writes interregional_trade.csv and interregional_shares.csv beside it";

struct Flags {
  std::string employment, employment_source, employment_unit, region, region_name, national;
  std::string method, delta, local_share, resident_share;
  std::string regions, distance_decay;
  bool interregional = false;
  int employment_year = 0;
  std::string out;
  RegionalizeOptions options;
};

po::options_description Describe(Flags& f) {
  po::options_description options("options");
  options.add_options()(
      "employment", po::value(&f.employment)->required(),
      "employment CSV (required): first column NACE A*10 code (A, B-E, F, G-I, J, K, L, M_N, "
      "O-Q, R-U) plus a TOTAL row, one column per geo code")(
      "employment-year", po::value(&f.employment_year)->required(),
      "reference year of the employment figures (required)")(
      "employment-source", po::value(&f.employment_source),
      "dataset citation of the employment file (default: its file name)")(
      "employment-unit", po::value(&f.employment_unit)->default_value("thousand persons"),
      "unit of the employment figures")(
      "region", po::value(&f.region),
      "region column of the employment file, e.g. FRE11 (required without --interregional)")(
      "national", po::value(&f.national)->required(),
      "nation column of the employment file, e.g. FR (required)")(
      "region-name", po::value(&f.region_name),
      "region written to model.toml (default: the region code)")(
      "method", po::value(&f.method)->default_value("flq"),
      "location quotient: slq, cilq, flq or aflq")(
      "delta", po::value(&f.delta)->default_value("0.3"),
      "FLQ/AFLQ sensitivity delta within [0, 1): lambda = [log2(1 + E^r/E^n)]^delta")(
      "id", po::value(&f.options.id)->required(), "id of the regional model (required)")(
      "out", po::value(&f.out)->required(), "regional model package folder to write (required)")(
      "title", po::value(&f.options.title), "model title (default: national title + region)")(
      "local-consumption-share", po::value(&f.local_share),
      "share of household spending made in the region, [0, 1] (default: the national value)")(
      "resident-income-share", po::value(&f.resident_share),
      "share of compensation paid to households living in the region, [0, 1] "
      "(default: the national value)")(
      "notes", po::value(&f.options.notes),
      "text appended to the model notes: sources and ranges of the assumptions")(
      "interregional", po::bool_switch(&f.interregional),
      "build one interregional package for the regions of --regions instead of one region")(
      "regions", po::value(&f.regions),
      "with --interregional: CSV region,prefix,name,latitude,longitude,area_km2; region is a "
      "column of the employment file or REST (the nation less the others)")(
      "distance-decay", po::value(&f.distance_decay)->default_value("1"),
      "with --interregional: beta of the gravity deterrence d^-beta, >= 0");
  return options;
}

std::optional<double> NumberFlag(const std::string& text, const std::string& flag) {
  if (text.empty()) return std::nullopt;
  double value = 0;
  if (!ParseDouble(text, value)) {
    throw Error(ErrorKind::kBadInput, flag + ": '" + text + "' is not a number");
  }
  return value;
}

LqMethod MethodFlag(const std::string& text) {
  if (const auto method = ParseLqMethod(text)) return *method;
  std::string message = "--method: unknown method '" + text + "'";
  message += DidYouMean(text, LqMethodNames());
  throw Error(ErrorKind::kBadInput, message + "; methods: slq, cilq, flq, aflq");
}

// The command recorded in [provenance], with the national model and the
// employment file named by id and file name so that rebuilding from another
// folder writes identical bytes.
std::string BuiltBy(const Flags& f, const Model& national) {
  std::ostringstream out;
  out << "ripple model regionalize <national model " << national.info.id << "> --employment <"
      << std::filesystem::path(f.employment).filename().string() << "> --employment-year "
      << f.employment_year << " --region " << f.region << " --national " << f.national
      << " --method " << LqMethodName(f.options.method);
  if (f.options.method == LqMethod::kFlq || f.options.method == LqMethod::kAflq) {
    out << " --delta " << FormatNumber(f.options.delta);
  }
  out << " --id " << f.options.id;
  if (f.options.local_consumption_share) {
    out << " --local-consumption-share " << FormatNumber(*f.options.local_consumption_share);
  }
  if (f.options.resident_income_share) {
    out << " --resident-income-share " << FormatNumber(*f.options.resident_income_share);
  }
  return out.str();
}

// Flags of one mode given in the other: an error, never silently ignored.
void CheckMode(const Flags& f, const po::variables_map& values) {
  if (!f.interregional) {
    if (f.region.empty())
      throw Error(ErrorKind::kBadInput, "--region: required (or --interregional --regions FILE)");
    if (!f.regions.empty() || !values["distance-decay"].defaulted())
      throw Error(ErrorKind::kBadInput,
                  "--regions and --distance-decay are used only with --interregional");
    return;
  }
  if (f.regions.empty())
    throw Error(ErrorKind::kBadInput, "--regions: required with --interregional");
  for (const char* flag : {"region", "region-name", "method", "delta", "local-consumption-share",
                           "resident-income-share"}) {
    if (values.count(flag) && !values[flag].defaulted()) {
      throw Error(ErrorKind::kBadInput,
                  std::string("--") + flag +
                      ": not used with --interregional (the regions are listed in --regions; "
                      "the package covers the nation, with one national household sector)");
    }
  }
}

std::string InterregionalBuiltBy(const Flags& f, const Model& national, double decay) {
  std::ostringstream out;
  out << "ripple model regionalize <national model " << national.info.id
      << "> --interregional --regions <" << std::filesystem::path(f.regions).filename().string()
      << "> --employment <" << std::filesystem::path(f.employment).filename().string()
      << "> --employment-year " << f.employment_year << " --national " << f.national
      << " --distance-decay " << FormatNumber(decay) << " --id " << f.options.id;
  return out.str();
}

int InterregionalCommand(const Flags& f, const std::string& model_dir) {
  InterregionalOptions options;
  options.id = f.options.id;
  options.title = f.options.title;
  options.notes = f.options.notes;
  options.distance_decay = *NumberFlag(f.distance_decay, "--distance-decay");
  CheckOutputFolder(f.out, ReportKind::kModel);
  const Model national = LoadModel(model_dir);
  const auto regions = ParseInterregionalRegions(ReadCsvFile(f.regions));
  RegionalEmployment employment =
      MatchRegionalEmployment(ReadCsvFile(f.employment), national, model_dir, regions, f.national);
  employment.year = f.employment_year;
  employment.unit = f.employment_unit;
  employment.source = f.employment_source.empty()
                          ? std::filesystem::path(f.employment).filename().string()
                          : f.employment_source;
  options.built_by = InterregionalBuiltBy(f, national, options.distance_decay);
  const Interregional result = BuildInterregional(national, employment, regions, options);
  WriteInterregionalPackage(result, f.out);
  spdlog::info("wrote interregional model '{}' to {} ({} regions, {} sectors, distance decay {})",
               options.id, f.out, regions.size(), result.model.sectors.size(),
               FormatNumber(options.distance_decay));
  return 0;
}

}  // namespace

int ModelRegionalizeCommand(const Args& args) {
  Flags f;
  po::variables_map values;
  if (!ParseArgs(args, kUsage, Describe(f), {"NATIONAL_MODEL_DIR"}, values)) return 0;
  CheckMode(f, values);
  if (f.interregional)
    return InterregionalCommand(f, values["NATIONAL_MODEL_DIR"].as<std::string>());
  RegionalizeOptions& options = f.options;
  options.method = MethodFlag(f.method);
  options.delta = *NumberFlag(f.delta, "--delta");
  options.local_consumption_share = NumberFlag(f.local_share, "--local-consumption-share");
  options.resident_income_share = NumberFlag(f.resident_share, "--resident-income-share");
  options.region = f.region_name;

  const std::string model_dir = values["NATIONAL_MODEL_DIR"].as<std::string>();
  CheckOutputFolder(f.out, ReportKind::kModel);
  const Model national = LoadModel(model_dir);
  SectorEmployment employment =
      MatchEmployment(ReadCsvFile(f.employment), national, model_dir, f.region, f.national);
  employment.year = f.employment_year;
  employment.unit = f.employment_unit;
  employment.source = f.employment_source.empty()
                          ? std::filesystem::path(f.employment).filename().string()
                          : f.employment_source;
  options.built_by = BuiltBy(f, national);
  const Regionalization result = Regionalize(national, employment, options);
  if (national.household.enabled() &&
      (!options.local_consumption_share || !options.resident_income_share)) {
    spdlog::warn(
        "Type II keeps the national household shares for what was not set (local "
        "consumption {}, resident income {}): set --local-consumption-share and "
        "--resident-income-share for the region",
        FormatNumber(result.model.household.local_consumption_share),
        FormatNumber(result.model.household.resident_income_share));
  }
  WriteRegionalPackage(result, f.out);
  spdlog::info("wrote regional model '{}' to {} ({} sectors, {} lambda {}, output {} of national)",
               options.id, f.out, result.model.sectors.size(), LqMethodName(options.method),
               FormatNumber(result.quotients.lambda, 4),
               FormatNumber(result.model.output.sum() / national.output.sum(), 4));
  return 0;
}

}  // namespace ripple::cli
