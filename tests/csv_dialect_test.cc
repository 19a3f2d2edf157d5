// CSVs for spreadsheets (issue 11 item 7): the excel-fr dialect (CsvWriter,
// ripple run --csv-dialect), sector names beside codes (NamesOfSectors,
// sector_label columns), impacts.csv without its rows of value 0 unless
// --keep-zero-rows.
#include <catch2/catch.hpp>
#include <map>
#include <sstream>
#include <string>

#include "ripple/base/csv.h"
#include "ripple/report/sector_labels.h"
#include "support/test_support.h"

using namespace ripple;
using namespace ripple::testing;

namespace {

const std::string kBaseline = "scenarios/plaine-images-baseline.toml";

// Runs the default scenario into DIR/NAME with `flags`; returns the folder.
std::string RunBaseline(const std::string& dir, const std::string& name, const std::string& flags) {
  const std::string out = dir + "/" + name;
  const CliResult run =
      RunCli("run '" + RepoPath(kBaseline) + "' --quiet --out '" + out + "' " + flags);
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  return out;
}

// An excel-fr file read back: ';' separator, BOM dropped, decimal commas of
// the numeric columns turned back into points.
CsvTable ReadExcelFr(const std::string& path, const std::vector<std::string>& numeric) {
  CsvTable table = ParseCsv(ReadTextFile(path), path, ';');
  for (const auto& name : numeric) {
    const int column = table.ColumnIndex(name);
    if (column < 0) continue;
    for (auto& row : table.rows) {
      for (char& c : row.fields[static_cast<size_t>(column)]) c = c == ',' ? '.' : c;
    }
  }
  return table;
}

}  // namespace

TEST_CASE("CsvWriter: standard is WriteCsvLine's bytes, excel-fr has BOM, ';' and decimal comma",
          "[csv_dialect]") {
  const std::vector<std::string> header = {"sector", "name", "value"};
  const std::vector<std::string> row = {"J62_J63", "Film, TV; radio", "1234.5"};
  std::ostringstream standard, expected;
  {
    CsvWriter csv(standard, CsvDialect::kStandard, header, {"value"});
    csv.Row(row);
  }
  WriteCsvLine(expected, header);
  WriteCsvLine(expected, row);
  CHECK(standard.str() == expected.str());
  CHECK(standard.str() == "sector,name,value\nJ62_J63,\"Film, TV; radio\",1234.5\n");
  std::ostringstream french;
  {
    CsvWriter csv(french, CsvDialect::kExcelFr, header, {"value"});
    csv.Row(row);
    csv.Row({"A.01", "a \"b\"", ""});  // '.' of a text column stays; empty number stays empty
  }
  CHECK(
      french.str() ==
      "\xEF\xBB\xBFsector;name;value\nJ62_J63;\"Film, TV; radio\";1234,5\nA.01;\"a \"\"b\"\"\";\n");
  CHECK(CsvDialectName(CsvDialect::kExcelFr) == "excel-fr");
  CHECK(ParseCsvDialect("standard") == CsvDialect::kStandard);
  CHECK(ParseCsvDialect("excel-fr") == CsvDialect::kExcelFr);
  CHECK_FALSE(ParseCsvDialect("excel").has_value());
}

