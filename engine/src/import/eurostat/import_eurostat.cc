// The Eurostat importer: table + satellites -> a validated model package.
#include "base/safe_id.h"
#include "import/eurostat/eurostat_internal.h"
#include "ripple/base/csv.h"
#include "ripple/base/error.h"

namespace ripple {

std::string ToString(EurostatFlow flow) {
  switch (flow) {
    case EurostatFlow::kDomestic:
      return "DOM";
    case EurostatFlow::kTotal:
      return "TOTAL";
    case EurostatFlow::kImported:
      return "IMP";
  }
  return "DOM";
}

bool ParseEurostatFlow(std::string_view text, EurostatFlow& flow) {
  for (EurostatFlow candidate :
       {EurostatFlow::kDomestic, EurostatFlow::kTotal, EurostatFlow::kImported}) {
    if (text == ToString(candidate)) {
      flow = candidate;
      return true;
    }
  }
  return false;
}

namespace {

// Currency code of the table unit; throws for bad options.
std::string CheckOptions(const EurostatImportOptions& options) {
  Problems problems;
  if (options.id.empty()) problems.Add("--id: a model id is required");
  if (const std::string problem = IdProblem(options.id); !options.id.empty() && !problem.empty())
    problems.Add("--id: " + problem);
  if (options.geo.empty()) problems.Add("--geo: a Eurostat geo code is required (e.g. FR)");
  if (options.year <= 0) problems.Add("--year: a reference year is required (e.g. 2021)");
  if (options.level != "a64") {
    problems.Add("--level: '" + options.level +
                 "' is not supported (rule: a64, the 65 A*64 products)");
  }
  std::string currency = "EUR";
  if (options.unit == "MIO_NAC") {
    currency = options.currency;
    if (currency.size() != 3) {
      problems.Add("--currency: MIO_NAC needs the ISO code of the national currency");
    }
  } else if (options.unit != "MIO_EUR") {
    problems.Add("--unit: '" + options.unit + "' is not supported (rule: MIO_EUR or MIO_NAC)");
  }
  problems.ThrowIfAny();
  return currency;
}

bool IsEmpty(const Model& model, size_t i) {
  if (model.output(i) != 0 || model.transactions.row(i).any() || model.transactions.col(i).any() ||
      model.final_demand.row(i).any()) {
    return false;
  }
  for (const Satellite& satellite : model.satellites) {
    if (satellite.values(i) != 0) return false;
  }
  return true;
}

// Drops products with zero output and nothing else (a package allows a
// zero-output sector, but it only adds a row of zeros to every report).
void DropEmptyProducts(Model& model, std::vector<std::string>& warnings) {
  std::vector<Eigen::Index> keep;
  std::vector<std::string> dropped;
  for (size_t i = 0; i < model.sectors.size(); ++i) {
    if (IsEmpty(model, i)) {
      dropped.push_back(model.sectors[i]);
    } else {
      keep.push_back(static_cast<Eigen::Index>(i));
    }
  }
  if (dropped.empty()) return;
  std::vector<std::string> sectors, names;
  for (Eigen::Index i : keep) {
    sectors.push_back(model.sectors[i]);
    names.push_back(model.sector_names[i]);
  }
  model.sectors = sectors;
  model.sector_names = names;
  model.transactions = Matrix(model.transactions(keep, keep));
  model.output = Vector(model.output(keep));
  model.final_demand = Matrix(model.final_demand(keep, Eigen::all));
  for (Satellite& satellite : model.satellites) satellite.values = Vector(satellite.values(keep));
  warnings.push_back("dropped " + eurostat::ListCodes(dropped) +
                     ": zero output and no flows, final uses or satellite values");
}

std::vector<StatFilter> Filters(const EurostatImportOptions& options, const std::string& third,
                                const std::string& code) {
  return {{"geo", options.geo}, {"time", std::to_string(options.year)}, {third, code}};
}

// The table as JSON-stat ('{' first) or TSV, filtered to geo, year and unit.
StatCube ReadTable(const EurostatSources& sources, const EurostatImportOptions& options,
                   std::vector<std::string>& warnings) {
  const std::vector<StatFilter> filters = Filters(options, "unit", options.unit);
  StatCube table = eurostat::LooksLikeJson(sources.table_text)
                       ? ParseJsonStat(sources.table_text, sources.table_name, filters)
                       : ParseEurostatTsv(sources.table_text, sources.table_name, filters);
  if (!table.dataset.empty() && table.dataset != "naio_10_cp1700") {
    warnings.push_back("the file is dataset " + table.dataset + ", not naio_10_cp1700");
  }
  return table;
}

// employment_fte after employment (--fte).
void AddFullTimeEquivalents(const EurostatSources& sources, const EurostatImportOptions& options,
                            Model& model, std::vector<std::string>& warnings) {
  const Satellite* employment = model.FindSatellite("employment");
  if (employment == nullptr || sources.sbs_name.empty()) {
    throw Error(ErrorKind::kBadInput,
                "--fte: needs --employment (persons) and --sbs (SAL_NR, SAL_FTE_NR)");
  }
  auto read = [&](const char* indicator) {
    return eurostat::ParseStatText(sources.sbs_text, sources.sbs_name,
                                   Filters(options, "indic_sbs", indicator), "indic_sbs",
                                   {indicator});
  };
  const Satellite fte = MapFullTimeEquivalents(read("SAL_NR"), read("SAL_FTE_NR"), model.sectors,
                                               *employment, warnings);
  model.satellites.push_back(fte);
}

// Employment and enterprises. SBS sections are spread over their products in
// proportion to employment when it is given, else to output.
void AddSatellites(const EurostatSources& sources, const EurostatImportOptions& options,
                   Model& model, std::vector<std::string>& warnings) {
  Vector weights = model.output;
  std::string weight_name = "output (P1)";
  if (!sources.employment_name.empty()) {
    const StatCube cube = eurostat::ParseStatText(sources.employment_text, sources.employment_name,
                                                  Filters(options, "unit", "THS_PER"), "na_item",
                                                  {"EMP_DC", "SAL_DC", "SELF_DC"});
    const std::vector<Satellite> employment = MapEmployment(cube, model.sectors, warnings);
    weights = employment[0].values;
    weight_name = "employment (EMP_DC)";
    model.satellites.insert(model.satellites.end(), employment.begin(), employment.end());
  }
  if (!sources.sbs_name.empty()) {
    const StatCube cube =
        eurostat::ParseStatText(sources.sbs_text, sources.sbs_name,
                                Filters(options, "indic_sbs", "ENT_NR"), "indic_sbs", {"ENT_NR"});
    model.satellites.push_back(MapEnterprises(cube, model.sectors, weights, weight_name, warnings));
  }
  if (options.fte) AddFullTimeEquivalents(sources, options, model, warnings);
}

// L68A (imputed rents of owner-occupied dwellings) leaves the Type II closure.
void ExcludeImputedRents(Model& model, std::vector<std::string>& warnings) {
  const int l68a = model.SectorIndex("L68A");
  if (l68a < 0) return;
  model.household.imputed_rent_sector = "L68A";
  const Eigen::Index column = model.FinalDemandColumn("P3_S14");
  const double total = model.final_demand.col(column).sum();
  warnings.push_back("household closure: L68A (imputed rents, " +
                     FormatNumber(model.final_demand(l68a, column), 6) + " of P3_S14 " +
                     FormatNumber(total, 8) + ", " +
                     FormatNumber(100 * model.final_demand(l68a, column) / total, 3) +
                     "%) excluded from household spending: owner-occupiers do not buy more "
                     "imputed rent out of extra income");
}

}  // namespace

EurostatImportResult ParseEurostatImport(const EurostatSources& sources,
                                         const EurostatImportOptions& options) {
  const std::string currency = CheckOptions(options);
  EurostatImportResult result;
  std::vector<std::string>& warnings = result.warnings;
  const StatCube table = ReadTable(sources, options, warnings);
  Model& model = result.model;
  model.info.currency = currency;
  model.info.monetary_unit = "million " + currency;
  const eurostat::IoTable io =
      eurostat::ExtractIoTable(table, options.flow, model.info.monetary_unit, warnings);
  for (const A64Product& product : A64Products()) {
    model.sectors.push_back(product.code);
    model.sector_names.push_back(product.label);
  }
  model.transactions = io.transactions;
  model.output = io.output;
  model.final_demand_columns = io.final_demand_columns;
  model.final_demand = io.final_demand;
  model.satellites = io.primary_inputs;
  AddSatellites(sources, options, model, warnings);
  DropEmptyProducts(model, warnings);
  if (model.FinalDemandColumn("P3_S14") >= 0) {
    model.household.consumption_column = "P3_S14";
    model.household.income_satellite = "compensation";
    ExcludeImputedRents(model, warnings);
  } else {
    warnings.push_back("no P3_S14 column: no household closure, Type I only");
  }
  eurostat::DescribeModel(model, sources, options, table, io.region, warnings);
  Problems problems;
  ValidateModel(model, sources.table_name, problems);
  problems.ThrowIfAny();
  return result;
}

EurostatImportResult ImportEurostat(const EurostatFiles& files,
                                    const EurostatImportOptions& options) {
  EurostatSources sources;
  sources.table_name = files.table;
  sources.table_text = ReadFile(files.table, kMaxTableFileBytes);
  if (!files.employment.empty()) {
    sources.employment_name = files.employment;
    sources.employment_text = ReadFile(files.employment, kMaxTableFileBytes);
  }
  if (!files.sbs.empty()) {
    sources.sbs_name = files.sbs;
    sources.sbs_text = ReadFile(files.sbs, kMaxTableFileBytes);
  }
  return ParseEurostatImport(sources, options);
}

}  // namespace ripple
