#!/usr/bin/env python3
"""Who said what: quote speakers against a hand-labelled sample.

`eval/quotes/quotes-sample.tsv` holds 50 direct quotes drawn at random
(seed 15) from the bilingual dev set (`eval/bilingual/`, 84 French and
English articles written for the project), each with the speaker a reader
finds in the text: a name (alternatives split by |, "ECOWAS" or its full
name), or "-" where the text names no one ("un historien de
l'architecture", a slogan, an idiom). The set's articles go through
`gazette annotate --json` (gold fields stripped first); each sampled quote
is found by its first 50 characters.

A speaker is right when it names the gold one: the same words once
folded, the gold's last word among its words ("Trump" for "Donald
Trump"), or the gold's first words ("Economic Community of West African"
for "… States"). Where the gold is "-", no speaker or a role ("le responsable") is
right and a name is wrong. Scores:
- precision: right speakers among the quotes given a name or role;
- recall: right speakers among the quotes whose gold names someone;
- accuracy: right answers (a speaker, or none where none is due) over all.

    python3 scripts/eval_quotes.py [-v]
"""
import argparse, json, os, subprocess, sys, tempfile, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET = os.path.join(ROOT, 'eval', 'bilingual', 'bilingual-dev.jsonl')
GOLD = os.path.join(ROOT, 'eval', 'quotes', 'quotes-sample.tsv')


def fold(s):
    s = unicodedata.normalize('NFKD', s.lower())
    return ''.join(c for c in s if not unicodedata.combining(c))


def words(s):
    return [w for w in fold(s).replace("'", ' ').replace('-', ' ').split() if w]


def names(pred, gold):
    p = words(pred)
    for g in gold.split('|'):
        gw = words(g)
        if p == gw or (gw and len(gw[-1]) >= 3 and gw[-1] in p):
            return True
        # A name cut short of its last word ("Economic Community of West
        # African" for "… States").
        if len(p) >= 2 and p == gw[:len(p)]:
            return True
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('-v', action='store_true', help='print every quote that is not right')
    a = ap.parse_args()
    gold = []
    for line in open(GOLD, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        i, q, g = line.rstrip('\n').split('\t')
        gold.append((i, q, g))
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'set.jsonl')
        with open(path, 'w', encoding='utf-8') as f:
            for l in open(SET, encoding='utf-8'):
                r = json.loads(l)
                f.write(json.dumps({k: v for k, v in r.items() if not k.startswith('gold_')}, ensure_ascii=False) + '\n')
        out = subprocess.run([os.environ.get('GAZETTE', os.path.join(ROOT, 'target', 'release', 'gazette')), 'annotate', '--json', '--quiet', path],
                             check=True, capture_output=True, text=True).stdout
    quotes = {}
    for l in out.splitlines():
        r = json.loads(l)
        for q in r['quotes']:
            quotes.setdefault((r['id'], q['text'][:50]), q.get('speaker'))
    right = attributed = right_attributed = due = right_due = missing = 0
    for i, q, g in gold:
        if (i, q) not in quotes:
            missing += 1
            if a.v:
                print(f'not found  {i} {q!r} (gold {g})')
            continue
        pred = quotes[(i, q)]
        role = pred is not None and pred[:1].islower()
        if g == '-':
            ok = pred is None or role
        else:
            due += 1
            ok = pred is not None and names(pred, g)
        if pred is not None:
            attributed += 1
            right_attributed += ok
        right_due += ok and g != '-'
        right += ok
        if a.v and not ok:
            print(f'{i} {q!r}: {pred!r}, gold {g!r}')
    n = len(gold)
    p = right_attributed / attributed if attributed else 0.0
    r = right_due / due if due else 0.0
    print(f'{n} quotes ({missing} not found): precision {p:.3f} ({right_attributed}/{attributed}), '
          f'recall {r:.3f} ({right_due}/{due}), accuracy {right / n:.3f}')


if __name__ == '__main__':
    main()
