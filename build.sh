#!/usr/bin/env bash
# ClaimLens build and test driver.
#
#   ./build.sh         install what is missing, build the wasm engine (pkg/),
#                      the extension (dist/) and the CLI, then scan a sample article
#   ./build.sh test    build, then run every test; the last line is "N passed, N failed"
#
# Tools are installed only when missing, at pinned versions, from the package
# registries (rustup, crates.io, npm, Debian). A second run installs nothing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT=$PWD
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

WASM_TARGET=wasm32-unknown-unknown
# Cargo profile of the wasm engine (Cargo.toml [profile.wasm-release]).
WASM_PROFILE=wasm-release
GECKODRIVER_VERSION=0.36.0
SAMPLE_ARTICLE=tests/fixtures/sample-fr.txt
# Debian packages, as "command:package".
APT_TOOLS=(chromium:chromium chromedriver:chromium-driver firefox-esr:firefox-esr zip:zip node:nodejs npm:npm)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

# --- tools -------------------------------------------------------------------

# wasm-bindgen-cli must match the wasm-bindgen crate exactly: the glue it
# writes and the crate's runtime speak one private protocol.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else die "need root for: $*"; fi
}

ensure_apt_packages() {
  local missing=() entry
  for entry in "${APT_TOOLS[@]}"; do
    command -v "${entry%%:*}" >/dev/null || missing+=("${entry#*:}")
  done
  [ ${#missing[@]} -eq 0 ] && return
  say "apt-get install ${missing[*]}"
  # Another apt run may hold the lock (e.g. a machine set-up step): wait for it.
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y -q "${missing[@]}"
}

# ensure_cargo_tool BINARY CRATE VERSION [cargo install flags...]
ensure_cargo_tool() {
  local binary=$1 crate=$2 version=$3
  shift 3
  # Read the whole output before matching: `| grep -q` would close the pipe
  # early, and a tool killed by SIGPIPE fails the pipeline under pipefail.
  local installed=''
  command -v "$binary" >/dev/null && installed=$("$binary" --version 2>/dev/null || true)
  if [[ $installed == *" $version"* ]]; then return; fi
  say "cargo install $crate $version"
  cargo install "$crate" --version "$version" --force "$@"
}

ensure_tools() {
  ensure_apt_packages
  if ! grep -qx "$WASM_TARGET" <<<"$(rustup target list --installed)"; then
    say "rustup target add $WASM_TARGET"
    rustup target add "$WASM_TARGET"
  fi
  local wb_version
  wb_version=$(wasm_bindgen_version)
  [ -n "$wb_version" ] || die "no wasm-bindgen in Cargo.lock"
  # Not --locked: wasm-bindgen-cli's own lockfile does not build with current toolchains.
  ensure_cargo_tool wasm-bindgen wasm-bindgen-cli "$wb_version"
  ensure_cargo_tool geckodriver geckodriver "$GECKODRIVER_VERSION" --locked
  # npm dev dependencies (wasm-opt from binaryen, web-ext), exactly as locked.
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "npm ci"
    npm ci --no-audit --no-fund
  fi
}

# --- build -------------------------------------------------------------------

build_wasm() {
  say "wasm engine"
  cargo build --profile "$WASM_PROFILE" --lib --target "$WASM_TARGET"
  local wasm="target/$WASM_TARGET/$WASM_PROFILE/claimlens.wasm"
  if [ pkg/claimlens_bg.wasm -nt "$wasm" ] && [ pkg/claimlens.js -nt "$wasm" ]; then return; fi
  rm -rf pkg.tmp
  wasm-bindgen --target web --out-dir pkg.tmp "$wasm"
  # The features rustc enables by default for this target; wasm-opt must
  # accept them and must not introduce others browsers might lack.
  # -ocimfs: binaryen by default inlines every function that has one caller,
  # whatever its size, which folded most of the engine into one 101 KB `scan`.
  # V8 swaps optimised code in per function and only on the next call, so the
  # first scan of a fresh engine ran that whole body in its baseline tier;
  # capping single-caller inlining at 300 bytes also makes the file 3.7 KB
  # gzip smaller (measured 2026-11-26: 246.7 -> 243.0 KB).
  # --reorder-functions-by-name: each module's functions side by side, so gzip
  # finds their likenesses within its 32 KB window (248,264 -> 245,179 bytes
  # gzip with the two --strip flags, whose sections no browser reads; same
  # scan speed in Node, 2026-11-27).
  # --gufa -Oz: whole-program inference of the values and types that reach
  # each place (constant arguments, calls through the table with one target),
  # then -Oz again to use them: 239,267 -> 238,671 bytes gzip; scan speed in
  # Node within noise (2026-11-27). -Oz then --gufa alone saved nothing
  # (+242 bytes), --gufa then -Oz 263.
  # -ocimfs=150 and a last -Oz: 248,477 -> 248,085 bytes gzip on one tree
  # (2026-11-28; 300 -> 200: 248,240, 150: 248,132, 120: 248,091, 100: 248,186;
  # the second -Oz alone 248,316); scan speed in Node within noise (fastest
  # runs fr-1m 61.6 -> 65.2 ms, en-1m 60.9 -> 58.9, three interleaved runs).
  wasm-opt --reorder-functions-by-name -Oz -ocimfs=150 --gufa -Oz -Oz --strip-producers --strip-target-features \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    pkg.tmp/claimlens_bg.wasm -o pkg.tmp/claimlens_bg.opt.wasm
  mv pkg.tmp/claimlens_bg.opt.wasm pkg.tmp/claimlens_bg.wasm
  rm -rf pkg
  mv pkg.tmp pkg
}

# Prints the download sizes (wasm raw and gzip, both zips) and fails when the
# wasm is over its budget (issue 6: 250 KB gzip, lexicons and gazetteers included).
check_sizes() {
  say "download size"
  node bench/size.mjs || die "pkg/claimlens_bg.wasm is over its download budget (see the message above)"
}

build_extension() {
  say "extension"
  node extension/build.mjs
}

build_cli() {
  say "CLI"
  cargo build --release --bin claimlens
}

build_all() {
  ensure_tools
  build_wasm
  build_extension
  check_sizes
  build_cli
}

show_result() {
  say "ClaimLens is built"
  cat <<EOF
Extension (load it as described in README.md):
  Chromium/Chrome: chrome://extensions -> Developer mode -> Load unpacked -> $ROOT/dist/chrome
                   (or $ROOT/dist/claimlens-chrome.zip)
  Firefox:         about:debugging#/runtime/this-firefox -> Load Temporary Add-on -> $ROOT/dist/claimlens-firefox.zip
CLI: $ROOT/target/release/claimlens scan FILE [--format json]

Sample: target/release/claimlens scan $SAMPLE_ARTICLE
EOF
  target/release/claimlens scan "$SAMPLE_ARTICLE"
}

# --- tests -------------------------------------------------------------------

PASSED=0
FAILED=0
TAP_REPORT=$ROOT/target/e2e-report.tap
STEP_LINES=()

# step NAME KIND COMMAND...: runs one test step and adds its counts.
# KIND says how to count: "cargo" (sums "test result:" lines), "node" (reads
# the TAP summary that node_test writes to $TAP_REPORT), "check" (one check,
# passed when the command succeeds).
# A step that fails without a counted failure (a build error, a timeout)
# counts as one failure.
step() {
  local name=$1 kind=$2
  shift 2
  say "test: $name"
  local log status passed=0 failed=0
  log=$(mktemp)
  rm -f "$TAP_REPORT"
  set +e
  "$@" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  set -e
  case $kind in
    cargo)
      read -r passed failed < <(sed -nE 's/^test result: [A-Za-z]+\. ([0-9]+) passed; ([0-9]+) failed.*/\1 \2/p' "$log" |
        awk '{ p += $1; f += $2 } END { print p + 0, f + 0 }') ;;
    node)
      passed=$(sed -nE 's/^# pass ([0-9]+)$/\1/p' "$TAP_REPORT" 2>/dev/null | tail -1)
      failed=$(sed -nE 's/^# fail ([0-9]+)$/\1/p' "$TAP_REPORT" 2>/dev/null | tail -1)
      passed=${passed:-0} failed=${failed:-0} ;;
    check)
      if [ "$status" -eq 0 ]; then passed=1; else failed=1; fi ;;
  esac
  if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
  rm -f "$log"
  PASSED=$((PASSED + passed))
  FAILED=$((FAILED + failed))
  STEP_LINES+=("$(printf '%-28s %4d passed %4d failed%s' "$name" "$passed" "$failed" \
    "$([ "$status" -ne 0 ] && echo "  (exit $status)")")")
}

