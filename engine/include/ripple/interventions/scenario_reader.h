// Reading a scenario file (format: scenarios/README.md). It lives in the
// interventions layer because reading a scenario needs the parser of every
// intervention type (interventions/*_parse.cc); the types it fills are
// ripple/scenario/scenario.h. Every problem is collected and thrown as one
// Error(kBadInput) listing them, each as "file:line:col: field: message".
#pragma once

#include <string>
#include <vector>

#include "ripple/scenario/scenario.h"

namespace ripple {

// Parses `text` (the content of `file`). Paths in the file are resolved
// relative to the folder of `file`.
Scenario ParseScenario(const std::string& text, const std::string& file);

// As above, then applies `overrides` in order to the table before reading it.
// A bad override throws Error(kBadInput) naming the flag ("--set KEY=VALUE: ...");
// values it sets are validated like the file's, located at "--set KEY:1:col".
Scenario ParseScenario(const std::string& text, const std::string& file,
                       const std::vector<Override>& overrides);

// Reads and parses a scenario file. Throws Error(kIo) when unreadable.
Scenario LoadScenario(const std::string& file);

}  // namespace ripple
