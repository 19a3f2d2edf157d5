// Locale-free figure formatting for reports (see report_text.h).
#include "ripple/report/report_text.h"

#include <charconv>
#include <cmath>
#include <string>

#include "ripple/base/error.h"

namespace ripple {
namespace {

constexpr std::string_view kNarrowNoBreakSpace = "\u202F";

struct Parts {
  bool negative = false;
  std::string integer;   // digits only
  std::string fraction;  // digits only, may be empty
};

// Rounds |value| with std::to_chars (shortest exact decimal of the binary
// value, then round half to even) and splits it into digit strings.
Parts SplitRounded(double value, int decimals) {
  if (!std::isfinite(value)) {
    throw Error(ErrorKind::kInternal, "report figure is not a finite number");
  }
  if (decimals < 0 || decimals > 9) {
    throw Error(ErrorKind::kInternal,
                "report figure: decimals must be 0..9, got " + std::to_string(decimals));
  }
  char buffer[400];  // the largest double has 309 integer digits
  auto result = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(value),
                              std::chars_format::fixed, decimals);
  std::string text(buffer, result.ptr);
  Parts parts;
  size_t dot = text.find('.');
  parts.integer = text.substr(0, dot);
  if (dot != std::string::npos) parts.fraction = text.substr(dot + 1);
  bool all_zero = text.find_first_not_of("0.") == std::string::npos;
  parts.negative = value < 0 && !all_zero;
  return parts;
}

std::string Group(const std::string& digits, std::string_view separator) {
  std::string out;
  size_t lead = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
  out += digits.substr(0, lead);
  for (size_t i = lead; i < digits.size(); i += 3) {
    out += separator;
    out += digits.substr(i, 3);
  }
  return out;
}

// The unsigned grouped number: "1 234,5" or "1,234.5".
std::string Magnitude(const Parts& parts, Language language) {
  bool french = language == Language::kFrench;
  std::string out = Group(parts.integer, french ? kNarrowNoBreakSpace : ",");
  if (!parts.fraction.empty()) {
    out += french ? ',' : '.';
    out += parts.fraction;
  }
  return out;
}

}  // namespace

std::string_view LanguageName(Language language) {
  return language == Language::kFrench ? "fr" : "en";
}

std::optional<Language> ParseLanguage(std::string_view text) {
  if (text == "fr") return Language::kFrench;
  if (text == "en") return Language::kEnglish;
  return std::nullopt;
}

std::string FormatFigure(double value, int decimals, Language language) {
  Parts parts = SplitRounded(value, decimals);
  std::string out = parts.negative ? "-" : "";
  return out += Magnitude(parts, language);
}

std::string FormatEuros(double amount_eur, int decimals, Language language) {
  Parts parts = SplitRounded(amount_eur, decimals);
  std::string sign = parts.negative ? "-" : "";
  if (language == Language::kFrench) {
    return sign + Magnitude(parts, language) + std::string(kNarrowNoBreakSpace) + "€";
  }
  return sign + "€" + Magnitude(parts, language);
}

std::string FormatPercent(double percent, int decimals, Language language) {
  std::string number = FormatFigure(percent, decimals, language);
  if (language == Language::kFrench) return number + std::string(kNarrowNoBreakSpace) + "%";
  return number + "%";
}

}  // namespace ripple