TEST_CASE("ripple run --csv-dialect excel-fr gives the same figures as standard", "[csv_dialect]") {
  const std::string dir = MakeTempDir("csv-dialect");
  const std::string standard = RunBaseline(dir, "standard", "");
  const std::string french = RunBaseline(dir, "excel-fr", "--csv-dialect excel-fr");
  std::vector<std::string> multiplier_columns;
  for (const auto& name : ReadCsvFile(standard + "/multipliers.csv").header) {
    if (name != "sector" && name != "sector_label") multiplier_columns.push_back(name);
  }
  const std::vector<std::pair<std::string, std::vector<std::string>>> files = {
      {"impacts.csv", {"value"}},
      {"annual.csv", {"value"}},
      {"summary.csv", {"value"}},
      {"multipliers.csv", multiplier_columns},
      {"multipliers_units.csv", {}},
      {"warnings.csv", {}},
      {"cluster.csv",
       {"companies", "jobs", "revenue", "unit_revenue", "arrivals", "capacity_jobs"}},
      {"cluster_backtest.csv", {"observed", "projected", "error", "relative_error"}}};
  for (const auto& [name, numeric] : files) {
    INFO(name);
    const std::string bytes = ReadTextFile(french + "/" + name);
    CHECK(bytes.rfind("\xEF\xBB\xBF", 0) == 0);
    CHECK(ReadTextFile(standard + "/" + name).rfind("\xEF\xBB\xBF", 0) == std::string::npos);
    const CsvTable expected = ReadCsvFile(standard + "/" + name);
    const CsvTable actual = ReadExcelFr(french + "/" + name, numeric);
    CHECK(actual.header == expected.header);
    REQUIRE(actual.rows.size() == expected.rows.size());
    for (size_t r = 0; r < expected.rows.size(); ++r) {
      INFO("row " << r + 2);
      REQUIRE(actual.rows[r].fields == expected.rows[r].fields);
    }
  }
  // A French spreadsheet reads "8427240" and "0,781173672652": check one decimal comma.
  CHECK(
      ReadTextFile(french + "/summary.csv")
          .find("all;value_added_per_public_euro;total;gross;ratio;0,781173672652;EUR per EUR;") !=
      std::string::npos);
  CHECK(ReadTextFile(french + "/run.json").find("\"csv_dialect\": \"excel-fr\"") !=
        std::string::npos);
}

TEST_CASE("ripple run --csv-dialect refuses an unknown dialect before any work", "[csv_dialect]") {
  const CliResult bad = RunCli("run '" + RepoPath(kBaseline) + "' --csv-dialect bad");
  CHECK(bad.exit_code == 1);
  CHECK(bad.err ==
        "ripple run: --csv-dialect bad: expected standard or excel-fr\nrun 'ripple run --help' "
        "for usage\n");
}

TEST_CASE("impacts.csv leaves out its rows of value 0 unless --keep-zero-rows", "[csv_dialect]") {
  const std::string dir = MakeTempDir("zero-rows");
  const std::string lean = RunBaseline(dir, "lean", "");
  const std::string full = RunBaseline(dir, "full", "--keep-zero-rows");
  const CsvTable kept = ReadCsvFile(full + "/impacts.csv");
  const CsvTable left = ReadCsvFile(lean + "/impacts.csv");
  const int value = kept.ColumnIndex("value");
  REQUIRE(value >= 0);
  // The default file is the full file's rows of non-zero value, in the same order.
  std::vector<std::vector<std::string>> non_zero;
  for (const auto& row : kept.rows) {
    double v = 0;
    REQUIRE(ParseDouble(row.fields[static_cast<size_t>(value)], v));
    if (v != 0) non_zero.push_back(row.fields);
  }
  CHECK(non_zero.size() < kept.rows.size());
  REQUIRE(left.rows.size() == non_zero.size());
  for (size_t r = 0; r < non_zero.size(); ++r) REQUIRE(left.rows[r].fields == non_zero[r]);
  CHECK(ReadTextFile(lean + "/run.json").find("\"impacts_zero_rows\": \"left out") !=
        std::string::npos);
  CHECK(ReadTextFile(full + "/run.json").find("\"impacts_zero_rows\": \"kept") !=
        std::string::npos);
}

TEST_CASE("NamesOfSectors names A*64 codes and no code of another classification",
          "[csv_dialect][sector_labels]") {
  const SectorNames french = NamesOfSectors({"A01", "J62_J63"}, Language::kFrench);
  CHECK(french.labels ==
        std::vector<std::string>{"Culture et production animale, chasse et services annexes",
                                 "Programmation, conseil et autres activités informatiques ; "
                                 "services d'information"});
  CHECK(french.source == "models/classifications/a64_labels.csv (built in), label_fr");
  CHECK(NamesOfSectors({"A01"}, Language::kEnglish).labels ==
        std::vector<std::string>{"Products of agriculture, hunting and related services"});
  // "B" is an A*64 code, "s1" is not: the model is not A*64, nothing is named.
  const SectorNames other = NamesOfSectors({"B", "s1"}, Language::kFrench);
  CHECK(other.labels == std::vector<std::string>{"", ""});
  CHECK(other.source.empty());
}

