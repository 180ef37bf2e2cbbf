#!/usr/bin/env bash
# Instructions of the engine's start-up and first scan, counted by callgrind
# (issue 6: a fresh wasm instance's first scan of a 4 KB article is mostly
# start-up: lexicons, automata and word tables built on first use). Runs the
# engine benchmark binary's profiling mode once on TEXT (fr-4k by default)
# and prints the first scan's instructions (claimlens::scan, inclusive),
# those of a warm scan of the same text for comparison, and the builders
# that cost most, inclusive.
#
#   bench/startup.sh [TEXT] [N]     TEXT: fr-4k (default), en-4k, ...; N rows (default 25)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
TEXT=${1:-fr-4k}
ROWS=${2:-25}
# shellcheck source=bench/callgrind.sh
source bench/callgrind.sh
for runs in 1 2; do
  profile "$TEXT" "$runs"
done
first=$(inclusive "$WORK/1.txt" 'claimlens::scan')
two=$(inclusive "$WORK/2.txt" 'claimlens::scan')
printf '%-40s %14d\n' "first scan ($TEXT, start-up included)" "$first"
printf '%-40s %14d\n' "warm scan ($TEXT)" "$((two - first))"
printf '%-40s %14d\n' "start-up (first - warm)" "$((2 * first - two))"
echo
echo "inclusive instructions of the first scan's callees (top $ROWS below scan):"
# Functions inside the crate and the allocator, inclusive, largest first.
grep -E '^ *[0-9,]+ \([ 0-9.]+%\) ' "$WORK/1.txt" | grep -E 'claimlens::|malloc|free|realloc|memcpy|fmt::format|core::fmt' |
  grep -vE 'claimlens::scan \[|engine::main|std::rt::' | head -"$ROWS" |
  sed -E 's/ \[[^]]*\]$//; s/^ *//'  || true
