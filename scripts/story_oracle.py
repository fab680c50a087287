#!/usr/bin/env python3
"""How far can story linking go on ECB+ dev when the events are perfect?

Takes the gold events of ../shared/eval/cluster/ecbplus-dev.jsonl as given,
builds one TF-IDF centroid per event (sublinear tf, smoothed idf) and
groups events into stories
by agglomerative clustering (single, average or complete link) at every
threshold, reporting the best story B-cubed F1 found. The threshold is
picked on the very data it is scored on, so this is an upper bound for any
linker that compares events by their words. Pure Python, no packages.

    python3 scripts/story_oracle.py
"""
import json, math, os, re
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PATH = os.path.join(ROOT, '..', 'shared', 'eval', 'cluster', 'ecbplus-dev.jsonl')


def bcubed(pred, gold):
    by_p, by_g = defaultdict(set), defaultdict(set)
    for i in gold:
        by_p[pred[i]].add(i)
        by_g[gold[i]].add(i)
    p = sum(len(by_p[pred[i]] & by_g[gold[i]]) / len(by_p[pred[i]]) for i in gold) / len(gold)
    r = sum(len(by_p[pred[i]] & by_g[gold[i]]) / len(by_g[gold[i]]) for i in gold) / len(gold)
    return p, r, 2 * p * r / (p + r)


def main():
    rows = [json.loads(l) for l in open(PATH, encoding='utf-8')]
    docs = [Counter(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]+", r['text'])) for r in rows]
    df = Counter(w for d in docs for w in d)
    n = len(docs)
    vecs = []
    for d in docs:
        v = {w: (1 + math.log(c)) * math.log((n + 1) / (df[w] + 1)) for w, c in d.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs.append({w: x / norm for w, x in v.items()})
    members = defaultdict(list)
    for i, r in enumerate(rows):
        members[r['gold_event']].append(i)
    events = sorted(members)
    cents = []
    for e in events:
        c = Counter()
        for i in members[e]:
            c.update(vecs[i])
        norm = math.sqrt(sum(x * x for x in c.values()))
        cents.append({w: x / norm for w, x in c.items()})
    k = len(events)
    sim = [[sum(x * cents[b].get(w, 0.0) for w, x in cents[a].items()) for b in range(k)] for a in range(k)]
    gold = {i: r['gold_topic'] for i, r in enumerate(rows)}
    best = None
    for link in ('single', 'average', 'complete'):
        for step in range(1, 60):
            t = step * 0.01
            groups = [[e] for e in range(k)]
            while True:
                pair, top = None, t
                for a in range(len(groups)):
                    for b in range(a + 1, len(groups)):
                        s = [sim[x][y] for x in groups[a] for y in groups[b]]
                        v = {'single': max(s), 'average': sum(s) / len(s), 'complete': min(s)}[link]
                        if v >= top:
                            pair, top = (a, b), v
                if pair is None:
                    break
                a, b = pair
                groups[a] += groups.pop(b)
            story = {e: g for g, grp in enumerate(groups) for e in grp}
            pred = {i: story[events.index(rows[i]['gold_event'])] for i in gold}
            p, r, f = bcubed(pred, gold)
            if best is None or f > best[0]:
                best = (f, p, r, link, t)
    f, p, r, link, t = best
    print(f"gold events, best story linking: B-cubed F1 {f:.3f} (P {p:.3f} R {r:.3f}), {link} link at cosine {t:.2f}")


if __name__ == '__main__':
    main()
