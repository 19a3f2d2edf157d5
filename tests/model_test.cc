// Model package loading and validation; error texts are pinned.
#include "ripple/model/model.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <map>

#include "ripple/base/error.h"
#include "ripple/model/leontief.h"
#include "support/test_support.h"

using namespace ripple;

namespace {

struct Package {
  std::string toml =
      "id = \"t\"\ntitle = \"t\"\nregion = \"r\"\nyear = 2020\ncurrency = \"EUR\"\n"
      "monetary_unit = \"million EUR\"\nprice_basis = \"basic prices\"\nsource = \"test\"\n"
      "licence = \"none\"\n[household]\nconsumption = \"hh\"\n";
  std::string transactions = "sector,a,b\na,10,20\nb,30,5\n";
  std::string output = "sector,output\na,100\nb,50\n";
  std::string final_demand = "sector,hh,exports\na,40,30\nb,5,10\n";
  std::string satellites =
      "satellite,unit,a,b\ncompensation,million EUR,30,10\nemployment,thousand persons,1,0.5\n";

  Model Parse() const {
    ModelSources s;
    s.directory = "m";
    s.toml_text = toml;
    s.toml_name = "m/model.toml";
    s.transactions_text = transactions;
    s.transactions_name = "m/transactions.csv";
    s.output_text = output;
    s.output_name = "m/output.csv";
    s.final_demand_text = final_demand;
    s.final_demand_name = "m/final_demand.csv";
    s.satellites_text = satellites;
    s.satellites_name = "m/satellites.csv";
    return ParseModel(s);
  }
  std::string Error() const {
    try {
      Parse();
    } catch (const ripple::Error& error) {
      return error.what();
    }
    return "";
  }
};

}  // namespace

TEST_CASE("a valid package parses with sectors in header order", "[model]") {
  const Model model = Package().Parse();
  REQUIRE(model.sectors == std::vector<std::string>{"a", "b"});
  CHECK(model.transactions(1, 0) == 30);
  CHECK(model.output(1) == 50);
  CHECK(model.FinalDemandColumn("exports") == 1);
  CHECK(model.FindSatellite("employment")->values(1) == 0.5);
  CHECK(model.household.consumption_column == "hh");
  CHECK(model.household.income_satellite == "compensation");
}

TEST_CASE("rows may come in any order, quoted fields and CRLF are accepted", "[model][csv]") {
  Package p;
  p.transactions = "sector,a,b\r\n\"b\",30,5\r\na,10,\"20\"\r\n";
  const Model model = p.Parse();
  CHECK(model.transactions(0, 1) == 20);
  CHECK(model.transactions(1, 0) == 30);
}

// Every way a number is written in a table reads as ParseDouble reads it, whether the
// scanner takes the row in one pass (plain numbers) or field by field.
TEST_CASE("numbers with spaces, quotes, signs, exponents and CRLF read as written",
          "[model][csv][ingest]") {
  Package p;
  p.transactions = "sector,a,b\r\na, +10 ,\"2.0e1\"\r\nb,3.0E+1,\t5.000000000000000000000001  ";
  const Model model = p.Parse();
  CHECK(model.transactions(0, 0) == 10);
  CHECK(model.transactions(0, 1) == 20);
  CHECK(model.transactions(1, 0) == 30);
  CHECK(model.transactions(1, 1) == 5);
  CHECK(model.lines.transactions == std::vector<int>{2, 3});
}

