//! People, places and organisations; who said what; where sources disagree.
//!
//! [`analyze`] reads one article (French or English) and returns:
//!
//! * **entity mentions**, each linked to one canonical entity of the
//!   article. Mentions are runs of capitalised words (with the particles
//!   names carry: `de`, `al-`, `bin`), acronyms, and role phrases that an
//!   article ties to a name (`le porte-parole du Kremlin, Dmitri Peskov`:
//!   later, `le porte-parole du Kremlin` alone is Peskov). Spellings meet
//!   through `gazette-terms`' name keys (`Sergueï`/`Sergei`, `Idleb`/`Idlib`,
//!   `Otan`/`NATO`, `Poutine`/`Putin`); a short form joins the one full name
//!   it abbreviates (`M. Lavrov` → `Sergueï Lavrov`), never two; two full
//!   names with different first names are two people. The type (PER, LOC,
//!   ORG) is voted from cues: honorifics and roles, place prepositions and a
//!   small gazetteer of countries and capitals, organisation heads
//!   (`ministère`, `Union`, `Parti`, acronyms).
//! * **quotes**: direct quotes (« », “ ”, " ", also across paragraphs) and
//!   reported speech (`X affirme que …`, `selon X, …`, `X said …`), each
//!   with its speaker: the entity after an inverted speech verb (`«…», a
//!   indiqué M. Lavrov`), before a colon or a speech verb (`Jens
//!   Stoltenberg : "…"`), or the previous speaker for `selon lui`,
//!   `a-t-il ajouté`.
//! * **disagreements**: a claim and the party that contests it (`… une
//!   version contestée par Ankara`, `X denies …`).
//!
//! Every offset is in characters into the analysed text. [`Entity::key`]
//! identifies an entity across articles, so that a digest can merge them.

mod lexicon;
mod quotes;
mod tokens;
mod typing;
mod vocabulary;

use gazette_lang::Lang;
use gazette_terms::names;
use serde::{Deserialize, Serialize};

use lexicon::*;
use quotes::*;
use tokens::{tokenize, Tok};
use typing::*;

/// Entity types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EntityType {
    /// A person.
    #[serde(rename = "PER")]
    Per,
    /// A place.
    #[serde(rename = "LOC")]
    Loc,
    /// An organisation.
    #[serde(rename = "ORG")]
    Org,
    /// A name of something else, or of a kind the text gives no evidence
    /// of: a law ("Benn Act"), a competition ("World Cup"), a lone word
    /// that no title, verb, place or organisation word types ("Brexit").
    #[serde(rename = "MISC")]
    Misc,
}

impl EntityType {
    /// The short label of the JSON output: `PER`, `LOC`, `ORG`, `MISC`.
    pub fn label(self) -> &'static str {
        match self {
            EntityType::Per => "PER",
            EntityType::Loc => "LOC",
            EntityType::Org => "ORG",
            EntityType::Misc => "MISC",
        }
    }
}

/// A mention of an entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// As written.
    pub text: String,
    /// Start, in characters.
    pub start: usize,
    /// End (exclusive), in characters.
    pub end: usize,
    /// Type of its entity.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Canonical name of its entity.
    pub canonical: String,
    /// Key of its entity across articles.
    pub key: String,
}

/// An entity of the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Canonical name: the fullest form the article uses.
    pub name: String,
    /// Type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Surface forms seen.
    pub mentions: Vec<String>,
    /// Key shared by the same entity in other articles (folded name keys).
    pub key: String,
    /// The evidence this article gives for each type (person, place,
    /// organisation), from which `kind` was chosen: the digest weighs it
    /// across an event's articles, so that one article's clear cue ("les
    /// actionnaires de Twitter") outweighs others' faint ones.
    #[serde(skip)]
    pub evidence: [i32; 3],
    /// Introduced as a journalist ("notre correspondant à Moscou, X", "X
    /// Euronews :"): one who tells the news rather than one in it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reporter: bool,
}

/// A quote or a reported statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Canonical name of the speaker, when found.
    pub speaker: Option<String>,
    /// Key of the speaker entity, when it is one.
    pub speaker_key: Option<String>,
    /// What was said (without the quote marks).
    pub text: String,
    /// Start of `text`, in characters.
    pub start: usize,
    /// End of `text` (exclusive), in characters.
    pub end: usize,
    /// Whether the words are quoted directly.
    pub direct: bool,
}

/// A claim and the party that contests it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Disagreement {
    /// The sentence where it is said.
    pub text: String,
    /// Who makes the claim.
    pub claimant: Option<String>,
    /// Who contests it.
    pub contester: Option<String>,
}

/// What [`analyze`] finds in an article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Annotations {
    /// Mentions, in text order.
    pub mentions: Vec<Mention>,
    /// Entities of the article.
    pub entities: Vec<Entity>,
    /// Quotes and reported statements, in text order.
    pub quotes: Vec<Quote>,
    /// Contested claims.
    pub disagreements: Vec<Disagreement>,
    /// The roles the article gives people by name ("le porte-parole du
    /// Kremlin, Dmitri Peskov"), one person per role: a digest resolves
    /// another article's bare role ("a dénoncé le porte-parole du
    /// Kremlin") to the person.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<NamedRole>,
}

/// A role given to a person by name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamedRole {
    /// The role, as [`role_key`] writes it (`porte-parole du kremlin`).
    pub role: String,
    /// Canonical name of the person.
    pub person: String,
    /// Key of the person's entity.
    pub key: String,
}

