#!/usr/bin/env bash
# Regenerates data/gazetteer/generated.tsv from maintained datasets:
#   - world-countries (ISO 3166-1 countries: names, capitals, demonyms in English and French)
#   - cldr-localenames-full (CLDR territory names in en/fr, with their short and variant forms)
#   - cldr-dates-full, cldr-core (CLDR time-zone exemplar cities in en/fr: capital exonyms like Moscou,
#     Varsovie, and major cities like New York)
# The packages are installed in a temporary folder (never in the repository).
# Usage: scripts/gazetteer/generate.sh            (from the repository root)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$root/scripts/gazetteer/package.json" "$work/"
(cd "$work" && npm install --silent --no-audit --no-fund >/dev/null)
NODE_PATH="$work/node_modules" node "$root/scripts/gazetteer/generate.mjs" "$work/node_modules" \
  > "$root/data/gazetteer/generated.tsv"
echo "wrote $(grep -vc '^#' "$root/data/gazetteer/generated.tsv") entries to data/gazetteer/generated.tsv"
