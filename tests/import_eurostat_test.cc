// Eurostat readers (JSON-stat, TSV, wide CSV), code mappings and pinned error
// texts. Figures in the inline fixtures are Eurostat naio_10_cp1700, FR 2021,
// MIO_EUR (stk_flow DOM, products CPA_A01 and CPA_J59_60), unless a comment
// says a flag was added to exercise the parser.
#include "ripple/import/import_eurostat.h"

#include <catch2/catch.hpp>
#include <functional>

#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "support/test_support.h"

using namespace ripple;

namespace {

// dims freq, unit, stk_flow, prd_use (2), prd_ava (2), geo, time; value
// position = prd_use * 2 + prd_ava. Status "e" on position 3 added for the test.
const char kJsonObject[] =
    R"({"version":"2.0","class":"dataset","updated":"2026-08-25T23:00:00+0200",
 "id":["freq","unit","stk_flow","prd_use","prd_ava","geo","time"],"size":[1,1,1,2,2,1,1],
 "dimension":{"freq":{"category":{"index":{"A":0}}},"unit":{"category":{"index":{"MIO_EUR":0}}},
  "stk_flow":{"category":{"index":{"DOM":0}}},
  "prd_use":{"category":{"index":{"CPA_A01":0,"CPA_J59_60":1}}},
  "prd_ava":{"category":{"index":{"CPA_A01":0,"CPA_J59_60":1}}},
  "geo":{"category":{"index":{"FR":0},"label":{"FR":"France"}}},"time":{"category":{"index":{"2021":0}}}},
 "value":{"0":11741.6,"1":0.03,"2":0,"3":2406},"status":{"3":"e"},
 "extension":{"id":"NAIO_10_CP1700"}})";

// The same cells with value and status as arrays, index as arrays, single-code
// dimensions given by label only, and prd_ava before prd_use (position = prd_ava * 2 + prd_use).
const char kJsonArray[] = R"({"version":"2.0","class":"dataset",
 "id":["freq","unit","stk_flow","prd_ava","prd_use","geo","time"],"size":[1,1,1,2,2,1,1],
 "dimension":{"freq":{"category":{"label":{"A":"Annual"}}},"unit":{"category":{"index":["MIO_EUR"]}},
  "stk_flow":{"category":{"index":["DOM"]}},"prd_use":{"category":{"index":["CPA_A01","CPA_J59_60"]}},
  "prd_ava":{"category":{"index":["CPA_A01","CPA_J59_60"]}},"geo":{"category":{"index":["FR"]}},
  "time":{"category":{"index":["2021"]}}},
 "value":[11741.6,0,0.03,2406],"status":[null,null,null,"e"]})";

double Value(const StatCube& cube, const std::string& use, const std::string& ava) {
  const StatCell* cell = cube.Find({{"stk_flow", "DOM"}, {"prd_use", use}, {"prd_ava", ava}});
  REQUIRE(cell != nullptr);
  REQUIRE(cell->has_value);
  return cell->value;
}

