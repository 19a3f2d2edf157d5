// `ripple`: the command-line front end. Dispatches to one subcommand, maps
// errors to the documented exit codes (0 ok, 1 bad input, 2 numerical or I/O
// failure, 3 internal error) and prints them as "ripple: error: ...".
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <cstring>
#include <iostream>
#include <string>

#include "commands.h"
#include "ripple/base/error.h"

namespace {

using ripple::cli::Args;

struct CommandEntry {
  const char* words;  // e.g. "model import csv"
  const char* summary;
  int (*run)(const Args&);
};

const CommandEntry kCommands[] = {
    {"run", "run a scenario and write its reports", ripple::cli::RunCommand},
    {"check", "validate a scenario and its model without running", ripple::cli::CheckCommand},
    {"compare", "run several scenarios and compare them side by side", ripple::cli::CompareCommand},
    {"sensitivity", "Monte Carlo, tornado and sweeps over a scenario's uncertain values",
     ripple::cli::SensitivityCommand},
    {"solve", "find the value of one scenario number that reaches a target",
     ripple::cli::SolveCommand},
    {"multipliers", "write the Type I and Type II multipliers of a model",
     ripple::cli::MultipliersCommand},
    {"model import csv", "build a model package from four CSV tables",
     ripple::cli::ModelImportCsvCommand},
    {"model import eurostat", "build a model package from a Eurostat symmetric IO table",
     ripple::cli::ModelImportEurostatCommand},
    {"model regionalize", "derive a regional model with location quotients",
     ripple::cli::ModelRegionalizeCommand},
};

void PrintHelp(std::ostream& out) {
  out << "usage: ripple COMMAND [ARGS...] [--help]\n\n"
         "Ripple: input-output (Leontief) economic impact engine.\n\ncommands:\n";
  for (const auto& command : kCommands) {
    std::string words = command.words;
    out << "  " << words << std::string(words.size() < 24 ? 24 - words.size() : 1, ' ')
        << command.summary << "\n";
  }
  out << "\noptions:\n  --version               print the version and exit\n"
         "  --help                  print this help and exit\n"
         "\nexit codes: 0 ok, 1 bad input, 2 numerical or I/O failure, 3 internal error\n";
}

// Number of leading words of `args` matching `words` entirely, or 0.
size_t Matches(const Args& args, const std::string& words) {
  size_t count = 0, start = 0;
  while (start <= words.size()) {
    size_t end = words.find(' ', start);
    if (end == std::string::npos) end = words.size();
    if (count >= args.size() || args[count] != words.substr(start, end - start)) return 0;
    ++count;
    start = end + 1;
  }
  return count;
}

int Dispatch(const Args& args) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    PrintHelp(args.empty() ? std::cerr : std::cout);
    return args.empty() ? 1 : 0;
  }
  if (args[0] == "--version") {
    std::cout << "ripple " << RIPPLE_VERSION << "\n";
    return 0;
  }
  for (const auto& command : kCommands) {
    const size_t used = Matches(args, command.words);
    if (used == 0) continue;
    try {
      return command.run(Args(args.begin() + used, args.end()));
    } catch (const ripple::cli::UsageError& error) {
      std::cerr << "ripple " << command.words << ": " << error.message << "\n"
                << "run 'ripple " << command.words << " --help' for usage\n";
      return 1;
    }
  }
  std::cerr << "ripple: unknown command '" << args[0]
            << "'\nrun 'ripple --help' for the commands\n";
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  // Log lines (warnings, progress) go to stderr; stdout carries results only.
  spdlog::set_default_logger(spdlog::stderr_logger_st("ripple"));
  spdlog::set_pattern("ripple: %l: %v");
  spdlog::set_level(spdlog::level::info);
  const Args args(argv + 1, argv + argc);
  try {
    return Dispatch(args);
  } catch (const ripple::Error& error) {
    std::cerr << "ripple: error: " << error.what() << "\n";
    return ripple::ExitCodeFor(error.kind());
  } catch (const std::exception& error) {
    std::cerr << "ripple: internal error: " << error.what() << "\n";
    return 3;
  }
}
