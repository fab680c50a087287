#!/usr/bin/env python3
"""How many of the names on the digest's "Who" lines are people.

`eval/who/who-sample.tsv` holds 300 names drawn at random (seed 7) from the
PER entities of the digests of news-15k, the bilingual set, ML-Crisis and
ECB+ just before the common-word rule of `gazette-entities` (commit
d92b2b9; all 300 were PER then), each labelled by hand PER (a person, real or
fictional, even with a word too many: "Briton Ken Bigley") or NOT
(anything else: "Missing Links", "Buckingham Palace", "Red Sox"). This
script digests the same four sets with target/release/gazette and reports
how many labelled non-persons are still typed PER and how many labelled
persons no longer are (a person renamed, "Ken Bigley" for "Briton Ken
Bigley", counts as no longer PER: -v lists them). It also counts, per
set, the names of a story that its events show with different types.

    python3 scripts/eval_who.py [-v]
"""
import collections, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, '..', 'shared', 'eval')
SETS = [os.path.join(SHARED, 'scale', 'news-15k.jsonl'),
        os.path.join(ROOT, 'eval', 'bilingual', 'bilingual-dev.jsonl'),
        os.path.join(SHARED, 'cluster', 'mlcrisis-fr-dev.jsonl'),
        os.path.join(SHARED, 'cluster', 'ecbplus-dev.jsonl')]


def main():
    gazette = os.path.join(ROOT, 'target', 'release', 'gazette')
    per = collections.Counter()
    kinds = collections.defaultdict(collections.Counter)
    with tempfile.TemporaryDirectory() as tmp:
        for path in SETS:
            clean = os.path.join(tmp, 'in.jsonl')
            with open(path, encoding='utf-8') as src, open(clean, 'w', encoding='utf-8') as dst:
                for line in src:
                    r = json.loads(line)
                    dst.write(json.dumps({k: v for k, v in r.items() if not k.startswith('gold_')}) + '\n')
            out = os.path.join(tmp, 'out.json')
            subprocess.run([gazette, 'digest', clean, '--quiet', '--json', out],
                           stdout=subprocess.DEVNULL, check=True)
            with open(out, encoding='utf-8') as f:
                d = json.load(f)
            story_types = collections.defaultdict(set)
            for e in d['events']:
                for en in e.get('entities', []):
                    story_types[(e['story'], en['name'])].add(en['type'])
                    kinds[en['name']][en['type']] += 1
                    if en['type'] == 'PER' and not en.get('reporter'):
                        per[en['name']] += 1
            mixed = sum(1 for t in story_types.values() if len(t) > 1)
            print(f'{os.path.basename(path)}: {mixed} of {len(story_types)} names of a story '
                  'shown with two types or more across its events')
    labels = {}
    with open(os.path.join(ROOT, 'eval', 'who', 'who-sample.tsv'), encoding='utf-8') as f:
        for line in f:
            if line.strip() and not line.startswith('#'):
                name, label = line.rstrip('\n').split('\t')
                labels[name] = label
    wrong = [n for n, l in labels.items() if l == 'NOT' and n in per]
    lost = [n for n, l in labels.items() if l == 'PER' and n not in per]
    nots = sum(1 for l in labels.values() if l == 'NOT')
    print(f'{len(per)} distinct PER names on the cards')
    print(f'sample: non-persons still PER {len(wrong)}/{nots}, '
          f'persons no longer PER {len(lost)}/{len(labels) - nots}')
    if '-v' in sys.argv:
        print('still PER:', ', '.join(wrong))
        print('no longer PER:', ', '.join(f'{n} {dict(kinds.get(n, {}))}' for n in lost))


if __name__ == '__main__':
    main()
