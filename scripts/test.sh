#!/usr/bin/env bash
# Runs every test of the workspace: `cargo test --workspace --release`.
#
# The HTML report test drives a real headless Chromium. When none is on the
# machine, this script installs Debian's `chromium` package first (as root,
# or with sudo) and then requires the browser test to run; without it, that
# one test reports itself skipped. The script ends with one line of totals
# (cargo's own last line is the doc-test run of the last crate, often
# "0 passed", which says nothing about the whole).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

have_chromium() {
    command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || command -v google-chrome >/dev/null 2>&1
}
if ! have_chromium && command -v apt-get >/dev/null 2>&1; then
    sudo=""
    if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then sudo="sudo"; fi
    echo "test.sh: installing Chromium for the HTML report test" >&2
    { $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >/dev/null 2>&1 \
        || echo "test.sh: could not install Chromium; the browser test will be skipped" >&2
fi
if have_chromium; then
    export GAZETTE_REQUIRE_BROWSER=1
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
cargo test --workspace --release 2>&1 | tee "$log" || status=$?
passed=$(grep -Eo '^test result: [a-zA-Z]+\. [0-9]+ passed' "$log" | awk '{s += $4} END {print s + 0}')
failed=$(grep -Eo '[0-9]+ failed;' "$log" | awk '{s += $1} END {print s + 0}')
echo "${passed} passed, ${failed} failed"
exit "$status"