/// A role phrase in the form [`NamedRole::role`] compares: lowercase words
/// without the article's apostrophe (`le chef de l'État` → `le chef de l
/// état`).
pub fn role_key(phrase: &str) -> String {
    phrase
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Words after a number that make it a quantity, not part of a name.
const QUANTITY_WORDS: &[&str] = &[
    "millions",
    "million",
    "milliards",
    "milliard",
    "mille",
    "billion",
    "billions",
    "thousand",
    "hundred",
    "percent",
    "ans",
    "an",
    "years",
    "year",
    "fois",
    "times",
    "heures",
    "hours",
    "jours",
    "days",
    "mois",
    "months",
    "semaines",
    "weeks",
    "minutes",
    "km",
    "kilomètres",
    "miles",
    "euros",
    "dollars",
    "morts",
    "dead",
    "people",
    "personnes",
];

/// Organisation evidence a place's name earns with a number after it.
const NUMBERED_ORG_VOTES: i32 = 6;

/// Organisation evidence of a name that opens on an acronym and a
/// particle ("LREM des Yvelines"): a party's or a body's branch.
const BRANCH_ORG_VOTES: i32 = 6;

struct Span {
    start: usize,
    end: usize,
    /// Index into `entities` once linked.
    entity: usize,
}

struct Draft {
    keys: Vec<String>,
    forms: Vec<String>,
    votes: [i32; 3],
    /// Named like a law, a prize or a competition (see [`is_misc_head`]).
    misc: bool,
    /// Mentions right after a French definite article ("l'Inter Miami",
    /// "le Haut Atlas", "au Paris Saint-Germain"), which people's names do
    /// not take.
    determined: i32,
    /// Mentions that counted for a person by their shape alone (several
    /// words, no organisation head): a prior, not evidence.
    shaped: i32,
    /// Introduced as a reporter (see [`Entity::reporter`]).
    reporter: bool,
}

/// Analyses one article written in `lang`.
pub fn analyze(text: &str, lang: Lang) -> Annotations {
    analyze_from(text, lang, None)
}

/// How many lowercase plural adjectives of group names follow a plural
/// head at `i` (at most three): "Frères musulmans", "Forces armées
/// révolutionnaires". Only adjectives that names take (see
/// [`Lexicon::is_group_name_adjective`]): after a plural noun, most plural
/// words are a participle or a qualifier ("des Frères présents", "les
/// Juifs pratiquants").
fn plural_adjectives(toks: &[Tok], i: usize, lx: &Lexicon) -> usize {
    if !is_plural(&toks[i].lower) {
        return 0;
    }
    toks[i + 1..]
        .iter()
        .take(3)
        .take_while(|t| {
            t.word
                && !t.cap()
                && t.sentence == toks[i].sentence
                && lx.is_group_name_adjective(&t.lower)
        })
        .count()
}

/// Tokens of an institution's French name after its head and first word:
/// the name runs on in lowercase with adjectives and complements of common
/// nouns ("des droits de l'homme" is six).
const INSTITUTION_TAIL: usize = 9;

/// Complements of common nouns an institution's name takes at most
/// ("Cour européenne des droits de l'homme", "Commission nationale des
/// comptes de campagne").
const INSTITUTION_COMPLEMENTS: usize = 2;

/// Where a French institution's name that reaches `j` ends, once its
/// lowercase rest is read: more adjectives ("Fonds monétaire
/// international", "Banque centrale européenne", "Organisation des
/// Nations unies") and complements ("Organisation mondiale de la santé",
/// "Agence internationale de l'énergie atomique"). Only after a head that
/// already took a word of its name (a capitalised one or an adjective):
/// a head alone and its complement are read before ("le Conseil de
/// sécurité"), and "le Parti de la majorité" is no name. A complement
/// naming a role is someone else ("l'Assemblée nationale du préfet").
fn institution_tail(toks: &[Tok], mut j: usize, lx: &Lexicon) -> usize {
    let sentence = toks[j - 1].sentence;
    let start = j;
    let word = |k: usize| {
        toks.get(k)
            .filter(|w| w.word && w.sentence == sentence)
            .map(|w| w.lower.as_str())
    };
    let lower_word = |k: usize| word(k).filter(|_| !toks[k].cap());
    let apostrophe = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.text.as_str(), "'" | "’"))
    };
    let adjective = |k: usize| {
        lower_word(k).is_some_and(|w| lx.is_institutional(w) || lx.is_group_name_adjective(w))
    };
    let fits = |k: usize| k - start <= INSTITUTION_TAIL;
    while adjective(j) && fits(j + 1) {
        j += 1;
    }
    for _ in 0..INSTITUTION_COMPLEMENTS {
        // "de la santé", "du commerce", "des migrations", "de l'énergie",
        // "d'investissement".
        let noun_at = match lower_word(j) {
            Some("du" | "des") => j + 1,
            Some("de") if lower_word(j + 1) == Some("la") => j + 2,
            Some("de") if lower_word(j + 1) == Some("l") && apostrophe(j + 2) => j + 3,
            Some("d") if apostrophe(j + 1) => j + 2,
            _ => break,
        };
        let noun = word(noun_at).filter(|w| {
            w.chars().count() >= 4
                && !lx.is_function(w)
                && !lx.is_calendar(w)
                && !lx.is_role(w)
                && !w.ends_with("er")
                && !w.ends_with("ir")
                // A capitalised one is the complement's own name, unless a
                // place's ("la Cour suprême" "du Michigan").
                && (!toks[noun_at].cap()
                    || (!toks.get(noun_at + 1).is_some_and(|n| n.cap())
                        && lx.place(&names::fold(w)).is_none()))
        });
        if noun.is_none() || !fits(noun_at + 1) {
            break;
        }
        j = noun_at + 1;
        while adjective(j) && fits(j + 1) {
            j += 1;
        }
    }
    j
}

/// Whether a word too generic to start a name alone starts one here: a
/// body's head with its name after it ("Nations unies", "Nations Unies").
fn names_a_body(toks: &[Tok], i: usize, lx: &Lexicon) -> bool {
    lx.is_org_head(&toks[i].lower)
        && toks
            .get(i + 1)
            .is_some_and(|n| n.word && n.sentence == toks[i].sentence)
        && (toks[i + 1].cap() || plural_adjectives(toks, i, lx) > 0)
}

/// Whether a French word has a plural ending.
fn is_plural(lower: &str) -> bool {
    lower.ends_with('s') || lower.ends_with('x')
}

/// A name behind an Arabic particle joined to it ("al-Khayyat", "ben-Ali").
fn joined_particle(w: &str) -> bool {
    ["al-", "el-", "ben-", "bin-", "ibn-", "abou-", "abu-"]
        .iter()
        .any(|p| {
            w.strip_prefix(p)
                .is_some_and(|r| r.chars().next().is_some_and(char::is_uppercase))
        })
}

/// Whether a person's name starts at `k`: a given name followed by more of
/// a name, a capitalised word or one behind a particle ("Adel al-Khayyat",
/// "Antoine de Saint-Exupéry"). French elides "de" before it ("la
/// nomination à Louxor d'Adel al-Khayyat"), which no name of a place
/// continues through.
fn person_follows(toks: &[Tok], k: usize, lx: &Lexicon) -> bool {
    let Some(next) = toks.get(k + 1) else {
        return false;
    };
    let more = next.sentence == toks[k].sentence
        && (next.cap()
            || joined_particle(&next.text)
            || (lx.is_particle(&next.lower) && toks.get(k + 2).is_some_and(Tok::cap)));
    vocabulary::is_given_name(&toks[k].lower) && more
}

/// Whether the initials from the period at `dot` on ("W. Bush", "K.
/// Rowling") lead to a capitalised word of two letters or more in the
/// same sentence: "U.S." or "D.C." end on a letter and are no one's
/// initials.
fn initials_end_in_name(toks: &[Tok], mut dot: usize, sentence: usize) -> bool {
    loop {
        let Some(next) = toks.get(dot + 1) else {
            return false;
        };
        if !next.word || !next.cap() || next.sentence != sentence {
            return false;
        }
        if next.text.chars().count() > 1 {
            return true;
        }
        match toks.get(dot + 2) {
            Some(p) if p.text == "." => dot += 2,
            _ => return false,
        }
    }
}

/// A name the article gives only in capitals, as a reader would write it:
/// a dateline's place ("WASHINGTON", "NEW YORK") or a headline's name of
/// long words ("ALEX FERGUSON"); `None` for what may be an acronym ("NATO",
/// "BFM TV"), or a name in any lowercase letters.
fn unshouted(name: &str) -> Option<String> {
    if name.chars().any(char::is_lowercase) {
        return None;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let long = |w: &&str| w.chars().filter(|c| c.is_alphabetic()).count() >= 4;
    let place = gazetteer(&names::fold(&name.to_lowercase())).is_some();
    let headline_name = words.len() >= 2 && words.iter().all(long);
    if !(place || headline_name) {
        return None;
    }
    Some(title_case(name))
}

/// Capitals lowered but for the first letter of each word and of each part
/// of a compound ("JEAN-PIERRE" → "Jean-Pierre", "O'NEAL" → "O'Neal").
fn title_case(shouted: &str) -> String {
    let mut out = String::with_capacity(shouted.len());
    let mut start = true;
    for c in shouted.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
    }
    out
}

