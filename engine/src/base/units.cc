#include "ripple/base/units.h"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <utility>
#include <vector>

#include "ripple/base/error.h"
#include "ripple/base/text.h"

namespace ripple {
namespace {

bool ScaleWord(const std::string& word, double& scale) {
  const std::string w = Lower(word);
  if (w == "thousand" || w == "thousands" || w == "ths" || w == "k" || w == "mille" ||
      w == "milliers") {
    scale = 1e3;
    return true;
  }
  if (w == "million" || w == "millions" || w == "mio" || w == "m" || w == "mn") {
    scale = 1e6;
    return true;
  }
  if (w == "billion" || w == "billions" || w == "bn" || w == "g" || w == "md" || w == "mds" ||
      w == "milliard" || w == "milliards") {
    scale = 1e9;
    return true;
  }
  return false;
}

// The ISO code of a currency symbol or word ("€", "euros" -> "EUR"), or "".
std::string CurrencyCode(const std::string& word) {
  const std::string w = Lower(word);
  if (w == "€" || w == "euro" || w == "euros" || w == "d'euros" || w == "d’euros") return "EUR";
  if (w == "£") return "GBP";
  if (w == "$") return "USD";
  return "";
}

// Splits a word holding a currency symbol into its parts: "M€" ->
// {"M", "€"}, "£m" -> {"£", "m"}; other words are kept whole.
void SplitSymbols(const std::string& word, std::vector<std::string>& words) {
  for (const char* symbol : {"€", "£", "$"}) {
    const size_t at = word.find(symbol);
    if (at == std::string::npos || word == symbol) continue;
    const size_t end = at + std::string(symbol).size();
    if (at > 0) words.push_back(word.substr(0, at));
    words.push_back(symbol);
    if (end < word.size()) words.push_back(word.substr(end));
    return;
  }
  words.push_back(word);
}

// "kEUR", "MEUR", "GEUR": a scale letter on a three-letter currency code.
bool PrefixedCurrency(const std::string& word, Unit& unit) {
  if (word.size() != 4) return false;
  const std::string code = word.substr(1);
  if (!std::all_of(code.begin(), code.end(), [](unsigned char c) { return std::isupper(c); })) {
    return false;
  }
  switch (word[0]) {
    case 'k':
      unit.scale = 1e3;
      break;
    case 'M':
      unit.scale = 1e6;
      break;
    case 'G':
      unit.scale = 1e9;
      break;
    default:
      return false;
  }
  unit.base = code;
  return true;
}

Unit ParseUnitOnce(const std::string& text, const std::string& context) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string word; in >> word;) SplitSymbols(word, words);
  if (words.empty()) throw Error(ErrorKind::kBadInput, context + ": empty unit");
  Unit unit;
  if (words.size() == 1 && PrefixedCurrency(words[0], unit)) return unit;
  // One scale word, before or after the base unit: "million EUR", "EUR million", "M€".
  size_t first = 0, last = words.size();
  if (words.size() > 1 && ScaleWord(words.front(), unit.scale)) {
    first = 1;
  } else if (words.size() > 1 && ScaleWord(words.back(), unit.scale)) {
    last = words.size() - 1;
  } else if (words.size() == 1 && ScaleWord(words[0], unit.scale)) {
    throw Error(ErrorKind::kBadInput,
                context + ": unit '" + text + "' has a scale but no base unit");
  }
  for (size_t i = first; i < last; ++i) {
    if (i > first) unit.base += ' ';
    const std::string code = CurrencyCode(words[i]);
    unit.base += code.empty() ? words[i] : code;
  }
  return unit;
}

}  // namespace

// A unit depends on its text only, and runs of many variants (sensitivity.h)
// parse the same few texts for every variant: successful parses are kept per
// thread (at most kKept texts; errors are never kept, their text names `context`).
Unit ParseUnit(const std::string& text, const std::string& context) {
  constexpr size_t kKept = 32;
  thread_local std::vector<std::pair<std::string, Unit>> kept;
  for (const auto& [known, unit] : kept) {
    if (known == text) return unit;
  }
  Unit unit = ParseUnitOnce(text, context);
  if (kept.size() < kKept) kept.emplace_back(text, unit);
  return unit;
}

bool IsEmploymentUnit(const Unit& unit) {
  const std::string base = Lower(unit.base);
  return base == "persons" || base == "person" || base == "jobs" || base == "job" ||
         base == "fte" || base == "employees" || base == "workers";
}

}  // namespace ripple
