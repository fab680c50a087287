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
mod spans;
mod tokens;
mod typing;
mod vocabulary;

pub use vocabulary::{is_given_name, same_given_name};

use gazette_lang::Lang;
use gazette_terms::names;
use serde::{Deserialize, Serialize};

use lexicon::*;
use quotes::*;
use spans::is_branch;
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
    /// Written with a company's legal form ("Microsoft Corp.", "Siemens
    /// AG"): a company wherever else the name stands alone, which a
    /// digest applies to the whole pile.
    #[serde(skip)]
    pub incorporated: bool,
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

/// Organisation evidence a place's name earns with a number after it.
const NUMBERED_ORG_VOTES: i32 = 6;

/// Organisation evidence of a company's legal form after a name
/// ("Embraer SA", "Microsoft Corp.").
const LEGAL_FORM_ORG_VOTES: i32 = 4;

/// Organisation evidence of one plural word after "the" ("the Colts").
const PLURAL_NAME_ORG_VOTES: i32 = 2;

/// Organisation evidence of a body's name written out ("la Maison
/// Blanche").
const SPELLED_OUT_ORG_VOTES: i32 = 3;

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
    /// Written with a legal form (see [`Entity::incorporated`]).
    incorporated: bool,
}

/// Analyses one article written in `lang`.
pub fn analyze(text: &str, lang: Lang) -> Annotations {
    analyze_from(text, lang, None)
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

/// An entity's key without its type ("PER:poutine" → "poutine"): articles
/// may type one name differently.
pub fn bare_key(key: &str) -> &str {
    key.split_once(':').map_or(key, |(_, k)| k)
}

/// Whether words someone is quoted saying speak of the speaker in the first
/// person singular ("Je suis choquée", "I was there").
fn first_person(said: &str, lang: Lang) -> bool {
    said.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .any(|w| match lang {
            Lang::Fr => {
                matches!(
                    w.to_lowercase().as_str(),
                    "je" | "moi" | "me" | "mon" | "ma" | "mes"
                ) || w.starts_with("j'")
                    || w.starts_with("J'")
                    || w.starts_with("j’")
                    || w.starts_with("J’")
            }
            _ => matches!(
                w,
                "I" | "I'm" | "I’m" | "I've" | "I'd" | "I'll" | "my" | "My" | "me"
            ),
        })
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
    // 1. Name spans.
    let spans = spans::name_spans(&toks, &lx, &outlet_words);
    // 2. Entities: full names first, then short forms join them.
    let (mut drafts, mut linked) = link(&spans, &toks, text, &lx, &outlet_words);
    // 3. Roles tied to a person: "le porte-parole du Kremlin, Dmitri Peskov".
    let roles = tie_roles(&mut drafts, &mut linked, &toks, text, &lx, &outlet_words);
    // 4. Canonical names and types.
    let mut entities: Vec<Entity> = drafts.iter().map(entity_of).collect();
    let mut quotes = quotes(text, &toks, &linked, &entities, &lx);
    // 5. A name typed a thing that speaks of itself in the first person
    // is a person whose first name the lists lack ("Brune Poirson : « Je
    // suis choquée »"; "brune" is also a colour).
    // A name of capitalised words that are no people's and no place's: not
    // a party ("Debout la France") or a département ("Val d'Oise") a quote
    // was put to.
    let person_shaped = |name: &str| {
        let words: Vec<&str> = name.split_whitespace().collect();
        words.len() >= 2
            && words.iter().all(|w| {
                let lower = w.to_lowercase();
                w.starts_with(char::is_uppercase)
                    && !names::is_demonym(&lower)
                    && gazetteer(&names::fold(&lower)).is_none()
            })
    };
    let mut retyped: Vec<(String, String)> = Vec::new();
    for q in quotes
        .iter()
        .filter(|q| q.direct && first_person(&q.text, lang))
    {
        let Some(e) = entities.iter_mut().find(|e| {
            Some(&e.key) == q.speaker_key.as_ref()
                && e.kind == EntityType::Misc
                && person_shaped(&e.name)
        }) else {
            continue;
        };
        let key = format!("{}:{}", EntityType::Per.label(), bare_key(&e.key));
        retyped.push((std::mem::replace(&mut e.key, key.clone()), key));
        e.kind = EntityType::Per;
        // As clear a cue as an honorific, for the digest to weigh.
        e.evidence[0] = e.evidence.iter().copied().max().unwrap_or(0) + 3;
    }
    for q in &mut quotes {
        if let Some((_, new)) = retyped
            .iter()
            .find(|(old, _)| Some(old) == q.speaker_key.as_ref())
        {
            q.speaker_key = Some(new.clone());
        }
    }
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
    let disagreements = disagreements(text, &toks, &linked, &entities, &lx);
    let roles = named_roles(&roles, &entities, &lx);
    // An office alone names the one person the article gives it to ("…»,
    // a déclaré le chef de l'État" and "le président Mohamed Morsi"), as
    // a role does (see `role_spans`).
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

/// The person a quote's bare role stands for when nothing ties the role to
/// a name ("…, a déclaré le Premier ministre" in an article that never
/// writes "le Premier ministre Édouard Philippe"): the one person the
/// headline names, provided that person is also the last one the article
/// names before the quote. Returns the person's name and key.
///
/// The article's protagonist is who its roles mostly stand for, but not
/// always ("le maire de Bordeaux" in an article on Fillon); the last
/// person named alone is right about six times in ten. Together they
/// agreed with a reading of 18 of 20 French quotes of news-15k.
pub fn headline_speaker(
    a: &Annotations,
    quote: &Quote,
    headline: &str,
    lang: Lang,
) -> Option<(String, String)> {
    if quote.speaker_key.is_some() {
        return None;
    }
    let first = quote.speaker.as_deref()?.split_whitespace().next()?;
    if !Lexicon::of(lang).is_role(&first.to_lowercase()) {
        return None;
    }
    let words: Vec<&str> = headline
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let mut named = a.entities.iter().filter(|e| {
        e.kind == EntityType::Per
            && !e.reporter
            && e.name
                .split_whitespace()
                .last()
                .is_some_and(|surname| words.contains(&surname))
    });
    let person = named.next()?;
    if named.next().is_some() {
        return None;
    }
    let last = a
        .mentions
        .iter()
        .filter(|m| m.kind == EntityType::Per && m.start < quote.start)
        .max_by_key(|m| m.start)?;
    (last.key == person.key).then(|| (person.name.clone(), person.key.clone()))
}

/// Stage 2 of [`analyze_from`]: each span joins the draft entity of a name
/// it spells the same way (by key), or, for a one-word short form, the one
/// full name it ends; longer names are read first, so that short forms
/// find them. Each mention adds its type evidence.
fn link(
    spans: &[(usize, usize)],
    toks: &[Tok],
    text: &[char],
    lx: &Lexicon,
    outlet_words: &[String],
) -> (Vec<Draft>, Vec<Span>) {
    let mut drafts: Vec<Draft> = Vec::new();
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by_key(|&s| std::cmp::Reverse(spans[s].1 - spans[s].0));
    let mut entity_of_span = vec![usize::MAX; spans.len()];
    for &s in &order {
        let (a, b) = spans[s];
        let (keys, incorporated) = name_keys(toks, a, b, lx);
        // A name of several words keyed as one body: a body written out
        // ("la Maison Blanche", "Nations unies"), not a country ("United
        // States").
        let written_out_body =
            b - a >= 2 && keys.len() == 1 && names::is_organisation_key(&keys[0]);
        let form = surface(text, toks, a, b);
        let found = draft_of(&drafts, &keys, toks, a, lx);
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
                    incorporated: false,
                });
                drafts.len() - 1
            }
        };
        drafts[e].forms.push(form);
        drafts[e].shaped += vote(&mut drafts[e].votes, toks, a, b, lx);
        if written_out_body {
            drafts[e].votes[2] += SPELLED_OUT_ORG_VOTES;
        }
        if incorporated {
            drafts[e].incorporated = true;
            drafts[e].votes[2] += LEGAL_FORM_ORG_VOTES;
        }
        weigh(&mut drafts[e], toks, a, b, lx, outlet_words);
        entity_of_span[s] = e;
    }
    let linked = spans
        .iter()
        .enumerate()
        .map(|(s, &(a, b))| Span {
            start: a,
            end: b,
            entity: entity_of_span[s],
        })
        .collect();
    (drafts, linked)
}

