// Report language, locale-free number formatting, and the brief's fixed texts.
//
// Everything here is independent of the C/C++ locale and of the machine: the
// same value, precision and language always give the same bytes (digits come
// from std::to_chars, grouping and signs are added here). Output is UTF-8.
//
// French typography follows the Imprimerie nationale rules used by INSEE:
// thousands grouped with a narrow no-break space (U+202F), decimal comma, and
// a narrow no-break space before "%" and "€" ("1 234 567 €", "12,5 %").
// English: comma grouping, decimal point, "€1,234,567", "12.5%".
// Negative numbers carry a hyphen-minus ("-1 234", "-€1,234"), which screen
// readers, spreadsheets and search all read as a minus sign.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ripple {

enum class Language { kFrench, kEnglish };

// "fr" or "en": the spelling used by --lang, the scenario's `language` key and
// the HTML lang attribute.
std::string_view LanguageName(Language language);

// Parses "fr" or "en" (exactly, lowercase); anything else gives nullopt so the
// caller can name the field and the value in its own error.
std::optional<Language> ParseLanguage(std::string_view text);

// `value` rounded to `decimals` places (0..9, round half to even on the
// binary value, as std::to_chars does) and grouped by thousands:
// fr "1 234 567,5", en "1,234,567.5". A result that rounds to zero is
// printed without a sign. Throws Error(kInternal) for NaN, infinity or
// decimals outside 0..9: a report must never print a non-number.
std::string FormatFigure(double value, int decimals, Language language);

// An amount in euros: fr "1 234 567 €", "-1 234,50 €"; en "€1,234,567",
// "-€1,234.50". Same rounding and errors as FormatFigure.
std::string FormatEuros(double amount_eur, int decimals, Language language);

// A value already in percent (12.5 means 12.5 %): fr "12,5 %", en "12.5%".
std::string FormatPercent(double percent, int decimals, Language language);

// The brief's fixed texts. Headings are short; the *Explained entries are
// one plain-words paragraph for a reader who is not an economist.
enum class TextId {
  kBriefTitle,
  kConclusionHeading,
  kHeadlineHeading,
  kChartsHeading,
  kMeaningHeading,
  kAssumptionsHeading,
  kWarningsHeading,
  kMethodHeading,
  kClusterHeading,
  kGross,
  kNet,
  kCentralValue,
  kMedian,
  kLikelyRange,
  kDirect,
  kIndirect,
  kInduced,
  kJobYearsExplained,
  kGrossNetExplained,
  kTypeIIIExplained,
  kConstantCurrentExplained,
  kCentralMedianExplained,
};

// Every TextId in declaration order (for tests and for checking completeness).
inline constexpr TextId kAllTextIds[] = {
    TextId::kBriefTitle,
    TextId::kConclusionHeading,
    TextId::kHeadlineHeading,
    TextId::kChartsHeading,
    TextId::kMeaningHeading,
    TextId::kAssumptionsHeading,
    TextId::kWarningsHeading,
    TextId::kMethodHeading,
    TextId::kClusterHeading,
    TextId::kGross,
    TextId::kNet,
    TextId::kCentralValue,
    TextId::kMedian,
    TextId::kLikelyRange,
    TextId::kDirect,
    TextId::kIndirect,
    TextId::kInduced,
    TextId::kJobYearsExplained,
    TextId::kGrossNetExplained,
    TextId::kTypeIIIExplained,
    TextId::kConstantCurrentExplained,
    TextId::kCentralMedianExplained,
};

// The text for `id` in `language` (UTF-8, plain text, not HTML-escaped).
std::string_view ReportText(TextId id, Language language);

}  // namespace ripple
