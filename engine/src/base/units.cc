#include "ripple/base/units.h"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "ripple/base/error.h"
#include "ripple/base/text.h"

namespace ripple {
namespace {

bool ScaleWord(const std::string& word, double& scale) {
  const std::string w = Lower(word);
  if (w == "thousand" || w == "thousands" || w == "ths") {
    scale = 1e3;
    return true;
  }
  if (w == "million" || w == "millions" || w == "mio") {
    scale = 1e6;
    return true;
  }
  if (w == "billion" || w == "billions" || w == "bn") {
    scale = 1e9;
    return true;
  }
  return false;
}

// "kEUR", "MEUR", "GEUR" and "k€"-style prefixes on a currency code.
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

}  // namespace

Unit ParseUnit(const std::string& text, const std::string& context) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string word; in >> word;) words.push_back(word);
  if (words.empty()) throw Error(ErrorKind::kBadInput, context + ": empty unit");
  Unit unit;
  size_t first = 0;
  if (ScaleWord(words[0], unit.scale)) {
    first = 1;
  } else if (words.size() == 1 && PrefixedCurrency(words[0], unit)) {
    return unit;
  }
  if (first == words.size()) {
    throw Error(ErrorKind::kBadInput,
                context + ": unit '" + text + "' has a scale but no base unit");
  }
  for (size_t i = first; i < words.size(); ++i) {
    if (i > first) unit.base += ' ';
    unit.base += words[i];
  }
  return unit;
}

bool IsEmploymentUnit(const Unit& unit) {
  const std::string base = Lower(unit.base);
  return base == "persons" || base == "person" || base == "jobs" || base == "job" ||
         base == "fte" || base == "employees" || base == "workers";
}

}  // namespace ripple
