//! The GeoNames gazetteer: which names are places, and which names are one
//! place.
//!
//! `places/places.tsv` (built offline by `scripts/build_places.py`) lists
//! the folded names of countries, continents, US states, large cities and
//! France's regions and départements,
//! with their alternate spellings, each with its kind and GeoNames id.
//! Entities read it to type a name that no cue types (`Burkina Faso`);
//! [`names::name_key`](crate::names::name_key) reads it so that two places
//! whose names share a skeleton stay two: transliteration-proof keys drop
//! vowels, which joins `Idleb` and `Idlib`, but also `Niger` and `Nigeria`,
//! `Tunis` and `Tunisia`, `Alger` and `Algeria`.

use gazette_lang::Lang;
use rustc_hash::FxHashMap as HashMap;

/// What the gazetteer knows of one name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// How strongly the name says "place": 3 for countries, continents and
    /// states, 2 for cities and French regions and départements, whose
    /// names are more often also surnames or words ("Lot", "Manche").
    pub weight: i32,
    /// The GeoNames id of the place: two names with one id are one place.
    pub id: u32,
}

struct Table {
    by_name: HashMap<&'static str, Place>,
    /// Skeleton -> the distinct places (name, id) whose names have it, kept
    /// only where there are several.
    clashes: HashMap<String, Vec<(&'static str, u32)>>,
}

fn table() -> &'static Table {
    static TABLE: std::sync::OnceLock<Table> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut by_name = HashMap::default();
        let mut next_own = u32::MAX;
        for line in include_str!("../places/places.tsv").lines() {
            let mut cols = line.split('\t');
            let (Some(name), Some(kind), Some(_population), Some(id)) =
                (cols.next(), cols.next(), cols.next(), cols.next())
            else {
                continue;
            };
            let weight = match kind {
                "city" | "region" => 2,
                _ => 3,
            };
            // A capital GeoNames lists under no city id is a place of its own.
            let id = match id.parse::<u32>() {
                Ok(id) if id > 0 => id,
                _ => {
                    next_own -= 1;
                    next_own
                }
            };
            by_name.insert(name, Place { weight, id });
        }
        let mut by_skeleton: HashMap<String, Vec<(&'static str, u32)>> = HashMap::default();
        for (&name, place) in &by_name {
            if name.contains(' ') {
                continue;
            }
            // A name may be read under either convention.
            for lang in [Lang::En, Lang::Fr] {
                let entry = by_skeleton
                    .entry(crate::names::skeleton(name, lang))
                    .or_default();
                if !entry.contains(&(name, place.id)) {
                    entry.push((name, place.id));
                }
            }
        }
        let clashes = by_skeleton
            .into_iter()
            .filter(|(_, v)| v.iter().any(|&(_, id)| id != v[0].1))
            .map(|(k, mut v)| {
                v.sort_unstable();
                (k, v)
            })
            .collect();
        Table { by_name, clashes }
    })
}

/// The place a folded name (lowercase, no diacritics) names, if the
/// gazetteer knows it.
pub fn lookup(folded: &str) -> Option<Place> {
    table().by_name.get(folded).copied()
}

/// Which of several places sharing the skeleton `skeleton` the folded
/// word names: the one it spells exactly, or else the one it spells most
/// nearly (`tunisie` is nearer `tunisia` than `tunis`). `None` when the
/// skeleton belongs to one place at most, or when two are equally near.
pub(crate) fn disambiguate(skeleton: &str, folded: &str) -> Option<u32> {
    let candidates = table().clashes.get(skeleton)?;
    if let Some(&(_, id)) = candidates.iter().find(|(name, _)| *name == folded) {
        return Some(id);
    }
    let mut best: Option<(usize, u32)> = None;
    let mut tie = false;
    for &(name, id) in candidates {
        let d = edit_distance(name, folded);
        match best {
            Some((b, bid)) if d == b && bid != id => tie = true,
            Some((b, _)) if d >= b => {}
            _ => {
                best = Some((d, id));
                tie = false;
            }
        }
    }
    // Too far from every candidate to say which one is meant: a spelling
    // is one edit in four letters from its place's ("tunisie", "tunisia"),
    // while another place's name that shares the skeleton is further
    // ("sotchi" is not "soacha").
    best.filter(|&(d, _)| !tie && d * 4 <= folded.chars().count())
        .map(|(_, id)| id)
}

