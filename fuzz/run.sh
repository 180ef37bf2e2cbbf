#!/bin/sh
# Runs each fuzz target for SECONDS seconds (default 60), seeded from the
# project's own texts and gold files. Needs cargo-fuzz
# (`cargo install cargo-fuzz`); on a stable toolchain RUSTC_BOOTSTRAP=1
# unlocks the nightly-only sanitizer flags cargo-fuzz passes.
# A crash leaves its input in fuzz/artifacts/<target>/; turn it into a case
# of `regressions()` in tests/robustness.rs.
set -eu
seconds="${1:-60}"
cd "$(dirname "$0")"
root=..
# No sanitizer: the engine is safe Rust (no `unsafe`), and libFuzzer still
# catches panics, hangs (-timeout) and memory blow-ups (-rss_limit_mb) at
# several times the speed. FUZZ_SANITIZER=address turns ASan back on.
sanitizer="${FUZZ_SANITIZER:-none}"

seed() { # seed <target> <files...>: copies existing files into the corpus
  target="$1"; shift
  mkdir -p "corpus/$target"
  for f in "$@"; do [ -f "$f" ] && cp "$f" "corpus/$target/" || true; done
}
seed scan "$root"/tests/fixtures/*.txt "$root"/tests/corpus/src/*.txt
# The gold corpus is one document a line: each line is a seed.
mkdir -p corpus/gold
for file in "$root"/tests/corpus/heldout.jsonl "$root"/tests/fixtures/*.jsonl; do
  [ -f "$file" ] || continue
  split -l 1 -a 4 "$file" "corpus/gold/$(basename "$file" .jsonl)-"
done

status=0
for target in scan gold; do
  echo "== fuzz $target for ${seconds}s"
  (cd "$root" && RUSTC_BOOTSTRAP=1 cargo fuzz run --sanitizer "$sanitizer" "$target" "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -max_len=65536 -timeout=30 -rss_limit_mb=2048 -print_final_stats=1) || status=1
done
exit $status