TEST_CASE("sector names stand beside codes in the run's CSVs, in the report language",
          "[csv_dialect][sector_labels]") {
  const std::string dir = MakeTempDir("sector-names");
  const std::string french = RunBaseline(dir, "fr", "--lang fr");
  const std::string english = RunBaseline(dir, "en", "--lang en");
  const CsvTable impacts = ReadCsvFile(french + "/impacts.csv");
  REQUIRE(impacts.header == std::vector<std::string>{"year", "intervention", "indicator", "effect",
                                                     "basis", "sector", "sector_label", "value",
                                                     "unit"});
  const CsvTable a64 = ReadCsvFile(RepoPath("models/classifications/a64_labels.csv"));
  std::map<std::string, std::pair<std::string, std::string>> names;
  for (const auto& row : a64.rows) names[row.fields[0]] = {row.fields[2], row.fields[1]};
  for (const auto& row : impacts.rows) REQUIRE(row.fields[6] == names.at(row.fields[5]).first);
  for (const auto& row : ReadCsvFile(english + "/impacts.csv").rows)
    REQUIRE(row.fields[6] == names.at(row.fields[5]).second);
  const CsvTable multipliers = ReadCsvFile(french + "/multipliers.csv");
  REQUIRE(multipliers.header.at(1) == "sector_label");
  CHECK(multipliers.rows.at(0).fields.at(1) == names.at(multipliers.rows[0].fields[0]).first);
  CHECK(ReadTextFile(french + "/run.json")
            .find("\"sector_labels\": \"models/classifications/a64_labels.csv (built in), "
                  "label_fr\"") != std::string::npos);
}

TEST_CASE("a model outside A*64 runs with empty sector names and says so in run.json",
          "[csv_dialect][sector_labels]") {
  const std::string dir = MakeTempDir("no-sector-names");
  WriteTextFile(dir + "/s.toml",
                "name = \"no names\"\nmodel = \"" +
                    RepoPath("tests/fixtures/miller_blair_2009_table_2_3") +
                    "\"\nstart_year = 2025\nend_year = 2025\neffects = \"type1\"\n"
                    "[[interventions]]\ntype = \"demand\"\nsector = \"s1\"\nunit = \"USD\"\n"
                    "amount = 50\n");
  const CliResult run = RunCli("run '" + dir + "/s.toml' --quiet --out '" + dir + "/out'");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const CsvTable impacts = ReadCsvFile(dir + "/out/impacts.csv");
  REQUIRE_FALSE(impacts.rows.empty());
  for (const auto& row : impacts.rows) CHECK(row.fields.at(6).empty());
  CHECK(ReadTextFile(dir + "/out/run.json")
            .find("\"sector_labels\": \"none: the model's sector codes are not all A*64 codes, "
                  "sector_label is empty\"") != std::string::npos);
}

