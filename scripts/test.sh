#!/usr/bin/env bash
# Every test, in the order a failure is cheapest to find: types, unit, builds + zips, Firefox lint,
# real browsers, benchmarks (which print figures and never fail on time).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-output
rm -f test-output/*.json

step() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

step "typecheck"
npx tsc --noEmit

step "unit tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-output/unit.json

step "build and zip for Chrome (MV3) and Firefox (MV2)"
npx wxt zip
npx wxt zip -b firefox
ls -1 .output/*.zip
# The Firefox test builds: the shipped one plus the demo person stored at start (wxt.config.ts),
# in hide mode and in blur mode.
npx wxt build -b firefox --mode e2e
npx wxt build -b firefox --mode e2e-blur

step "web-ext lint (Firefox)"
node scripts/lint-firefox.mjs

step "end-to-end tests in Chromium and Firefox"
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=test-output/e2e.json

step "benchmarks"
bash scripts/bench.sh

step "summary"
node scripts/summarize-tests.mjs test-output/unit.json test-output/e2e.json
