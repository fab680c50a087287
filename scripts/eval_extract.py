#!/usr/bin/env python3
"""Extraction quality of Gazette (and optionally Python trafilatura) on the dev sets.

    python3 scripts/eval_extract.py                        # run target/release/gazette
    python3 scripts/eval_extract.py --also-trafilatura     # + trafilatura 2.3.1 beside it
    python3 scripts/eval_extract.py --only-trafilatura     # baseline only, no binary needed
    python3 scripts/eval_extract.py --jsonl out.jsonl --set orangesum --worst 10

Sets (under --data, default ../shared/eval/extract from the repo root):

* orangesum: 300 French pages + ground-truth.json {id: {title, articleBody, published}}.
  Metric: the article-extraction-benchmark shingle F1 (see `shingle_counts`).
  Headline numbers ("P/R/F1") follow the project README: per-document tp/fp/fn
  normalised to sum to 1, summed over documents, then P = TP/(TP+FP),
  R = TP/(TP+FN), F1 = 2PR/(P+R). The benchmark's own evaluate.py aggregates
  differently (mean of per-document precision over documents with some
  prediction, mean of per-document recall over documents with some gold text,
  F1 of those two means); that is reported too as "aeb_*", with its "accuracy"
  (token lists identical).
* trafilatura: 177 pages + evaldata.json {url: {file, with, without}}. Metric as
  trafilatura's tests/evaluate.py evaluate_result()/calculate_scores(): each
  `with` snippet found in the text (plain `snippet in text`) is a TP, else FN;
  each `without` snippet found is an FP, else TN; no output at all: all FN/TN.
  precision = TP/(TP+FP), recall = TP/(TP+FN), accuracy = (TP+TN)/all,
  F1 = 2TP/(2TP+FP+FN). Newer trafilatura (tests/eval_common.py) first collapses
  whitespace runs to one space in text and snippets; that variant is reported
  as "ws_*".

Standard library only; trafilatura runs from .venv-eval (scripts/setup-python.sh).
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter

sys.dont_write_bytecode = True  # no scripts/__pycache__ in the work tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import extract_common as ec  # noqa: E402

SETS = {
    "orangesum": ("orangesum-dev", "ground-truth.json"),
    "trafilatura": ("trafilatura-dev", "evaldata.json"),
}

# ---------------------------------------------------------------------------
# OrangeSum: article-extraction-benchmark shingle matching.
#
# Tokenisation is exactly the benchmark's (scrapinghub/article-extraction-benchmark
# evaluate.py): re.compile(r'\w+', UNICODE | MULTILINE | IGNORECASE | DOTALL).findall.
# It does NOT lowercase: IGNORECASE has no effect on \w, so tokens keep their
# case and "Paris" != "paris". We keep case too.
_TOKEN_RE = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)


def tokenize(text):
    return _TOKEN_RE.findall(text or "")


def shingles(text, n=4):
    """Multiset of n-gram tuples; fewer than n tokens gives one shorter shingle,
    no tokens gives none (benchmark's _ngrams)."""
    tokens = tokenize(text)
    out = Counter()
    for i in range(0, max(1, len(tokens) - n + 1)):
        sh = tuple(tokens[i:i + n])
        if sh:
            out[sh] += 1
    return out


def shingle_counts(gold, pred, n=4):
    """(tp, fp, fn) on shingle multisets, normalised to sum to 1 when non-zero
    (benchmark's string_shingle_matching). Both empty gives (0, 0, 0)."""
    g, p = shingles(gold, n), shingles(pred, n)
    tp = fp = fn = 0.0
    for key in set(g) | set(p):
        gc, pc = g.get(key, 0), p.get(key, 0)
        tp += min(gc, pc)
        fp += max(0, pc - gc)
        fn += max(0, gc - pc)
    s = tp + fp + fn
    if s > 0:
        return tp / s, fp / s, fn / s
    return 0.0, 0.0, 0.0


def _f1(p, r):
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def _doc_precision(tp, fp, fn):  # benchmark's precision_score
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def _doc_recall(tp, fp, fn):  # benchmark's recall_score
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def score_orangesum(gold, preds):
    """gold: {id: {articleBody,...}}, preds: {id: text or None} -> (summary, per_doc)."""
    per_doc = []
    TP = FP = FN = 0.0
    aeb_p, aeb_r, acc = [], [], []
    empty = 0
    for doc_id in sorted(gold):
        g = gold[doc_id].get("articleBody") or ""
        p = preds.get(doc_id) or ""
        if not p.strip():
            empty += 1
        tp, fp, fn = shingle_counts(g, p)
        # README aggregation: a document with empty gold and empty prediction
        # counts as perfect (the benchmark would give it (0, 0, 0)).
        m_tp, m_fp, m_fn = (1.0, 0.0, 0.0) if tp == fp == fn == 0 else (tp, fp, fn)
        TP, FP, FN = TP + m_tp, FP + m_fp, FN + m_fn
        # benchmark (macro) aggregation
        if tp + fp > 0:
            aeb_p.append(_doc_precision(tp, fp, fn))
        if tp + fn > 0:
            aeb_r.append(_doc_recall(tp, fp, fn))
        acc.append(float(tokenize(g) == tokenize(p)))
        dp = m_tp / (m_tp + m_fp) if m_tp + m_fp > 0 else None
        dr = m_tp / (m_tp + m_fn) if m_tp + m_fn > 0 else None
        per_doc.append({"id": doc_id, "p": dp, "r": dr, "f1": _f1(dp or 0.0, dr or 0.0),
                        "gold_tokens": len(tokenize(g)), "pred_tokens": len(tokenize(p))})
    P = TP / (TP + FP) if TP + FP > 0 else 0.0
    R = TP / (TP + FN) if TP + FN > 0 else 0.0
    ap = sum(aeb_p) / len(aeb_p) if aeb_p else 0.0
    ar = sum(aeb_r) / len(aeb_r) if aeb_r else 0.0
    summary = {"docs": len(gold), "empty_predictions": empty,
               "precision": P, "recall": R, "f1": _f1(P, R),
               "aeb_precision": ap, "aeb_recall": ar, "aeb_f1": _f1(ap, ar),
               "aeb_accuracy": sum(acc) / len(acc) if acc else 0.0}
    return summary, per_doc


def _norm_title(t):
    return re.sub(r"\s+", " ", t or "").strip().casefold()


def score_orangesum_meta(gold, titles, dates):
    """Share of documents whose title (whitespace/case-normalised) and published
    date (YYYY-MM-DD prefix) equal the gold ones."""
    n = len(gold)
    t_ok = sum(1 for k, v in gold.items() if v.get("title") and titles.get(k)
               and _norm_title(titles[k]) == _norm_title(v["title"]))
    d_ok = sum(1 for k, v in gold.items() if v.get("published") and dates.get(k)
               and str(dates[k])[:10] == str(v["published"])[:10])
    return {"title_exact": t_ok / n if n else 0.0, "published_exact": d_ok / n if n else 0.0}


# ---------------------------------------------------------------------------
# trafilatura set: snippet matching as in trafilatura's tests/evaluate.py.

def _ws(text):
    return re.sub(r"\s+", " ", text).strip()


def snippet_counts(item, text, normalize_ws=False):
    """(tp, fn, fp, tn, missed_with, found_without) for one page."""
    withs, withouts = item["with"], item["without"]
    if text is None or not isinstance(text, str):
        return 0, len(withs), 0, len(withouts), list(withs), []
    hay = _ws(text) if normalize_ws else text
    missed = [w for w in withs if (_ws(w) if normalize_ws else w) not in hay]
    found = [w for w in withouts if (_ws(w) if normalize_ws else w) in hay]
    tp, fn = len(withs) - len(missed), len(missed)
    fp, tn = len(found), len(withouts) - len(found)
    return tp, fn, fp, tn, missed, found


def _snippet_scores(tp, fn, fp, tn):
    total = tp + fn + fp + tn
    return {"precision": tp / (tp + fp) if tp + fp else 0.0,
            "recall": tp / (tp + fn) if tp + fn else 0.0,
            "accuracy": (tp + tn) / total if total else 0.0,
            "f1": 2 * tp / (2 * tp + fp + fn) if 2 * tp + fp + fn else 0.0,
            "tp": tp, "fn": fn, "fp": fp, "tn": tn}


def score_trafilatura(evaldata, preds):
    """evaldata: {url: item}, preds: {id: text or None} -> (summary, per_doc)."""
    tot = [0, 0, 0, 0]
    tot_ws = [0, 0, 0, 0]
    per_doc = []
    empty = 0
    for url, item in evaldata.items():
        doc_id = ec.page_id(item["file"])
        text = preds.get(doc_id)
        if not (text or "").strip():
            empty += 1
        tp, fn, fp, tn, missed, found = snippet_counts(item, text)
        for i, v in enumerate((tp, fn, fp, tn)):
            tot[i] += v
        for i, v in enumerate(snippet_counts(item, text, normalize_ws=True)[:4]):
            tot_ws[i] += v
        p = tp / (tp + fp) if tp + fp else None
        r = tp / (tp + fn) if tp + fn else None
        per_doc.append({"id": doc_id, "url": url, "p": p, "r": r,
                        "f1": 2 * tp / (2 * tp + fp + fn) if 2 * tp + fp + fn else 0.0,
                        "errors": fn + fp, "missed_with": missed, "found_without": found})
    summary = {"docs": len(evaldata), "empty_predictions": empty}
    summary.update(_snippet_scores(*tot))
    summary.update({"ws_" + k: v for k, v in _snippet_scores(*tot_ws).items()
                    if k in ("precision", "recall", "accuracy", "f1")})
    return summary, per_doc


# ---------------------------------------------------------------------------
# Gazette runs.

def run_gazette(binary, html_dir):
    """Run the CLI on html_dir; returns ({id: record}, seconds, stderr_lines, rc)."""
    if not os.path.exists(binary):
        sys.exit(f"error: {binary} not found (build with cargo build --release, "
                 "or use --jsonl FILE / --only-trafilatura)")
    cmd = [binary, "extract", "--json", "--jobs", "1", html_dir]
    start = time.perf_counter()
    res = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    secs = time.perf_counter() - start
    recs = parse_jsonl(res.stdout.decode("utf-8", errors="replace").splitlines(), " ".join(cmd))
    errs = [l for l in res.stderr.decode("utf-8", errors="replace").splitlines() if l.strip()]
    return recs, secs, errs, res.returncode


def parse_jsonl(lines, origin):
    recs = {}
    bad = 0
    for line in lines:
        line = line.strip()
        if not line:
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            bad += 1
            continue
        if isinstance(obj, dict) and obj.get("id") is not None:
            recs[str(obj["id"])] = obj
        else:
            bad += 1
    if bad:
        print(f"warning: {bad} unparsable line(s) in output of {origin}", file=sys.stderr)
    return recs


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return parse_jsonl(f, path)


# ---------------------------------------------------------------------------

def fmt(v):
    return "   -  " if v is None else f"{v:6.3f}"


def print_worst(set_name, system, per_doc, n):
    if n <= 0:
        return
    print(f"\n{n} worst documents, {set_name}, {system}:")
    if set_name == "orangesum":
        rows = sorted(per_doc, key=lambda d: (d["f1"], d["id"]))[:n]
        print(f"  {'id':<12} {'P':>6} {'R':>6} {'F1':>6} {'gold_tok':>8} {'pred_tok':>8}")
        for d in rows:
            print(f"  {d['id']:<12} {fmt(d['p'])} {fmt(d['r'])} {fmt(d['f1'])} "
                  f"{d['gold_tokens']:>8} {d['pred_tokens']:>8}")
    else:
        rows = sorted(per_doc, key=lambda d: (-d["errors"], d["f1"], d["id"]))[:n]
        for d in rows:
            print(f"  {d['id']}  P={fmt(d['p']).strip()} R={fmt(d['r']).strip()} "
                  f"F1={d['f1']:.3f}  ({d['url']})")
            for s in d["missed_with"]:
                print(f"      missing: {s!r}")
            for s in d["found_without"]:
                print(f"      unwanted: {s!r}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gazette", default=ec.DEFAULT_GAZETTE,
                    help="gazette binary (default: target/release/gazette)")
    ap.add_argument("--set", choices=["orangesum", "trafilatura", "all"], default="all")
    ap.add_argument("--data", default=ec.DEFAULT_DATA,
                    help="extract data dir (default: ../shared/eval/extract from the repo root)")
    ap.add_argument("--jsonl", help="saved `gazette extract --json` output to score "
                    "instead of running the binary (may hold pages of both sets)")
    ap.add_argument("--also-trafilatura", action="store_true",
                    help="also score Python trafilatura 2.3.1 (from .venv-eval)")
    ap.add_argument("--only-trafilatura", action="store_true",
                    help="score trafilatura only; the gazette binary is not needed")
    ap.add_argument("--trafilatura-configs", default="default,bench",
                    help="comma list: default = extract(html); bench = trafilatura's own "
                    "benchmark options (include_comments=False, include_tables=True)")
    ap.add_argument("--trafilatura-cache",
                    help="JSON file caching trafilatura outputs (read if present, else written)")
    ap.add_argument("--worst", type=int, default=0, metavar="N",
                    help="print the N worst documents per set (gazette's; trafilatura's "
                    "with --only-trafilatura)")
    ap.add_argument("--flatten", action="store_true",
                    help="give gazette each page flattened to text (one block per line, markup "
                    "gone), to measure the cleaning of flattened text against the same gold")
    ap.add_argument("--out-json", help="write all numbers to this file")
    args = ap.parse_args()

    data = ec.resolve_from_root(args.data)
    sets = ["orangesum", "trafilatura"] if args.set == "all" else [args.set]
    run_traf = args.also_trafilatura or args.only_trafilatura
    run_gaz = not args.only_trafilatura
    traf_configs = [c.strip() for c in args.trafilatura_configs.split(",") if c.strip()]
    for c in traf_configs:
        if c not in ec.TRAFILATURA_CONFIGS:
            ap.error(f"unknown trafilatura config {c!r}")

    saved = load_jsonl(ec.resolve_from_root(args.jsonl)) if (run_gaz and args.jsonl) else None
    cache_path = args.trafilatura_cache
    cache = {}
    if cache_path and os.path.exists(cache_path):
        with open(cache_path, encoding="utf-8") as f:
            cache = json.load(f)

    results = {"data": data, "sets": {}}
    table = []  # (set, system, summary)
    for set_name in sets:
        subdir, gold_file = SETS[set_name]
        html_dir = os.path.join(data, subdir, "html")
        with open(os.path.join(data, subdir, gold_file), encoding="utf-8") as f:
            gold = json.load(f)
        pages = ec.list_pages(html_dir)
        set_res = results["sets"].setdefault(set_name, {"pages": len(pages), "systems": {}})
        systems = []  # (name, {id: text}, titles, dates, extra)

        if run_gaz:
            if saved is not None:
                recs, secs, errs, rc = saved, None, [], 0
            else:
                if args.flatten:
                    with tempfile.TemporaryDirectory() as flat_dir:
                        ec.flatten_dir(pages, flat_dir)
                        recs, secs, errs, rc = run_gazette(ec.resolve_from_root(args.gazette),
                                                           flat_dir)
                else:
                    recs, secs, errs, rc = run_gazette(ec.resolve_from_root(args.gazette),
                                                       html_dir)
            ids = {pid for pid, _ in pages}
            missing = sorted(ids - set(recs))
            extra = {"missing_pages": len(missing), "stderr_lines": len(errs), "exit_code": rc}
            if secs is not None:
                extra["seconds"] = secs
                extra["pages_per_s"] = len(pages) / secs if secs > 0 else None
            if errs:
                print(f"[{set_name}] gazette stderr ({len(errs)} lines), first: {errs[0]}",
                      file=sys.stderr)
            systems.append(("gazette", {k: r.get("text") for k, r in recs.items()},
                            {k: r.get("title") for k, r in recs.items()},
                            {k: r.get("published") for k, r in recs.items()}, extra))

        if run_traf:
            key = f"{set_name}:{','.join(traf_configs)}"
            # reuse any cached run of this set that covers the wanted configs
            hit = next((k for k in cache if k.split(":")[0] == set_name
                        and set(traf_configs) <= set(k.split(":", 1)[1].split(","))), None)
            if hit is not None:
                trecs = cache[hit]
            else:
                trecs = ec.run_trafilatura_extract([p for _, p in pages], traf_configs)
                cache[key] = trecs
            titles = {k: r.get("title") for k, r in trecs.items()}
            dates = {k: r.get("published") for k, r in trecs.items()}
            for c in traf_configs:
                secs = sum(r["seconds"][c] for r in trecs.values())
                nerr = sum(1 for r in trecs.values() if c in r.get("errors", {}))
                systems.append((f"trafilatura-{ec.TRAFILATURA_VERSION}:{c}",
                                {k: r["texts"][c] for k, r in trecs.items()}, titles, dates,
                                {"extract_seconds": secs,
                                 "pages_per_s": len(trecs) / secs if secs > 0 else None,
                                 "exceptions": nerr}))

        for name, texts, titles, dates, extra in systems:
            if set_name == "orangesum":
                summary, per_doc = score_orangesum(gold, texts)
                summary.update(score_orangesum_meta(gold, titles, dates))
            else:
                summary, per_doc = score_trafilatura(gold, texts)
            summary.update(extra)
            set_res["systems"][name] = summary
            table.append((set_name, name, summary))
            if name == "gazette" or args.only_trafilatura:
                print_worst(set_name, name, per_doc, args.worst)

    if cache_path and run_traf:
        with open(cache_path, "w", encoding="utf-8") as f:
            json.dump(cache, f, ensure_ascii=False)

    # compact table
    print()
    for set_name in sets:
        rows = [(n, s) for sn, n, s in table if sn == set_name]
        if not rows:
            continue
        if set_name == "orangesum":
            print(f"orangesum-dev ({set_res_pages(results, set_name)} pages): shingle P/R/F1 "
                  "(README micro) | benchmark macro P/R/F1 | title, date exact")
            print(f"  {'system':<28} {'P':>6} {'R':>6} {'F1':>6} | {'aebP':>6} {'aebR':>6} "
                  f"{'aebF1':>6} | {'title':>6} {'date':>6} | empty")
            for n, s in rows:
                print(f"  {n:<28} {fmt(s['precision'])} {fmt(s['recall'])} {fmt(s['f1'])} | "
                      f"{fmt(s['aeb_precision'])} {fmt(s['aeb_recall'])} {fmt(s['aeb_f1'])} | "
                      f"{fmt(s['title_exact'])} {fmt(s['published_exact'])} | "
                      f"{s['empty_predictions']}")
        else:
            print(f"trafilatura-dev ({set_res_pages(results, set_name)} pages): snippet "
                  "P/R/F1/accuracy (plain `in`) | whitespace-normalised F1")
            print(f"  {'system':<28} {'P':>6} {'R':>6} {'F1':>6} {'acc':>6} | "
                  f"{'wsF1':>6} | {'tp':>4} {'fn':>4} {'fp':>4} {'tn':>4} | empty")
            for n, s in rows:
                print(f"  {n:<28} {fmt(s['precision'])} {fmt(s['recall'])} {fmt(s['f1'])} "
                      f"{fmt(s['accuracy'])} | {fmt(s['ws_f1'])} | {s['tp']:>4} {s['fn']:>4} "
                      f"{s['fp']:>4} {s['tn']:>4} | {s['empty_predictions']}")
        for n, s in rows:
            if s.get("pages_per_s"):
                what = "CLI wall clock" if n == "gazette" else "extract() time"
                print(f"  speed {n}: {s['pages_per_s']:.1f} pages/s ({what})")
            if s.get("missing_pages"):
                print(f"  {n}: {s['missing_pages']} page(s) missing from output (scored empty)")
        print()

    if args.out_json:
        with open(args.out_json, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=2, sort_keys=True)


def set_res_pages(results, set_name):
    return results["sets"][set_name]["pages"]


if __name__ == "__main__":
    main()
