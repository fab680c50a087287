//! Given names and common words, for telling a person's name from the name
//! of a thing. A capitalised run with no cue around it is taken for a
//! person ("Hosni Moubarak"), unless it opens on a common word of English
//! or French that is no one's first name: "Missing Links", "Adobe Systems",
//! "Grand Slam", "Trois Transilien" are titles, firms and events (see
//! [`thing_shaped`] for the other shapes). A first name that is also a
//! word ("Bill", "Grace", "Pierre") still opens a person's name. The lists are built offline by `scripts/build_names.py`
//! (given names, and which are men's or women's, from Faker and the US
//! Census); the common words are `gazette_terms::words`.

use std::collections::HashSet;
use std::sync::OnceLock;

use gazette_terms::names;
use gazette_terms::words;

/// Lines of a list file that are entries, not `#` comments.
fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Given names, lowercase and without diacritics (as [`names::fold`]).
fn given_names() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| entries(include_str!("../lexicon/given-names.txt")).collect())
}

/// The most common surnames, lowercase and without diacritics.
fn surnames() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| entries(include_str!("../lexicon/surnames.txt")).collect())
}

/// A person's sex as a pronoun says it ("il", "elle", "he", "she").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sex {
    Male,
    Female,
}

/// The sex a first name says, when nine in ten of the lists that give it
/// agree ("Valérie", "Michael"; not "Jean" or "Dominique"). A compound
/// name goes by its first part ("Jean-Marie").
pub(crate) fn sex_of_given_name(lower: &str) -> Option<Sex> {
    static MALE: OnceLock<HashSet<&'static str>> = OnceLock::new();
    static FEMALE: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let male = MALE.get_or_init(|| entries(include_str!("../lexicon/given-male.txt")).collect());
    let female =
        FEMALE.get_or_init(|| entries(include_str!("../lexicon/given-female.txt")).collect());
    let folded = names::fold(lower);
    let first = folded.split('-').next().unwrap_or(&folded);
    match (male.contains(first), female.contains(first)) {
        (true, false) => Some(Sex::Male),
        (false, true) => Some(Sex::Female),
        _ => None,
    }
}

/// Whether `lower` (a lowercased word) is one of the most common surnames.
pub(crate) fn is_common_surname(lower: &str) -> bool {
    surnames().contains(names::fold(lower).as_str())
}

/// Whether `lower` (a lowercased word) is someone's first name; a
/// compound one ("Marie-George", "Jean-Luc") when each part is.
pub fn is_given_name(lower: &str) -> bool {
    let folded = names::fold(lower);
    let set = given_names();
    set.contains(folded.as_str())
        || (folded.contains('-') && folded.split('-').all(|p| set.contains(p)))
}

/// A given name and its familiar forms, both ways ("steven" and "steve").
fn given_variants() -> &'static HashSet<(&'static str, &'static str)> {
    static SET: OnceLock<HashSet<(&'static str, &'static str)>> = OnceLock::new();
    SET.get_or_init(|| {
        entries(include_str!("../lexicon/given-variants.txt"))
            .filter_map(|l| l.split_once(' '))
            .flat_map(|(a, b)| [(a, b), (b, a)])
            .collect()
    })
}

/// Whether two first names (any case) can be one person's: the same name,
/// a name and a familiar form of it ("Steven" and "Steve", "William" and
/// "Bill"), or one name spelled two ways ([`spelled_alike`]: "Muqtada" and
/// "Moqtada", "Catherine" and "Katherine"). A man's and a woman's name
/// never are ("Roberto" and "Roberta", "Daniel" and "Danielle"); a name
/// the lists do not know ("Sergueï") may be either.
pub fn same_given_name(a: &str, b: &str) -> bool {
    let (a, b) = (
        names::fold(&a.to_lowercase()),
        names::fold(&b.to_lowercase()),
    );
    if a == b {
        return true;
    }
    if let (Some(x), Some(y)) = (sex_of_given_name(&a), sex_of_given_name(&b)) {
        if x != y {
            return false;
        }
    }
    given_variants().contains(&(a.as_str(), b.as_str())) || spelled_alike(&a, &b)
}

/// Whether two folded first names are one name as two alphabets' or two
/// languages' spellings write it: the same consonants in the same places,
/// only the vowels between them told otherwise ("muqtada", "moqtada"),
/// with "c" and "q" read as "k", "ph" as "f", doubled letters as one
/// ("muhammad", "mohamed"). Three consonants at least: fewer leave too
/// many names alike ("Jean" and "Joan", "Mario" and "Maria"). "Mahmoud"
/// is not "Mohamed": its consonants stand otherwise among the vowels.
fn spelled_alike(a: &str, b: &str) -> bool {
    /// The name's consonants, each vowel run as `None`.
    fn shape(name: &str) -> Vec<Option<char>> {
        let spelled = name.replace("ph", "f");
        let mut out: Vec<Option<char>> = Vec::new();
        for (i, c) in spelled.chars().enumerate() {
            let vowel = matches!(c, 'a' | 'e' | 'i' | 'o' | 'u') || (c == 'y' && i > 0);
            let sound = match c {
                _ if vowel => None,
                'c' | 'q' => Some('k'),
                // Other consonants, hyphens and apostrophes, as they are.
                c => Some(c),
            };
            if out.last() != Some(&sound) {
                out.push(sound);
            }
        }
        out
    }
    let (x, y) = (shape(a), shape(b));
    x == y && x.iter().filter(|s| s.is_some()).count() >= 3
}

/// Whether `lower` (a lowercased word) is a common word of English or
/// French that is no common surname ("Presse", "Spurs"; not "Baker").
pub(crate) fn is_common_word(lower: &str) -> bool {
    words::is_common_word(lower) && !surnames().contains(names::fold(lower).as_str())
}