/// The key of a name from the keys of its words, as articles that write
/// it differently share it: a middle initial goes ("George W. Bush" is
/// "George Bush").
fn entity_key(keys: &[String]) -> String {
    let last = keys.len().saturating_sub(1);
    keys.iter()
        .enumerate()
        .filter(|&(n, k)| n == 0 || n == last || k.chars().count() > 1)
        .map(|(_, k)| k.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The key of one word of a name (see [`names::name_key`]); `cap` says
/// it is written capitalised.
fn word_key(text: &str, cap: bool, lang: Lang) -> String {
    // "al-Assad", "el-Assad": the article goes, the name is keyed.
    let word = [
        "al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "ben-", "bin-", "ibn-", "abou-", "abu-",
    ]
    .iter()
    .find_map(|p| {
        text.strip_prefix(p)
            .filter(|r| r.chars().next().is_some_and(char::is_uppercase))
    })
    .unwrap_or(text);
    let lower = word.to_lowercase();
    if !cap {
        // The lowercase words of a name ("Nations unies") key as they
        // would capitalised ("Nations Unies").
        if let Some(k) = names::lowercase_name_key(&lower) {
            return k;
        }
        let mut cap: String = lower.chars().take(1).flat_map(char::to_uppercase).collect();
        cap.extend(lower.chars().skip(1));
        return names::name_key(&cap, &lower, false, lang).unwrap_or_else(|| names::fold(&lower));
    }
    names::name_key(word, &lower, false, lang).unwrap_or_else(|| names::fold(&lower))
}

/// Whether the name at `a` opens on an acronym and a particle, as a
/// party's or a body's branch does ("LREM des Yvelines", "UMP de
/// l'Essonne"); initials of two letters open people's names ("JJ Abrams").
fn is_branch(toks: &[Tok], a: usize, lx: &Lexicon) -> bool {
    is_acronym(&toks[a].text)
        && toks[a].text.chars().count() >= 3
        && toks.get(a + 1).is_some_and(|t| lx.is_particle(&t.lower))
}

/// Whether `lower` is a first name that qualifies no title ("Billy", not
/// "German" or "Junior").
fn is_first_name(lower: &str, lx: &Lexicon) -> bool {
    vocabulary::is_given_name(lower)
        && !names::is_demonym(lower)
        && !lx.is_title_qualifier(lower)
        && !matches!(lower, "junior" | "senior")
}

/// Splits names run together without a comma, an apposition that French
/// writes often: "l'avocat de Michel Platini William Bourdon", "le député
/// LREM du Rhône Thomas Rudigoz", "Harvard William Hanage". A second name
/// starts at a first name; what comes before is one word that cannot be a
/// first name ("Sénat", "Harvard", "Unseeded") with no common word after
/// the first name ("Agence France Presse"), or a name that ends on an
/// acronym ("France Info TV Mathilde Panot"), or a name the article also
/// gives on its own, as it may the second ("Jacques Chirac Michelle
/// Alliot-Marie"): "Ahmad Saeid Sharif Rendem" and "Susilo Bambang
/// Yudhoyono" are one man's name.
fn split_juxtaposed(spans: Vec<(usize, usize)>, toks: &[Tok], lx: &Lexicon) -> Vec<(usize, usize)> {
    let words = |a: usize, b: usize| -> Vec<&str> {
        (a..b)
            .filter(|&k| toks[k].word)
            .map(|k| toks[k].lower.as_str())
            .collect()
    };
    let given: rustc_hash::FxHashSet<Vec<&str>> = spans.iter().map(|&(a, b)| words(a, b)).collect();
    // "le préfet de police de Paris Didier Lallement": a place after "de"
    // is the place, though it is someone's first name too.
    let complement_place = |a: usize| {
        a >= 1
            && matches!(toks[a - 1].lower.as_str(), "de" | "du" | "of")
            && gazetteer(&names::fold(&toks[a].lower)).is_some()
    };
    let mut out = Vec::with_capacity(spans.len());
    for (a, b) in spans {
        let split = (a + 1..b).find(|&k| {
            let t = &toks[k];
            let prev = &toks[k - 1];
            let opens_a_name = t.word
                && t.cap()
                && prev.word
                && prev.cap()
                && vocabulary::is_given_name(&t.lower)
                // "Bachar Al Assad", "Hamad Ben Jassem": a name's particle,
                // not the first name "Al" or "Ben".
                && !lx.is_particle(&t.lower)
                && !matches!(t.lower.as_str(), "al" | "el" | "ben" | "bin" | "ibn" | "abu" | "abou" | "ould");
            if !opens_a_name {
                return false;
            }
            let (before, after) = (words(a, k), words(k, b));
            after.len() >= 2
                && match before[..] {
                    // A word that cannot be a first name: a common word
                    // ("Sénat", "Unseeded"), an acronym, a place, a people.
                    // Not a word that opens a place's name after a person
                    // ("Avenue Habib Bourguiba", "St James Park", "New York").
                    [one] => {
                        (k + 1..b).all(|m| {
                            !toks[m].word
                                || !toks[m].cap()
                                || !vocabulary::is_common_word(&toks[m].lower)
                        }) && (!vocabulary::is_given_name(one) || complement_place(a))
                            && !names_a_place(one)
                            && !matches!(one, "new" | "los" | "las" | "upper" | "lower" | "north" | "south" | "east" | "west")
                            && (vocabulary::is_common_word(one)
                                || is_acronym(&toks[a].text)
                                || lx.place(&names::fold(one)).is_some()
                                || names::is_demonym(one))
                    }
                    // A branch ("LREM des Yvelines"), or names the article
                    // gives on their own.
                    _ => {
                        is_branch(toks, a, lx)
                            || (is_acronym(&toks[k - 1].text) && !lx.is_role(&toks[k - 1].lower))
                            || given.contains(&before)
                            || given.contains(&after)
                    }
                }
        });
        match split {
            Some(k) => {
                out.push((a, k));
                out.push((k, b));
            }
            None => out.push((a, b)),
        }
    }
    out
}

/// Analyses one article written in `lang` and published by `outlet`: the
/// outlet's name is not part of a person's ("Galina Polonskaya Euronews :",
/// a correspondent's caption in a transcript).
pub fn analyze_from(text: &str, lang: Lang, outlet: Option<&str>) -> Annotations {
    let outlet_words: Vec<String> = outlet
        .map(|o| o.split_whitespace().map(str::to_lowercase).collect())
        .unwrap_or_default();
    let toks = tokenize(text);
    // Character-indexed text: mentions and quotes are sliced by character.
    let chars: Vec<char> = text.chars().collect();
    let text = &chars[..];
    let lx = Lexicon::of(lang);
    let capitalised_mid: rustc_hash::FxHashSet<String> = toks
        .iter()
        .enumerate()
        .filter(|(i, t)| {
            t.word && t.cap() && *i > 0 && toks[i - 1].sentence == t.sentence && toks[i - 1].word
        })
        .map(|(_, t)| t.lower.clone())
        .collect();
    // Capitalised words that end a longer name ("Theresa May"): a day or a
    // month spelled the same is then a short form ("May said"), not a date.
    let surnames: rustc_hash::FxHashSet<&str> = (1..toks.len())
        .filter(|&x| {
            let (b, t) = (&toks[x - 1], &toks[x]);
            t.word
                && t.cap()
                && b.word
                && b.cap()
                && b.sentence == t.sentence
                && !lx.is_function(&b.lower)
                && !lx.is_opener(&b.lower)
                && !lx.is_calendar(&b.lower)
        })
        .map(|x| toks[x].lower.as_str())
        .collect();
    // Surnames that are also titles ("Billy King", "Jane Bishop"): after
    // the full name, "King said" is the man, not a title.
    let titled_surnames: rustc_hash::FxHashSet<&str> = (1..toks.len())
        .filter(|&x| {
            let (b, t) = (&toks[x - 1], &toks[x]);
            t.word
                && t.cap()
                && b.cap()
                && b.sentence == t.sentence
                && lx.is_role(&t.lower)
                && lx.lang == Lang::En
                && is_first_name(&b.lower, &lx)
                && (x < 2 || !toks[x - 2].cap() || toks[x - 2].sentence != t.sentence)
        })
        .map(|x| toks[x].lower.as_str())
        .collect();
    // 1. Name spans.
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        // "le ministère russe de la Défense", "la présidence turque".
        if t.word
            && !t.cap()
            && lx.is_org_head(&t.lower)
            && i > 0
            && lx.is_article(&toks[i - 1].lower)
        {
            let mut j = i + 1;
            let mut named = false;
            loop {
                if j < toks.len()
                    && toks[j].word
                    && names::lowercase_name_key(&toks[j].lower).is_some()
                    && !toks[j].cap()
                {
                    j += 1;
                    named = true;
                } else if j + 1 < toks.len()
                    && lx.is_particle(&toks[j].lower)
                    && toks[j + 1].word
                    && toks[j + 1].cap()
                {
                    j += 2;
                    named = true;
                } else if j + 2 < toks.len()
                    && toks[j].lower == "de"
                    && toks[j + 1].lower == "la"
                    && toks[j + 2].cap()
                {
                    j += 3;
                    named = true;
                } else if j + 3 < toks.len()
                    && toks[j].lower == "de"
                    && toks[j + 1].lower == "l"
                    && matches!(toks[j + 2].text.as_str(), "'" | "’")
                    && toks[j + 3].cap()
                {
                    // "le ministère marocain de l'Intérieur".
                    j += 4;
                    named = true;
                } else {
                    break;
                }
            }
            if named {
                spans.push((i, j));
                i = j;
                continue;
            }
        }
        let honorific =
            lx.is_honorific(&t.lower) && toks.get(i + 1).is_some_and(|n| n.text == "." || n.cap());
        let opener = i == 0
            || toks[i - 1].sentence != t.sentence
            || matches!(
                toks[i - 1].text.as_str(),
                "«" | "\"" | "“" | ":" | "—" | "–" | "-" | ")"
            );
        if !t.word
            || !t.cap()
            || honorific
            || lx.is_function(&t.lower)
            // "Instead Hugh Jackman will host": capitalised because it opens
            // the sentence; mid-sentence "Under Armour" stays a name.
            || (opener && lx.is_opener(&t.lower))
            || (lx.is_role(&t.lower) && !titled_surnames.contains(t.lower.as_str()))
            || (lx.is_generic(&t.lower) && !names_a_body(&toks, i, &lx))
            || t.text.chars().any(|c| c.is_ascii_digit())
            || names::is_hyphenated_adjective(&t.text)
        {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        loop {
            if j < toks.len()
                && toks[j].word
                && (toks[j].cap() || joined_particle(&toks[j].text))
                && toks[j].sentence == t.sentence
                && !lx.is_function(&toks[j].lower)
                && !lx.is_generic(&toks[j].lower)
                && !names::is_hyphenated_adjective(&toks[j].text)
            {
                j += 1;
            } else if j + 1 < toks.len()
                && lx.is_particle(&toks[j].lower)
                && toks[j + 1].word
                && toks[j + 1].cap()
                && !lx.is_function(&toks[j + 1].lower)
            {
                j += 2;
            } else if j < toks.len()
                && toks[j].text == "."
                && toks[j - 1].text.chars().count() == 1
                && toks[j - 1].cap()
                && !lx.is_honorific(&toks[j - 1].lower)
                && initials_end_in_name(&toks, j, t.sentence)
            {
                // A middle initial: "George W. Bush", "J. K. Rowling"; not
                // the letters of an abbreviation ("U.S. stocks") nor a
                // title ("Bonsoir M. Rioufol").
                j += 2;
            } else if j + 1 < toks.len()
                && toks[j].text == "."
                && matches!(toks[j - 1].lower.as_str(), "st" | "ste" | "mt" | "ft")
                && toks[j + 1].word
                && toks[j + 1].cap()
                && toks[j + 1].sentence == t.sentence
            {
                // "St. Louis", "Mt. Everest", "Ft. Lauderdale": the
                // abbreviation's full stop is inside the name.
                j += 2;
            } else if j + 2 < toks.len()
                && toks[j].lower == "d"
                && matches!(toks[j + 1].text.as_str(), "'" | "’")
                && toks[j + 2].word
                && toks[j + 2].cap()
                && toks[j + 2].sentence == t.sentence
                && !(toks[j].text == "d" && person_follows(&toks, j + 2, &lx))
            {
                // "Quai d'Orsay", "Jean d'Ormesson", "Eugénie d'York"; but
                // "le gouverneur de Louxor d'Adel al-Khayyat" names a place,
                // then a person.
                j += 3;
            } else {
                break;
            }
        }
        // "Conseil constitutionnel", "Union européenne": French writes the
        // rest of an institution's name in lowercase.
        if j < toks.len()
            && lx.is_org_head(&toks[j - 1].lower)
            && toks[j].word
            && !toks[j].cap()
            && toks[j].sentence == t.sentence
            && lx.is_institutional(&toks[j].lower)
        {
            j += 1;
        }
        if lang == Lang::Fr && lx.is_org_head(&t.lower) && j > i + 1 {
            j = institution_tail(&toks, j, &lx);
        }
        // "les Frères musulmans", "les Casques blancs", "les Nations unies",
        // "les Forces démocratiques syriennes": French capitalises only the
        // first word of a group's name, and its plural adjectives agree
        // with it. A verb after a plural subject ends in -nt, so a plural
        // form after a plural head is an adjective, unless it is a
        // participle ("des Syriens blessés"), which a head that names a
        // people also takes.
        if lang == Lang::Fr && j == i + 1 && !opener && !names::is_demonym(&t.lower) {
            j += plural_adjectives(&toks, i, &lx);
        }
        // "le Conseil de sécurité", "la Cour de cassation": a body's head
        // and its lowercase complement (not "le Kremlin de nouveau").
        if lang == Lang::Fr
            && j == i + 1
            && lx.is_org_head(&t.lower)
            && toks.get(j).is_some_and(|d| d.lower == "de")
            && toks.get(j + 1).is_some_and(|w| {
                w.word
                    && !w.cap()
                    && w.sentence == t.sentence
                    && w.lower.chars().count() >= 4
                    && !lx.is_function(&w.lower)
                    && !lx.is_calendar(&w.lower)
                    && !matches!(w.lower.as_str(), "nouveau" | "plus" | "moins" | "même" | "manière" | "façon" | "longue")
                    // Not an infinitive ("le Sénat de basculer").
                    && !w.lower.ends_with("er")
                    && !w.lower.ends_with("ir")
            })
        {
            j += 2;
        }
        // "Leaders of Burkina Faso met": a sentence-opening common noun
        // joined to a name by "of" is not part of it (French "de" is
        // left alone: "Charles de Gaulle" opens sentences too).
        if opener
            && j > i + 2
            && toks[i + 1].lower == "of"
            && !capitalised_mid.contains(&t.lower)
            && toks[i + 2].cap()
        {
            i += 2;
        }
        // "Damascus Sunday -", "Gaza Strip Sept. 3", "Wall Street Monday":
        // a dateline's day after a name is no part of it. A weekday never
        // ends a name; a month does ("Theresa May"), unless a date follows.
        // The day is read past, not read again as a name of its own.
        let run_end = j;
        while j > i + 1 && {
            let last = &toks[j - 1].lower;
            // A day number follows, straight or after an abbreviation's
            // period ("Sept. 3"); "Theresa May." ends a sentence.
            let number = |k: usize| {
                toks.get(k).is_some_and(|n| {
                    !n.text.is_empty() && n.text.bytes().all(|c| c.is_ascii_digit())
                })
            };
            let dated = number(j) || (toks.get(j).is_some_and(|n| n.text == ".") && number(j + 1));
            lx.is_calendar(last) && (!lx.is_month(last) || dated)
        } {
            j -= 1;
        }
        // "Embattled Russian oil giant Yukos", "Prominent Islamic scholar":
        // a word capitalised only because it opens the sentence, before a
        // demonym, is an adjective of the same run.
        if opener
            && j > i + 1
            && !capitalised_mid.contains(&toks[i].lower)
            && lx.place(&names::fold(&toks[i].lower)).is_none()
            && (names::is_demonym(&toks[i + 1].lower) || is_group_adjective(&toks[i + 1].lower))
        {
            i += 1;
        }
        // "May God protect them", "Monday Night Football": a weekday or a
        // month that opens the sentence is no first name.
        if opener
            && j > i + 1
            && lx.is_calendar(&toks[i].lower)
            && !surnames.contains(toks[i].lower.as_str())
        {
            i += 1;
        }
        let t = &toks[i];
        let n = outlet_words.len();
        // Only when a name of two words at least remains: "Thomson Reuters"
        // is not "Thomson" for an article from Reuters.
        if n > 0
            && j >= i + 2 + n
            && toks[j - n..j]
                .iter()
                .zip(&outlet_words)
                .all(|(t, w)| t.lower == *w)
        {
            j -= n;
        }
        // "Tesla CEO said": a title that ends the run names no one; what
        // precedes it stays ("Tesla"). Not after a particle: "Bruno Le
        // Maire" is a name.
        // So does a plural one after a single word ("Labour MPs", "EU
        // ministers"), but not after a place: "Sacramento Kings", "Kansas
        // City Chiefs" are teams.
        let role_or_plural = |k: usize| {
            let w = toks[k].lower.as_str();
            lx.is_role(w)
                || k == i + 1
                    && gazetteer(&names::fold(&toks[i].lower)).is_none()
                    && w.strip_suffix('s')
                        .is_some_and(|one| one.len() >= 2 && lx.is_role(one))
        };
        // A title word right after the first name a name opens on is a
        // surname: "Billy King" (not "Los Angeles Mayor").
        while j > i + 1
            && role_or_plural(j - 1)
            && !lx.is_particle(&toks[j - 2].lower)
            && !(j == i + 2 && is_first_name(&toks[i].lower, &lx) && lx.is_role(&toks[j - 1].lower))
        {
            j -= 1;
        }
        // "Russian President Vladimir Putin", "Transport Minister Patrice
        // Vergriete": the title is not the name. What precedes it is a name
        // of its own when it names an organisation ("WHO Director-General
        // Tedros", "Tesla CEO Elon Musk").
        let mut start = i;
        if let Some(k) = (i..j - 1)
            .rev()
            .find(|&k| lx.is_role(&toks[k].lower) || lx.is_honorific(&toks[k].lower))
        {
            let mut first_role = k;
            while first_role > i && lx.is_role(&toks[first_role - 1].lower) {
                first_role -= 1;
            }
            // Kept: an organisation ("WHO", "Tesla" when the text names it
            // elsewhere too); dropped: what only qualifies the title
            // ("Transport", "Deputy", "Hungarian").
            let qualifier = |m: usize| {
                lx.is_title_qualifier(&toks[m].lower)
                    || names::lowercase_name_key(&toks[m].lower).is_some()
                        && !is_acronym(&toks[m].text)
            };
            let organisation = (i..first_role)
                .any(|m| lx.is_org_head(&toks[m].lower) || is_acronym(&toks[m].text));
            let named_elsewhere = (i..first_role).all(|m| capitalised_mid.contains(&toks[m].lower));
            if first_role > i
                && (organisation || (named_elsewhere && !(i..first_role).all(qualifier)))
            {
                spans.push((i, first_role));
            }
            start = k + 1;
            // "Secretary of State Colin Powell", "Chief of Staff Andrew
            // Card": the department is the end of the title, and a
            // country there ("President of Mexico Vicente Fox") a name of
            // its own. A title with no one after it ("the Chief of Staff
            // said") names no one.
            if toks[start].lower == "of" {
                let mut q = start + 1;
                while q < j && lx.is_title_qualifier(&toks[q].lower) {
                    q += 1;
                }
                if q == start + 1 && q + 1 < j && lx.place(&names::fold(&toks[q].lower)).is_some() {
                    spans.push((q, q + 1));
                    q += 1;
                }
                start = q;
            }
        }
        if start >= j {
            i = j.max(run_end);
            continue;
        }
        // "le ministre de l'Intérieur Gérald Darmanin", "la ministre des
        // Armées Florence Parly": the department ends the title. In a list
        // the role is said once ("les ministres de l'Intérieur Christophe
        // Castaner, de la Santé Agnès Buzyn, du Travail Muriel Pénicaud"):
        // a department after "de la", "du", "des" ends a title too.
        let department = i > 0
            && matches!(toks[i - 1].lower.as_str(), "du" | "des" | "la" | "l")
            && lx.is_title_qualifier(&toks[i].lower);
        if start == i
            && (department || (i.saturating_sub(4)..i).any(|m| lx.is_role(&toks[m].lower)))
        {
            let mut q = start;
            while q + 2 < j && lx.is_title_qualifier(&toks[q].lower) {
                q += 1;
            }
            start = q;
        }
        // "Frenchman Arsene Wenger", "Democrat John Kerry", "Trooper Kevin
        // Lee Williams", and after a title "Chief Executive Jean-Pierre
        // Farandou": common words before a first name describe the person
        // who follows and are no part of the name. A place named after a
        // saint, a port or a fort keeps its first word ("Port Louis",
        // "Saint Pierre"); an organisation keeps them too ("New York
        // Mercantile Exchange").
        if j >= start + 3
            && !names_a_place(&toks[start].lower)
            && !(start..j).any(|k| lx.is_org_head(&toks[k].lower))
        {
            let first_name =
                (start + 1..j - 1).find(|&k| vocabulary::is_given_name(&toks[k].lower));
            let describes = |m: usize| {
                let w = &toks[m].lower;
                toks[m].word
                    && (vocabulary::opens_no_person(w)
                        || names::is_demonym(w)
                        || NATIONAL_NOUNS.contains(&w.as_str()))
            };
            // Nor is a place that the "first name" completes ("New York
            // Knicks", "Saint Louis Cardinals") split.
            let completes_a_place = first_name.is_some_and(|k| {
                let words: Vec<String> = (start..=k).map(|m| names::fold(&toks[m].lower)).collect();
                gazetteer(&words.join(" ")).is_some()
            });
            if let Some(k) = first_name.filter(|&k| !completes_a_place && (start..k).all(describes))
            {
                start = k;
            }
            // "President of Mexico Vicente Fox", "LFI Danièle Obono": a
            // country, a city or an acronym before a first name is a name
            // of its own, unless it is a first name too ("Chad Michael
            // Murray").
            else if start == i
                && first_name == Some(i + 1)
                && !completes_a_place
                && !vocabulary::is_given_name(&toks[i].lower)
                && (lx.place(&names::fold(&toks[i].lower)).is_some()
                    || gazetteer(&names::fold(&toks[i].lower)).is_some()
                    || is_acronym(&toks[i].text))
            {
                spans.push((i, i + 1));
                start = i + 1;
            }
        }
        // "Vladimir Putin of Russia", "Jacques Chirac of France": a
        // person's name, then the country he leads, two names. Not "Bank of
        // England" or "Duke of Edinburgh", which open on no first name.
        if j >= start + 4
            && toks[j - 2].lower == "of"
            && vocabulary::is_given_name(&toks[start].lower)
            && lx.place(&names::fold(&toks[j - 1].lower)).is_some()
        {
            spans.push((j - 1, j));
            j -= 2;
        }
        // "la présidente de la région Île-de-France Valérie Pécresse": a
        // place named after its kind, then the person.
        if start == i
            && j >= i + 3
            && i > 0
            && lx.is_place_head(&toks[i - 1].lower)
            && toks[i + 1].word
        {
            spans.push((i, i + 1));
            start = i + 1;
        }
        // "France 2", "Europe 1", "Ligue 1", "Cac 40", "Pentium 4": a
        // number right after a one-word name is part of it (a channel, a
        // league, a product), unless it starts a date ("Saturday 8
        // October"), a score ("Chiefs 20 - 13") or a quantity ("France 3
        // millions"). After a longer name it is more often a count or an
        // age ("Kyle Orton 40 yards").
        let opening_word = opener
            && start == i
            && lx.place(&names::fold(&toks[start].lower)).is_none()
            && !is_acronym(&toks[start].text)
            && !capitalised_mid.contains(&toks[start].lower);
        let numbered = j == start + 1
            && !opening_word
            && j < toks.len()
            && toks[j].sentence == toks[j - 1].sentence
            && toks[j].start == toks[j - 1].end + 1
            && (1..=2).contains(&toks[j].text.len())
            && toks[j].text.bytes().all(|b| b.is_ascii_digit())
            && !lx.is_calendar(&toks[j - 1].lower)
            && toks.get(j + 1).is_none_or(|n| {
                !matches!(n.text.as_str(), "-" | "–" | "%" | "h")
                    && !n.text.bytes().all(|b| b.is_ascii_digit())
                    && !lx.is_month(&n.lower)
                    && !QUANTITY_WORDS.contains(&n.lower.as_str())
            });
        if numbered {
            j += 1;
        }
        let single = j == start + 1;
        let known =
            lx.place(&names::fold(&toks[start].lower)).is_some() || is_acronym(&toks[start].text);
        let alone = opener && start == i && single;
        if (alone && !known && !capitalised_mid.contains(&t.lower))
            || (single
                && lx.is_calendar(&toks[start].lower)
                && !surnames.contains(toks[start].lower.as_str()))
            || (single && toks[start].text.chars().count() < 2)
            // "Japanese fighting cyborgs", "les Français": a demonym alone
            // is an adjective or a people, not an entity.
            || (single
                && (names::is_demonym(&toks[start].lower) || is_group_adjective(&toks[start].lower)))
        {
            i = j.max(run_end);
            continue;
        }
        spans.push((start, j));
        i = j.max(run_end);
    }
    let spans = split_juxtaposed(spans, &toks, &lx);
    // 2. Entities: full names first, then short forms join them.
    let mut drafts: Vec<Draft> = Vec::new();
    let mut linked: Vec<Span> = Vec::new();
    // The key of one word of a name. A compound ("Jean-François",
    // "Vallaud-Belkacem") keys as its parts would with spaces, so that
    // "Bernard-Henri Lévy" and "Bernard Henri-Lévy" meet; a word of a name
    // written all in capitals ("SIR ALEX FERGUSON", a dateline's "PARIS")
    // keys as it would in lowercase, not as an acronym.
    let key_of = |k: usize, shouted: bool| -> String {
        let t = &toks[k];
        // A dateline's place in capitals ("BRUSSELS", "NAJAF") is the
        // place; a word of five capitals or more is seldom an acronym
        // that another word's key would collide with ("NASDAQ").
        let len = t.text.chars().count();
        let known_place = || {
            let folded = names::fold(&t.lower);
            lx.place(&folded).is_some() || gazetteer(&folded).is_some()
        };
        let shouted = shouted || (is_acronym(&t.text) && (len >= 5 || (len >= 4 && known_place())));
        let titled: String;
        let text = if shouted {
            titled = title_case(&t.text);
            titled.as_str()
        } else {
            t.text.as_str()
        };
        names::compound_parts(text)
            .map(|part| word_key(part, t.cap(), lang))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by_key(|&s| std::cmp::Reverse(spans[s].1 - spans[s].0));
    let mut entity_of_span = vec![usize::MAX; spans.len()];
    for &s in &order {
        let (a, b) = spans[s];
        let lettered = |k: &usize| toks[*k].text.chars().filter(|c| c.is_alphabetic()).count() >= 2;
        let shouted = (a..b)
            .filter(|&k| toks[k].word)
            .all(|k| !toks[k].text.chars().any(char::is_lowercase))
            && (a..b).filter(|&k| toks[k].word).filter(lettered).count() >= 2;
        let mut keys: Vec<String> = (a..b)
            .filter(|&k| toks[k].word && !lx.is_particle(&toks[k].lower))
            .map(|k| key_of(k, shouted))
            .collect();
        if keys.is_empty() {
            // A name made of particle-like words only ("Van", "La").
            keys = (a..b).map(|k| key_of(k, shouted)).collect();
        }
        let spelled_out = (b - a >= 2)
            .then(|| {
                names::spelled_out_key(
                    (a..b)
                        .filter(|&k| toks[k].word)
                        .map(|k| toks[k].text.as_str()),
                )
            })
            .flatten();
        if let Some(k) = spelled_out {
            keys = vec![k.to_string()];
        }
        let form = surface(text, &toks, a, b);
        let found = if keys.len() >= 2 {
            drafts.iter().position(|d| {
                d.keys.len() >= 2 && d.keys.first() == keys.first() && d.keys.last() == keys.last()
            })
        } else if let Some(k) = keys.first() {
            // A short form is a surname ("Johnson" for "Boris Johnson"),
            // so it joins a name that could be a person's: not one that
            // reads as a place or an organisation ("Paris" is not "Gare de
            // Paris", "Liban" not "gouvernement libanais"), and a country
            // only a name that something marks as a person ("Maroc" is
            // not "Caritas Maroc").
            let folded = names::fold(&toks[a].lower);
            let country = lx.place(&folded).is_some() || gazetteer(&folded).is_some_and(|w| w >= 3);
            let personal = |d: &Draft| {
                let [per, loc, org] = d.votes;
                // A cue is anything beyond the votes of the name's shape.
                let cued = per > d.shaped;
                d.keys.len() < 2 || !d.misc && per >= loc && per >= org && (cued || !country)
            };
            let hits: Vec<usize> = drafts
                .iter()
                .enumerate()
                .filter(|(_, d)| d.keys == keys || d.keys.last() == Some(k) && personal(d))
                .map(|(n, _)| n)
                .collect();
            // A short form joins the one full name it abbreviates, never two.
            if hits.len() == 1 {
                Some(hits[0])
            } else {
                None
            }
        } else {
            None
        };
        let e = match found {
            Some(e) => e,
            None => {
                drafts.push(Draft {
                    keys,
                    forms: Vec::new(),
                    votes: [0; 3],
                    misc: false,
                    determined: 0,
                    shaped: 0,
                    reporter: false,
                });
                drafts.len() - 1
            }
        };
        drafts[e].forms.push(form);
        drafts[e].shaped += vote(&mut drafts[e].votes, &toks, a, b, &lx);
        // A name with a number is no person: a place's is a broadcaster
        // ("France 24", "Europe 1"), any other a league or a product.
        if b - a >= 2 && toks[b - 1].text.bytes().all(|c| c.is_ascii_digit()) {
            if lx.place(&names::fold(&toks[a].lower)).is_some() {
                drafts[e].votes[2] += NUMBERED_ORG_VOTES;
            } else {
                drafts[e].misc = true;
            }
        }
        // A model's code ("Clie PEG-VZ90", "Audi A7") has letters and
        // digits in one word: the name is a product's, not a person's
        // (unless the code names what comes after "de": "Jérôme Anthony
        // de M6" is a presenter of the channel M6).
        let coded =
            |t: &str| t.chars().any(|c| c.is_ascii_digit()) && t.chars().any(char::is_alphabetic);
        let of_at = (a..b).find(|&k| matches!(toks[k].lower.as_str(), "de" | "du" | "d" | "of"));
        if b - a >= 2 && (a..of_at.unwrap_or(b)).any(|k| coded(&toks[k].text)) {
            drafts[e].misc = true;
        }
        // A party's branch is not a person.
        if b - a >= 3 && is_branch(&toks, a, &lx) {
            drafts[e].votes[2] += BRANCH_ORG_VOTES;
        }
        // Spanish plural articles open places and bands, never a person's
        // name ("Los Alamos", "Las Cruces", "Los Lobos").
        if b - a >= 2 && matches!(toks[a].lower.as_str(), "los" | "las") {
            drafts[e].votes[0] -= 2;
            drafts[e].votes[1] += 1;
            drafts[e].determined += 1;
        }
        // "le Haut Atlas", "the High Atlas mountains", "the Trump
        // administration": a name after a definite article is a place, a
        // body or a modifier, seldom a person.
        let the = lang == Lang::En && a > 0 && toks[a - 1].lower == "the";
        if (lang == Lang::Fr && after_definite_article(&toks, a)) || the {
            drafts[e].votes[0] -= 2;
            drafts[e].determined += 1;
        }
        // "Missing Links", "Adobe Systems", "Grand Slam": a name that opens
        // on a common word, not a first name, is a title, a firm or an
        // event; a cue can still make it a person ("Trooper" is cut off
        // before a first name, see above).
        if b - a >= 2 && vocabulary::thing_shaped(&toks[a].lower, &toks[b - 1].lower) {
            drafts[e].votes[0] -= 1;
            drafts[e].determined += 1;
        }
        // "Benn Act", "World Cup", "Festival de Cannes": laws, prizes and
        // competitions are named like people but are none.
        if b - a >= 2
            && (is_misc_head(&toks[b - 1].lower, false) || is_misc_head(&toks[a].lower, true))
        {
            drafts[e].misc = true;
        }
        // The outlet that published the article, named in it ("Par
        // Euronews avec AFP"), is an organisation.
        if b - a == outlet_words.len()
            && toks[a..b]
                .iter()
                .zip(&outlet_words)
                .all(|(t, w)| t.lower == *w)
        {
            drafts[e].votes[2] += 5;
        }
        entity_of_span[s] = e;
    }
    for (s, &(a, b)) in spans.iter().enumerate() {
        linked.push(Span {
            start: a,
            end: b,
            entity: entity_of_span[s],
        });
    }
    // 3. Roles tied to a person: "le porte-parole du Kremlin, Dmitri Peskov".
    let mut roles: Vec<(Vec<String>, usize)> = Vec::new();
    let mut ambiguous: Vec<Vec<String>> = Vec::new();
    for sp in &linked {
        // The outlet's own reporters are not in the news: "notre
        // correspondante à Istanbul, Anne Andlauer", "Galina Polonskaya
        // Euronews :".
        let signed = !outlet_words.is_empty()
            && toks.len() >= sp.end + outlet_words.len()
            && toks[sp.end..sp.end + outlet_words.len()]
                .iter()
                .zip(&outlet_words)
                .all(|(t, w)| t.lower == *w);
        if signed {
            drafts[sp.entity].reporter = true;
        }
        if introduced_as_reporter(&toks, sp.start) {
            drafts[sp.entity].reporter = true;
        }
        if let Some(found) = role_before(&toks, sp.start, sp.end, &lx) {
            // "le député LREM des Yvelines Didier Baichère": the role is
            // the name's that follows what it is of.
            let holder = linked
                .iter()
                .find(|n| n.start == sp.end)
                .map_or(sp.entity, |n| n.entity);
            // A title noun alone says less of what it is given to than a
            // role ("Blue Jays-owner Rogers Communications" is a company).
            if found.words.len() - found.qualifiers >= 2 {
                drafts[holder].votes[0] += 3;
            }
            if found.former {
                continue;
            }
            add_role(&mut roles, &mut ambiguous, found.words, holder);
        } else if let Some(role) = (sp.end >= sp.start + 2)
            .then(|| role_after(text, &toks, &linked, sp.end, &lx))
            .flatten()
        {
            // A full name only: "l'AFP, avocat du groupe" is no apposition.
            add_role(&mut roles, &mut ambiguous, role, sp.entity);
        }
    }
    roles.retain(|(r, _)| !ambiguous.contains(r));
    let mut role_spans: Vec<Span> = Vec::new();
    let mut covered = vec![false; toks.len() + 2];
    let mut starts = vec![false; toks.len() + 2];
    for s in &linked {
        starts[s.start] = true;
        for c in &mut covered[s.start..s.end] {
            *c = true;
        }
    }
    for (role, e) in &roles {
        let n = role.len();
        for k in 0..toks.len().saturating_sub(n - 1) {
            if toks[k].lower != role[0] || !(0..n).all(|x| toks[k + x].lower == role[x]) {
                continue;
            }
            let followed_by_name = starts[k + n] || starts[k + n + 1];
            // The apposition that gave the role ("Stéphane Israël, patron
            // d'Arianespace,"): the person is named right there, and the
            // complement keeps its own mention.
            let mut b = k;
            while b > 0 && (lx.is_article(&toks[b - 1].lower) || toks[b - 1].text == "'") {
                b -= 1;
            }
            let apposition = b >= 1
                && toks[b - 1].text == ","
                && linked.iter().any(|s| s.end + 1 == b && s.entity == *e);
            if !followed_by_name && !covered[k] && !apposition {
                role_spans.push(Span {
                    start: k,
                    end: k + n,
                    entity: *e,
                });
            }
        }
    }
    // "son homologue turc Recep Tayyip Erdogan" makes "le président turc"
    // Erdogan too: a leader of a country is one person in an article,
    // unless the article ties two names to it.
    let leader_country = |words: &[String]| -> Option<String> {
        words.first().filter(|w| lx.is_leader(w))?;
        words
            .iter()
            .skip(1)
            .find_map(|w| names::lowercase_name_key(w))
    };
    let mut leaders: Vec<(String, Option<usize>)> = Vec::new();
    for (role, e) in &roles {
        if let Some(country) = leader_country(role) {
            match leaders.iter_mut().find(|(c, _)| *c == country) {
                Some((_, who)) if *who != Some(*e) => *who = None,
                Some(_) => {}
                None => leaders.push((country, Some(*e))),
            }
        }
    }
    for k in 0..toks.len().saturating_sub(1) {
        if !lx.is_leader(&toks[k].lower)
            || covered[k]
            || role_spans.iter().any(|r| r.start <= k && k < r.end)
        {
            continue;
        }
        let Some(country) = names::lowercase_name_key(&toks[k + 1].lower) else {
            continue;
        };
        let followed_by_name = starts[k + 2] || starts.get(k + 3).copied().unwrap_or(false);
        if followed_by_name {
            continue;
        }
        if let Some((_, Some(e))) = leaders.iter().find(|(c, _)| *c == country) {
            role_spans.push(Span {
                start: k,
                end: k + 2,
                entity: *e,
            });
        }
    }
    // A role phrase hides the names inside it ("du Kremlin").
    linked.retain(|s| {
        !role_spans
            .iter()
            .any(|r| s.start < r.end && r.start < s.end)
    });
    linked.extend(role_spans);
    linked.sort_by_key(|s| s.start);
    // 4. Canonical names and types.
    let entities: Vec<Entity> = drafts
        .iter()
        .map(|d| {
            let mut forms = d.forms.clone();
            forms.sort();
            forms.dedup();
            let name = d
                .forms
                .iter()
                .enumerate()
                .max_by_key(|(n, f)| {
                    (
                        f.split_whitespace().count(),
                        // "Brussels" rather than a dateline's "BRUSSELS".
                        f.chars().any(char::is_lowercase),
                        d.forms.iter().filter(|g| g == f).count(),
                        std::cmp::Reverse(*n),
                    )
                })
                .map(|(_, f)| f.clone())
                .unwrap_or_default();
            let name = unshouted(&name).unwrap_or(name);
            // A name the gazetteer knows whole ("Burkina Faso", "Fort
            // Lauderdale"); a full name that ends with a city's name is a
            // person ("Whitney Houston" is not Houston).
            let mut votes = d.votes;
            if let Some(w) = gazetteer(&names::fold(&name).replace('’', "'")) {
                votes[1] += w;
            }
            let kind = if d.misc
                || votes.iter().all(|&v| v <= 0) && (d.keys.len() == 1 || d.determined > 0)
            {
                // A lone capitalised word with no evidence is as likely a
                // movement, a product or an event as a person; so is a name
                // with an article that no cue types.
                EntityType::Misc
            } else {
                [EntityType::Per, EntityType::Loc, EntityType::Org]
                    [(0..3).max_by_key(|&k| (votes[k], 2 - k)).unwrap_or(0)]
            };
            let key = format!("{}:{}", kind.label(), entity_key(&d.keys));
            Entity {
                name,
                kind,
                mentions: forms,
                key,
                // The shape of a name is counted once per article: across
                // articles, a name mentioned often is no more a person.
                evidence: [votes[0] - (d.shaped - d.shaped.min(1)), votes[1], votes[2]],
                reporter: d.reporter && kind == EntityType::Per,
            }
        })
        .collect();
    let mentions: Vec<Mention> = linked
        .iter()
        .map(|s| {
            let e = &entities[s.entity];
            Mention {
                text: surface(text, &toks, s.start, s.end),
                start: toks[s.start].start,
                end: toks[s.end - 1].end,
                kind: e.kind,
                canonical: e.name.clone(),
                key: e.key.clone(),
            }
        })
        .collect();
    let quotes = quotes(text, &toks, &linked, &entities, &lx);
    let disagreements = disagreements(text, &toks, &linked, &entities, &lx);
    let roles = named_roles(&roles, &entities, &lx);
    // An office alone names the one person the article gives it to ("…»,
    // a déclaré le chef de l'État" and "le président Mohamed Morsi"), as
    // a role does (see `role_spans`).
    let mut quotes = quotes;
    for q in quotes.iter_mut().filter(|q| q.speaker_key.is_none()) {
        let role = q.speaker.as_deref().map(role_key);
        if let Some(r) = roles.iter().find(|r| Some(&r.role) == role.as_ref()) {
            q.speaker = Some(r.person.clone());
            q.speaker_key = Some(r.key.clone());
        }
    }
    Annotations {
        mentions,
        entities,
        quotes,
        disagreements,
        roles,
    }
}

/// What a head of state is called without a name ("le chef de l'État",
/// "le président").
const HEAD_OF_STATE: &[&str] = &[
    "chef de l état",
    "chef de l etat",
    "président",
    "présidente",
];

/// What a head of government is called without a name.
const HEAD_OF_GOVERNMENT: &[&str] = &[
    "chef du gouvernement",
    "premier ministre",
    "première ministre",
];

/// The office a role given to a name holds, as the names it goes by alone:
/// "le président de la République Emmanuel Macron" is the head of state,
/// "le Premier ministre Édouard Philippe" the head of government. "Le
/// président Erdogan" is not: the French press names foreign presidents
/// so, and its own as "le chef de l'État" alone.
fn office_of(role: &[String]) -> Option<&'static [&'static str]> {
    let words: Vec<&str> = role
        .iter()
        .map(String::as_str)
        .filter(|w| *w != "'")
        .collect();
    let plain = |rest: &[&str]| {
        rest.iter()
            .all(|w| !matches!(*w, "de" | "du" | "des" | "d" | "l" | "la" | "le"))
    };
    match words.as_slice() {
        ["président" | "présidente", "de", "la", "république"] => Some(HEAD_OF_STATE),
        ["premier" | "première", "ministre", rest @ ..] if plain(rest) => Some(HEAD_OF_GOVERNMENT),
        _ => None,
    }
}

/// Notes that `role` is given to `entity`: one role given to two names
/// says nobody, and goes to `ambiguous`.
fn add_role(
    roles: &mut Vec<(Vec<String>, usize)>,
    ambiguous: &mut Vec<Vec<String>>,
    role: Vec<String>,
    entity: usize,
) {
    match roles.iter().find(|(r, _)| *r == role) {
        Some((_, e)) if *e != entity => ambiguous.push(role),
        Some(_) => {}
        None => roles.push((role, entity)),
    }
}

/// The roles given to people by name (`roles`: role words and entity, one
/// person each), and, where the article gives one person the head of
/// state's or of government's office, the names that office goes by
/// alone. A country's leader named with its demonym ("le
/// président américain Donald Trump") is not who the French press calls
/// "le chef de l'État": that is its own country's, often left unnamed.
fn named_roles(
    roles: &[(Vec<String>, usize)],
    entities: &[Entity],
    lx: &Lexicon,
) -> Vec<NamedRole> {
    let person = |e: usize| entities.get(e).filter(|e| e.kind == EntityType::Per);
    let mut out: Vec<NamedRole> = Vec::new();
    let mut ambiguous: Vec<String> = Vec::new();
    let mut add = |out: &mut Vec<NamedRole>, role: String, e: &Entity| match out
        .iter()
        .find(|r| r.role == role)
    {
        Some(r) if r.key != e.key => ambiguous.push(role),
        Some(_) => {}
        None => out.push(NamedRole {
            role,
            person: e.name.clone(),
            key: e.key.clone(),
        }),
    };
    for (role, e) in roles {
        let Some(entity) = person(*e) else { continue };
        add(&mut out, role_key(&role.join(" ")), entity);
        let foreign = role
            .iter()
            .any(|w| names::lowercase_name_key(w).is_some() && !lx.is_role(w));
        if let Some(office) = office_of(role).filter(|_| !foreign) {
            for name in office {
                add(&mut out, name.to_string(), entity);
            }
        }
    }
    out.retain(|r| !ambiguous.contains(&r.role));
    out
}

/// The characters `start..start + len` of `text` (clamped).
fn slice_chars(text: &[char], start: usize, len: usize) -> impl Iterator<Item = &char> {
    let a = start.min(text.len());
    let b = start.saturating_add(len).min(text.len());
    text[a..b].iter()
}

/// The text of the tokens `a..b`, as written.
fn surface(text: &[char], toks: &[Tok], a: usize, b: usize) -> String {
    slice_chars(text, toks[a].start, toks[b - 1].end - toks[a].start).collect()
}

#[cfg(test)]
mod tests;
