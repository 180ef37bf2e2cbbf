# Sourced by bench/instructions.sh and bench/startup.sh: runs the engine
# benchmark binary's profiling mode under callgrind and reads its figures.
# Expects `set -euo pipefail` and the repository root as the working directory.

command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 1; }
# The benchmark's executable, not the CLI's, which cargo may list after it.
BIN=$(cargo bench --bench engine --no-run --message-format=json 2>/dev/null |
  sed -n 's/.*"executable":"\([^"]*\/engine-[^"]*\)".*/\1/p' | tail -1)
[ -x "$BIN" ] || { echo "no engine benchmark binary" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# profile TEXT RUNS: scans TEXT RUNS times under callgrind; leaves the program's
# output in $WORK/RUNS.stdout and the inclusive annotation in $WORK/RUNS.txt.
profile() {
  CLAIMLENS_PROFILE=$1 CLAIMLENS_PROFILE_RUNS=$2 \
    valgrind --tool=callgrind --callgrind-out-file="$WORK/$2.out" "$BIN" >"$WORK/$2.stdout" 2>/dev/null
  callgrind_annotate --inclusive=yes "$WORK/$2.out" 2>/dev/null >"$WORK/$2.txt"
}

# inclusive FILE FUNCTION: the function's inclusive instruction count.
# Empty when the function was inlined everywhere (no error: the caller goes on).
inclusive() {
  { grep -E "[: ]$2 \[" "$1" || true; } | head -1 | awk '{gsub(",", "", $1); print $1}'
}