# node_test SECONDS FILE...: node's test runner with a time limit, readable
# output on the terminal and a TAP copy for counting.
node_test() {
  local seconds=$1
  shift
  mkdir -p "$(dirname "$TAP_REPORT")"
  timeout --kill-after=20 "$seconds" node --test --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$TAP_REPORT" "$@"
}

run_tests() {
  # Every step has a time limit, so that nothing can hang the run.
  local limit=(timeout --kill-after=20)
  step "rust (native)" cargo "${limit[@]}" 1800 cargo test --color never
  step "rust (wasm, node)" cargo env CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    "${limit[@]}" 900 cargo test --color never --target "$WASM_TARGET" --test wasm
  step "extension units (node)" node node_test 120 tests/extension/*.test.mjs
  step "web-ext lint (firefox)" check "${limit[@]}" 300 web-ext lint --source-dir dist/firefox --no-input --warnings-as-errors
  step "e2e chromium" node node_test 600 tests/e2e/chromium.test.mjs tests/e2e/hostile-chromium.test.mjs
  step "e2e firefox" node node_test 600 tests/e2e/firefox.test.mjs tests/e2e/hostile-firefox.test.mjs

  print_summary
  [ "$FAILED" -eq 0 ]
}

print_summary() {
  say "summary"
  printf '%s\n' "${STEP_LINES[@]}"
  echo "$PASSED passed, $FAILED failed"
}

case ${1:-build} in
  # Not "build_all && ...": bash ignores `set -e` inside a function run on the
  # left of &&, which would let a failed build step go unnoticed.
  build)
    build_all
    show_result
    ;;
  test)
    # The build runs as a counted step (in a child, so that `set -e` holds
    # there): a broken build still ends with the summary line.
    step "build" check "$ROOT/build.sh" build-only
    if [ "$FAILED" -ne 0 ]; then
      print_summary
      exit 1
    fi
    run_tests
    ;;
  build-only) build_all ;;
  -h | --help | help) sed -n '2,9p' "$0" ;;
  *) die "unknown command $1 (expected: build, test)" ;;
esac
