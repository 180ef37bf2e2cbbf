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
command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 1; }
# (The benchmark's executable, not the CLI's, which cargo may list after it.)
BIN=$(cargo bench --bench engine --no-run --message-format=json 2>/dev/null |
  sed -n 's/.*"executable":"\([^"]*\/engine-[^"]*\)".*/\1/p' | tail -1)
[ -x "$BIN" ] || { echo "no engine benchmark binary" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for runs in 1 3; do
  CLAIMLENS_PROFILE=$TEXT CLAIMLENS_PROFILE_RUNS=$runs \
    valgrind --tool=callgrind --callgrind-out-file="$WORK/$runs.out" "$BIN" >"$WORK/$runs.stdout" 2>/dev/null
  callgrind_annotate --inclusive=yes "$WORK/$runs.out" 2>/dev/null >"$WORK/$runs.txt"
done
BYTES=$(sed -n "s/^text $TEXT: \([0-9]*\) bytes.*/\1/p" "$WORK/1.stdout")
# inclusive FILE FUNCTION: the function's inclusive instruction count.
# Empty when the function was inlined everywhere (no error: the table goes on).
inclusive() {
  { grep -E "[: ]$2 \[" "$1" || true; } | head -1 | awk '{gsub(",", "", $1); print $1}'
}
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
