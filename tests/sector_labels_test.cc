// Sector names in English and French (sector_labels.h) and the shipped
// table models/classifications/a64_labels.csv.
#include "ripple/report/sector_labels.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <set>
#include <string>

#include "ripple/base/csv.h"
#include "ripple/base/error.h"
#include "support/test_support.h"

using namespace ripple;

namespace {

SectorLabels Shipped() {
  return SectorLabels::Load(testing::RepoPath("models/classifications/a64_labels.csv"));
}

bool IsValidUtf8(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    size_t length = c < 0x80           ? 1
                    : (c >> 5) == 0x6  ? 2
                    : (c >> 4) == 0xE  ? 3
                    : (c >> 3) == 0x1E ? 4
                                       : 0;
    if (length == 0 || i + length > text.size()) return false;
    for (size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    }
    i += length;
  }
  return true;
}

}  // namespace

TEST_CASE("sector labels are parsed and looked up by code and language", "[sector_labels]") {
  SectorLabels labels = SectorLabels::Parse(
      "code,label_en,label_fr,extra\nA01,Agriculture,Agriculture et élevage,x\n"
      "J59_J60,\"Film, TV\",\"Films ; télévision\",y\n",
      "labels.csv");
  REQUIRE(labels.entries().size() == 2);
  CHECK(labels.entries()[1].code == "J59_J60");
  CHECK(labels.Label("J59_J60", Language::kEnglish) == "Film, TV");
  CHECK(labels.Label("A01", Language::kFrench) == "Agriculture et élevage");
  CHECK(labels.Label("A02", Language::kFrench).empty());
  CHECK(labels.Find("A02") == nullptr);
}

TEST_CASE("sector label files with a missing column, an empty field or a duplicate are refused",
          "[sector_labels]") {
  CHECK_THROWS_WITH(SectorLabels::Parse("code,label_en\nA01,x\n", "l.csv"),
                    "l.csv:1: label_fr: missing column (expected code,label_en,label_fr)");
  CHECK_THROWS_WITH(SectorLabels::Parse("code,label_en,label_fr\nA01,x,y\nA02,x,\n", "l.csv"),
                    "l.csv:3: label_fr: empty");
  CHECK_THROWS_WITH(SectorLabels::Parse("code,label_en,label_fr\nA01,x,y\nA01,z,t\n", "l.csv"),
                    "l.csv:3: code: 'A01' is listed twice");
  CHECK_THROWS_AS(SectorLabels::Load(testing::RepoPath("models/classifications/none.csv")), Error);
}

TEST_CASE("every sector of every shipped A*64 model has an English and a French name",
          "[sector_labels]") {
  SectorLabels labels = Shipped();
  std::set<std::string> not_a64;
  for (const auto& entry : std::filesystem::directory_iterator(testing::RepoPath("models"))) {
    std::string toml = testing::ReadTextFile((entry.path() / "model.toml").string());
    if (toml.empty()) continue;  // classifications/ and README.md
    std::string model = entry.path().filename().string();
    if (toml.find("A*64") == std::string::npos) {
      not_a64.insert(model);
      continue;
    }
    CsvTable output = ReadCsvFile((entry.path() / "output.csv").string());
    int name = output.ColumnIndex("name");
    for (const CsvRow& row : output.rows) {
      INFO(model << " " << row.fields[0]);
      // An interregional package prefixes the region: "NORD:C10-C12", named
      // "Nord: <the product's name>".
      const std::string& code = row.fields[0];
      const size_t colon = code.find(':');
      const SectorLabel* label =
          labels.Find(colon == std::string::npos ? code : code.substr(colon + 1));
      REQUIRE(label != nullptr);
      if (name < 0) continue;
      const std::string& written = row.fields[name];  // Eurostat's words, verbatim
      if (colon == std::string::npos) {
        CHECK(written == label->label_en);
      } else {
        const std::string suffix = ": " + label->label_en;
        CHECK(written.size() > suffix.size());
        CHECK(written.substr(written.size() - suffix.size()) == suffix);
      }
    }
  }
  // The Eurostat manual's six product groups are not A*64 codes; their names
  // are in the model's own output.csv.
  CHECK(not_a64 == std::set<std::string>{"de-1995-eurostat-manual"});
}

