#!/bin/sh
# Writes a Ripple model package from one synthetic system of ../shared/bench/gen_io.py,
# so `ripple multipliers` and `ripple model import csv` read the very numbers the numpy
# peer reads (whole-process timings in bench/run.sh, CSV ingest speed).
#
#   bench/package_synthetic.sh GEN_DIR/n{N} OUT_DIR
#
# transactions.csv = Z.csv, output.csv = x.csv, final_demand.csv = Y.csv (their first
# header cell, empty in pandas' files, becomes "sector"); satellites.csv holds
# employment (satellite.csv, persons) and compensation (the COE row of VA.csv), which
# closes households into the model for Type II as the peer's `mult` task does
# (household column HH over total COE). The numbers are synthetic, labelled so in
# model.toml; "million EUR" is only there because a package needs a monetary unit.
set -eu
src=$1
out=$2
mkdir -p "$out"
sed '1s/^/sector/' "$src/Z.csv" > "$out/transactions.csv"
sed '1s/^,indout/sector,output/' "$src/x.csv" > "$out/output.csv"
sed '1s/^/sector/' "$src/Y.csv" > "$out/final_demand.csv"
{
  head -1 "$src/satellite.csv" | sed 's/^/satellite,unit/'
  sed -n '2s/^EMP_FTE,/employment,persons,/p' "$src/satellite.csv"
  sed -n 's/^COE,/compensation,million EUR,/p' "$src/VA.csv"
} > "$out/satellites.csv"
n=$(basename "$src" | tr -d n)
cat > "$out/model.toml" <<TOML
id = "synthetic-n$n"
title = "Synthetic input-output system of $n sectors (gen_io.py), for benchmarks only"
region = "synthetic"
year = 2021
currency = "EUR"
monetary_unit = "million EUR"
price_basis = "synthetic"
source = "synthetic: ../shared/bench/gen_io.py (seeded), not an economy"
licence = "synthetic data"

[household]
consumption = "HH"
income = "compensation"
TOML