/// Whether a name that opens on `lower` (a lowercased word) is a thing's
/// rather than a person's: a common word of two letters or more that is
/// no one's first name.
pub(crate) fn opens_no_person(lower: &str) -> bool {
    lower.chars().count() >= 2 && words::is_common_word(lower) && !is_given_name(lower)
}

/// Whether a name of several words from `first` to `last` (lowercased) is
/// shaped like a thing's: it opens on a word that is no first name
/// ([`opens_no_person`]) and does not end on a common surname, as a
/// nickname does ("Tiger Woods", "Magic Johnson"), unless that surname is
/// a place's name too ("Universal Music France").
///
/// It is also shaped like a thing's when it ends on a common word that is
/// no common surname and does not open on a first name: "Waitrose Store",
/// "Microsoft SQL Server", "Queensland Labor" (while "Thierry Boulanger"
/// and "Jean Moulin" open on first names).
///
/// So is one that opens on a known place that is no one's first name:
/// "Lyon Saint-Exupéry", "Tokyo Haneda" (while "Florence Parly" and
/// "Jordan Bardella" open on first names).
///
/// A place that is someone's first name too opens a thing's name when a
/// common word or another place that is no one's name ends it: "France
/// Inter", "Paris Match", "Virginia Tech", "France Bleu Normandie" (while
/// "Paris Hilton" and "Florence Parly" end on names, "Paris Jackson" on a
/// common surname).
pub(crate) fn thing_shaped(first: &str, last: &str) -> bool {
    let folded = names::fold(last);
    let surname = surnames().contains(folded.as_str());
    let word = words::is_common_word;
    if is_given_name(first) {
        return gazette_terms::places::lookup(&names::fold(first)).is_some()
            && !surname
            && !is_given_name(last)
            && last.chars().count() >= 3
            && (word(last) || gazette_terms::places::lookup(&folded).is_some());
    }
    (first.chars().count() >= 2
        && word(first)
        && !(surname && gazette_terms::places::lookup(&folded).is_none()))
        || (!surname && last.chars().count() >= 3 && word(last))
        || gazette_terms::places::lookup(&names::fold(first)).is_some()
}

/// Whether a name of two words, `first` and `last` (lowercased), is a
/// club's or a branch's: a word that is no one's first name, then a known
/// country ("Telecom Egypt", "Oxfam France") or a city that is no common
/// surname ("Lokomotiv Moscow", "Werder Bremen"; while "Zendon Hamilton"
/// and "Vanderlei Lima" may be people whose first names the lists lack).
pub(crate) fn club_shaped(first: &str, last: &str) -> bool {
    let folded = names::fold(last);
    first.chars().count() >= 2
        && !is_given_name(first)
        && gazette_terms::places::lookup(&folded)
            .is_some_and(|p| p.weight >= 3 || !surnames().contains(folded.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn familiar_forms_and_spellings_are_one_given_name() {
        for (a, b) in [
            ("Steve", "Steven"),
            ("Phil", "Philip"),
            ("Bill", "William"),
            ("Katie", "Kathryn"),
            ("Catherine", "Katherine"),
            ("Muqtada", "Moqtada"),
            ("Mohamed", "Muhammad"),
            ("Mouammar", "Muammar"),
            ("Sergueï", "Sergei"),
        ] {
            assert!(same_given_name(a, b), "{a} {b}");
        }
        for (a, b) in [
            ("Mahmoud", "Mohamed"),
            ("Roberto", "Roberta"),
            ("Daniel", "Danielle"),
            ("Francis", "Françoise"),
            ("Jean", "Joan"),
            ("Brigitte", "Emmanuel"),
            ("Nicole", "Nicolas"),
        ] {
            assert!(!same_given_name(a, b), "{a} {b}");
        }
    }

    #[test]
    fn words_that_are_first_names_still_open_names() {
        for w in [
            "bill",
            "grace",
            "pierre",
            "olivier",
            "emmanuel",
            "mark",
            "marie-george",
        ] {
            assert!(is_given_name(w), "{w}");
            assert!(!opens_no_person(w), "{w}");
        }
        for w in ["missing", "grand", "trois", "invitée", "systems", "federal"] {
            assert!(opens_no_person(w), "{w}");
        }
        // Proper nouns are capitalised in the dictionaries: not words.
        for w in ["barack", "moubarak", "hosni", "obama"] {
            assert!(!opens_no_person(w), "{w}");
        }
        assert!(thing_shaped("missing", "links"));
        assert!(!thing_shaped("tiger", "woods"));
        assert!(thing_shaped("waitrose", "store"));
        assert!(!thing_shaped("jean", "moulin"), "a first name opens it");
        assert!(!thing_shaped("hosni", "moubarak"));
        assert!(thing_shaped("tokyo", "haneda"));
        assert!(!thing_shaped("jordan", "bardella"), "a first name opens it");
        assert!(thing_shaped("france", "inter"), "a place, then a word");
        assert!(thing_shaped("paris", "match"));
        assert!(thing_shaped("virginia", "tech"));
        assert!(thing_shaped("france", "normandie"), "a place, then another");
        assert!(!thing_shaped("paris", "hilton"), "a surname ends it");
        assert!(!thing_shaped("florence", "parly"), "no word ends it");
        assert!(!thing_shaped("paris", "jackson"));
        assert!(club_shaped("lokomotiv", "moscow"));
        assert!(
            club_shaped("oxfam", "france"),
            "a country, though a surname too"
        );
        assert!(!club_shaped("whitney", "houston"), "a first name opens it");
        assert!(
            !club_shaped("zendon", "hamilton"),
            "a city that is a surname"
        );
        assert!(
            !thing_shaped("j", "lasica"),
            "a single letter is an initial"
        );
    }
}
