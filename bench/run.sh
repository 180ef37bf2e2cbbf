#!/usr/bin/env bash
# Runs every ClaimLens benchmark and writes build/bench/report.md (issue 6).
#
#   bench/run.sh            all: native engine, wasm (Node, Chromium), pages, size
#   bench/run.sh engine     only the native engine benchmark (then the report)
#
# Needs the built engine and extension (./build.sh: pkg/, dist/test-chrome,
# dist/claimlens-test-firefox.zip; geckodriver for the Firefox pages).
# Each benchmark's output is kept next to the report; one that fails is
# reported as not measured and does not stop the others. Benchmarks print
# figures and never fail on time; only bench/size.mjs has a budget (checked
# by the build, reported here).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
OUT=build/bench
mkdir -p "$OUT"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# run NAME COMMAND...: runs one benchmark, output on the terminal and in the log.
run() {
  local name=$1
  shift
  say "$name"
  if ! "$@"; then
    say "$name failed (reported as not measured)"
    return 1
  fi
}

engine() {
  # Divan prints its table on stdout; keep it whole for the report.
  cargo bench --bench engine | tee "$OUT/engine.txt.tmp" && mv "$OUT/engine.txt.tmp" "$OUT/engine.txt"
}

rm -f "$OUT"/{engine.txt,instructions.txt,wasm.json,wasm-chromium.json,pages.json,pages-firefox.json,size.json}
run "native engine (cargo bench)" engine
if command -v valgrind >/dev/null; then
  run "instructions per scan (callgrind)" bash -c "bench/instructions.sh fr-1m > $OUT/instructions.txt"
fi
if [ "${1:-all}" = all ]; then
  if [ ! -f pkg/claimlens_bg.wasm ] || [ ! -d dist/test-chrome ]; then
    say "pkg/ or dist/test-chrome missing: run ./build.sh first"
  else
    [ -d bench/node_modules/mark.js ] || run "npm ci (mark.js)" npm ci --prefix bench --no-audit --no-fund
    run "wasm in Node" timeout 1200 node bench/wasm.mjs "$OUT/wasm.json"
    run "wasm in Chromium" timeout 1200 node bench/wasm-browser.mjs "$OUT/wasm-chromium.json"
    run "pages in Chromium" timeout 1800 node bench/pages.mjs "$OUT/pages.json"
    run "pages in Firefox" timeout 1800 env BENCH_BROWSER=firefox node bench/pages.mjs "$OUT/pages-firefox.json"
  fi
  run "download size" node bench/size.mjs "$OUT/size.json"
fi
node bench/report.mjs "$OUT" > "$OUT/report.md"
say "report: $OUT/report.md"
