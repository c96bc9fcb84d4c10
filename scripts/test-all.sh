#!/usr/bin/env bash
# Runs every test: data checks, typecheck, lint (with the import layering), build, unit tests (vitest), end-to-end tests (Playwright in
# Debian's chromium), then prints one line "N passed, N failed" counted from their JSON reports.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports reports/screenshots

if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s fonts-noto-cjk libegl-mesa0 libgl1-mesa-dri >/dev/null 2>&1; then
  echo "Installing Debian chromium, fonts-noto-cjk and Mesa (software WebGL for the end-to-end tests)…"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-cjk libegl-mesa0 libgl1-mesa-dri >/dev/null
fi
[ -d node_modules ] || npm ci --no-audit --no-fund

: > reports/steps.txt
step() { # step <name> <command…>: a check that counts as one test; its time is printed, for CI's budget
  local name=$1 start=$SECONDS; shift
  echo "── $name"
  if "$@"; then echo "$name passed" >> reports/steps.txt; else echo "$name failed" >> reports/steps.txt; fi
  echo "── $name: $((SECONDS - start)) s"
}

# The typecheck and lint read the sources only, on one core each: they run beside the data check and the build
# (whose compile keeps one core busy), their output printed when they end.
BESIDE=()
beside() { # beside <name> <command…>: a step run in the background, its output kept in reports/<name>.log
  local name=$1; shift
  ( step "$name" "$@" > "reports/$name.log" 2>&1 ) &
  BESIDE+=("$name:$!")
}
beside typecheck npm run --silent typecheck
beside lint npm run --silent lint
step data-check npm run --silent data:check
step build npm run --silent build
for entry in "${BESIDE[@]}"; do wait "${entry#*:}"; cat "reports/${entry%%:*}.log"; done
# The build that offers 天地图 as an optional online basemap (online-basemap.spec); the default builds above do not.
step build-online npm run --silent build:online
# Test hooks (window.__atlas*) are in the test build only: none in the production build, not even in its source maps.
step no-test-hooks-in-production bash -c '[ -f dist/index.html ] && ! grep -rl "__atlas" dist && grep -rlq "__atlas" dist-e2e'
rm -f reports/unit.json reports/e2e.json
# The end-to-end run is bound by software WebGL and leaves a core idle for about a tenth of its time (waits for
# the page, the map's idle, a grace period): the plan fixture and the unit tests run beside it at the lowest
# priority and fill those gaps, instead of taking ≈ 2 minutes of their own before it (they slow it by about half
# that while they run). Their output is printed when they end.
low_priority_checks() {
  # A synthetic plan added by plan:add in a copy of the project, compiled and built (tests/unit/plans/fixture-plan.test.ts).
  step plan-fixture npm run --silent test:plan-fixture
  local start=$SECONDS
  npx vitest run --reporter=default --reporter=json --outputFile=reports/unit.json
  echo "── unit tests: $((SECONDS - start)) s"
}
( nice -n 19 bash -c "$(declare -f step low_priority_checks); low_priority_checks" > reports/low-priority.log 2>&1 ) &
LOW=$!
if [ -f dist-e2e/index.html ]; then
  start=$SECONDS
  npx playwright test
  echo "── end-to-end tests: $((SECONDS - start)) s"
else
  echo "no build: end-to-end tests not run" >> reports/steps.txt
fi
start=$SECONDS
wait "$LOW"
cat reports/low-priority.log
echo "── waited for the low-priority checks after the end-to-end tests: $((SECONDS - start)) s"
npx tsx scripts/summarise-tests.ts
