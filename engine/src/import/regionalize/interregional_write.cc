// interregional_trade.csv and interregional_shares.csv, written beside an
// interregional package.
#include <algorithm>
#include <ostream>

#include "ripple/base/staged_directory.h"
#include "ripple/import/interregional.h"

namespace ripple {
namespace {

std::string Number(double value) { return FormatNumber(value, 12); }

}  // namespace

void WriteInterregionalTradeCsv(const Interregional& result, std::ostream& out) {
  WriteCsvLine(out, {"product", "origin", "destination", "distance_km", "trade_share", "flow"});
  const auto count = static_cast<Eigen::Index>(result.regions.size());
  const size_t n = result.trade_shares.size();
  for (size_t i = 0; i < n; ++i) {
    const std::string& product =
        result.model.sectors[i].substr(result.regions[0].prefix.size() + 1);
    for (Eigen::Index r = 0; r < count; ++r) {
      for (Eigen::Index s = 0; s < count; ++s) {
        WriteCsvLine(out, {product, result.regions[r].prefix, result.regions[s].prefix,
                           Number(result.distances(r, s)), Number(result.trade_shares[i](r, s)),
                           Number(result.trade_flows[i](r, s))});
      }
    }
  }
}

void WriteInterregionalSharesCsv(const Interregional& result, std::ostream& out) {
  WriteCsvLine(out, {"region", "prefix", "employment_group", "employment_region",
                     "employment_national", "output_share"});
  const RegionalEmployment& employment = result.employment;
  for (size_t r = 0; r < result.regions.size(); ++r) {
    const auto col = static_cast<Eigen::Index>(r);
    std::vector<std::string> seen;
    for (size_t j = 0; j < employment.groups.size(); ++j) {
      const std::string& group = employment.groups[j];
      if (std::find(seen.begin(), seen.end(), group) != seen.end()) continue;
      seen.push_back(group);
      const auto row = static_cast<Eigen::Index>(j);
      WriteCsvLine(out, {result.regions[r].code, result.regions[r].prefix, group,
                         Number(employment.region(row, col)), Number(employment.national(row)),
                         Number(result.output_share(row, col))});
    }
  }
}

void WriteInterregionalPackage(const Interregional& result, const std::string& directory) {
  StagedDirectory staged(directory, ReportKind::kModel);
  WriteModelPackage(result.model, staged.PathOf(""));
  staged.WriteWith("interregional_trade.csv",
                   [&](std::ostream& out) { WriteInterregionalTradeCsv(result, out); });
  staged.WriteWith("interregional_shares.csv",
                   [&](std::ostream& out) { WriteInterregionalSharesCsv(result, out); });
  staged.Commit();
}

}  // namespace ripple
