"""Shared helpers for scripts/eval_extract.py and scripts/bench_extract.py.

Standard library only. The Python trafilatura baseline lives in the virtualenv
made by scripts/setup-python.sh (.venv-eval at the repository root); when the
running interpreter cannot import trafilatura, this file is re-executed under
the venv interpreter as a worker (see `worker_main`) and talks JSON Lines.
"""

import gzip
import json
import os
import re
import subprocess
import sys
import time

SCRIPTS_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(SCRIPTS_DIR)
DEFAULT_DATA = os.path.normpath(os.path.join(REPO_ROOT, "..", "shared", "eval", "extract"))
DEFAULT_GAZETTE = os.path.join(REPO_ROOT, "target", "release", "gazette")
VENV_PYTHON = os.path.join(REPO_ROOT, ".venv-eval", "bin", "python")
SETUP_SCRIPT = os.path.join(SCRIPTS_DIR, "setup-python.sh")
TRAFILATURA_VERSION = "2.3.1"

# trafilatura's own benchmark settings (tests/eval_common.py EXTRACT_OPTS, used
# by its "trafilatura" row with fast=False); "default" is plain extract(html).
TRAFILATURA_CONFIGS = {
    "default": {},
    "bench": {"include_comments": False, "include_tables": True, "include_formatting": False},
}


def resolve_from_root(path):
    """An input path: absolute, or existing relative to the working directory,
    or else taken relative to the repository root."""
    if path is None:
        return None
    path = os.path.expanduser(path)
    if os.path.isabs(path) or os.path.exists(path):
        return os.path.abspath(path)
    return os.path.join(REPO_ROOT, path)


def page_id(filename):
    """The id the Rust CLI reports: file name without .gz, then without .html/.htm."""
    name = os.path.basename(filename)
    if name.endswith(".gz"):
        name = name[:-3]
    for ext in (".html", ".htm"):
        if name.endswith(ext):
            return name[: -len(ext)]
    return name


def list_pages(html_dir):
    """Sorted [(id, path)] of the page files in html_dir."""
    out = []
    for name in sorted(os.listdir(html_dir)):
        if name.endswith((".html.gz", ".htm.gz", ".html", ".htm")):
            out.append((page_id(name), os.path.join(html_dir, name)))
    return out


def read_page(path):
    """Raw page bytes, gunzipped when needed."""
    if path.endswith(".gz"):
        with gzip.open(path, "rb") as f:
            return f.read()
    with open(path, "rb") as f:
        return f.read()


def ensure_venv(quiet=True):
    """Run setup-python.sh (idempotent) and return the venv interpreter."""
    res = subprocess.run(["bash", SETUP_SCRIPT], stdout=subprocess.PIPE if quiet else None,
                         stderr=None)
    if res.returncode != 0 or not os.path.exists(VENV_PYTHON):
        sys.exit("error: scripts/setup-python.sh failed; cannot run the trafilatura baseline")
    return VENV_PYTHON


def trafilatura_in_process():
    """True when this interpreter imports trafilatura at the pinned version."""
    try:
        from importlib.metadata import version
        import trafilatura  # noqa: F401
        return version("trafilatura") == TRAFILATURA_VERSION
    except Exception:
        return False


# ---------------------------------------------------------------------------
# Worker side: runs where trafilatura is importable.

def _quiet_logging():
    import logging
    logging.disable(logging.CRITICAL)


def worker_extract(files, configs, with_metadata):
    """Yield one dict per file: id, text per config, and optionally title/date."""
    _quiet_logging()
    import trafilatura
    for path in files:
        html = read_page(path)
        rec = {"id": page_id(path), "texts": {}, "seconds": {}}
        for name in configs:
            start = time.perf_counter()
            try:
                text = trafilatura.extract(html, **TRAFILATURA_CONFIGS[name])
            except Exception as err:  # a crash scores as empty output
                text = None
                rec.setdefault("errors", {})[name] = repr(err)
            rec["seconds"][name] = time.perf_counter() - start
            rec["texts"][name] = text
        if with_metadata:
            try:
                meta = trafilatura.extract_metadata(html)
                rec["title"] = meta.title if meta else None
                rec["published"] = meta.date if meta else None
            except Exception:
                rec["title"] = rec["published"] = None
        yield rec


