#include "ripple/base/text.h"

#include <algorithm>

namespace ripple {
namespace {

bool IsSeparator(char c) { return c == '_' || c == '-' || c == '.' || c == ' '; }

// Lower case without separators: "J59_J60" -> "j59j60".
std::string Folded(std::string_view text) {
  std::string folded;
  for (char c : Lower(text)) {
    if (!IsSeparator(c)) folded += c;
  }
  return folded;
}

std::vector<std::string> Parts(const std::string& text) {
  std::vector<std::string> parts(1);
  for (char c : text) {
    if (IsSeparator(c)) {
      parts.emplace_back();
    } else {
      parts.back() += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return parts;
}

size_t CommonPrefix(const std::string& a, const std::string& b) {
  size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

std::string ByPart(const std::string& word, const std::vector<std::string>& candidates) {
  const std::string lower = Lower(word);
  for (const auto& candidate : candidates) {
    const std::vector<std::string> parts = Parts(candidate);
    if (parts.size() > 1 && std::find(parts.begin(), parts.end(), lower) != parts.end())
      return candidate;
  }
  return "";
}

// Longest common prefix (separators ignored) of at least 3 characters; among
// equal prefixes, the smallest edit distance ("amout": "amount", not
// "amounts_price_year").
std::string ByPrefix(const std::string& word, const std::vector<std::string>& candidates) {
  const std::string folded = Folded(word);
  std::string best;
  size_t best_length = 2, best_distance = 0;
  for (const auto& candidate : candidates) {
    const std::string other = Folded(candidate);
    const size_t length = CommonPrefix(folded, other);
    const size_t distance = EditDistance(folded, other);
    if (length > best_length ||
        (length == best_length && !best.empty() && distance < best_distance)) {
      best_length = length;
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

std::string ByDistance(const std::string& word, const std::vector<std::string>& candidates) {
  if (word.size() < 3) return "";
  const std::string lower = Lower(word);
  std::string best;
  size_t best_distance = std::max<size_t>(2, word.size() / 3) + 1;
  for (const auto& candidate : candidates) {
    const size_t distance = EditDistance(lower, Lower(candidate));
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

}  // namespace

std::string Trim(std::string_view text) {
  const size_t begin = text.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) return "";
  const size_t end = text.find_last_not_of(" \t\r");
  return std::string(text.substr(begin, end - begin + 1));
}

std::string Lower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

std::string Join(const std::vector<std::string>& items, std::string_view separator) {
  std::string joined;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) joined += separator;
    joined += items[i];
  }
  return joined;
}

std::string YearRanges(const std::vector<int>& years) {
  std::string text;
  for (size_t i = 0; i < years.size(); ++i) {
    size_t j = i;
    while (j + 1 < years.size() && years[j + 1] == years[j] + 1) ++j;
    // Appended piece by piece: GCC 12 reports a false -Wrestrict on
    // const char* + std::string&& here.
    if (!text.empty()) text += ", ";
    text += std::to_string(years[i]);
    if (j > i) text += '-' + std::to_string(years[j]);
    i = j;
  }
  return text;
}

std::string EscapeMarkup(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n') out += c;
    }
  }
  return out;
}

std::string ClosestMatch(const std::string& word, const std::vector<std::string>& candidates) {
  if (word.empty()) return "";
  for (const auto& candidate : candidates) {
    if (Lower(candidate) == Lower(word)) return candidate;
  }
  if (std::string match = ByPart(word, candidates); !match.empty()) return match;
  if (std::string match = ByPrefix(word, candidates); !match.empty()) return match;
  return ByDistance(word, candidates);
}

std::string DidYouMean(const std::string& word, const std::vector<std::string>& candidates,
                       size_t max_listed) {
  if (candidates.empty()) return "";
  const std::string match = ClosestMatch(word, candidates);
  if (!match.empty()) return " (did you mean '" + match + "'?)";
  std::vector<std::string> listed(
      candidates.begin(),
      candidates.begin() + static_cast<long>(std::min(max_listed, candidates.size())));
  std::string text = " (valid: " + Join(listed);
  if (candidates.size() > listed.size()) {
    text += " and " + std::to_string(candidates.size() - listed.size()) + " more";
  }
  return text + ")";
}

}  // namespace ripple
