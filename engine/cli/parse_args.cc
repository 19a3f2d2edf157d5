#include <iostream>

#include "commands.h"
#include "ripple/scenario/overrides.h"

namespace po = boost::program_options;

namespace ripple::cli {

const char* const kSetHelp =
    "change the scenario for this run: KEY is a dotted path (discount_rate, "
    "additionality.deadweight, "
    "interventions.<id>.amount), VALUE a TOML value (0.045, '\"text\"', true, [1, 2]); repeatable";

const char* const kLangHelp =
    "language of the HTML report: fr or en (default: the scenario's `language`, else en)";

std::optional<Language> LangFlag(const po::variables_map& values) {
  if (!values.count("lang")) return std::nullopt;
  const std::string text = values["lang"].as<std::string>();
  const auto language = ParseLanguage(text);
  if (!language) throw UsageError{"--lang " + text + ": expected fr or en"};
  return language;
}

const char* const kCsvDialectHelp =
    "standard (',' and '.') or excel-fr (';', decimal comma, UTF-8 BOM: French Excel)";

CsvDialect CsvDialectFlag(const po::variables_map& values) {
  const std::string text = values["csv-dialect"].as<std::string>();
  const auto dialect = ParseCsvDialect(text);
  if (!dialect) throw UsageError{"--csv-dialect " + text + ": expected standard or excel-fr"};
  return *dialect;
}

std::vector<Override> SetOverrides(const po::variables_map& values) {
  std::vector<Override> overrides;
  if (!values.count("set")) return overrides;
  for (const auto& text : values["set"].as<std::vector<std::string>>())
    overrides.push_back(ParseOverride(text));
  return overrides;
}

bool ParseArgs(const Args& args, const std::string& usage, po::options_description options,
               const std::vector<std::string>& positionals, po::variables_map& values) {
  options.add_options()("help,h", "print this help and exit");
  po::options_description hidden;
  po::positional_options_description order;
  for (const auto& name : positionals) {
    hidden.add_options()(name.c_str(), po::value<std::string>(), "");
    order.add(name.c_str(), 1);
  }
  po::options_description all;
  all.add(options).add(hidden);
  try {
    po::store(po::command_line_parser(args).options(all).positional(order).run(), values);
    if (values.count("help")) {
      std::cout << "usage: " << usage << "\n\n" << options;
      return false;
    }
    po::notify(values);
  } catch (const po::too_many_positional_options_error&) {
    throw UsageError{"too many arguments"};
  } catch (const po::error& error) {
    throw UsageError{error.what()};
  }
  for (const auto& name : positionals) {
    if (!values.count(name)) throw UsageError{"missing argument " + name};
  }
  return true;
}

}  // namespace ripple::cli
