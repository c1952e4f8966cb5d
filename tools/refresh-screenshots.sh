#!/usr/bin/env bash
# Refreshes docs/screenshots, the pictures the README shows. The browser tests save screenshots only when
# QUORUM_SCREENSHOTS=1 (an ordinary test run checks the pages without them), in .test-output/screenshots (ignored by
# git); this runs just those tests in Debian's Chromium with screenshots on and, when they pass, replaces the PNGs in
# docs/screenshots with theirs.
# Needs what ./test.sh installs (chromium, fonts-liberation); extra arguments go to the test runner.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
out=.test-output/screenshots
rm -rf "$out"
dotnet build tests/Quorum.Web.Tests -c Release -v quiet -nologo
QUORUM_SCREENSHOTS=1 tests/Quorum.Web.Tests/bin/Release/net10.0/Quorum.Web.Tests \
  -class 'Quorum.Web.Tests.Browser.AccessibilityAndScreenshotTests' \
  -class 'Quorum.Web.Tests.Browser.StaffMeetingPagesTests' \
  -class 'Quorum.Web.Tests.Browser.StaffCouncilPagesTests' \
  -class 'Quorum.Web.Tests.Browser.ReportWorkflowBrowserTests' "$@"
shopt -s nullglob
shots=("$out"/*.png)
if [ ${#shots[@]} -eq 0 ]; then echo "No screenshots in $out." >&2; exit 1; fi
rm -f docs/screenshots/*.png
cp "${shots[@]}" docs/screenshots/
echo "${#shots[@]} screenshots copied to docs/screenshots; review them with git status / git diff --stat and commit."