TEST_CASE("ripple multipliers --csv-dialect excel-fr gives the same multipliers as standard",
          "[csv_dialect]") {
  const std::string dir = MakeTempDir("multipliers-dialect");
  const std::string model = RepoPath("models/fr-2021");
  for (const char* dialect : {"standard", "excel-fr"}) {
    const CliResult run = RunCli("multipliers '" + model + "' --out '" + dir + "/" + dialect +
                                 "' --csv-dialect " + dialect);
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
  }
  const CsvTable expected = ReadCsvFile(dir + "/standard/multipliers.csv");
  std::vector<std::string> numeric(expected.header.begin() + 1, expected.header.end());
  const CsvTable actual = ReadExcelFr(dir + "/excel-fr/multipliers.csv", numeric);
  CHECK(actual.header == expected.header);
  REQUIRE(actual.rows.size() == expected.rows.size());
  for (size_t r = 0; r < expected.rows.size(); ++r)
    REQUIRE(actual.rows[r].fields == expected.rows[r].fields);
  CHECK(ReadTextFile(dir + "/excel-fr/multipliers.csv")
            .rfind("\xEF\xBB\xBFsector;output_type1;", 0) == 0);
  const CliResult bad = RunCli("multipliers '" + model + "' --csv-dialect excel");
  CHECK(bad.exit_code == 1);
  CHECK(bad.err ==
        "ripple multipliers: --csv-dialect excel: expected standard or excel-fr\nrun 'ripple "
        "multipliers --help' for usage\n");
}

namespace {

// Every CSV of `files` in `french` is excel-fr (BOM, ';', decimal commas in
// `numeric`) and holds the same fields as in `standard`.
void CheckSameFigures(const std::string& standard, const std::string& french,
                      const std::vector<std::pair<std::string, std::vector<std::string>>>& files) {
  for (const auto& [name, numeric] : files) {
    INFO(name);
    CHECK(ReadTextFile(french + "/" + name).rfind("\xEF\xBB\xBF", 0) == 0);
    const CsvTable expected = ReadCsvFile(standard + "/" + name);
    const CsvTable actual = ReadExcelFr(french + "/" + name, numeric);
    CHECK(actual.header == expected.header);
    REQUIRE(actual.rows.size() == expected.rows.size());
    REQUIRE(!expected.rows.empty());
    for (size_t r = 0; r < expected.rows.size(); ++r) {
      INFO("row " << r + 2);
      REQUIRE(actual.rows[r].fields == expected.rows[r].fields);
    }
  }
}

}  // namespace

TEST_CASE("sensitivity and compare take --csv-dialect excel-fr with the same figures",
          "[csv_dialect][sensitivity][compare]") {
  const std::string dir = MakeTempDir("csv-dialect-sensitivity");
  const std::string sweep = "--sweep interventions.plaine-images-subsidy.amount=1e6:2e6:3";
  for (const char* dialect : {"standard", "excel-fr"}) {
    const CliResult run =
        RunCli("sensitivity '" + RepoPath(kBaseline) + "' --draws 20 --write-draws -q " + sweep +
               " --csv-dialect " + dialect + " --out '" + dir + "/sens-" + dialect + "'");
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
  }
  const std::vector<std::string> quantile_columns = {"central", "p05",  "p25", "p50",  "p75",
                                                     "p95",     "mean", "sd",  "draws"};
  std::vector<std::string> draw_columns = ReadCsvFile(dir + "/sens-standard/draws.csv").header;
  CheckSameFigures(
      dir + "/sens-standard", dir + "/sens-excel-fr",
      {{"quantiles.csv", quantile_columns},
       {"draws.csv", draw_columns},
       {"tornado.csv", {"rank", "low", "high", "central", "at_low", "at_high", "swing"}},
       {"sweep.csv", {"interventions.plaine-images-subsidy.amount", "value"}},
       {"parameters.csv", {"line", "column", "central", "p05", "p95"}}});
  for (const char* dialect : {"standard", "excel-fr"}) {
    const CliResult run =
        RunCli("compare '" + RepoPath(kBaseline) + "' '" +
               RepoPath("scenarios/plaine-images-plus25.toml") + "' -q --csv-dialect " + dialect +
               " --out '" + dir + "/compare-" + dialect + "'");
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
  }
  CheckSameFigures(dir + "/compare-standard", dir + "/compare-excel-fr",
                   {{"compare.csv", {"value", "baseline_value", "difference", "rank"}}});
  const CliResult bad = RunCli("sensitivity '" + RepoPath(kBaseline) + "' --csv-dialect excel");
  CHECK(bad.exit_code == 1);
  CHECK(bad.err.find("--csv-dialect excel: expected standard or excel-fr") != std::string::npos);
}
