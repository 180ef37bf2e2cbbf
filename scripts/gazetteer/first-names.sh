#!/usr/bin/env bash
# Regenerates data/gazetteer/first-names.txt from the PyPI package names-dataset (pinned), downloaded
# into a temporary folder (never into the repository). Needs python3 and pip.
# Usage: scripts/gazetteer/first-names.sh      (from the repository root)
set -euo pipefail
version=3.3.1
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 -m pip download --quiet --no-deps --dest "$work" "names-dataset==$version"
python3 -m zipfile -e "$work"/names_dataset-"$version"-*.whl "$work/pkg"
python3 "$root/scripts/gazetteer/first-names.py" "$work/pkg" "$version" > "$root/data/gazetteer/first-names.txt"
echo "wrote $(grep -vc '^#' "$root/data/gazetteer/first-names.txt") names to data/gazetteer/first-names.txt"
