#!/usr/bin/env bash
# Re-writes the golden reports compared by tests/golden_test.cc:
#   tests/golden/<id>/{summary,annual}.csv, brief.md, run.json
#       from each shipped scenario (run.json with "version" and "command" masked)
#   tests/golden/plaine-images-baseline/impacts.csv, as written (its rows of
#       value 0 are left out by default, reports/README.md; the other scenarios'
#       impacts.csv are checked against their annual.csv instead)
#   tests/golden/sensitivity/{quantiles,tornado}.csv
#       from 200 draws (seed 1) of the default scenario
#   tests/golden/multipliers/<model id>.csv from each shipped model (the model
#       folder name must be the model id)
# Run from the repository root after an intended change of results, then
# review `git diff tests/golden` before committing: every changed figure
# should be explained by the change, and the commit should say why.
set -euo pipefail
cd "$(dirname "$0")/.."
ripple=${RIPPLE:-build/engine/ripple}
mask='s/^(\s*"(version|command)": )"[^"]*"/\1"(masked)"/'
for scenario in scenarios/*.toml; do
  id=$(basename "$scenario" .toml)
  tmp=$(mktemp -d)
  "$ripple" run "$scenario" --out "$tmp/report" --quiet
  mkdir -p "tests/golden/$id"
  cp "$tmp/report/summary.csv" "$tmp/report/annual.csv" "$tmp/report/brief.md" "tests/golden/$id/"
  if [ "$id" = plaine-images-baseline ]; then
    cp "$tmp/report/impacts.csv" "tests/golden/$id/impacts.csv"
  fi
  sed -E "$mask" "$tmp/report/run.json" > "tests/golden/$id/run.json"
  rm -rf "$tmp"
  echo "blessed tests/golden/$id"
done
tmp=$(mktemp -d)
"$ripple" sensitivity scenarios/plaine-images-baseline.toml --draws 200 --seed 1 --threads 2 --quiet \
  --out "$tmp/report"
mkdir -p tests/golden/sensitivity
cp "$tmp/report/quantiles.csv" "$tmp/report/tornado.csv" tests/golden/sensitivity/
rm -rf "$tmp"
echo "blessed tests/golden/sensitivity"
mkdir -p tests/golden/multipliers
for model in models/*/model.toml; do
  dir=$(dirname "$model")
  id=$(basename "$dir")
  tmp=$(mktemp -d)
  "$ripple" multipliers "$dir" --out "$tmp/m" >/dev/null
  cp "$tmp/m/multipliers.csv" "tests/golden/multipliers/$id.csv"
  rm -rf "$tmp"
  echo "blessed tests/golden/multipliers/$id.csv"
done
