// Small text helpers shared by every layer: trimming, case, joining, and the
// one "did you mean" of Ripple's error messages.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ripple {

// `text` without leading and trailing spaces, tabs and carriage returns.
std::string Trim(std::string_view text);
// ASCII lower case (bytes >= 0x80, e.g. UTF-8 accents, unchanged).
std::string Lower(std::string_view text);
// "a, b, c" with `separator` between items.
std::string Join(const std::vector<std::string>& items, std::string_view separator = ", ");

// "2021, 2023-2025": `years` (increasing) with runs of consecutive years
// written as ranges; used to merge a warning repeated year after year.
std::string YearRanges(const std::vector<int>& years);

// `text` safe as XML or HTML text or a quoted attribute value: & < > " '
// escaped, control characters other than tab and newline (not allowed in XML
// 1.0) dropped, UTF-8 copied unchanged.
std::string EscapeMarkup(std::string_view text);

// The candidate a user most plausibly meant by `word`, or "" when none is
// close. In order: the same text ignoring case; a candidate one of whose parts
// between separators ('_', '-', '.', ' ') is `word` ("N82" -> "N80-N82");
// the candidate sharing the longest prefix of at least 3 characters,
// separators ignored ("J59X" -> "J59_J60"; ties to the smallest edit
// distance); else the smallest edit distance, at most max(2, |word| / 3), for
// words of 3 characters or more (so "N" never suggests "B").
std::string ClosestMatch(const std::string& word, const std::vector<std::string>& candidates);

// What error messages append after an unknown `word`: " (did you mean 'x'?)"
// when ClosestMatch finds one, else " (valid: a, b, …)" listing up to
// `max_listed` candidates ("… and N more"), or "" when `candidates` is empty.
std::string DidYouMean(const std::string& word, const std::vector<std::string>& candidates,
                       size_t max_listed = 12);

}  // namespace ripple
