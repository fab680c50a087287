#!/usr/bin/env bash
# Create the evaluation virtualenv (.venv-eval at the repository root) with the
# Python trafilatura baseline. Idempotent: does nothing when trafilatura is
# already installed there at the pinned version. Only used by scripts/eval_*.py
# and scripts/bench_*.py; the Rust product never depends on it.
set -euo pipefail

TRAFILATURA_VERSION="2.3.1"
# jusText (a trafilatura dependency) imports lxml.html.clean, which recent lxml
# releases ship as the separate lxml_html_clean package (the lxml[html_clean]
# extra it asks for no longer pulls it in), so it is installed explicitly.
EXTRA_PACKAGES=("lxml_html_clean==0.4.6")
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${VENV_EVAL:-$ROOT/.venv-eval}"
PY="$VENV/bin/python"

installed_version() {
    "$PY" - <<'PYEOF' 2>/dev/null || true
from importlib.metadata import version
import trafilatura  # fails (prints nothing) if a dependency is missing
print(version("trafilatura"))
PYEOF
}

if [ -x "$PY" ] && [ "$(installed_version)" = "$TRAFILATURA_VERSION" ]; then
    exit 0
fi

if [ ! -x "$PY" ]; then
    PYTHON="${PYTHON:-python3}"
    if ! "$PYTHON" -m venv "$VENV" >/dev/null 2>&1; then
        echo "setup-python.sh: '$PYTHON -m venv' failed (on Debian: apt-get install python3-venv)" >&2
        exit 1
    fi
fi

LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT
"$PY" -m pip install --quiet --disable-pip-version-check --no-input \
    "trafilatura==$TRAFILATURA_VERSION" "${EXTRA_PACKAGES[@]}" >"$LOG" 2>&1 || {
    cat "$LOG" >&2
    echo "setup-python.sh: pip install into $VENV failed" >&2
    exit 1
}

if [ "$(installed_version)" != "$TRAFILATURA_VERSION" ]; then
    echo "setup-python.sh: trafilatura $TRAFILATURA_VERSION did not install into $VENV" >&2
    exit 1
fi
echo "trafilatura $TRAFILATURA_VERSION ready in $VENV"