def worker_bench(files, config, repeat):
    """Time extract() over in-memory pages, single process. Returns a dict."""
    _quiet_logging()
    import trafilatura
    from importlib.metadata import version
    pages = [read_page(p) for p in files]
    opts = TRAFILATURA_CONFIGS[config]
    # pay lazy imports / one-time setup before timing
    trafilatura.extract(b"<html><body><article><p>" + b"warm up text. " * 30
                        + b"</p></article></body></html>", **opts)
    runs = []
    nonempty = 0
    for _ in range(repeat):
        nonempty = 0
        start = time.perf_counter()
        for html in pages:
            if trafilatura.extract(html, **opts):
                nonempty += 1
        runs.append(time.perf_counter() - start)
    return {"version": version("trafilatura"), "pages": len(pages), "config": config,
            "runs_s": runs, "best_s": min(runs), "nonempty": nonempty}


def worker_main(argv):
    import argparse
    ap = argparse.ArgumentParser(description="internal trafilatura worker")
    ap.add_argument("mode", choices=["extract", "bench"])
    ap.add_argument("--configs", default="default")
    ap.add_argument("--metadata", action="store_true")
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args(argv)
    files = [line.rstrip("\n") for line in sys.stdin if line.strip()]
    if args.mode == "extract":
        for rec in worker_extract(files, args.configs.split(","), args.metadata):
            sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
            sys.stdout.flush()
    else:
        sys.stdout.write(json.dumps(worker_bench(files, args.configs, args.repeat)) + "\n")


# ---------------------------------------------------------------------------
# Caller side.

def _run_worker(args, files):
    if trafilatura_in_process():
        return None
    python = VENV_PYTHON
    if not (os.path.exists(python) and
            subprocess.run([python, "-c", "import trafilatura"], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL).returncode == 0):
        python = ensure_venv()
    res = subprocess.run([python, os.path.abspath(__file__)] + args,
                         input="\n".join(files) + "\n", stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, encoding="utf-8")
    if res.returncode != 0:
        sys.stderr.write(res.stderr)
        sys.exit("error: trafilatura worker failed")
    return res.stdout


def run_trafilatura_extract(files, configs, with_metadata=True):
    """{id: record} from worker_extract, in-process when possible."""
    out = _run_worker(["extract", "--configs", ",".join(configs)]
                      + (["--metadata"] if with_metadata else []), files)
    if out is None:
        return {r["id"]: r for r in worker_extract(files, configs, with_metadata)}
    recs = (json.loads(line) for line in out.splitlines() if line.strip())
    return {r["id"]: r for r in recs}


def run_trafilatura_bench(files, config="default", repeat=1):
    out = _run_worker(["bench", "--configs", config, "--repeat", str(repeat)], files)
    if out is None:
        return worker_bench(files, config, repeat)
    return json.loads(out.strip().splitlines()[-1])


if __name__ == "__main__":
    worker_main(sys.argv[1:])


# ---------------------------------------------------------------------------
# Flattening: a page as the text dumps of crawlers and archives give it.

_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th",
    "tr", "ul",
}
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head", "iframe", "select"}


def flatten_html(raw):
    """The visible text of a page, one block per line, markup gone: what a
    crawler's text dump of the whole page looks like (menus, teasers and
    footers included), to measure the cleaning of flattened text against the
    gold of the HTML sets."""
    from html.parser import HTMLParser

    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', raw[:4096])
    enc = m.group(1).decode("ascii") if m else "utf-8"
    try:
        html = raw.decode(enc, errors="replace")
    except LookupError:
        html = raw.decode("utf-8", errors="replace")

    class Flat(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.lines, self.cur, self.skip = [], [], 0

        def _break(self):
            line = " ".join("".join(self.cur).split())
            if line:
                self.lines.append(line)
            self.cur = []

        def handle_starttag(self, tag, attrs):
            if tag in _SKIP_TAGS:
                self.skip += 1
            elif tag in _BLOCK_TAGS:
                self._break()

        def handle_startendtag(self, tag, attrs):
            if tag in _BLOCK_TAGS:
                self._break()

        def handle_endtag(self, tag):
            if tag in _SKIP_TAGS:
                self.skip = max(0, self.skip - 1)
            elif tag in _BLOCK_TAGS:
                self._break()

        def handle_data(self, data):
            if not self.skip:
                self.cur.append(data)

    p = Flat()
    p.feed(html)
    p.close()
    p._break()
    return "\n".join(p.lines) + "\n"


def flatten_dir(pages, out_dir):
    """Writes each (id, path) page flattened to out_dir/<id>.txt."""
    for pid, path in pages:
        with open(os.path.join(out_dir, pid + ".txt"), "w", encoding="utf-8") as f:
            f.write(flatten_html(read_page(path)))
