"""Runs a data-building script inside .venv-lexicon (shared by
build_lexicon.py, build_places.py, build_names.py and build_background.py):
the packages those scripts read are pinned, come from PyPI and are needed
only when a table is rebuilt, never by the product or its tests."""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, '.venv-lexicon')


def reexec_in_venv(packages, probe):
    """Re-runs the calling script in .venv-lexicon, creating it (python3 -m
    venv, which Debian ships as python3-venv) and installing `packages` from
    PyPI unless `probe` (an import statement) already succeeds there."""
    py = os.path.join(VENV, 'bin', 'python')
    # The venv's python is a link to the system one: compare prefixes.
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        return
    if not os.path.exists(py):
        subprocess.run([sys.executable, '-m', 'venv', VENV], check=True)
    ready = subprocess.run([py, '-c', probe], capture_output=True).returncode == 0
    if not ready:
        subprocess.run([py, '-m', 'pip', 'install', '-q', *packages], check=True)
    os.execv(py, [py, *sys.argv])
