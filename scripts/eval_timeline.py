#!/usr/bin/env python3
"""Timelines of the ML-Crisis dev topics against the reference timelines.

For each topic (egypt, yemen), the topic's articles (gold fields stripped)
go through `gazette timeline --json --timeline-dates N`, N being the number
of dates of the reference timeline, as is usual in timeline summarisation.
Scores:
- date F1: the system's dates against the reference's;
- alignment ROUGE-1 (m:1, as in tilse): each system date is aligned to the
  closest reference date and its unigrams count with weight 1/(1+days apart)
  (precision), and each reference date to the closest system date (recall);
- agreement ROUGE-1: only unigrams of the same date count.
Unigrams are lowercase \\w+ tokens.

    python3 scripts/eval_timeline.py
"""
import collections, datetime, json, os, re, subprocess, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, '..', 'shared', 'eval')


def read_reference(path):
    tl = {}
    date, lines = None, []
    for line in open(path, encoding='utf-8'):
        line = line.strip()
        if re.fullmatch(r'\d{4}-\d{2}-\d{2}', line):
            date, lines = datetime.date.fromisoformat(line), []
            tl[date] = lines
        elif line.startswith('---'):
            date = None
        elif date and line:
            lines.append(line)
    return {d: ' '.join(ls) for d, ls in tl.items()}


def grams(text):
    return collections.Counter(re.findall(r'\w+', text.lower()))


def overlap(a, b):
    return sum((a & b).values())


def align(src, dst):
    """Sum over src dates of overlap with the closest dst date, discounted."""
    total = 0.0
    for d, text in src.items():
        closest = min(dst, key=lambda e: (abs((e - d).days), e))
        total += overlap(grams(text), grams(dst[closest])) / (1 + abs((closest - d).days))
    return total


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    rows = [json.loads(l) for l in open(os.path.join(SHARED, 'cluster', 'mlcrisis-fr-dev.jsonl'), encoding='utf-8')]
    for topic in ('egypt', 'yemen'):
        ref = read_reference(os.path.join(SHARED, 'timeline', 'reference', f'{topic}.txt'))
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, f'{topic}.jsonl')
            with open(path, 'w', encoding='utf-8') as f:
                for r in rows:
                    if r['gold_topic'] == topic:
                        f.write(json.dumps({k: v for k, v in r.items() if not k.startswith('gold_')}, ensure_ascii=False) + '\n')
            out = subprocess.run([os.path.join(ROOT, 'target', 'release', 'gazette'), 'timeline', '--json', '--quiet',
                                  '--timeline-dates', str(len(ref)), path], capture_output=True, text=True).stdout
        sys_tl = {}
        for e in json.loads(out):
            d = datetime.date.fromisoformat(e['date'])
            sys_tl[d] = (sys_tl.get(d, '') + ' ' + e['text']).strip()
        common = set(sys_tl) & set(ref)
        dp, dr = len(common) / max(len(sys_tl), 1), len(common) / max(len(ref), 1)
        sys_len = sum(sum(grams(t).values()) for t in sys_tl.values())
        ref_len = sum(sum(grams(t).values()) for t in ref.values())
        ap = align(sys_tl, ref) / max(sys_len, 1) if sys_tl else 0.0
        ar = align(ref, sys_tl) / max(ref_len, 1) if sys_tl else 0.0
        agree = sum(overlap(grams(sys_tl[d]), grams(ref[d])) for d in common)
        gp, gr = agree / max(sys_len, 1), agree / max(ref_len, 1)
        print(f'{topic}: {len(ref)} reference dates, {len(sys_tl)} system dates')
        print(f'  date F1 {f1(dp, dr):.3f} (P {dp:.3f} R {dr:.3f})')
        print(f'  alignment ROUGE-1 F1 {f1(ap, ar):.3f} (P {ap:.3f} R {ar:.3f})')
        print(f'  agreement ROUGE-1 F1 {f1(gp, gr):.3f} (P {gp:.3f} R {gr:.3f})')


if __name__ == '__main__':
    main()