TEST_CASE("package errors name file, line, row, column, value and rule", "[model][errors]") {
  struct Case {
    std::string name;
    Package package;
    std::string expected;
  };
  std::vector<Case> cases;
  {
    Package p;
    p.transactions = "sector,a,b\na,10,-2\nb,30,5\n";
    cases.push_back(
        {"negative flow", p,
         "m/transactions.csv:2: row 'a', column 'b': flow -2 is negative (rule: flows >= 0)"});
  }
  {
    Package p;
    p.transactions = "sector,a,b\na,10,x\nb,30,5\n";
    cases.push_back(
        {"not a number", p,
         "m/transactions.csv:2: row 'a', column 'b': 'x' is not a number (write 0 for an "
         "empty flow)"});
  }
  {
    Package p;
    p.transactions = "sector,a,b\na,10,\nb,30,5\n";
    cases.push_back(
        {"missing value", p,
         "m/transactions.csv:2: row 'a', column 'b': missing value (write 0 for an empty flow)"});
  }
  {
    // A number followed directly by a quote, written past the range of a double, too
    // small for one, or not finite: the messages of the full parser, whichever reader
    // declined the table (issue 14: numbers read in one pass).
    Package p;
    p.transactions = "sector,a,b\na,10,20\"\r\nb,1e400,1e-400\r\n";
    p.output = "sector,output\na,100\nb,nan\n";
    cases.push_back(
        {"number edges", p,
         "m/transactions.csv:2: row 'a', column 'b': '20\"' is not a number (write 0 for an "
         "empty flow)\n"
         "m/transactions.csv:3: row 'b', column 'a': '1e400' is not a number (write 0 for an "
         "empty flow)\n"
         "m/transactions.csv:3: row 'b', column 'b': '1e-400' is not a number (write 0 for an "
         "empty flow)\n"
         "m/output.csv:3: row 'b', column 'output': 'nan' is not a number (write 0 for an empty "
         "flow)"});
  }
  {
    Package p;
    p.transactions = "sector,a,b\na,10,20\nc,30,5\n";
    cases.push_back({"unknown row", p,
                     "m/transactions.csv:3: sector: unknown sector 'c' (valid: a, b)\n"
                     "m/transactions.csv: missing row for sector 'b'"});
  }
  {
    Package p;
    p.transactions = "sector,a,b\na,10,20\n";
    cases.push_back({"not square", p,
                     "m/transactions.csv: matrix must be square: 2 columns but 1 rows\n"
                     "m/transactions.csv: missing row for sector 'b'"});
  }
  {
    Package p;
    p.output = "sector,output\na,100\nb,-1\n";
    p.transactions = "sector,a,b\na,10,0\nb,30,0\n";
    cases.push_back(
        {"negative output", p,
         "m/output.csv:3: sector 'b', output: value -1 is negative (rule: output >= 0)"});
  }
  {
    Package p;
    p.output = "sector,output\na,35\nb,50\n";
    cases.push_back(
        {"non-productive column", p,
         "m/transactions.csv: column 'a': inputs per unit of output sum to 1.14286 (rule: "
         "column sums of A = Z / x must be < 1 for a productive economy)"});
  }
  {
    Package p;
    p.output = "sector,output\na,100\nb,0\n";
    p.satellites =
        "satellite,unit,a,b\ncompensation,million EUR,30,0\nemployment,thousand persons,1,0.5\n";
    cases.push_back(
        {"zero output with inputs", p,
         "m/transactions.csv: column 'b': sector has zero output but intermediate inputs of 25 "
         "(rule: a zero-output sector has no inputs)\n"
         "m/satellites.csv:3: satellite 'employment', sector 'b': value 0.5 for a sector with "
         "zero output (rule: a zero-output sector has no satellite values)"});
  }
  {
    Package p;
    p.satellites = "satellite,unit,a,b\nCompensation,million EUR,30,10\n";
    cases.push_back({"satellite name and missing income", p,
                     "m/satellites.csv:2: satellite: name 'Compensation' must be lower_snake_case "
                     "(a-z, 0-9, _)"});
  }
  {
    Package p;
    p.toml += "income = \"employment\"\nlocal_consumption_share = 1.5\n";
    p.toml.replace(p.toml.find("\"hh\""), 4, "\"h\"");
    cases.push_back(
        {"household closure", p,
         "m/model.toml:11:15: household.consumption: final-demand column 'h' not found (valid: "
         "hh, exports)\n"
         "m/model.toml:12:10: household.income: satellite 'employment' has unit 'thousand "
         "persons', expected a monetary unit in EUR\n"
         "m/model.toml:13:27: household.local_consumption_share: value 1.5 must be within [0, 1]"});
  }
  {
    Package p;
    p.toml.replace(p.toml.find("year = 2020"), 11, "yaer = 2020");
    cases.push_back({"toml keys", p,
                     "m/model.toml:4:1: yaer: unknown key 'yaer' (did you mean 'year'?)\n"
                     "m/model.toml:1:1: year: missing required key"});
  }
  {
    Package p;
    p.output = "sector,output\na,100\n\"b,50\n";
    cases.push_back({"unterminated quote", p, "m/output.csv:3: unterminated quoted field"});
  }
  for (const auto& c : cases) {
    INFO(c.name);
    CHECK(c.package.Error() == c.expected);
  }
}

