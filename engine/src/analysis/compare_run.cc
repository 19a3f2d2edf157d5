// Running compare's options, split over ranks (compare_run.h).
#include "ripple/analysis/compare_run.h"

#include <nlohmann/json.hpp>

#include "ripple/base/error.h"
#include "ripple/run/pipeline.h"

namespace ripple {
namespace {

using Json = nlohmann::ordered_json;

Json MeasureJson(const ComparedMeasure& m) {
  Json value = m.value ? Json(*m.value) : Json(nullptr);
  return Json::array(
      {m.indicator, m.effect, m.basis, m.measure, m.unit, m.higher_is_better, std::move(value)});
}

ComparedMeasure MeasureOf(const Json& j) {
  ComparedMeasure m{j.at(0).get<std::string>(),
                    j.at(1).get<std::string>(),
                    j.at(2).get<std::string>(),
                    j.at(3).get<std::string>(),
                    j.at(4).get<std::string>(),
                    j.at(5).get<bool>(),
                    std::nullopt};
  if (!j.at(6).is_null()) m.value = j.at(6).get<double>();
  return m;
}

Json OptionJson(const ComparedOption& o) {
  Json measures = Json::array();
  for (const ComparedMeasure& m : o.measures) measures.push_back(MeasureJson(m));
  return {{"id", o.id},
          {"name", o.name},
          {"file", o.file},
          {"language", o.language},
          {"years", {o.start_year, o.end_year, o.price_year}},
          {"model", {o.model_id, o.model_source, o.currency}},
          {"warnings", o.warnings},
          {"measures", std::move(measures)}};
}

ComparedOption OptionOf(const Json& j) {
  ComparedOption o;
  o.id = j.at("id").get<std::string>();
  o.name = j.at("name").get<std::string>();
  o.file = j.at("file").get<std::string>();
  o.language = j.at("language").get<std::string>();
  o.start_year = j.at("years").at(0).get<int>();
  o.end_year = j.at("years").at(1).get<int>();
  o.price_year = j.at("years").at(2).get<int>();
  o.model_id = j.at("model").at(0).get<std::string>();
  o.model_source = j.at("model").at(1).get<std::string>();
  o.currency = j.at("model").at(2).get<std::string>();
  o.warnings = j.at("warnings").get<std::vector<std::string>>();
  for (const Json& m : j.at("measures")) o.measures.push_back(MeasureOf(m));
  return o;
}

// The options of files [share.first, share.last); on an error, records it
// with the file's index in `failure` and stops.
std::vector<ComparedOption> RunShare(const CompareRunOptions& options, ItemRange share,
                                     RankFailure& failure) {
  std::vector<ComparedOption> mine;
  for (size_t i = share.first; i < share.last; ++i) {
    try {
      const std::string& file = options.files[i];
      const PreparedRun run =
          PrepareRun(file, OptionOverrides(file, options.overrides, options.price_year));
      mine.push_back(CompareOptionOf(RunScenario(run.scenario, *run.model, *run.leontief)));
    } catch (const Error& error) {
      failure = {true, i, error.kind(), error.what()};
      break;
    }
  }
  return mine;
}

}  // namespace

std::string ComparedOptionsToBytes(const std::vector<ComparedOption>& options) {
  Json list = Json::array();
  for (const ComparedOption& option : options) list.push_back(OptionJson(option));
  const std::vector<std::uint8_t> bytes = Json::to_cbor(list);
  return std::string(bytes.begin(), bytes.end());
}

std::vector<ComparedOption> ComparedOptionsFromBytes(const std::string& bytes) {
  try {
    std::vector<ComparedOption> options;
    for (const Json& option : Json::from_cbor(bytes)) options.push_back(OptionOf(option));
    return options;
  } catch (const nlohmann::json::exception& error) {
    throw Error(ErrorKind::kInternal,
                std::string("compare: options sent by a rank do not read back: ") + error.what());
  }
}

std::vector<ComparedOption> RunCompareOptions(const CompareRunOptions& options) {
  const ProcessGroup& group = options.group ? *options.group : SingleProcess();
  RunAgreed(group, [&] { CheckPriceYearFlags(options.overrides, options.price_year); });
  RankFailure failure;
  const std::vector<ComparedOption> mine =
      RunShare(options, RankShare(options.files.size(), group.rank(), group.size()), failure);
  ThrowFirstFailure(group, failure);
  if (group.size() == 1) return mine;
  std::vector<ComparedOption> all;
  for (const std::string& bytes : group.GatherTextToRoot(ComparedOptionsToBytes(mine))) {
    for (ComparedOption& option : ComparedOptionsFromBytes(bytes)) all.push_back(std::move(option));
  }
  return all;
}

}  // namespace ripple
