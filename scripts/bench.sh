#!/usr/bin/env bash
# Runs every benchmark in tests/bench/ one after another; each prints its figures. Never fails on time.
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob
files=(tests/bench/*.bench.ts)
if [ ${#files[@]} -eq 0 ]; then echo "no benchmarks yet"; exit 0; fi
for file in "${files[@]}"; do
  printf '\n-- %s --\n' "$file"
  npx vite-node "$file"
done
