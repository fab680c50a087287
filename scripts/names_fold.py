"""Names folded as `gazette_terms::names::fold` folds them (lowercase,
without diacritics), shared by the data-building scripts that write lists
the product looks names up in (build_places.py, build_names.py)."""
import unicodedata


def fold(name):
    """Lowercase without diacritics, as gazette_terms::names::fold."""
    out = []
    for c in name.lower():
        if c == 'æ':
            out.append('ae')
        elif c == 'œ':
            out.append('oe')
        elif c == 'ß':
            out.append('ss')
        else:
            d = unicodedata.normalize('NFD', c)
            out.append(''.join(x for x in d if not unicodedata.combining(x)))
    return ''.join(out)