TEST_CASE("the shipped table is A*64 in UTF-8 with the official headings", "[sector_labels]") {
  SectorLabels labels = Shipped();
  CHECK(labels.entries().size() == 65);  // 64 products of the fr-2021 table + U
  for (const SectorLabel& label : labels.entries()) {
    INFO(label.code);
    CHECK(IsValidUtf8(label.label_fr));
    CHECK(label.label_fr != label.label_en);
  }
  CHECK(labels.Label("J59_J60", Language::kFrench) ==
        "Production de films cinématographiques, de vidéo et de programmes de télévision ; "
        "enregistrement sonore et édition musicale ; programmation et diffusion");
  CHECK(labels.Label("N80-N82", Language::kEnglish) ==
        "Security and investigation services; services to buildings and landscape; office "
        "administrative, office support and other business support services");
  CHECK(labels.Label("L68A", Language::kFrench) ==
        "Loyers imputés des logements occupés par leur propriétaire");
  CHECK(labels.Label("F", Language::kFrench) == "Construction");
}

TEST_CASE("English sector names are Eurostat's naio_10_cp1700 labels", "[sector_labels]") {
  std::string path = testing::SharedDataPath("eurostat_fr_siot_2021_full/labels.csv");
  if (path.empty()) {
    WARN("skipped: ../shared/data/eurostat_fr_siot_2021_full is absent");
    return;
  }
  CsvTable eurostat = ReadCsvFile(path);
  std::set<std::pair<std::string, std::string>> published;
  for (const CsvRow& row : eurostat.rows) published.insert({row.fields[0], row.fields[1]});
  SectorLabels labels = Shipped();
  for (const SectorLabel& label : labels.entries()) {
    // J59_J60 -> CPA_J59_60, C10-C12 -> CPA_C10-12
    std::string code = label.code;
    if (code.size() == 7 && (code[3] == '_' || code[3] == '-')) code.erase(4, 1);
    INFO(label.code);
    CHECK(published.count({"CPA_" + code, label.label_en}) == 1);
  }
}

namespace {

// Capitals for comparing with INSEE's upper-case headings: ASCII letters and
// the accented lower-case Latin-1 letters (é -> É); apostrophes become
// spaces (INSEE's file prints "D ÉQUIPEMENTS").
std::string FrenchCapitals(std::string text) {
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\'') text[i] = ' ';
    if (c >= 'a' && c <= 'z') text[i] = static_cast<char>(c - 32);
    if (c == 0xC3 && i + 1 < text.size()) {
      unsigned char next = static_cast<unsigned char>(text[i + 1]);
      if (next >= 0xA0 && next <= 0xBE && next != 0xB7)
        text[i + 1] = static_cast<char>(next - 0x20);
      ++i;
    }
  }
  return text;
}

}  // namespace

TEST_CASE("French names of codes that are one A38 item are INSEE's A38 headings",
          "[sector_labels]") {
  std::string path =
      testing::SharedDataPath("insee_tes_a38_2010_2019/fr_tes_dom_2019_final_uses.csv");
  if (path.empty()) {
    WARN("skipped: ../shared/data/insee_tes_a38_2010_2019 is absent");
    return;
  }
  CsvTable insee = ReadCsvFile(path);
  std::map<std::string, std::string> a38;
  for (const CsvRow& row : insee.rows) a38[row.fields[0]] = FrenchCapitals(row.fields[1]);
  const std::pair<const char*, const char*> kSameItem[] = {
      {"B", "BZ"},   {"C10-C12", "CA"}, {"C13-C15", "CB"}, {"C19", "CD"}, {"C20", "CE"},
      {"C21", "CF"}, {"C26", "CI"},     {"C27", "CJ"},     {"C28", "CK"}, {"D", "DZ"},
      {"F", "FZ"},   {"I", "IZ"},       {"J61", "JB"},     {"M72", "MB"}, {"P", "PZ"},
      {"Q86", "QA"}, {"T", "TZ"}};
  SectorLabels labels = Shipped();
  for (const auto& [code, item] : kSameItem) {
    INFO(code << " = INSEE A38 " << item);
    CHECK(FrenchCapitals(std::string(labels.Label(code, Language::kFrench))) == a38[item]);
  }
}
