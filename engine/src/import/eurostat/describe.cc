// Metadata of an imported Eurostat package: title, citation, licence, notes
// and [provenance] (dataset ids, file names and SHA-256, the rebuild command).
#include <cctype>
#include <filesystem>

#include "import/eurostat/eurostat_internal.h"
#include "ripple/base/sha256.h"
#include "ripple/base/text.h"

namespace ripple::eurostat {
namespace {

std::string BaseName(const std::string& path) {
  return std::filesystem::path(path).filename().string();
}

std::string Quoted(const std::string& text) {
  return text.find(' ') == std::string::npos ? text : "'" + text + "'";
}

std::string Upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

std::string FlowText(EurostatFlow flow) {
  switch (flow) {
    case EurostatFlow::kDomestic:
      return "domestic flows (stk_flow DOM)";
    case EurostatFlow::kTotal:
      return "total flows, domestic and imported (stk_flow TOTAL)";
    case EurostatFlow::kImported:
      return "imported flows (stk_flow IMP)";
  }
  return "";
}

// The command that rebuilds the package, with the input files by name.
std::string Command(const EurostatSources& sources, const EurostatImportOptions& options) {
  std::string command = "ripple model import eurostat --table " + BaseName(sources.table_name) +
                        " --geo " + options.geo + " --year " + std::to_string(options.year) +
                        " --flow " + ToString(options.flow) + " --unit " + options.unit;
  if (options.unit == "MIO_NAC") command += " --currency " + options.currency;
  command += " --level " + options.level + " --id " + options.id;
  if (!sources.employment_name.empty()) {
    command += " --employment " + BaseName(sources.employment_name);
  }
  if (!sources.sbs_name.empty()) command += " --sbs " + BaseName(sources.sbs_name);
  if (options.fte) command += " --fte";
  if (!options.extracted.empty()) command += " --extracted " + Quoted(options.extracted);
  if (!options.title.empty()) command += " --title " + Quoted(options.title);
  if (!options.region.empty()) command += " --region " + Quoted(options.region);
  return command;
}

std::string Citation(const EurostatSources& sources, const EurostatImportOptions& options,
                     const StatCube& table, const std::string& dataset) {
  std::vector<std::string> parts = {
      "Eurostat, Symmetric input-output table at basic prices (product by product), " + dataset +
      ", DOI 10.2908/" + Upper(dataset) +
      (table.updated.empty() ? "" : ", data updated " + table.updated) + ", geo " + options.geo +
      ", " + std::to_string(options.year)};
  if (!sources.employment_name.empty()) {
    parts.push_back(
        "employment: Eurostat, National accounts employment data by industry (up to NACE A*64), "
        "nama_10_a64_e, DOI 10.2908/NAMA_10_A64_E, THS_PER");
  }
  if (!sources.sbs_name.empty()) {
    parts.push_back(
        "enterprises: Eurostat, Enterprises by detailed NACE Rev. 2 activity and special "
        "aggregates, sbs_ovw_act, DOI 10.2908/SBS_OVW_ACT, ENT_NR" +
        std::string(options.fte ? "; full-time equivalents: the same dataset, SAL_FTE_NR / SAL_NR"
                                : ""));
  }
  return Join(parts, "; ");
}

std::string Notes(const Model& model, const EurostatSources& sources,
                  const EurostatImportOptions& options, const std::vector<std::string>& warnings) {
  std::vector<std::string> notes = {
      "Sectors are A*64 products (product-by-product table); flows in " + model.info.monetary_unit +
      " at basic prices, " + FlowText(options.flow)};
  if (!sources.employment_name.empty()) {
    notes.push_back(
        "Employment, employees and self_employed: persons (domestic concept), not full-time "
        "equivalents, by NACE industry attributed to the product with the same code");
  }
  if (!sources.sbs_name.empty()) {
    notes.push_back(
        "Enterprises: market enterprises in the SBS scope only (agriculture, imputed rents, public "
        "administration, S94, households and U are 0; P and Q count the market part)");
  }
  if (options.fte) {
    notes.push_back(
        "employment_fte: full-time equivalents, employment (persons) x the product's ratio of "
        "employees in FTE to employees (SBS SAL_FTE_NR / SAL_NR, " +
        std::to_string(options.year) + "); the rule used for each product is in the import notes");
  }
  if (!warnings.empty()) notes.push_back("Import notes: " + Join(warnings, "; "));
  return Join(notes, ". ");
}

using Provenance = std::vector<std::pair<std::string, std::string>>;

void AddFile(Provenance& provenance, const std::string& prefix, const std::string& dataset,
             const std::string& name, const std::string& text) {
  if (name.empty()) return;
  provenance.insert(provenance.end(), {{prefix + "_dataset", dataset},
                                       {prefix + "_file", BaseName(name)},
                                       {prefix + "_sha256", Sha256Hex(text)}});
}

Provenance MakeProvenance(const EurostatSources& sources, const EurostatImportOptions& options,
                          const StatCube& table, const std::string& dataset) {
  Provenance provenance = {{"dataset", dataset},
                           {"table_file", BaseName(sources.table_name)},
                           {"table_sha256", Sha256Hex(sources.table_text)}};
  if (!table.updated.empty()) provenance.emplace_back("table_updated", table.updated);
  if (!options.extracted.empty()) provenance.emplace_back("extracted", options.extracted);
  provenance.emplace_back("selection",
                          "geo=" + options.geo + ", time=" + std::to_string(options.year) +
                              ", unit=" + options.unit + ", stk_flow=" + ToString(options.flow) +
                              ", level=" + options.level);
  AddFile(provenance, "employment", "nama_10_a64_e", sources.employment_name,
          sources.employment_text);
  AddFile(provenance, "sbs", "sbs_ovw_act", sources.sbs_name, sources.sbs_text);
  provenance.emplace_back("command", Command(sources, options));
  return provenance;
}

}  // namespace

void DescribeModel(Model& model, const EurostatSources& sources,
                   const EurostatImportOptions& options, const StatCube& table,
                   const std::string& region, const std::vector<std::string>& warnings) {
  ModelInfo& info = model.info;
  const std::string dataset = table.dataset.empty() ? "naio_10_cp1700" : table.dataset;
  info.id = options.id;
  info.region = !options.region.empty() ? options.region : !region.empty() ? region : options.geo;
  info.year = options.year;
  info.title = !options.title.empty() ? options.title
                                      : info.region + " " + std::to_string(options.year) +
                                            " symmetric input-output table, A*64 products, " +
                                            FlowText(options.flow) + " (Eurostat)";
  info.price_basis = "basic prices, current prices";
  info.classification =
      "CPA 2.1 products at the ESA 2010 A*64 level; codes are the CPA codes without 'CPA_', "
      "written like NACE (CPA_J59_60 -> J59_J60)";
  info.table_type = "symmetric input-output table, product by product, " + FlowText(options.flow);
  info.source = "Source: Eurostat";
  info.citation = Citation(sources, options, table, dataset);
  info.licence =
      "Eurostat copyright and reuse policy (Commission Decision 2011/833/EU): free re-use, "
      "commercial or not, with acknowledgement of the source; equivalent to CC BY 4.0";
  info.notes = Notes(model, sources, options, warnings);
  info.provenance = MakeProvenance(sources, options, table, dataset);
}

}  // namespace ripple::eurostat