// Issue 12: a non-productive closure was exit 2 with no position in model.toml.
TEST_CASE("a household closure that is not productive is bad input at its model.toml key",
          "[model][errors]") {
  Package p;
  // income_total 1 (million EUR) against 40 + 5 of household spending: households would spend
  // 45 per euro of income.
  p.toml += "income_total = 1\n";
  const Model model = p.Parse();
  try {
    LeontiefModel leontief(model);
    FAIL("no error");
  } catch (const ripple::Error& error) {
    CHECK(error.kind() == ErrorKind::kBadInput);
    const std::string message = error.what();
    CHECK(message.rfind("m/model.toml:12:16: household.income_total: the household closure is not "
                        "productive: Type II output multiplier of 'a' is ",
                        0) == 0);
    CHECK(message.find("(households would spend more than the income they earn: check "
                       "household.consumption and household.income_total)") != std::string::npos);
  }
}

// Columns are checked eight at a time where none has a negative flow (model_validate.cc):
// the messages of one column after the other, in the same order, also across blocks.
TEST_CASE("flow rules on a model of 20 sectors give their messages in column order",
          "[model][errors]") {
  const int n = 20;
  auto code = [](int i) {
    char text[8];
    std::snprintf(text, sizeof text, "s%02d", i);
    return std::string(text);
  };
  const std::map<std::pair<int, int>, const char*> flows = {
      {{2, 3}, "-1"},     // block 0-7: a negative flow
      {{0, 10}, "20"},    // block 8-15: 21 of inputs for an output of 10
      {{1, 18}, "200"}};  // the last, short block
  const std::map<int, const char*> outputs = {{10, "10"}, {12, "0"}, {14, "-1"}};
  auto flow = [&](int i, int j) {
    const auto found = flows.find({i, j});
    return found != flows.end() ? found->second : i == j ? "1" : "0";
  };
  auto output = [&](int i) { return outputs.count(i) ? outputs.at(i) : "100"; };
  Package p;
  std::string header = "sector", satellite = "compensation,million EUR";
  for (int j = 0; j < n; ++j) {
    header.append(",").append(code(j));
    satellite += j == 12 ? ",0" : ",1";
  }
  p.transactions = header + "\n";
  p.output = "sector,output\n";
  p.final_demand = "sector,hh,exports\n";
  for (int i = 0; i < n; ++i) {
    p.transactions += code(i);
    for (int j = 0; j < n; ++j) p.transactions.append(",").append(flow(i, j));
    p.transactions += "\n";
    p.output.append(code(i)).append(",").append(output(i)).append("\n");
    p.final_demand.append(code(i)).append(",1,1\n");
  }
  header.replace(0, 6, "satellite,unit");
  p.satellites = header + "\n" + satellite + "\n";
  CHECK(p.Error() ==
        "m/transactions.csv:4: row 's02', column 's03': flow -1 is negative (rule: flows >= 0)\n"
        "m/transactions.csv: column 's10': inputs per unit of output sum to 2.1 (rule: column "
        "sums of A = Z / x must be < 1 for a productive economy)\n"
        "m/transactions.csv: column 's12': sector has zero output but intermediate inputs of 1 "
        "(rule: a zero-output sector has no inputs)\n"
        "m/output.csv:16: sector 's14', output: value -1 is negative (rule: output >= 0)\n"
        "m/transactions.csv: column 's18': inputs per unit of output sum to 2.01 (rule: column "
        "sums of A = Z / x must be < 1 for a productive economy)");
}

TEST_CASE("a zero-output sector with no inputs and no satellites is legal", "[model]") {
  Package p;
  p.transactions = "sector,a,b\na,10,0\nb,30,0\n";
  p.output = "sector,output\na,100\nb,0\n";
  p.satellites = "satellite,unit,a,b\ncompensation,million EUR,30,0\n";
  CHECK(p.Parse().output(1) == 0);
}

TEST_CASE("written packages load back identically", "[model]") {
  const Model model = Package().Parse();
  const std::string dir = testing::MakeTempDir("package");
  WriteModelPackage(model, dir);
  const Model again = LoadModel(dir);
  CHECK(again.sectors == model.sectors);
  CHECK(again.transactions == model.transactions);
  CHECK(again.output == model.output);
  CHECK(again.final_demand == model.final_demand);
  CHECK(again.satellites.size() == model.satellites.size());
  CHECK(again.household.consumption_column == "hh");
  CHECK(again.info.monetary_unit == "million EUR");
}

TEST_CASE("a missing model folder is an I/O error naming the path", "[model][errors]") {
  try {
    LoadModel("/nonexistent/model");
    FAIL("expected an error");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::kIo);
    CHECK(std::string(error.what()) == "/nonexistent/model: model folder not found");
  }
}
