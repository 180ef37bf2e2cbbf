#!/usr/bin/env bash
# Do two builds of the engine find exactly the same things? The check a speed change owes:
# it runs both `claimlens` binaries over the benchmark texts and every gold text (one scan per
# article) and compares their JSON output byte for byte.
#
#   bench/same-output.sh OLD_BINARY NEW_BINARY [EXTRA.jsonl ...]
#
# Texts: build/bench/texts/*.txt (run `node bench/texts.mjs build/bench/texts` first
# if missing), ../shared/corpus/dev.jsonl, tests/corpus/*.jsonl, tests/corpus/*/*.jsonl and any
# gold files given. Prints one line per text that differs and exits 1 if any does.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ $# -ge 2 ] || { sed -n '2,10p' "$0" >&2; exit 2; }
OLD=$1 NEW=$2
shift 2
for bin in "$OLD" "$NEW"; do
  [ -x "$bin" ] || { echo "same-output: $bin is not an executable" >&2; exit 2; }
done
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# Every gold article becomes one text file, named after its file and id.
mkdir -p "$WORK/texts"
for gold in ../shared/corpus/dev.jsonl tests/corpus/*.jsonl tests/corpus/*/*.jsonl "$@"; do
  [ -f "$gold" ] || continue
  jq -r '.id' "$gold" | while read -r id; do
    jq -j --arg id "$id" 'select(.id == $id) | .text' "$gold" >"$WORK/texts/$(basename "$gold" .jsonl)-$id.txt"
  done
done
cp build/bench/texts/*.txt "$WORK/texts/" 2>/dev/null || echo "same-output: no benchmark texts (node bench/texts.mjs build/bench/texts)" >&2

differ=0 count=0
for text in "$WORK"/texts/*.txt; do
  count=$((count + 1))
  "$OLD" scan "$text" --format json >"$WORK/old.json"
  "$NEW" scan "$text" --format json >"$WORK/new.json"
  if ! cmp -s "$WORK/old.json" "$WORK/new.json"; then
    echo "differs: $(basename "$text")"
    differ=$((differ + 1))
  fi
done
echo "same-output: $((count - differ)) of $count texts identical"
[ "$differ" -eq 0 ]