/// Levenshtein distance over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let next = (row[j + 1] + 1)
                .min(row[j] + 1)
                .min(diag + usize::from(ca != cb));
            diag = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_kinds() {
        assert_eq!(lookup("burkina faso").map(|p| p.weight), Some(3));
        assert_eq!(lookup("moscou").map(|p| p.weight), Some(2));
        assert_eq!(
            lookup("beyrouth").map(|p| p.id),
            lookup("beirut").map(|p| p.id)
        );
        assert_ne!(
            lookup("niger").map(|p| p.id),
            lookup("nigeria").map(|p| p.id)
        );
        assert!(lookup("lavrov").is_none());
        // CLDR's French names and the common names of countries.
        let uk = lookup("united kingdom").map(|p| p.id);
        assert!(uk.is_some());
        assert_eq!(lookup("royaume-uni").map(|p| p.id), uk);
        assert_eq!(lookup("great britain").map(|p| p.id), uk);
        assert!(lookup("hollande").is_none(), "also a president's name");
    }

    #[test]
    fn french_regions_and_departements() {
        // As weak as a city's name: some are words too ("Lot", "Manche").
        assert_eq!(lookup("oise").map(|p| p.weight), Some(2));
        assert_eq!(lookup("seine-saint-denis").map(|p| p.weight), Some(2));
        assert_eq!(
            lookup("corse").map(|p| p.id),
            lookup("corsica").map(|p| p.id)
        );
        assert_ne!(lookup("corse").map(|p| p.id), lookup("gard").map(|p| p.id));
        // French Guiana is one place under its French name.
        assert_eq!(
            lookup("guyane").map(|p| p.id),
            lookup("french guiana").map(|p| p.id)
        );
        // A one-word name that is a first name is left out.
        assert!(lookup("aude").is_none());
        // A city keeps its own entry ("Vienne" is Vienna).
        assert_eq!(
            lookup("vienne").map(|p| p.id),
            lookup("vienna").map(|p| p.id)
        );
    }

    #[test]
    fn a_clash_is_settled_by_the_nearest_spelling() {
        let sk = crate::names::skeleton("tunisia", Lang::En);
        let tunisia = lookup("tunisia").map(|p| p.id);
        assert_eq!(disambiguate(&sk, "tunisia"), tunisia);
        assert_eq!(disambiguate(&sk, "tunisie"), tunisia);
        assert_eq!(disambiguate(&sk, "tunis"), lookup("tunis").map(|p| p.id));
        assert_eq!(disambiguate("zzz", "tunisia"), None);
        // Two edits in six letters: another place, not a spelling of it.
        let sk = crate::names::skeleton("soacha", Lang::En);
        assert_eq!(disambiguate(&sk, "sotchi"), None);
    }

    #[test]
    fn smaller_cities_that_the_world_writes_about_keep_their_one_word_name() {
        // Under the one-word population, but named in many languages.
        for city in ["pittsburgh", "lille", "belfast", "najaf", "gaza"] {
            assert_eq!(lookup(city).map(|p| p.weight), Some(2), "{city}");
        }
        // The states and provinces of other federations, in both languages.
        assert_eq!(lookup("nova scotia").map(|p| p.weight), Some(3));
        assert_eq!(
            lookup("baviere").map(|p| p.id),
            lookup("bavaria").map(|p| p.id)
        );
        // A surname or a first name as much as a city.
        for name in ["jackson", "cleveland", "florence", "orlando"] {
            assert!(lookup(name).is_none(), "{name}");
        }
    }

    #[test]
    fn distances() {
        assert_eq!(edit_distance("tunisie", "tunisia"), 1);
        assert_eq!(edit_distance("tunis", "tunisia"), 2);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
