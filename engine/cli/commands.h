// The `ripple` subcommands. Each parses its own flags with
// Boost.Program_options, calls the library, and returns an exit code; errors
// are thrown as ripple::Error and mapped to exit codes by main().
//
// Exit codes: 0 ok, 1 bad input (files or flags), 2 numerical or I/O failure,
// 3 internal error.
#pragma once

#include <boost/program_options.hpp>
#include <optional>
#include <string>
#include <vector>

#include "ripple/base/csv.h"
#include "ripple/report/report_text.h"
#include "ripple/scenario/scenario.h"

namespace ripple::cli {

using Args = std::vector<std::string>;  // arguments after the command words

int RunCommand(const Args& args);             // ripple run SCENARIO.toml [--out DIR]
int CheckCommand(const Args& args);           // ripple check SCENARIO.toml
int MultipliersCommand(const Args& args);     // ripple multipliers MODEL_DIR [--out DIR]
int ModelImportCsvCommand(const Args& args);  // ripple model import csv FOLDER --id ID --out DIR
int ModelImportEurostatCommand(const Args& args);  // ripple model import eurostat ...
int ModelRegionalizeCommand(const Args& args);     // ripple model regionalize ...
int CompareCommand(const Args& args);      // ripple compare A.toml B.toml ... [--baseline X]
int SensitivityCommand(const Args& args);  // ripple sensitivity SCENARIO.toml [--draws N] ...
int SolveCommand(const Args& args);        // ripple solve SCENARIO.toml --target X=V --vary KEY

// Help text of --set, and the overrides of every --set flag in `values`.
extern const char* const kSetHelp;
std::vector<Override> SetOverrides(const boost::program_options::variables_map& values);

// Help text of --lang for a report, and its value: nullopt when the flag is
// absent; UsageError "--lang X: expected fr or en" when it is not fr or en.
extern const char* const kLangHelp;
std::optional<Language> LangFlag(const boost::program_options::variables_map& values);
// Help text of --csv-dialect, and its value in `values` (declared with
// default "standard"). Throws UsageError "--csv-dialect X: expected standard
// or excel-fr".
extern const char* const kCsvDialectHelp;
CsvDialect CsvDialectFlag(const boost::program_options::variables_map& values);

// Thrown by a command for a usage mistake (bad flag, missing argument);
// main prints it with the command's usage line and returns 1.
struct UsageError {
  std::string message;
};

// Parses `args` against `options` (a --help flag is added) with the named
// positionals in order, all required. Throws UsageError on unknown flags,
// missing or extra positionals. When --help is given, prints `usage`, the
// options and returns false; otherwise stores values in `values`.
bool ParseArgs(const Args& args, const std::string& usage,
               boost::program_options::options_description options,
               const std::vector<std::string>& positionals,
               boost::program_options::variables_map& values);

}  // namespace ripple::cli
