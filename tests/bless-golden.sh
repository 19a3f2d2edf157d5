#!/usr/bin/env bash
# Re-writes tests/golden/<id>/{summary,annual}.csv from the shipped scenarios.
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
