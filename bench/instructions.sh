#!/usr/bin/env bash
# Instructions per scan, counted by valgrind's callgrind: a figure that does
# not move with the machine's load (wall-clock benchmarks on a shared machine
# do). Runs the engine benchmark binary in its profiling mode on one text,
# once and three times; the difference halved is one warm scan (lexicons and
# gazetteers are built on the first scan only).
#
#   bench/instructions.sh [TEXT]     TEXT: fr-1m (default), en-1m, fr-4k, ...
#
# Prints instructions per scan and per byte, and the share of each stage.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
TEXT=${1:-fr-1m}
# shellcheck source=bench/callgrind.sh
source bench/callgrind.sh
for runs in 1 3; do
  profile "$TEXT" "$runs"
done
BYTES=$(sed -n "s/^text $TEXT: \([0-9]*\) bytes.*/\1/p" "$WORK/1.stdout")
printf '%-34s %14s %8s\n' "stage ($TEXT)" "instructions" "share"
total=0
for fn in 'claimlens::scan' 'claimlens::text::Document::new' 'claimlens::text::tokens::tokenize_with_ends' \
  'claimlens::markers::find' 'claimlens::actors::find' 'claimlens::actors::mentions' 'claimlens::attribution::attach'; do
  once=$(inclusive "$WORK/1.txt" "$fn")
  thrice=$(inclusive "$WORK/3.txt" "$fn")
  [ -n "$once" ] && [ -n "$thrice" ] || { printf '%-34s %14s\n' "$fn" "inlined"; continue; }
  per=$(((thrice - once) / 2))
  [ "$fn" = claimlens::scan ] && total=$per
  printf '%-34s %14d %7.1f%%\n' "$fn" "$per" "$(echo "100 * $per / ($total + (total == 0))" | bc -l)"
done
[ -n "$BYTES" ] && [ "$total" -gt 0 ] && printf 'per byte: %.1f instructions (%d bytes)\n' "$(echo "$total / $BYTES" | bc -l)" "$BYTES"
