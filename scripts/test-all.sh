#!/usr/bin/env bash
# npm test — the one gate: type-check, lint, data and locale checks, unit and component tests,
# then real-browser tests against the production build. Runs every step, then fails if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."

results=.cache/test-results
rm -rf "$results" && mkdir -p "$results"
failed_steps=()

step() {
  local name=$1; shift
  echo
  echo "== $name"
  local started=$SECONDS
  if "$@"; then
    echo "ok $name ($((SECONDS - started)) s)" | tee -a "$results/steps.txt"
  else
    echo "FAILED $name ($((SECONDS - started)) s)" | tee -a "$results/steps.txt"
    failed_steps+=("$name")
  fi
}

vitest_project() {
  npx vitest run --project "$1" --reporter=default --reporter=json --outputFile.json="$results/$1.json"
}

step typecheck npx tsc --noEmit -p tsconfig.json
step lint npx eslint . --max-warnings 0
step data:check npx tsx scripts/check-data.ts
step i18n:check npx tsx scripts/check-locales.ts
step i18n:report npx tsx scripts/i18n-report.ts --check
step audit npx tsx scripts/audit.ts
step unit vitest_project unit
step chromium bash scripts/ensure-chromium.sh
step build npx vite build --logLevel warn
if [[ " ${failed_steps[*]} " == *" chromium "* || " ${failed_steps[*]} " == *" build "* ]]; then
  echo "Skipping browser tests: Chromium or the build is missing (see above)." | tee -a "$results/steps.txt"
  failed_steps+=("browser")
  echo "FAILED browser (not run)" >> "$results/steps.txt"
else
  step browser vitest_project browser
fi

echo
npx tsx scripts/test-summary.ts "$results"
if [ ${#failed_steps[@]} -gt 0 ]; then
  echo "Failed: ${failed_steps[*]}"
  exit 1
fi