/// The keys of the name `a..b`, one per word but its particles; a name
/// spelled out ("Organisation des Nations unies") keys as its acronym.
/// Also whether a legal form ended it and was left out of the keys.
fn name_keys(toks: &[Tok], a: usize, b: usize, lx: &Lexicon) -> (Vec<String>, bool) {
    let lettered = |k: &usize| toks[*k].text.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    let shouted = (a..b)
        .filter(|&k| toks[k].word)
        .all(|k| !toks[k].text.chars().any(char::is_lowercase))
        && (a..b).filter(|&k| toks[k].word).filter(lettered).count() >= 2;
    let mut keys: Vec<String> = (a..b)
        .filter(|&k| toks[k].word && !lx.is_particle(&toks[k].lower))
        .map(|k| word_key_at(toks, k, shouted, lx))
        .collect();
    if keys.is_empty() {
        // A name made of particle-like words only ("Van", "La").
        keys = (a..b).map(|k| word_key_at(toks, k, shouted, lx)).collect();
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
    // "Microsoft Corp." is the "Microsoft" of the next sentence: a legal
    // form says what the name is, not which.
    let incorporated = keys.len() >= 2 && ends_on_legal_form(toks, b);
    if incorporated {
        keys.pop();
    }
    (keys, incorporated)
}

/// Whether the name that ends before token `b` ends on a company's legal
/// form, written as companies write it ("Microsoft Corp.", "Siemens AG",
/// "Rolls-Royce plc"), and the name does not go on ("Internet
/// Corporation for Assigned Names").
fn ends_on_legal_form(toks: &[Tok], b: usize) -> bool {
    let Some(last) = b.checked_sub(1).map(|k| toks[k].text.as_str()) else {
        return false;
    };
    let legal = matches!(
        last,
        "Inc"
            | "Corp"
            | "Corporation"
            | "Incorporated"
            | "Co"
            | "Ltd"
            | "Limited"
            | "plc"
            | "PLC"
            | "LLC"
            | "GmbH"
            | "AG"
            | "SA"
            | "NV"
            | "SpA"
    );
    // Only the words written out go on as a name's ("Corporation for
    // Public Broadcasting"); "Embraer SA for 45 jets" does not.
    let written_out = matches!(last, "Corporation" | "Incorporated" | "Limited");
    legal
        && !(written_out
            && toks
                .get(b)
                .is_some_and(|t| matches!(t.lower.as_str(), "for" | "of" | "de" | "du" | "des")))
}

/// The key of one word of a name. A compound ("Jean-François",
/// "Vallaud-Belkacem") keys as its parts would with spaces, so that
/// "Bernard-Henri Lévy" and "Bernard Henri-Lévy" meet; a word of a name
/// written all in capitals ("SIR ALEX FERGUSON", a dateline's "PARIS")
/// keys as it would in lowercase, not as an acronym.
fn word_key_at(toks: &[Tok], k: usize, shouted: bool, lx: &Lexicon) -> String {
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
        .map(|part| word_key(part, t.cap(), lx.lang))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The draft a name with `keys` (its span starting at token `a`) belongs
/// to, if any.
fn draft_of(
    drafts: &[Draft],
    keys: &[String],
    toks: &[Tok],
    a: usize,
    lx: &Lexicon,
) -> Option<usize> {
    if keys.len() >= 2 {
        drafts
            .iter()
            .position(|d| {
                d.keys.len() >= 2 && d.keys.first() == keys.first() && d.keys.last() == keys.last()
            })
            .or_else(|| {
                // A person named by another form of the first name: "Steve
                // Ballmer" after "Steven Ballmer" (see `same_given_name`).
                drafts.iter().position(|d| {
                    let [per, loc, org] = d.votes;
                    d.keys.len() == keys.len()
                        && d.keys[1..] == keys[1..]
                        && per > loc.max(org)
                        && d.forms
                            .first()
                            .and_then(|f| f.split_whitespace().next())
                            .is_some_and(|first| same_given_name(first, &toks[a].text))
                })
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
    }
}

/// Type evidence of the mention `a..b` that is not in [`vote`]: numbers,
/// models' codes, branches, articles, the shape of things and events, the
/// outlet's own name.
fn weigh(d: &mut Draft, toks: &[Tok], a: usize, b: usize, lx: &Lexicon, outlet_words: &[String]) {
    // A name with a number is no person: a place's is a broadcaster
    // ("France 24", "Europe 1"), any other a league or a product.
    if b - a >= 2 && toks[b - 1].text.bytes().all(|c| c.is_ascii_digit()) {
        if lx.place(&names::fold(&toks[a].lower)).is_some() {
            d.votes[2] += NUMBERED_ORG_VOTES;
        } else {
            d.misc = true;
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
        d.misc = true;
    }
    // A party's branch is not a person.
    if b - a >= 3 && is_branch(toks, a, lx) {
        d.votes[2] += BRANCH_ORG_VOTES;
    }
    // Spanish plural articles open places and bands, never a person's
    // name ("Los Alamos", "Las Cruces", "Los Lobos").
    if b - a >= 2 && matches!(toks[a].lower.as_str(), "los" | "las") {
        d.votes[0] -= 2;
        d.votes[1] += 1;
        d.determined += 1;
    }
    // "le Haut Atlas", "the High Atlas mountains", "the Trump
    // administration": a name after a definite article is a place, a
    // body or a modifier, seldom a person.
    let the = lx.lang == Lang::En && a > 0 && toks[a - 1].lower == "the";
    if (lx.lang == Lang::Fr && after_definite_article(toks, a)) || the {
        d.votes[0] -= 2;
        d.determined += 1;
    }
    // "the Colts", "the Democrats", "the Beatles": one plural word after
    // "the" names a team, a party or a band, unless it is a people ("the
    // Iraqis"), a place the gazetteer knows ("the Philippines"), an award,
    // a competition or a decade ("the Oscars", "the Olympics", "the
    // Seventies").
    let last = &toks[b - 1];
    let occasion = is_misc_head(&last.lower, false)
        || matches!(
            last.lower.as_str(),
            "oscars"
                | "emmys"
                | "tonys"
                | "grammys"
                | "baftas"
                | "césars"
                | "paralympics"
                | "christmas"
                | "twenties"
                | "thirties"
                | "forties"
                | "fifties"
                | "sixties"
                | "seventies"
                | "eighties"
                | "nineties"
        );
    if the
        && b == a + 1
        && last.text.ends_with('s')
        && !last.text.ends_with("ss")
        && !occasion
        && !names::is_demonym(&last.lower)
        && !is_group_adjective(&last.lower)
        && gazetteer(&names::fold(&last.lower)).is_none()
    {
        d.votes[2] += PLURAL_NAME_ORG_VOTES;
    }
    // "Missing Links", "Adobe Systems", "Grand Slam": a name that opens
    // on a common word, not a first name, is a title, a firm or an
    // event; a cue can still make it a person ("Trooper" is cut off
    // before a first name, see above).
    if b - a >= 2 && vocabulary::thing_shaped(&toks[a].lower, &toks[b - 1].lower)
        || b - a == 2 && vocabulary::club_shaped(&toks[a].lower, &toks[b - 1].lower)
    {
        d.votes[0] -= 1;
        d.determined += 1;
    }
    // "Roman Catholic", "Sunni Muslim", "Greek Orthodox": a name that ends
    // on an adjective of faith names a group or a creed. Not one of a
    // people: "Dawn French", "Ahmed Arab" are people.
    let of_people = matches!(
        last.lower.as_str(),
        "arab" | "arabs" | "arabic" | "hispanic" | "latino"
    );
    if b - a >= 2 && is_group_adjective(&last.lower) && !of_people {
        d.votes[0] -= 2;
        d.determined += 1;
    }
    // A name alone between quotation marks is a title, a slogan or a
    // nickname ("the Mueller \"Witch Hunt.\"", "l'opération « Barkhane »"),
    // seldom how a person is named.
    if quoted_alone(toks, a, b) {
        d.votes[0] -= 1;
        d.determined += 1;
    }
    // "Benn Act", "World Cup", "Festival de Cannes": laws, prizes and
    // competitions are named like people but are none.
    if b - a >= 2 && (is_misc_head(&toks[b - 1].lower, false) || is_misc_head(&toks[a].lower, true))
    {
        d.misc = true;
    }
    // "the Dow Jones industrial average", "the Nasdaq composite index": a
    // market's index is named like a person or a firm.
    if toks.get(b).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "index" | "indexes" | "indices" | "average" | "industrials" | "composite"
        ) || t.lower == "industrial" && toks.get(b + 1).is_some_and(|n| n.lower == "average")
    }) {
        d.misc = true;
    }
    // "Thanksgiving Day", "Christmas Eve", "Fashion Week": days and
    // weeks are named like people, but not after a first name ("Doris
    // Day").
    if b - a >= 2
        && matches!(toks[b - 1].lower.as_str(), "day" | "eve" | "week")
        && !vocabulary::is_given_name(&toks[a].lower)
    {
        d.misc = true;
    }
    // The outlet that published the article, named in it ("Par
    // Euronews avec AFP"), is an organisation.
    if b - a == outlet_words.len()
        && toks[a..b]
            .iter()
            .zip(outlet_words)
            .all(|(t, w)| t.lower == *w)
    {
        d.votes[2] += 5;
    }
}

/// Whether the name at `a..b` stands alone between quotation marks, a
/// full stop or a comma allowed inside the closing one.
fn quoted_alone(toks: &[Tok], a: usize, b: usize) -> bool {
    let text = |k: usize| toks.get(k).map_or("", |t| t.text.as_str());
    let opening = a > 0 && matches!(text(a - 1), "\"" | "“" | "«" | "‘");
    let mut k = b;
    if matches!(text(k), "." | "," | "!" | "?") {
        k += 1;
    }
    opening && matches!(text(k), "\"" | "”" | "»" | "’")
}

/// Stage 3 of [`analyze_from`]: the roles the article ties to a person
/// (one it ties to two people names no one); each later mention of a role
/// alone becomes a mention of its person, and hides the names inside it.
/// Marks the outlet's own reporters.
fn tie_roles(
    drafts: &mut [Draft],
    linked: &mut Vec<Span>,
    toks: &[Tok],
    text: &[char],
    lx: &Lexicon,
    outlet_words: &[String],
) -> Vec<(Vec<String>, usize)> {
    let mut roles: Vec<(Vec<String>, usize)> = Vec::new();
    let mut ambiguous: Vec<Vec<String>> = Vec::new();
    for sp in linked.iter() {
        // The outlet's own reporters are not in the news: "notre
        // correspondante à Istanbul, Anne Andlauer", "Galina Polonskaya
        // Euronews :".
        let signed = !outlet_words.is_empty()
            && toks.len() >= sp.end + outlet_words.len()
            && toks[sp.end..sp.end + outlet_words.len()]
                .iter()
                .zip(outlet_words)
                .all(|(t, w)| t.lower == *w);
        if signed {
            drafts[sp.entity].reporter = true;
        }
        if introduced_as_reporter(toks, sp.start) {
            drafts[sp.entity].reporter = true;
        }
        if let Some(found) = role_before(toks, sp.start, sp.end, lx) {
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
            .then(|| role_after(text, toks, linked, sp.end, lx))
            .flatten()
        {
            // A full name only: "l'AFP, avocat du groupe" is no apposition.
            add_role(&mut roles, &mut ambiguous, role, sp.entity);
        }
    }
    roles.retain(|(r, _)| !ambiguous.contains(r));
    let role_spans = role_mentions(&roles, linked, toks, lx);
    // A role phrase hides the names inside it ("du Kremlin").
    linked.retain(|s| {
        !role_spans
            .iter()
            .any(|r| s.start < r.end && r.start < s.end)
    });
    linked.extend(role_spans);
    linked.sort_by_key(|s| s.start);
    roles
}

/// Mentions of the roles alone ("le porte-parole du Kremlin", "le
/// président turc" for the one Turkish leader the article names), each
/// linked to its person.
fn role_mentions(
    roles: &[(Vec<String>, usize)],
    linked: &[Span],
    toks: &[Tok],
    lx: &Lexicon,
) -> Vec<Span> {
    let mut role_spans: Vec<Span> = Vec::new();
    let mut covered = vec![false; toks.len() + 2];
    let mut starts = vec![false; toks.len() + 2];
    for s in linked {
        starts[s.start] = true;
        for c in &mut covered[s.start..s.end] {
            *c = true;
        }
    }
    for (role, e) in roles {
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
    for (role, e) in roles {
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
    role_spans
}

/// Stage 4 of [`analyze_from`]: an entity's canonical name (its longest
/// form, as most mentions write it) and its type, from the evidence of its
/// mentions.
fn entity_of(d: &Draft) -> Entity {
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
        || votes.iter().all(|&v| v <= 0) && (d.keys.len() == 1 || d.determined > 0 || d.shaped == 0)
    {
        // A lone capitalised word with no evidence is as likely a
        // movement, a product or an event as a person; so is a name
        // with an article that no cue types, and one shaped like a
        // thing's ("Microsoft Word", "Partner Pack", "Digital Joy").
        EntityType::Misc
    } else {
        [EntityType::Per, EntityType::Loc, EntityType::Org]
            [(0..3).max_by_key(|&k| (votes[k], 2 - k)).unwrap_or(0)]
    };
    // A state abbreviated as datelines write it ("Rancho Mirage, Calif.")
    // is the state, one identity with its full name.
    let state = (kind == EntityType::Loc)
        .then(|| gazette_lang::wire::state_name(&name))
        .flatten();
    let (name, key) = match state {
        Some(full) => (
            full.to_string(),
            format!("{}:{}", kind.label(), word_key(full, true, Lang::En)),
        ),
        None => (name, format!("{}:{}", kind.label(), entity_key(&d.keys))),
    };
    Entity {
        name,
        kind,
        mentions: forms,
        key,
        // The shape of a name is counted once per article: across
        // articles, a name mentioned often is no more a person.
        evidence: [votes[0] - (d.shaped - d.shaped.min(1)), votes[1], votes[2]],
        reporter: d.reporter && kind == EntityType::Per,
        incorporated: d.incorporated,
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
