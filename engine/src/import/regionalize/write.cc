// rpc.csv and location_quotients.csv, written beside a regional package.
#include <ostream>
#include <sstream>

#include "ripple/base/staged_directory.h"
#include "ripple/import/regionalize.h"

namespace ripple {
namespace {

std::string Number(double value) { return FormatNumber(value, 12); }

}  // namespace

void WriteRpcCsv(const Regionalization& result, std::ostream& out) {
  const Model& model = result.model;
  std::vector<std::string> header = {"sector"};
  header.insert(header.end(), model.sectors.begin(), model.sectors.end());
  WriteCsvLine(out, header);
  for (size_t i = 0; i < model.sectors.size(); ++i) {
    std::vector<std::string> row = {model.sectors[i]};
    for (Eigen::Index j = 0; j < result.quotients.rpc.cols(); ++j) {
      row.push_back(Number(result.quotients.rpc(static_cast<Eigen::Index>(i), j)));
    }
    WriteCsvLine(out, row);
  }
}

void WriteLocationQuotientsCsv(const Regionalization& result, std::ostream& out) {
  const Model& model = result.model;
  const SectorEmployment& employment = result.employment;
  WriteCsvLine(out, {"sector", "employment_group", "employment_region", "employment_national",
                     "output_share", "slq", "output_national", "output_region"});
  for (size_t j = 0; j < model.sectors.size(); ++j) {
    const auto k = static_cast<Eigen::Index>(j);
    WriteCsvLine(out, {model.sectors[j], employment.groups[j], Number(employment.region(k)),
                       Number(employment.national(k)), Number(result.output_share(k)),
                       Number(result.quotients.slq(k)), Number(result.national_output(k)),
                       Number(model.output(k))});
  }
}

void WriteRegionalPackage(const Regionalization& result, const std::string& directory) {
  StagedDirectory staged(directory, ReportKind::kModel);
  WriteModelPackage(result.model, staged.PathOf(""));
  staged.WriteWith("rpc.csv", [&](std::ostream& out) { WriteRpcCsv(result, out); });
  staged.WriteWith("location_quotients.csv",
                   [&](std::ostream& out) { WriteLocationQuotientsCsv(result, out); });
  staged.Commit();
}

}  // namespace ripple
