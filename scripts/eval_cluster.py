#!/usr/bin/env python3
"""B-cubed precision, recall and F1 of `gazette digest` on the clustering dev sets.

Runs the release binary on each JSONL set (the product never sees the gold_*
fields: they are stripped into a temporary copy first), then scores events
and stories against gold_event and gold_topic (or gold_story). On a set in
several languages it also counts the gold events whose languages meet in
one predicted event.

    python3 scripts/eval_cluster.py [--set ecbplus|mlcrisis|bilingual|bilingual-undated|
                                           bilingual-half-dated|bilingual-headlines|
                                           ecbplus-leads|all]
                                    [-- extra digest args]

--topics K scores random samples of K gold topics (see --help).
GZ_BIN=PATH scores another build (default: target/release/gazette).
"""
import argparse, json, os, subprocess, sys, tempfile, time
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EVAL = os.path.join(ROOT, '..', 'shared', 'eval', 'cluster')
BILINGUAL = os.path.join(ROOT, 'eval', 'bilingual', 'bilingual-dev.jsonl')
SETS = {'ecbplus': os.path.join(EVAL, 'ecbplus-dev.jsonl'),
        'mlcrisis': os.path.join(EVAL, 'mlcrisis-fr-dev.jsonl'),
        # Our own French/English set (eval/bilingual/README.md), with its
        # publication dates and without them.
        'bilingual': BILINGUAL,
        'bilingual-undated': BILINGUAL,
        # Mixed sources: the French articles come without dates (flattened
        # pages), the English with theirs.
        'bilingual-half-dated': BILINGUAL,
        # A feed of headlines: each article's text is its headline only.
        'bilingual-headlines': BILINGUAL,
        # Wire briefs: each ECB+ text cut to its first paragraph.
        'ecbplus-leads': os.path.join(EVAL, 'ecbplus-dev.jsonl')}


def bcubed(pred, gold):
    """pred, gold: dict item -> label. Returns (P, R, F1)."""
    items = [i for i in gold if i in pred]
    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for i in items:
        by_pred[pred[i]].add(i)
        by_gold[gold[i]].add(i)
    p = r = 0.0
    for i in items:
        same_pred = by_pred[pred[i]]
        same_gold = by_gold[gold[i]]
        inter = len(same_pred & same_gold)
        p += inter / len(same_pred)
        r += inter / len(same_gold)
    p, r = p / len(items), r / len(items)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def run(name, extra, rows=None, quiet=False):
    if rows is None:
        rows = [json.loads(l) for l in open(SETS[name], encoding='utf-8')]
    if name.endswith('-undated'):
        for r in rows:
            r.pop('published', None)
    if name.endswith('-half-dated'):
        for r in rows:
            if r.get('language') == 'fr':
                r.pop('published', None)
    if name.endswith('-headlines'):
        for r in rows:
            r['text'] = r['title']
    if name.endswith('-leads'):
        for r in rows:
            paragraphs = [p for p in r['text'].split('\n')
                          if sum(w.isalpha() for w in p.split()) >= 8 and 'http' not in p]
            r['text'] = paragraphs[0] if paragraphs else r['text']
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, name + '.jsonl')
        with open(path, 'w', encoding='utf-8') as f:
            for r in rows:
                f.write(json.dumps({k: v for k, v in r.items() if not k.startswith('gold_')}, ensure_ascii=False) + '\n')
        t = time.time()
        proc = subprocess.run([os.environ.get('GZ_BIN', os.path.join(ROOT, 'target', 'release', 'gazette')), 'digest', path, '--json', '-', '--quiet'] + extra,
                              capture_output=True, text=True)
        # 1: some inputs were reported and skipped, the rest digested.
        if proc.returncode not in (0, 1) or not proc.stdout:
            sys.exit(proc.stderr)
        skipped = proc.stderr.count('\n')
        out = proc.stdout
        secs = time.time() - t
    d = json.loads(out)
    ev = {a['id']: a['event'] for a in d['articles']}
    st = {a['id']: a['story'] for a in d['articles']}
    res = {}
    if 'gold_event' in rows[0]:
        res['events'] = bcubed(ev, {r['id']: r['gold_event'] for r in rows})
    res['stories'] = bcubed(st, {r['id']: r.get('gold_topic', r.get('gold_story')) for r in rows})
    if quiet:
        return res
    print(f"{name}: {len(rows)} articles, {len(d['events'])} events, {len(d['stories'])} stories, {secs:.2f}s"
          + (f" ({skipped} reported and skipped)" if skipped else ""))
    for k, (p, r, f) in res.items():
        print(f"  {k:8s} B-cubed P {p:.3f} R {r:.3f} F1 {f:.3f}")
    langs = {r.get('language') for r in rows}
    if len(langs) > 1 and 'gold_event' in rows[0]:
        # Gold events covered in several languages whose languages all
        # meet in one predicted event with one another.
        by_event = defaultdict(list)
        for r in rows:
            by_event[r['gold_event']].append(r)
        mixed = [m for m in by_event.values() if len({r.get('language') for r in m}) > 1]
        met = 0
        for m in mixed:
            pred = defaultdict(set)
            for r in m:
                pred[ev[r['id']]].add(r.get('language'))
            met += any(len(l) > 1 for l in pred.values())
        print(f"  languages meet in {met} of {len(mixed)} events covered in several")
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--set', default='all', choices=['all'] + list(SETS))
    ap.add_argument('--topics', type=int, metavar='K',
                    help='score random samples of K gold topics of the set instead (the '
                         'held-out ECB+ split is about ten topics: cosines and events '
                         'depend on the size of the pile)')
    ap.add_argument('--samples', type=int, default=8, metavar='N', help='samples with --topics')
    ap.add_argument('extra', nargs='*')
    a = ap.parse_args()
    for name in (SETS if a.set == 'all' else [a.set]):
        if a.topics:
            sampled(name, a.topics, a.samples, a.extra)
        else:
            run(name, a.extra)


def sampled(name, k, n, extra):
    """Mean scores over n random samples (seed 7) of k gold topics."""
    import random
    rows = [json.loads(l) for l in open(SETS[name], encoding='utf-8')]
    topic = lambda r: r.get('gold_topic', r.get('gold_story'))
    topics = sorted({topic(r) for r in rows}, key=str)
    if k >= len(topics):
        sys.exit(f"{name}: {len(topics)} topics, fewer than --topics {k}")
    rng = random.Random(7)
    sums = defaultdict(lambda: [0.0, 0.0, 0.0])
    for _ in range(n):
        pick = set(rng.sample(topics, k))
        res = run(name, extra, [r for r in rows if topic(r) in pick], quiet=True)
        for level, scores in res.items():
            sums[level] = [x + y / n for x, y in zip(sums[level], scores)]
    print(f"{name}: mean of {n} samples of {k} topics")
    for level, (p, r, f) in sums.items():
        print(f"  {level:8s} B-cubed P {p:.3f} R {r:.3f} F1 {f:.3f}")


if __name__ == '__main__':
    main()
