#!/bin/sh
# Rebuilds models/hdf-5dep-interregional-2021 (models/README.md) from models/fr-2021,
# models/geography/hauts-de-france-5dep-regions.csv and the Eurostat regional employment in
# ../shared/data. Run it again after models/fr-2021 changes.
#
# Usage: models/build-hdf-5dep-interregional-2021.sh [RIPPLE_BINARY] [OUT_DIR]
#   defaults: build/engine/ripple, models/hdf-5dep-interregional-2021;
#   RIPPLE_SHARED_DATA overrides ../shared/data. tests/interregional_models_test.cc runs this
#   script and compares its output with the committed package byte for byte.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RIPPLE=${1:-$ROOT/build/engine/ripple}
OUT=${2:-$ROOT/models/hdf-5dep-interregional-2021}
DATA=${RIPPLE_SHARED_DATA:-$ROOT/../shared/data}
E=$DATA/eurostat_regional_employment_nuts3_2018/nama_10r_3empers_2018_fr_hdf_ths_persons.csv
SRC="Eurostat nama_10r_3empers, employment by NUTS 3 region and NACE A*10, total employment (EMP, place of work), thousand persons, data update 2026-07-31"
NOTES="ASSUMPTIONS (not measured): distance decay beta 2.13, range 1 to 2.5, chosen so that Nord buys 41.6% of its intermediate inputs of French products from producers in Nord, close to the 41.7% of the FLQ (delta 0.3) estimate nord-2021 (Flegg & Webber 1997); beta 1, about the mean distance elasticity of international trade (Disdier & Head 2008, Review of Economics and Statistics 90(1) 37-48: 0.9), gives 15%. The rest of France is placed at Paris, the nearest large employment area: a lower bound of its distance, so its share of the departements' purchases is an upper estimate (models/geography/SOURCE.md). Final consumption (P3_S13, P3_S14, P3_S15) is placed in the regions by their share of compensation (place of work, not residence); investment, inventories and valuables (P51G, P52, P53) by their share of output; exports (P6) leave each region in proportion to its output. One trade share per product and pair of regions for every buyer (no difference between goods and local services). One national household sector (Type II): spending out of wages earned in Nord is spread over the regions like national household consumption, so induced effects understate what stays in Nord. Nord contains the Metropole Europeenne de Lille but is not the MEL."
exec "$RIPPLE" model regionalize "$ROOT/models/fr-2021" --interregional \
  --regions "$ROOT/models/geography/hauts-de-france-5dep-regions.csv" \
  --employment "$E" --employment-year 2018 --employment-source "$SRC" --national FR \
  --distance-decay 2.13 --id hdf-5dep-interregional-2021 \
  --title "Nord, Pas-de-Calais, Aisne, Oise, Somme and the rest of France 2021: interregional estimate from the France 2021 symmetric IO table" \
  --notes "$NOTES" --out "$OUT"
