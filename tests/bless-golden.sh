#!/usr/bin/env bash
# Re-writes tests/golden/<id>/{summary,annual}.csv from the shipped scenarios
# and tests/golden/multipliers/<model id>.csv from the shipped models (the
# model folder name must be the model id).
# Run from the repository root after an intended change of results, then
# review `git diff tests/golden` before committing: every changed figure
# should be explained by the change.
set -euo pipefail
cd "$(dirname "$0")/.."
ripple=${RIPPLE:-build/engine/ripple}
for scenario in scenarios/*.toml; do
  id=$(basename "$scenario" .toml)
  tmp=$(mktemp -d)
  "$ripple" run "$scenario" --out "$tmp/report" --quiet
  mkdir -p "tests/golden/$id"
  cp "$tmp/report/summary.csv" "$tmp/report/annual.csv" "tests/golden/$id/"
  rm -rf "$tmp"
  echo "blessed tests/golden/$id"
done
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
