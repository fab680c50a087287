#!/usr/bin/env python3
"""How much the digest's summaries repeat themselves, and how central they are.

There is no gold summary for these sets, so two reference-free measures:

* repeats: pairs of sentences of one summary (event or story) that share
  40 % or more of the content words (4 letters or more, a few function words
  left out) of the shorter one, over all pairs of sentences of summaries
  with two sentences or more;
* multi-source: the share of summary sentences that cite two articles or
  more (what several sources carry rather than one article's detail).

A summary should tell its central fact once and then what the coverage adds
to it: fewer repeats at little cost in multi-source.

    python3 scripts/eval_summaries.py [--set seeds|ecbplus|mlcrisis|bilingual|news15k ...] [-v]
"""
import argparse, itertools, json, os, re, subprocess, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, '..', 'shared')
SETS = {
    'seeds': os.path.join(SHARED, 'seeds'),
    'ecbplus': os.path.join(SHARED, 'eval', 'cluster', 'ecbplus-dev.jsonl'),
    'mlcrisis': os.path.join(SHARED, 'eval', 'cluster', 'mlcrisis-fr-dev.jsonl'),
    'bilingual': os.path.join(ROOT, 'eval', 'bilingual', 'bilingual-dev.jsonl'),
    'news15k': os.path.join(SHARED, 'eval', 'scale', 'news-15k.jsonl'),
}
FUNCTION_WORDS = set("""that this with from have been were their they them than then there
which what when where while about after before also more most some such into over under only
other these those will would could should said says dans pour avec sont était être avoir leur
leurs elle elles ils nous vous mais plus comme cette ces entre selon après avant depuis lors
sous sans aussi tout tous toute toutes encore très même ainsi dont fait faire""".split())


def content_words(s):
    return {w for w in re.findall(r'\w+', s.lower()) if len(w) >= 4 and w not in FUNCTION_WORDS}


def without_gold(path, tmp):
    """A copy of a JSONL set without its gold_* fields (a folder is used as is)."""
    if os.path.isdir(path):
        return path
    clean = os.path.join(tmp, os.path.basename(path))
    with open(path, encoding='utf-8') as src, open(clean, 'w', encoding='utf-8') as dst:
        for line in src:
            r = json.loads(line)
            dst.write(json.dumps({k: v for k, v in r.items() if not k.startswith('gold_')}) + '\n')
    return clean


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--set', action='append', choices=sorted(SETS))
    ap.add_argument('-v', action='store_true', help='print the repeated pairs')
    args = ap.parse_args()
    gazette = os.path.join(ROOT, 'target', 'release', 'gazette')
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.set or ['seeds', 'ecbplus', 'mlcrisis', 'bilingual', 'news15k']:
            out = os.path.join(tmp, 'out.json')
            subprocess.run([gazette, 'digest', without_gold(SETS[name], tmp), '--quiet', '--json', out],
                           stdout=subprocess.DEVNULL)
            with open(out, encoding='utf-8') as f:
                d = json.load(f)
            for kind in ('events', 'stories'):
                pairs = repeats = sentences = multi = 0
                for x in d[kind]:
                    s = x['summary']
                    sentences += len(s)
                    multi += sum(1 for c in s if len(c['sources']) > 1)
                    for a, b in itertools.combinations(s, 2):
                        wa, wb = content_words(a['text']), content_words(b['text'])
                        if not wa or not wb:
                            continue
                        pairs += 1
                        if len(wa & wb) >= 0.4 * min(len(wa), len(wb)):
                            repeats += 1
                            if args.v:
                                print(f"  {x['id']}: {a['text'][:120]}\n  {' ' * len(x['id'])}  {b['text'][:120]}")
                print(f'{name:9} {kind:7} repeats {repeats:5}/{pairs:5} = {repeats / max(pairs, 1):.3f}'
                      f'   multi-source {multi / max(sentences, 1):.3f} of {sentences} sentences')


if __name__ == '__main__':
    main()
