// Report language and locale-free number formats, and the brief's fixed
// texts (report_text.h). "\u202F" is the narrow no-break space French uses
// between thousands and before % and €.
#include "ripple/report/report_text.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <string>

#include "ripple/base/error.h"

using namespace ripple;

namespace {
constexpr Language kFr = Language::kFrench;
constexpr Language kEn = Language::kEnglish;
}  // namespace

TEST_CASE("languages are spelled fr and en both ways", "[report_text]") {
  CHECK(LanguageName(kFr) == "fr");
  CHECK(LanguageName(kEn) == "en");
  CHECK(ParseLanguage("fr") == kFr);
  CHECK(ParseLanguage("en") == kEn);
  CHECK_FALSE(ParseLanguage("FR").has_value());
  CHECK_FALSE(ParseLanguage("french").has_value());
  CHECK_FALSE(ParseLanguage("").has_value());
  CHECK_FALSE(ParseLanguage("fr ").has_value());
}

TEST_CASE("figures are grouped by thousands with the language's separators", "[report_text]") {
  CHECK(FormatFigure(1234567.5, 1, kFr) == "1\u202F234\u202F567,5");
  CHECK(FormatFigure(1234567.5, 1, kEn) == "1,234,567.5");
  CHECK(FormatFigure(123, 0, kFr) == "123");
  CHECK(FormatFigure(1000, 0, kEn) == "1,000");
  CHECK(FormatFigure(999999, 0, kFr) == "999\u202F999");
  CHECK(FormatFigure(1e15, 0, kEn) == "1,000,000,000,000,000");
  CHECK(FormatFigure(7.3e7, 0, kEn) == "73,000,000");  // never an exponent
  CHECK(FormatFigure(0.5, 2, kFr) == "0,50");
}

TEST_CASE("negative figures carry a minus; those that round to zero do not", "[report_text]") {
  CHECK(FormatFigure(-1234567, 0, kFr) == "-1\u202F234\u202F567");
  CHECK(FormatFigure(-1234.5, 2, kEn) == "-1,234.50");
  CHECK(FormatFigure(-0.004, 2, kEn) == "0.00");
  CHECK(FormatFigure(-0.0, 0, kFr) == "0");
  CHECK(FormatFigure(0, 0, kEn) == "0");
  CHECK(FormatFigure(-0.006, 2, kFr) == "-0,01");
}

TEST_CASE("rounding is to nearest on the binary value, ties to even", "[report_text]") {
  CHECK(FormatFigure(2.5, 0, kEn) == "2");  // exact tie: even
  CHECK(FormatFigure(3.5, 0, kEn) == "4");
  CHECK(FormatFigure(0.125, 2, kEn) == "0.12");   // exact tie in binary
  CHECK(FormatFigure(1.005, 2, kEn) == "1.00");   // 1.00499999999999989...
  CHECK(FormatFigure(999.5, 0, kEn) == "1,000");  // carry into a new group
  CHECK(FormatFigure(999999.96, 1, kFr) == "1\u202F000\u202F000,0");
  CHECK(FormatFigure(9.01, 2, kFr) == "9,01");
}

TEST_CASE("euros and percentages are written the French or the English way", "[report_text]") {
  CHECK(FormatEuros(1234567, 0, kFr) == "1\u202F234\u202F567\u202F€");
  CHECK(FormatEuros(1234567, 0, kEn) == "€1,234,567");
  CHECK(FormatEuros(-1234.5, 2, kFr) == "-1\u202F234,50\u202F€");
  CHECK(FormatEuros(-1234.5, 2, kEn) == "-€1,234.50");
  CHECK(FormatEuros(0, 0, kEn) == "€0");
  CHECK(FormatPercent(12.5, 1, kFr) == "12,5\u202F%");
  CHECK(FormatPercent(12.5, 1, kEn) == "12.5%");
  CHECK(FormatPercent(-3, 0, kFr) == "-3\u202F%");
  CHECK(FormatPercent(100, 0, kEn) == "100%");
}

TEST_CASE("a non-number or a bad precision is refused, never printed", "[report_text]") {
  CHECK_THROWS_WITH(FormatFigure(std::nan(""), 0, kFr), "report figure is not a finite number");
  CHECK_THROWS_WITH(FormatEuros(std::numeric_limits<double>::infinity(), 0, kEn),
                    "report figure is not a finite number");
  CHECK_THROWS_WITH(FormatFigure(1, 10, kEn), "report figure: decimals must be 0..9, got 10");
  CHECK_THROWS_WITH(FormatPercent(1, -1, kEn), "report figure: decimals must be 0..9, got -1");
  CHECK(FormatFigure(std::numeric_limits<double>::max(), 0, kEn).size() == 309 + 102);
}

TEST_CASE("every fixed text exists in French and English", "[report_text]") {
  for (TextId id : kAllTextIds) {
    std::string_view french = ReportText(id, kFr);
    std::string_view english = ReportText(id, kEn);
    CHECK_FALSE(french.empty());
    CHECK_FALSE(english.empty());
    CHECK((french.find('%') == std::string_view::npos ||
           french.find("\u202F%") != std::string_view::npos));  // French spacing before %
  }
  CHECK(ReportText(TextId::kMeaningHeading, kFr) == "Ce que signifient ces chiffres");
  CHECK(ReportText(TextId::kMeaningHeading, kEn) == "What these figures mean");
  CHECK(ReportText(TextId::kGrossNetExplained, kFr).find("effet d’aubaine") !=
        std::string_view::npos);
  CHECK(ReportText(TextId::kCentralMedianExplained, kFr).find("90\u202F% des tirages") !=
        std::string_view::npos);
  CHECK(ReportText(TextId::kJobYearsExplained, kEn).find("30 job-years") != std::string_view::npos);
}
