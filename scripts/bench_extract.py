#!/usr/bin/env python3
"""Extraction speed, side by side in one run: Python trafilatura vs the gazette CLI.

    python3 scripts/bench_extract.py                     # needs target/release/gazette
    python3 scripts/bench_extract.py --only-trafilatura  # baseline only
    python3 scripts/bench_extract.py --repeat 3 --out-json bench.json

Input: the OrangeSum-dev pages (--data, default ../shared/eval/extract from the
repo root; --set trafilatura or all for the other pages).

* trafilatura 2.3.1 (from .venv-eval, made by scripts/setup-python.sh, which is
  run here when needed): pages are gunzipped into memory first, then
  `trafilatura.extract(html)` (default settings) is timed over all pages in one
  process, one thread, after a warm-up call. Import and decompression are not
  timed.
* gazette: `gazette extract --json --jobs N DIR` wall clock via subprocess,
  stdout to /dev/null, for --jobs 1 and --jobs 2, on the .html.gz directory (the
  CLI gunzips itself) and on a temporary directory of the same pages
  decompressed to .html (closer to what trafilatura is timed on). Process start
  and file reading are included.

Each timing is the best of --repeat runs. pages/s and the ratio to trafilatura
are printed; nothing is hardcoded. Standard library only.
"""

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # no scripts/__pycache__ in the work tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import extract_common as ec  # noqa: E402

SET_DIRS = {"orangesum": "orangesum-dev", "trafilatura": "trafilatura-dev"}


def time_gazette(binary, html_dir, jobs, repeat):
    cmd = [binary, "extract", "--json", "--jobs", str(jobs), html_dir]
    runs = []
    rc = 0
    err_lines = 0
    for _ in range(repeat):
        start = time.perf_counter()
        res = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        runs.append(time.perf_counter() - start)
        rc = rc or res.returncode
        err_lines = len([l for l in res.stderr.splitlines() if l.strip()])
    return {"cmd": " ".join(cmd), "runs_s": runs, "best_s": min(runs), "exit_code": rc,
            "stderr_lines": err_lines}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gazette", default=ec.DEFAULT_GAZETTE,
                    help="gazette binary (default: target/release/gazette)")
    ap.add_argument("--data", default=ec.DEFAULT_DATA,
                    help="extract data dir (default: ../shared/eval/extract from the repo root)")
    ap.add_argument("--set", choices=["orangesum", "trafilatura", "all"], default="orangesum")
    ap.add_argument("--repeat", type=int, default=1, help="runs per timing; the best is kept")
    ap.add_argument("--jobs", default="1,2", help="gazette --jobs values to time (default 1,2)")
    ap.add_argument("--only-trafilatura", action="store_true", help="skip the gazette timings")
    ap.add_argument("--skip-trafilatura", action="store_true",
                    help="skip the trafilatura timing (gazette only, no ratio)")
    ap.add_argument("--out-json", help="write the numbers to this file")
    args = ap.parse_args()
    if args.repeat < 1:
        ap.error("--repeat must be >= 1")

    data = ec.resolve_from_root(args.data)
    sets = list(SET_DIRS) if args.set == "all" else [args.set]
    binary = ec.resolve_from_root(args.gazette)
    if not args.only_trafilatura and not os.path.exists(binary):
        sys.exit(f"error: {binary} not found (build with cargo build --release, "
                 "or pass --only-trafilatura)")
    jobs_list = [int(j) for j in args.jobs.split(",") if j.strip()]

    load1 = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    if load1 is not None and load1 > 0.5:
        print(f"warning: 1-minute load average is {load1:.2f}; other work on the machine "
              "may skew these timings", file=sys.stderr)
    results = {"data": data, "cpu_count": os.cpu_count(), "machine": platform.machine(),
               "python": platform.python_version(), "repeat": args.repeat,
               "loadavg_1min_at_start": load1, "sets": {}}
    tmp_root = tempfile.mkdtemp(prefix="gazette-bench-")
    try:
        for set_name in sets:
            html_dir = os.path.join(data, SET_DIRS[set_name], "html")
            pages = ec.list_pages(html_dir)
            n = len(pages)
            total_bytes = 0
            res = {"pages": n, "timings": {}}
            if not args.only_trafilatura:
                # same pages, decompressed, same file names minus .gz
                plain_dir = os.path.join(tmp_root, set_name)
                os.makedirs(plain_dir)
                for _, path in pages:
                    body = ec.read_page(path)
                    total_bytes += len(body)
                    name = os.path.basename(path)
                    with open(os.path.join(plain_dir, name[:-3] if name.endswith(".gz")
                                           else name), "wb") as f:
                        f.write(body)
            else:
                total_bytes = sum(len(ec.read_page(p)) for _, p in pages)
            res["html_mib"] = total_bytes / 2**20

            if not args.skip_trafilatura:
                t = ec.run_trafilatura_bench([p for _, p in pages], "default", args.repeat)
                res["timings"][f"trafilatura {t['version']} extract() 1 thread"] = {
                    "best_s": t["best_s"], "runs_s": t["runs_s"], "nonempty": t["nonempty"]}
            if not args.only_trafilatura:
                for jobs in jobs_list:
                    for label, d in (("html.gz", html_dir), ("html", plain_dir)):
                        g = time_gazette(binary, d, jobs, args.repeat)
                        res["timings"][f"gazette --jobs {jobs} ({label})"] = g
                        if g["exit_code"]:
                            print(f"warning: {g['cmd']} exited {g['exit_code']}",
                                  file=sys.stderr)

            base = None
            for name, t in res["timings"].items():
                t["pages_per_s"] = n / t["best_s"] if t["best_s"] > 0 else None
                if name.startswith("trafilatura"):
                    base = t["pages_per_s"]
            for t in res["timings"].values():
                t["speedup_vs_trafilatura"] = (t["pages_per_s"] / base
                                               if base and t["pages_per_s"] else None)
            results["sets"][set_name] = res

            print(f"{SET_DIRS[set_name]}: {n} pages, {res['html_mib']:.1f} MiB of HTML, "
                  f"best of {args.repeat}, {os.cpu_count()} CPUs")
            print(f"  {'system':<40} {'seconds':>8} {'pages/s':>9} {'x traf':>7}")
            for name, t in res["timings"].items():
                sp = t["speedup_vs_trafilatura"]
                print(f"  {name:<40} {t['best_s']:8.2f} {t['pages_per_s']:9.1f} "
                      f"{(f'{sp:.1f}x' if sp else '-'):>7}")
            print()
    finally:
        shutil.rmtree(tmp_root, ignore_errors=True)

    if args.out_json:
        with open(args.out_json, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=2, sort_keys=True)


if __name__ == "__main__":
    main()
