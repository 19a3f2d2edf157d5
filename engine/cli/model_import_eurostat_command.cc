// ripple model import eurostat --table FILE --geo GEO --year YEAR --id ID --out MODEL_DIR [...]
#include <spdlog/spdlog.h>

#include "commands.h"
#include "ripple/base/error.h"
#include "ripple/base/staged_directory.h"
#include "ripple/import/import_eurostat.h"
#include "ripple/model/model.h"

namespace po = boost::program_options;

namespace ripple::cli {

namespace {

const char kUsage[] =
    "ripple model import eurostat --table FILE --geo GEO --year YEAR --id ID --out MODEL_DIR "
    "[options]\n\n"
    "Builds a model package from Eurostat's symmetric input-output table naio_10_cp1700\n"
    "(product by product, basic prices, A*64 products). Monetary tables are in million EUR\n"
    "(or million national currency with --unit MIO_NAC). Satellites: compensation (D1),\n"
    "value_added (B1G), taxes_less_subsidies_on_products (D21X31),\n"
    "other_taxes_less_subsidies_on_production (D29X39), gross_operating_surplus_mixed_income\n"
    "(B2A3G), imported_inputs (IMP row, DOM only), all in the monetary unit; with --employment:\n"
    "employment, employees, self_employed in thousand persons; with --sbs: enterprises (number);\n"
    "with --fte: employment_fte in thousand FTE.\n"
    "Household closure (Type II): consumption P3_S14, income compensation.";

}  // namespace

int ModelImportEurostatCommand(const Args& args) {
  EurostatImportOptions import;
  EurostatFiles files;
  std::string out, flow;
  po::options_description options("options");
  // clang-format off
  options.add_options()
      ("table", po::value(&files.table)->required(),
       "naio_10_cp1700 file: JSON-stat 2.0 (.json, from the Eurostat API) or TSV (bulk "
       "download, uncompressed); values in million currency units (required)")
      ("geo", po::value(&import.geo)->required(), "Eurostat geo code, e.g. FR (required)")
      ("year", po::value(&import.year)->required(), "reference year, e.g. 2021 (required)")
      ("id", po::value(&import.id)->required(), "model id, e.g. fr-2021 (required)")
      ("out", po::value(&out)->required(), "model package folder to write (required)")
      ("flow", po::value(&flow)->default_value("DOM"),
       "stk_flow of transactions and final uses: DOM (domestic products, for impact models), "
       "TOTAL (domestic + imported) or IMP (imported)")
      ("unit", po::value(&import.unit)->default_value("MIO_EUR"),
       "table unit: MIO_EUR (million euro) or MIO_NAC (million national currency, needs "
       "--currency)")
      ("currency", po::value(&import.currency), "ISO currency code for --unit MIO_NAC, e.g. CZK")
      ("employment", po::value(&files.employment),
       "nama_10_a64_e employment file (JSON-stat, TSV, or CSV with columns nace_r2,EMP_DC,"
       "SAL_DC,SELF_DC), thousand persons (unit THS_PER)")
      ("sbs", po::value(&files.sbs),
       "sbs_ovw_act structural business statistics file (JSON-stat, TSV, or CSV with columns "
       "nace_r2,ENT_NR): number of enterprises")
      ("fte", po::bool_switch(&import.fte),
       "add employment_fte (thousand FTE): employment x each product's SBS ratio SAL_FTE_NR / "
       "SAL_NR (needs --employment and --sbs with those columns)")
      ("level", po::value(&import.level)->default_value("a64"),
       "product breakdown: a64 (the 65 A*64 products; empty products such as U are dropped)")
      ("extracted", po::value(&import.extracted),
       "date the files were downloaded, recorded in [provenance], e.g. 2026-08")
      ("title", po::value(&import.title), "model title (default: derived from the table)")
      ("region", po::value(&import.region),
       "region name (default: the geo label in the file, else the geo code)");
  // clang-format on
  po::variables_map values;
  if (!ParseArgs(args, kUsage, options, {}, values)) return 0;
  if (!ParseEurostatFlow(flow, import.flow)) {
    throw UsageError{"--flow: '" + flow + "' is not DOM, TOTAL or IMP"};
  }
  CheckOutputFolder(out, ReportKind::kModel);
  const EurostatImportResult result = ImportEurostat(files, import);
  for (const std::string& warning : result.warnings) spdlog::warn("{}", warning);
  StagedDirectory staged(out, ReportKind::kModel);
  WriteModelPackage(result.model, staged.PathOf(""));
  staged.Commit();
  spdlog::info("wrote model package '{}' to {} ({} sectors, {} satellites)", result.model.info.id,
               out, result.model.sectors.size(), result.model.satellites.size());
  return 0;
}

}  // namespace ripple::cli
