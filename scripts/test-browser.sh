#!/usr/bin/env bash
# Runs the browser tests (tests/**/*.browser.test.ts, excluded from the default
# `vitest run`): installs Debian's Chromium at /usr/bin/chromium if missing, then runs
# the HTML report tests in headless Chromium (a sample report, and reports made by
# `collabsim report` from real results).
#
# Usage: npm run test:browser   (or: bash scripts/test-browser.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-chromium.sh
npx vitest run --config vitest.browser.config.ts "$@"
