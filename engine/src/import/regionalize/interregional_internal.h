// Private parts of the interregional importer (interregional*.cc).
#pragma once

#include "ripple/import/interregional.h"

namespace ripple {

// The national final-demand column of exports: it leaves every region in
// proportion to the region's output (not allocated by gravity).
inline constexpr const char* kExportsColumn = "P6";

// Fills result.model's sectors, tables, satellites and household closure from
// the national model, the output shares and the trade shares; kappa holds the
// regional keys of the final-demand columns (columns x regions).
void AssembleInterregional(const Model& national, const Matrix& kappa, Interregional& result);

// Title, region, source, citation, notes and [provenance] of the package.
ModelInfo InterregionalInfo(const Model& national, const Interregional& result,
                            const InterregionalOptions& options);

}  // namespace ripple