std::string ErrorOf(const std::function<void()>& run) {
  try {
    run();
  } catch (const Error& error) {
    return error.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("JSON-stat: value and index as object or array, any dimension order",
          "[eurostat][jsonstat]") {
  const std::vector<StatFilter> filters = {{"geo", "FR"}, {"time", "2021"}};
  for (const char* text : {kJsonObject, kJsonArray}) {
    const StatCube cube = ParseJsonStat(text, "fr.json", filters);
    CHECK(Value(cube, "CPA_A01", "CPA_A01") == 11741.6);
    CHECK(Value(cube, "CPA_A01", "CPA_J59_60") == 0.03);  // J59_60 used by A01
    CHECK(Value(cube, "CPA_J59_60", "CPA_A01") == 0);
    CHECK(Value(cube, "CPA_J59_60", "CPA_J59_60") == 2406);
    CHECK(cube.Find({{"prd_use", "CPA_J59_60"}, {"prd_ava", "CPA_J59_60"}})->status == "e");
    CHECK(cube.size() == 4);
  }
  const StatCube cube = ParseJsonStat(kJsonObject, "fr.json", filters);
  CHECK(cube.dataset == "naio_10_cp1700");
  CHECK(cube.updated == "2026-08-25T23:00:00+0200");
  CHECK(cube.dimensions[cube.DimensionIndex("geo")].labels[0] == "France");
}

TEST_CASE("JSON-stat: pinned errors", "[eurostat][jsonstat][errors]") {
  CHECK(ErrorOf([] {
          ParseJsonStat(kJsonObject, "fr.json", {{"geo", "DE"}});
        }) == "fr.json: geo: 'DE' not in the file (available: FR)");
  CHECK(ErrorOf([] {
          ParseJsonStat(kJsonObject, "fr.json", {{"geo", "FR"}, {"time", "2019"}});
        }) == "fr.json: time: '2019' not in the file (available: 2021)");
  CHECK(ErrorOf([] {
          ParseJsonStat(kJsonObject, "fr.json", {{"nace_r2", "C"}});
        }) == "fr.json: nace_r2: no such dimension in the file");
  CHECK(ErrorOf([] { ParseJsonStat("{\"class\":\"dataset\",\n\"id\":[", "x.json", {}); }) ==
        "x.json:2:7: invalid JSON");
  std::string bad_position = kJsonObject;
  bad_position.replace(bad_position.find("\"3\":2406"), 8, "\"4\":2406");
  CHECK(ErrorOf([&] { ParseJsonStat(bad_position, "fr.json", {}); }) ==
        "fr.json: value.4: not a cell position (the dataset has 4 cells)");
}

TEST_CASE("TSV: the FR 2021 excerpt fixture, period and flags", "[eurostat][tsv]") {
  const std::string path =
      testing::RepoPath("tests/fixtures/eurostat_tsv/naio_10_cp1700_fr_2021_excerpt.tsv");
  const StatCube cube = ParseEurostatTsv(ReadFile(path), path,
                                         {{"geo", "FR"}, {"time", "2021"}, {"unit", "MIO_EUR"}});
  CHECK(Value(cube, "CPA_A01", "CPA_A01") == 11741.6);
  CHECK(Value(cube, "CPA_J62_63", "CPA_J62_63") == 18525.79);
  CHECK(Value(cube, "P3_S14", "CPA_J59_60") == 1152.67);
  const StatCell* d11 =
      cube.Find({{"stk_flow", "DOM"}, {"prd_use", "CPA_A01"}, {"prd_ava", "D11"}});
  REQUIRE(d11 != nullptr);
  CHECK_FALSE(d11->has_value);
  CHECK(d11->status == "m");
  CHECK(d11->line == 5);
  CHECK(cube.dimensions.back().id == "time");
  CHECK(cube.dimensions.back().codes == std::vector<std::string>{"2021"});
  CHECK(cube.size() == 36);
  // Every cell agrees with the JSON-stat file it was copied from.
  const std::string json =
      testing::SharedDataPath("eurostat_fr_siot_2021_full/naio_10_cp1700_FR_2021.json");
  if (json.empty()) {
    WARN("skipped the comparison with the JSON-stat file: ../shared/data is absent");
    return;
  }
  const StatCube full = ParseJsonStat(ReadFile(json), json, {{"geo", "FR"}, {"time", "2021"}});
  const CsvTable rows = ParseCsv(ReadFile(path), path, '\t');
  for (const CsvRow& row : rows.rows) {
    const std::vector<std::string> key = ParseCsv(row.fields[0], "key").header;
    const StatCell* a = cube.Find({{"stk_flow", key[2]}, {"prd_use", key[3]}, {"prd_ava", key[4]}});
    const StatCell* b = full.Find({{"stk_flow", key[2]}, {"prd_use", key[3]}, {"prd_ava", key[4]}});
    REQUIRE(a != nullptr);
    REQUIRE(b != nullptr);
    CHECK(a->has_value == b->has_value);
    CHECK(a->value == b->value);
    CHECK(a->status == b->status);
  }
}

TEST_CASE("TSV: older header, flags and pinned errors", "[eurostat][tsv][errors]") {
  // Value 0.03 is real (FR 2021); the 'p' flag and the BE line are added for the test.
  const std::string text =
      "unit,stk_flow,induse,prod_na,geo\\time\t2021 \t2020 \n"
      "MIO_EUR,DOM,CPA_A01,CPA_J59_60,BE\t: c\t: \n"
      "MIO_EUR,DOM,CPA_A01,CPA_J59_60,FR\t0.03 p\t: \n";
  const StatCube cube = ParseEurostatTsv(text, "old.tsv", {{"geo", "FR"}, {"time", "2021"}});
  const StatCell* cell = cube.Find({{"induse", "CPA_A01"}, {"prod_na", "CPA_J59_60"}});
  REQUIRE(cell != nullptr);
  CHECK(cell->value == 0.03);
  CHECK(cell->status == "p");
  CHECK(cell->line == 3);
  CHECK(ErrorOf([&] {
          ParseEurostatTsv(text, "old.tsv", {{"time", "2019"}});
        }) == "old.tsv:1: time: '2019' not in the file (available: 2021, 2020)");
  CHECK(ErrorOf([&] {
          ParseEurostatTsv(text, "old.tsv", {{"geo", "DE"}});
        }) == "old.tsv: geo: 'DE' not in the file (available: BE, FR)");
  CHECK(ErrorOf([&] {
          ParseEurostatTsv(text + "MIO_EUR,DOM,CPA_A01,CPA_A01,FR\t11741.6\n", "old.tsv", {});
        }) == "old.tsv:4: line has 2 tab-separated fields, the header has 3");
  CHECK(ErrorOf(
            [&] { ParseEurostatTsv(text + "MIO_EUR,DOM,CPA_A01,FR\t1 \t: \n", "old.tsv", {}); }) ==
        "old.tsv:4:1: series key: 'MIO_EUR,DOM,CPA_A01,FR' has 4 codes, the header names 5 "
        "dimensions");
  CHECK(ErrorOf([&] {
          ParseEurostatTsv(text + "MIO_EUR,DOM,CPA_A01,CPA_A01,FR\t11741,6 \t: \n", "old.tsv", {});
        }) ==
        "old.tsv:4:32: 2021: '11741,6' is not a value (expected a number, optionally followed by a "
        "space and flags, or ':' for not available)");
  CHECK(ErrorOf([] { ParseEurostatTsv("prd_use,geo,2021\n", "csv.tsv", {}); }) ==
        "csv.tsv:1:1: header: first cell 'prd_use,geo,2021' must look like "
        "'freq,unit,...,geo\\TIME_PERIOD' followed by tab-separated periods");
}

TEST_CASE("sector codes: CPA without prefix, written like NACE", "[eurostat][codes]") {
  CHECK(SectorCodeFromCpa("CPA_J59_60") == "J59_J60");
  CHECK(SectorCodeFromCpa("CPA_J62_63") == "J62_J63");
  CHECK(SectorCodeFromCpa("CPA_C10-12") == "C10-C12");
  CHECK(SectorCodeFromCpa("CPA_N80-82") == "N80-N82");
  CHECK(SectorCodeFromCpa("CPA_L68A") == "L68A");
  CHECK(SectorCodeFromCpa("CPA_F") == "F");
  REQUIRE(A64Products().size() == 65);
  CHECK(A64Products()[37].code == "J59_J60");
  CHECK(A64Products()[64].cpa == "CPA_U");
}

TEST_CASE("employment: unknown NACE code is an error naming the line",
          "[eurostat][employment][errors]") {
  const StatCube cube =
      ParseNaceCsv("nace_r2,EMP_DC,SAL_DC,SELF_DC\nTOTAL,29395.2,26247.7,3147.5\nC99,1,1,0\n",
                   "emp.csv", "na_item", {"EMP_DC", "SAL_DC", "SELF_DC"});
  std::vector<std::string> sectors, warnings;
  for (const A64Product& product : A64Products()) sectors.push_back(product.code);
  CHECK(ErrorOf([&] { MapEmployment(cube, sectors, warnings); }) ==
        "emp.csv:3: nace_r2: unknown NACE code 'C99' (rule: the nace_r2 codes of nama_10_a64_e, "
        "NACE Rev. 2 A*64) (did you mean 'C19'?)");
  CHECK(
      ErrorOf([] { ParseNaceCsv("nace_r2,EMP_DC\nA01,6a\n", "emp.csv", "na_item", {"EMP_DC"}); }) ==
      "emp.csv:2: EMP_DC of 'A01': '6a' is not a number (leave the cell empty when missing)");
}

TEST_CASE("employment: JSON-stat and the CSV layout give the same satellites",
          "[eurostat][employment][jsonstat]") {
  const std::string csv =
      testing::SharedDataPath("eurostat_fr_employment_a64_2021/fr_nama_10_a64_e_2021_ths_per.csv");
  if (csv.empty()) {
    WARN("skipped: ../shared/data/eurostat_fr_employment_a64_2021 is absent");
    return;
  }
  // The CSV's figures written as the JSON-stat the Eurostat API serves for
  // nama_10_a64_e (dimensions freq, unit, nace_r2, na_item, geo, time).
  const std::vector<std::string> items = {"EMP_DC", "SAL_DC", "SELF_DC"};
  const StatCube from_csv = ParseNaceCsv(ReadFile(csv), csv, "na_item", items);
  const std::vector<std::string>& codes = from_csv.dimensions[0].codes;
  std::string index, values;
  for (size_t c = 0; c < codes.size(); ++c) {
    index += (c ? ",\"" : "\"") + codes[c] + "\":" + std::to_string(c);
    for (size_t k = 0; k < items.size(); ++k) {
      const StatCell* cell = from_csv.Find({{"nace_r2", codes[c]}, {"na_item", items[k]}});
      if (!cell->has_value) continue;
      values += (values.empty() ? "\"" : ",\"") + std::to_string(c * items.size() + k) +
                "\":" + FormatNumber(cell->value, 17);
    }
  }
  const std::string json =
      "{\"class\":\"dataset\",\"id\":[\"freq\",\"unit\",\"nace_r2\",\"na_item\",\"geo\",\"time\"],"
      "\"size\":[1,1," +
      std::to_string(codes.size()) +
      ",3,1,1],\"dimension\":{"
      "\"freq\":{\"category\":{\"index\":{\"A\":0}}},\"unit\":{\"category\":{\"index\":{\"THS_"
      "PER\":0}}},"
      "\"nace_r2\":{\"category\":{\"index\":{" +
      index +
      "}}},"
      "\"na_item\":{\"category\":{\"index\":{\"EMP_DC\":0,\"SAL_DC\":1,\"SELF_DC\":2}}},"
      "\"geo\":{\"category\":{\"index\":{\"FR\":0}}},\"time\":{\"category\":{\"index\":{\"2021\":0}"
      "}}},"
      "\"value\":{" +
      values + "}}";
  const StatCube from_json =
      ParseJsonStat(json, "emp.json", {{"geo", "FR"}, {"time", "2021"}, {"unit", "THS_PER"}});
  std::vector<std::string> sectors, warnings_csv, warnings_json;
  for (const A64Product& product : A64Products()) sectors.push_back(product.code);
  const std::vector<Satellite> a = MapEmployment(from_csv, sectors, warnings_csv);
  const std::vector<Satellite> b = MapEmployment(from_json, sectors, warnings_json);
  REQUIRE(a.size() == 3);
  REQUIRE(b.size() == 3);
  for (size_t s = 0; s < 3; ++s) {
    CHECK(a[s].name == b[s].name);
    CHECK(a[s].values == b[s].values);
  }
  CHECK(warnings_csv == warnings_json);
  CHECK(a[0].values(37) == 93.1);   // J59_J60, thousand persons
  CHECK(a[0].values(39) == 723.5);  // J62_J63
}

TEST_CASE("CLI: --help names every flag with units, bad input exits 1", "[eurostat][cli]") {
  const testing::CliResult help = testing::RunCli("model import eurostat --help");
  CHECK(help.exit_code == 0);
  for (const char* text :
       {"--table", "--geo", "--year", "--id", "--out", "--flow", "--unit", "--currency",
        "--employment", "--sbs", "--level", "--extracted", "--title", "--region", "million",
        "thousand persons", "number of enterprises"}) {
    INFO(text);
    CHECK(help.out.find(text) != std::string::npos);
  }
  const std::string tsv =
      testing::RepoPath("tests/fixtures/eurostat_tsv/naio_10_cp1700_fr_2021_excerpt.tsv");
  const testing::CliResult run =
      testing::RunCli("model import eurostat --table '" + tsv +
                      "' --geo DE --year 2021 --id x --out /nonexistent/x");
  CHECK(run.exit_code == 1);
  CHECK(run.err == "ripple: error: " + tsv + ": geo: 'DE' not in the file (available: FR)\n");
  const testing::CliResult flow = testing::RunCli(
      "model import eurostat --table '" + tsv + "' --geo FR --year 2021 --id x --out x --flow dom");
  CHECK(flow.exit_code == 1);
  CHECK(flow.err.find("--flow: 'dom' is not DOM, TOTAL or IMP") != std::string::npos);
}
