#!/usr/bin/env bash
# Remakes the screenshots of reports/examples/ from the README's command for
# the default scenario (with ranges and the PDF):
#   ripple run scenarios/plaine-images-baseline.toml --draws 1000 --pdf
# brief.pdf is printed by headless Chromium (ripple run --pdf); its first two
# A4 pages are rasterised to PNG at 96 dpi by pdftoppm (poppler-utils), so the
# pictures are what a councillor gets on paper. The first page of
# compare.html (the three Plaine Images options) and of sensitivity.html
# (200 draws and a sweep of the wage share) are printed the same way.
# Needs: a built ripple (RIPPLE=path, default build/engine/ripple), chromium,
# pdftoppm. Usage: bash reports/examples/make.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
ripple=${RIPPLE:-$repo/build/engine/ripple}
for tool in chromium pdftoppm; do
  command -v "$tool" >/dev/null || { echo "make.sh: $tool is missing (apt-get install chromium poppler-utils)" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$repo"

# page N of PDF $1 as PNG $2
page() { pdftoppm -png -r 96 -f "$3" -l "$3" -singlefile "$1" "${2%.png}"; }

# An HTML file printed to PDF like ripple run --pdf does.
print() {
  timeout 120 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --user-data-dir="$work/profile" --print-to-pdf="$2" "file://$1" >/dev/null 2>&1
}

"$ripple" run scenarios/plaine-images-baseline.toml --draws 1000 --pdf --quiet --out "$work/brief"
page "$work/brief/brief.pdf" "$here/brief-page-1.png" 1
page "$work/brief/brief.pdf" "$here/brief-page-2.png" 2

"$ripple" compare scenarios/plaine-images-baseline.toml scenarios/plaine-images-minus25.toml \
  scenarios/plaine-images-plus25.toml --quiet --out "$work/compare"
print "$work/compare/compare.html" "$work/compare.pdf"
page "$work/compare.pdf" "$here/compare-page-1.png" 1

"$ripple" sensitivity scenarios/plaine-images-baseline.toml --draws 200 --quiet \
  --sweep interventions.plaine-images-subsidy.wage_share=0.4:0.8:5 --out "$work/sensitivity"
print "$work/sensitivity/sensitivity.html" "$work/sensitivity.pdf"
page "$work/sensitivity.pdf" "$here/sensitivity-page-1.png" 1
page "$work/sensitivity.pdf" "$here/sensitivity-page-2.png" 2
ls -l "$here"/*.png
