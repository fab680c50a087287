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
mod tokens;

use gazette_lang::Lang;
use gazette_terms::names;
use serde::{Deserialize, Serialize};

use lexicon::*;
use tokens::{tokenize, Tok};

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
}

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
            || lx.is_role(&t.lower)
            || lx.is_generic(&t.lower)
            || t.text.chars().any(|c| c.is_ascii_digit())
            || names::is_hyphenated_adjective(&t.text)
        {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        loop {
            let joined_particle = |w: &str| {
                ["al-", "el-", "ben-", "bin-", "ibn-", "abou-", "abu-"]
                    .iter()
                    .any(|p| {
                        w.strip_prefix(p)
                            .is_some_and(|r| r.chars().next().is_some_and(char::is_uppercase))
                    })
            };
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
            } else if j + 2 < toks.len()
                && toks[j].lower == "d"
                && matches!(toks[j + 1].text.as_str(), "'" | "’")
                && toks[j + 2].word
                && toks[j + 2].cap()
                && toks[j + 2].sentence == t.sentence
            {
                // "Quai d'Orsay", "Jean d'Ormesson".
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
        // So does a plural one: "Labour MPs" are not a person.
        let role_or_plural = |w: &str| {
            lx.is_role(w)
                || w.strip_suffix('s')
                    .is_some_and(|one| one.len() >= 2 && lx.is_role(one))
        };
        while j > i + 1 && role_or_plural(&toks[j - 1].lower) && !lx.is_particle(&toks[j - 2].lower)
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
            i = j;
            continue;
        }
        spans.push((start, j));
        i = j;
    }
    // 2. Entities: full names first, then short forms join them.
    let mut drafts: Vec<Draft> = Vec::new();
    let mut linked: Vec<Span> = Vec::new();
    let key_of = |k: usize| -> String {
        let t = &toks[k];
        // "al-Assad", "el-Assad": the article goes, the name is keyed.
        let word = [
            "al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "ben-", "bin-", "ibn-", "abou-",
            "abu-",
        ]
        .iter()
        .find_map(|p| {
            t.text
                .strip_prefix(p)
                .filter(|r| r.chars().next().is_some_and(char::is_uppercase))
        })
        .unwrap_or(&t.text);
        let lower = word.to_lowercase();
        names::name_key(word, &lower, false, lang).unwrap_or_else(|| names::fold(&lower))
    };
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by_key(|&s| std::cmp::Reverse(spans[s].1 - spans[s].0));
    let mut entity_of_span = vec![usize::MAX; spans.len()];
    for &s in &order {
        let (a, b) = spans[s];
        let mut keys: Vec<String> = (a..b)
            .filter(|&k| !lx.is_particle(&toks[k].lower))
            .map(key_of)
            .collect();
        if keys.is_empty() {
            // A name made of particle-like words only ("Van", "La").
            keys = (a..b).map(key_of).collect();
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
        if lang == Lang::Fr && after_definite_article(&toks, a) {
            drafts[e].votes[0] -= 2;
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
        if let Some(role) = role_before(&toks, sp.start, sp.end, &lx) {
            match roles.iter().find(|(r, _)| *r == role) {
                // One role, two names: the role alone says nobody.
                Some((_, e)) if *e != sp.entity => ambiguous.push(role.clone()),
                Some(_) => {}
                None => roles.push((role, sp.entity)),
            }
            drafts[sp.entity].votes[0] += 3;
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
            if !followed_by_name && !covered[k] {
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
                        d.forms.iter().filter(|g| g == f).count(),
                        std::cmp::Reverse(*n),
                    )
                })
                .map(|(_, f)| f.clone())
                .unwrap_or_default();
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
            let key = format!("{}:{}", kind.label(), d.keys.join(" "));
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
    Annotations {
        mentions,
        entities,
        quotes,
        disagreements,
    }
}

/// Head nouns of buildings and features of the land ("Eiffel Tower",
/// "River Seine", "Place de la Concorde", "Mont Blanc").
fn is_feature_head(lower: &str) -> bool {
    matches!(
        lower,
        "tower"
            | "palace"
            | "cathedral"
            | "church"
            | "mosque"
            | "temple"
            | "bridge"
            | "square"
            | "street"
            | "avenue"
            | "road"
            | "airport"
            | "station"
            | "stadium"
            | "museum"
            | "park"
            | "river"
            | "lake"
            | "mountains"
            | "mountain"
            | "island"
            | "islands"
            | "valley"
            | "bay"
            | "sea"
            | "ocean"
            | "gulf"
            | "strait"
            | "desert"
            | "palais"
            | "cathédrale"
            | "église"
            | "mosquée"
            | "pont"
            | "place"
            | "rue"
            | "boulevard"
            | "aéroport"
            | "gare"
            | "stade"
            | "musée"
            | "parc"
            | "fleuve"
            | "lac"
            | "mont"
            | "monts"
            | "île"
            | "îles"
            | "vallée"
            | "baie"
            | "mer"
            | "océan"
            | "golfe"
            | "détroit"
            | "désert"
            | "mount"
            | "peninsula"
            | "péninsule"
            | "canal"
            | "port"
            // Arabic place words that open a name: a gate, a valley, a
            // mountain ("Bab al-Hawa", "Wadi Derna", "Jebel Ali").
            | "bab"
            | "wadi"
            | "oued"
            | "jebel"
            | "djebel"
            | "jabal"
    )
}

/// Head words of names that are neither people, places nor organisations:
/// laws, treaties, prizes, competitions, festivals, wars. English puts the
/// head last ("Benn Act", "World Cup"; "Bill Clinton" is a person), French
/// first ("Festival de Cannes", "Prix Goncourt").
fn is_misc_head(lower: &str, first: bool) -> bool {
    if first {
        matches!(
            lower,
            "loi"
                | "traité"
                | "accord"
                | "accords"
                | "coupe"
                | "jeux"
                | "prix"
                | "guerre"
                | "festival"
        )
    } else {
        matches!(
            lower,
            "act"
                | "bill"
                | "treaty"
                | "accord"
                | "accords"
                | "agreement"
                | "cup"
                | "games"
                | "olympics"
                | "prize"
                | "award"
                | "awards"
                | "festival"
                | "war"
                | "game"
                | "classic"
                | "open"
                | "championship"
                | "championships"
                | "series"
                | "bowl"
                | "marathon"
                | "trophy"
                | "medal"
                | "glove"
        )
    }
}

/// Adjectives of faith and of peoples that English capitalises ("a
/// prominent Islamic scholar", "Sunni militias"): alone, no entity.
fn is_group_adjective(lower: &str) -> bool {
    matches!(
        lower,
        "islamic"
            | "islamist"
            | "muslim"
            | "muslims"
            | "jewish"
            | "catholic"
            | "catholics"
            | "protestant"
            | "sunni"
            | "sunnis"
            | "shia"
            | "shiite"
            | "shiites"
            | "buddhist"
            | "hindu"
            | "orthodox"
            | "arab"
            | "arabs"
            | "arabic"
            | "hispanic"
            | "latino"
    )
}

/// Whether the words around the name at `a..b` say it is an organisation:
/// a classifying noun before it ("la banque Morgan Stanley", "le réseau
/// social Twitter", "carmaker Tesla"), something only organisations have
/// before "de X" ("les actionnaires de Tesla") or after "X's" ("Twitter's
/// board"), or "stock" after it ("Tesla stock").
fn organisation_context(toks: &[Tok], a: usize, b: usize) -> bool {
    let lower = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let word_before = |n: usize| a.checked_sub(n).map_or("", lower);
    let classified = lexicon::is_org_classifier(word_before(1))
        || lexicon::is_classifier_adjective(word_before(1))
            && lexicon::is_org_classifier(word_before(2));
    let of = match word_before(1) {
        "de" | "du" | "of" => lexicon::is_org_belonging(word_before(2)),
        "'" | "’" if word_before(2) == "d" => lexicon::is_org_belonging(word_before(3)),
        _ => false,
    };
    let possessive = matches!(lower(b), "'" | "’")
        && lower(b + 1) == "s"
        && lexicon::is_org_belonging(lower(b + 2));
    // Not "shares": "Musk shares a video".
    let stock = lower(b) == "stock";
    classified || of || possessive || stock
}

/// Whether the name at `start` is introduced as the outlet's own reporter,
/// with at most a place between them: "notre correspondante à Istanbul,
/// Anne Andlauer", "our correspondent in Kyiv, X", "notre envoyé spécial
/// X". Another outlet's journalist may be the news ("CNN's chief medical
/// correspondent Sanjay Gupta" named surgeon general), and a verb between
/// them breaks it ("la journaliste a interrogé X").
fn introduced_as_reporter(toks: &[Tok], start: usize) -> bool {
    let sentence = toks.get(start).map(|t| t.sentence);
    for k in (start.saturating_sub(7)..start).rev() {
        let t = &toks[k];
        if Some(t.sentence) != sentence {
            return false;
        }
        if is_reporter_word(&t.lower) {
            let own = |n: usize| {
                k.checked_sub(n)
                    .is_some_and(|m| matches!(toks[m].lower.as_str(), "notre" | "nos" | "our"))
            };
            return own(1) || own(2);
        }
        let filler = t.text == ","
            || t.text == "'"
            || t.text == "’"
            || t.cap()
            || matches!(
                t.lower.as_str(),
                "à" | "au"
                    | "aux"
                    | "en"
                    | "de"
                    | "du"
                    | "des"
                    | "d"
                    | "l"
                    | "le"
                    | "la"
                    | "in"
                    | "at"
                    | "for"
                    | "of"
                    | "the"
                    | "spécial"
                    | "spéciale"
                    | "special"
                    | "permanent"
                    | "permanente"
            );
        if !filler {
            return false;
        }
    }
    false
}

/// Whether the token at `a` follows a French definite article, plain or
/// contracted: `le`, `la`, `les`, `l'`, `du`, `des`, `au`, `aux`.
fn after_definite_article(toks: &[Tok], a: usize) -> bool {
    let before = |n: usize| a.checked_sub(n).map(|k| toks[k].lower.as_str());
    match before(1) {
        Some("le" | "la" | "les" | "du" | "des" | "au" | "aux") => true,
        Some("'" | "’") => before(2) == Some("l"),
        _ => false,
    }
}

fn is_acronym(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && w.chars().all(|c| !c.is_lowercase())
}

/// The characters `start..start + len` of `text` (clamped).
fn slice_chars(text: &[char], start: usize, len: usize) -> impl Iterator<Item = &char> {
    let a = start.min(text.len());
    let b = start.saturating_add(len).min(text.len());
    text[a..b].iter()
}

fn surface(text: &[char], toks: &[Tok], a: usize, b: usize) -> String {
    slice_chars(text, toks[a].start, toks[b - 1].end - toks[a].start).collect()
}

/// Adds type evidence from one mention: [PER, LOC, ORG].
/// Adds the type evidence of the mention at `a..b` to `votes`; returns 1
/// when the mention counted for a person by its shape alone.
fn vote(votes: &mut [i32; 3], toks: &[Tok], a: usize, b: usize, lx: &Lexicon) -> i32 {
    let first = &toks[a];
    let folded = names::fold(&first.lower);
    if lx.place(&folded).is_some() && b == a + 1 {
        votes[1] += 3;
    }
    // "Northern Ireland", "South Sudan", "Haute-Savoie": a direction before
    // a known place or a geographic head ("Atlas Mountains", "Gulf of
    // Aden" are caught by the place heads).
    let last = names::fold(&toks[b - 1].lower);
    let direction = matches!(
        first.lower.as_str(),
        "northern"
            | "southern"
            | "eastern"
            | "western"
            | "north"
            | "south"
            | "east"
            | "west"
            | "upper"
            | "lower"
            | "central"
            | "nord"
            | "sud"
            | "est"
            | "ouest"
            | "haute"
            | "basse"
    );
    if b >= a + 2 && direction && (lx.place(&last).is_some() || gazetteer(&last).is_some()) {
        votes[1] += 4;
    }
    // "Notre-Dame de Paris", "Hôtel de Ville de Paris", "Bank of
    // England": a thing named after a known place is no person.
    if b >= a + 3
        && matches!(toks[b - 2].lower.as_str(), "de" | "du" | "of")
        && (lx.place(&last).is_some() || gazetteer(&last).is_some())
    {
        votes[1] += 2;
    }
    if is_acronym(&first.text) {
        votes[2] += 2;
    }
    if organisation_context(toks, a, b) {
        votes[2] += 3;
    }
    if (a..b).any(|k| names::is_news_agency(&toks[k].lower)) {
        votes[2] += 4;
    }
    if b >= a + 2 {
        // "Eiffel Tower", "River Seine", "Tour Eiffel", "Place de la
        // Concorde": a building or a feature of the land, named by its
        // head noun (last in English, first in French).
        let head = if lx.lang == Lang::Fr { a } else { b - 1 };
        if is_feature_head(&toks[head].lower)
            || is_feature_head(&toks[a].lower) && lx.lang != Lang::Fr
        {
            votes[1] += 3;
        }
        // "Brazos County", "Idlib Province".
        if lx.lang != Lang::Fr && lx.is_place_head(&toks[b - 1].lower) {
            votes[1] += 3;
        }
        // "Lebanese Red Cross", "French Guiana": no one's name starts
        // with a demonym.
        if names::is_demonym(&toks[a].lower) {
            votes[2] += 2;
        }
        // "Toronto Raptors", "Chicago Cubs": a team named after its city
        // and a plural ("Charlotte Gainsbourg", "Paris Hilton" are people).
        if b == a + 2
            && gazetteer(&folded).is_some()
            && gazetteer(&last).is_none()
            && last.len() > 3
            && last.ends_with('s')
            && !last.ends_with("ss")
        {
            votes[2] += 2;
        }
        // "House of Commons", "Bank of England": English names of
        // institutions take "of"; people's names do not.
        if lx.lang == Lang::En && (a + 1..b - 1).any(|k| toks[k].lower == "of") {
            votes[2] += 2;
        }
    }
    if (a..b).any(|k| lx.is_org_head(&toks[k].lower)) {
        votes[2] += 3;
    }
    if a > 0 && lx.is_honorific(&toks[a - 1].lower)
        || a > 1 && toks[a - 1].text == "." && lx.is_honorific(&toks[a - 2].lower)
    {
        votes[0] += 3;
    }
    if a > 0 && lx.is_place_preposition(&toks[a - 1].lower) {
        votes[1] += 1;
    }
    // "la région d'Idlib", "the province of Aleppo".
    let of =
        (1..=3).find(|&n| a >= n && matches!(toks[a - n].lower.as_str(), "de" | "d" | "of" | "du"));
    if of.is_some_and(|n| a > n && lx.is_place_head(&toks[a - n - 1].lower)) {
        votes[1] += 3;
    }
    if a > 0 && lx.is_role(&toks[a - 1].lower) {
        votes[0] += 2;
    }
    let shaped = b - a >= 2 && !(a..b).any(|k| lx.is_org_head(&toks[k].lower));
    if shaped {
        votes[0] += 1;
    }
    if b < toks.len() && lx.is_speech_verb(&toks[b].lower) {
        votes[0] += 1;
    }
    i32::from(shaped)
}

/// The role phrase right before a name (`le président turc Recep Tayyip
/// Erdogan`, `le porte-parole du Kremlin, Dmitri Peskov`), lowercase words.
/// The role phrase right before the name at `start..end` (`le président
/// turc Recep Tayyip Erdogan`, `le porte-parole du Kremlin, Dmitri Peskov,`),
/// lowercase words. With a comma between them, the name must be closed by
/// punctuation too (an apposition): in `avec son homologue turc, Vladimir
/// Poutine a insisté` the name starts a clause and is not the counterpart.
fn role_before(toks: &[Tok], start: usize, end: usize, lx: &Lexicon) -> Option<Vec<String>> {
    let mut k = start;
    if k > 0 && toks[k - 1].text == "," {
        let closed = toks.get(end).is_none_or(|t| !t.word);
        if !closed {
            return None;
        }
        k -= 1;
    }
    // Walk back over at most five words to a role noun after an article,
    // never across another name.
    let mut from = None;
    for back in 1..=6 {
        let j = k.checked_sub(back)?;
        if !toks[j].word && toks[j].text != "'" {
            break;
        }
        if toks[j].cap()
            && !lx.is_role(&toks[j].lower)
            && !lx.is_article(&toks[j].lower)
            && !lx.is_org_head(&toks[j].lower)
            && lx.is_function(&toks[j].lower)
        {
            break;
        }
        if lx.is_role(&toks[j].lower) {
            from = Some(j);
        }
        if lx.is_article(&toks[j].lower) {
            break;
        }
    }
    let from = from?;
    // A name between the role and this one ("les présidents Recep Tayyip
    // Erdogan et Vladimir Poutine"): the role is not this name's.
    if (from + 1..k).any(|j| {
        toks[j].cap()
            && !lx.is_org_head(&toks[j].lower)
            && names::lowercase_name_key(&toks[j].lower).is_none()
            && toks[j - 1].lower != "du"
            && toks[j - 1].lower != "de"
            && toks[j - 1].lower != "des"
            && toks[j - 1].text != "'"
    }) {
        return None;
    }
    // Between the role noun and the name, only what qualifies a role:
    // "turc", "du Kremlin", "des Affaires étrangères", "général".
    if !(from + 1..k).all(|j| role_modifier(&toks[j], lx)) {
        return None;
    }
    let words: Vec<String> = toks[from..k].iter().map(|t| t.lower.clone()).collect();
    let dangling = words.last().is_some_and(|w| lx.is_particle(w) || w == "'");
    (words.len() >= 2 && !dangling).then_some(words)
}

/// Whether a word can qualify a role noun: a particle, a capitalised
/// word, a demonym, or a word such as "général" or "étrangères".
fn role_modifier(t: &Tok, lx: &Lexicon) -> bool {
    t.text == "'"
        || t.lower == "l"
        || lx.is_particle(&t.lower)
        || lx.is_role(&t.lower)
        || t.cap()
        || names::lowercase_name_key(&t.lower).is_some()
        || matches!(
            t.lower.as_str(),
            "général"
                | "générale"
                | "adjoint"
                | "adjointe"
                | "affaires"
                | "étrangères"
                | "intérieur"
                | "general"
                | "foreign"
        )
}

fn speaker_in(spans: &[Span], range: std::ops::Range<usize>, last: bool) -> Option<usize> {
    // Spans are sorted by start.
    let from = spans.partition_point(|s| s.start < range.start);
    let to = spans.partition_point(|s| s.start < range.end);
    let mut found = spans[from..to.max(from)].iter();
    let s = if last {
        found.next_back()
    } else {
        found.next()
    }?;
    Some(s.entity)
}

/// The speaker of a direct quote among the spans ending in `range`: the
/// first (with `last`, the last) person there, else such a span that is
/// not a place. Not a speaker: a name after an indefinite ("said a
/// Parisian", "un Lyonnais"), a place someone is in or from ("one man in
/// Amizmiz told"), a dateline ("NIAMEY — Des militaires ont annoncé").
fn quote_speaker_in(
    spans: &[Span],
    toks: &[Tok],
    entities: &[Entity],
    lx: &Lexicon,
    range: std::ops::Range<usize>,
    last: bool,
) -> Option<usize> {
    // A long name that ends in the range counts ("le ministère marocain de
    // l'Intérieur a annoncé"): spans do not overlap, so their ends are in
    // the order of their starts.
    let from = spans.partition_point(|s| s.end <= range.start);
    let to = spans.partition_point(|s| s.start < range.end);
    let found = &spans[from..to.max(from)];
    let kind = |s: &&Span| entities.get(s.entity).map(|e| e.kind);
    let excluded = |s: &&Span| {
        let before = s.start.checked_sub(1).map(|b| toks[b].lower.as_str());
        // A name that only ends in the range must lead to the verb without
        // crossing a quote ("« May God protect Lebanon », he said").
        let quoted = s.start < range.start
            && toks[s.end.min(range.end)..range.end]
                .iter()
                .any(|t| matches!(t.text.as_str(), "«" | "»" | "\"" | "“" | "”" | "„"));
        quoted
            || before.is_some_and(|b| is_indefinite(b) || lx.is_place_preposition(b))
            || toks
                .get(s.end)
                .is_some_and(|t| matches!(t.text.as_str(), "—" | "–"))
    };
    let pick = |want: &dyn Fn(Option<EntityType>) -> bool| {
        let mut it = found.iter().filter(|s| !excluded(s) && want(kind(s)));
        if last { it.next_back() } else { it.next() }.map(|s| s.entity)
    };
    pick(&|k| k == Some(EntityType::Per)).or_else(|| pick(&|k| k != Some(EntityType::Loc)))
}

/// An indefinite determiner: what follows is one of many, not a name.
fn is_indefinite(w: &str) -> bool {
    matches!(w, "a" | "an" | "one" | "another" | "un" | "une")
}

/// Who said something: an entity of the article, or a role phrase that no
/// name was given for ("le porte-parole du Kremlin").
#[derive(Clone)]
enum Who {
    Entity(usize),
    Phrase(String),
}

/// A role phrase starting at `k` (`le porte-parole du Kremlin`), without its
/// article: its end token and its text.
fn role_phrase(text: &[char], toks: &[Tok], k: usize, lx: &Lexicon) -> Option<(usize, String)> {
    let mut j = k;
    if lx.is_article(&toks.get(j)?.lower) || toks.get(j)?.text == "'" {
        j += 1;
    }
    if toks.get(j).is_some_and(|t| t.text == "'") {
        j += 1;
    }
    if !lx.is_role(&toks.get(j)?.lower) {
        return None;
    }
    let start = j;
    let sentence = toks[k].sentence;
    j += 1;
    while j < toks.len()
        && j < start + 6
        && role_modifier(&toks[j], lx)
        && toks[j].sentence == sentence
    {
        j += 1;
    }
    // Not a dangling particle at the end.
    while j > start + 1 && (lx.is_particle(&toks[j - 1].lower) || toks[j - 1].text == "'") {
        j -= 1;
    }
    Some((j, surface(text, toks, start, j)))
}

fn quotes(
    text: &[char],
    toks: &[Tok],
    spans: &[Span],
    entities: &[Entity],
    lx: &Lexicon,
) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::new();
    let mut last_speaker: Option<Who> = None;
    let mut k = 0;
    let mut covered: Vec<(usize, usize)> = Vec::new();
    let entity_who = |e: Option<usize>| e.map(Who::Entity);
    while k < toks.len() {
        let open = toks[k].text.as_str();
        let close = match open {
            "«" => "»",
            "“" => "”",
            "\"" => "\"",
            _ => {
                k += 1;
                continue;
            }
        };
        // The closing mark; a French quote may reopen on the next paragraph.
        // A quote is closed within a few hundred words, or it is a stray mark.
        let Some(end) = (k + 1..(k + 600).min(toks.len())).find(|&j| {
            toks[j].text == close
                && !(close == "»" && toks.get(j + 1).is_some_and(|t| t.text == "«"))
        }) else {
            k += 1;
            continue;
        };
        if end == k + 1 {
            k += 1;
            continue;
        }
        let (qs, qe) = (toks[k + 1].start, toks[end - 1].end);
        let words = (k + 1..end).filter(|&j| toks[j].word).count();
        let sentence = toks[k].sentence;
        // After: ", a indiqué M. Lavrov" / ", a-t-il ajouté" / ", said X".
        let mut speaker: Option<Who> = None;
        let mut j = end + 1;
        if toks.get(j).is_some_and(|t| t.text == ",") {
            j += 1;
        }
        // '"… bigger than the state." President Michel Aoun asked': a quote
        // closed by a full stop and followed by a capital ends its sentence,
        // and what follows is about someone else.
        let ended = matches!(toks[end - 1].text.as_str(), "." | "!" | "?")
            && toks.get(j).is_some_and(|t| t.word && t.cap());
        let window_end = if ended { j } else { (j + 7).min(toks.len()) };
        if let Some(v) = (j..window_end).find(|&x| lx.is_speech_verb(&toks[x].lower)) {
            if (j..v).all(|x| lx.is_auxiliary(&toks[x].lower) || !toks[x].word) {
                let mut after = v + 1;
                while after < toks.len()
                    && lx.is_auxiliary(&toks[after].lower)
                    && toks[after].lower != "a"
                {
                    after += 1;
                }
                let pronoun = toks[v].lower.contains("-t-")
                    || toks
                        .get(v + 1)
                        .is_some_and(|t| matches!(t.lower.as_str(), "-t-il" | "il" | "elle"));
                // "a indiqué M. Lavrov"; not "said a Parisian".
                let indefinite = is_indefinite(&toks[after.min(toks.len() - 1)].lower);
                let aliased = spans
                    .iter()
                    .find(|s| s.start == after || (s.start == after + 1 && !indefinite));
                speaker = if pronoun {
                    last_speaker.clone()
                } else if let Some(s) = aliased {
                    Some(Who::Entity(s.entity))
                } else if let Some((end, phrase)) = role_phrase(text, toks, after, lx) {
                    // The person a role is given to: right after the role
                    // words ("le Premier ministre Gabriel Attal") or in
                    // apposition after the phrase ("le PDG de la SNCF,
                    // Jean-Pierre Farandou"), not a name the phrase merely
                    // contains ("le porte-parole du président Emmanuel
                    // Macron" is the spokesman's).
                    let mut k = after;
                    while k < toks.len()
                        && (lx.is_article(&toks[k].lower)
                            || matches!(toks[k].text.as_str(), "'" | "’")
                            || lx.is_role(&toks[k].lower)
                            || (!toks[k].cap()
                                && names::lowercase_name_key(&toks[k].lower).is_some()))
                    {
                        k += 1;
                    }
                    let sentence_of_role = toks[after].sentence;
                    let comma = (end..(end + 9).min(toks.len()))
                        .take_while(|&x| toks[x].sentence == sentence_of_role)
                        .find(|&x| toks[x].text == ",");
                    // Within the phrase, a name right after a role that a
                    // particle attaches ("du président Emmanuel Macron") is
                    // the one spoken for, not the speaker ("le ministre de
                    // l'Intérieur Gérald Darmanin" is Darmanin).
                    let spoken_for = |x: usize| {
                        x >= 2
                            && lx.is_role(&toks[x - 1].lower)
                            && lx.is_particle(&toks[x - 2].lower)
                    };
                    let named = spans.iter().find(|s| {
                        let inside =
                            (k..comma.unwrap_or(end)).contains(&s.start) && !spoken_for(s.start);
                        (s.start == k || inside || comma.is_some_and(|c| s.start == c + 1))
                            && entities.get(s.entity).map(|e| e.kind) == Some(EntityType::Per)
                    });
                    Some(named.map_or(Who::Phrase(phrase), |s| Who::Entity(s.entity)))
                } else {
                    let end = (after..(after + 12).min(toks.len()))
                        .find(|&x| toks[x].sentence != sentence || toks[x].text == "«")
                        .unwrap_or((after + 12).min(toks.len()));
                    entity_who(quote_speaker_in(
                        spans,
                        toks,
                        entities,
                        lx,
                        after..end,
                        false,
                    ))
                };
            }
        }
        if speaker.is_none() && lx.lang != Lang::Fr {
            // English: '"…," X said' — the name before the verb.
            if let Some(v) = (j..window_end).find(|&x| lx.is_speech_verb(&toks[x].lower)) {
                speaker = entity_who(quote_speaker_in(spans, toks, entities, lx, j..v, true));
            }
        }
        // Before: "Jens Stoltenberg, secrétaire général de l'Otan : «" or
        // "Erdogan a affirmé … «".
        if speaker.is_none() {
            let start = (0..k)
                .rev()
                .take_while(|&x| toks[x].sentence == sentence || toks[x].sentence == usize::MAX)
                .last()
                .unwrap_or(k);
            let colon = k > 0 && toks[k - 1].text == ":";
            let verb = (start..k).find(|&x| lx.is_speech_verb(&toks[x].lower));
            // "…», a-t-il déclaré, après avoir dénoncé un « … »".
            let inverted = verb.is_some_and(|v| {
                toks[v].lower.contains("-t-")
                    || toks.get(v + 1).is_some_and(|t| {
                        matches!(t.lower.as_str(), "-t-il" | "-t-elle" | "il" | "elle")
                    })
            });
            speaker = if inverted {
                last_speaker.clone()
            } else if colon {
                entity_who(quote_speaker_in(spans, toks, entities, lx, start..k, false))
            } else if let Some(v) = verb {
                // The subject of the verb, not a name further back ("…
                // on the Wirral last week, after which both men said"); an
                // apposition between them is skipped ("John Smith, a
                // spokesman for the ministry, said").
                // "Bret Taylor, Twitter's board chair, said": the person
                // before the apposition; "Her lawyer, John Smith, said": the
                // person in it.
                let person_in = |r: std::ops::Range<usize>, last: bool| {
                    let mut it = spans.iter().filter(|s| {
                        r.contains(&s.start)
                            && entities.get(s.entity).map(|e| e.kind) == Some(EntityType::Per)
                    });
                    if last { it.next_back() } else { it.next() }.map(|s| s.entity)
                };
                let apposition = (v > start && toks[v - 1].text == ",")
                    .then(|| (start..v - 1).rev().find(|&x| toks[x].text == ","))
                    .flatten();
                let who = match apposition {
                    Some(c) => person_in(start.max(c.saturating_sub(6))..c, true)
                        .or_else(|| person_in(c + 1..v - 1, false))
                        .or_else(|| {
                            quote_speaker_in(
                                spans,
                                toks,
                                entities,
                                lx,
                                start.max(c.saturating_sub(6))..c,
                                true,
                            )
                        }),
                    None => quote_speaker_in(
                        spans,
                        toks,
                        entities,
                        lx,
                        start.max(v.saturating_sub(6))..v,
                        true,
                    ),
                };
                entity_who(who)
            } else if (start..k)
                .any(|x| toks[x].lower == "lui" && x > 0 && toks[x - 1].lower == "selon")
            {
                last_speaker.clone()
            } else {
                None
            };
        }
        if speaker.is_some() {
            last_speaker = speaker.clone();
        }
        if speaker.is_some() || words >= 4 {
            out.push(quote(text, qs, qe, speaker, entities, true));
            covered.push((toks[k].start, toks[end].end));
        }
        k = end + 1;
    }
    // Reported speech: "X affirme que …", "selon X, …".
    for std::ops::Range { start: s, end: e } in sentence_ranges(toks) {
        if toks[s].sentence != usize::MAX
            && !covered
                .iter()
                .any(|&(a, b)| toks[s].start < b && a < toks[e - 1].end)
        {
            if let Some(q) = reported(text, toks, s, e, spans, entities, lx) {
                out.push(q);
            }
        }
    }
    out.sort_by_key(|q| q.start);
    out
}

fn quote(
    text: &[char],
    start: usize,
    end: usize,
    speaker: Option<Who>,
    entities: &[Entity],
    direct: bool,
) -> Quote {
    let (name, key) = match speaker {
        Some(Who::Entity(e)) => (
            Some(entities[e].name.clone()),
            Some(entities[e].key.clone()),
        ),
        Some(Who::Phrase(p)) => (Some(p), None),
        None => (None, None),
    };
    Quote {
        speaker: name,
        speaker_key: key,
        text: slice_chars(text, start, end - start).collect(),
        start,
        end,
        direct,
    }
}

fn reported(
    text: &[char],
    toks: &[Tok],
    s: usize,
    e: usize,
    spans: &[Span],
    entities: &[Entity],
    lx: &Lexicon,
) -> Option<Quote> {
    // "Selon X, clause."
    if toks[s].lower == lx.according && lx.lang == Lang::Fr
        || (toks[s].lower == "according" && toks.get(s + 1).is_some_and(|t| t.lower == "to"))
    {
        let after = if toks[s].lower == "according" {
            s + 2
        } else {
            s + 1
        };
        let comma = (after..e).find(|&x| toks[x].text == ",")?;
        let speaker = speaker_in(spans, after..comma, false)?;
        let (a, b) = (toks.get(comma + 1)?.start, toks[e - 1].end);
        return (comma + 1 < e)
            .then(|| quote(text, a, b, Some(Who::Entity(speaker)), entities, false));
    }
    // "X affirme que clause."
    let verb = (s..e).find(|&x| lx.is_speech_verb(&toks[x].lower))?;
    let que = (verb + 1..(verb + 4).min(e))
        .find(|&x| matches!(toks[x].lower.as_str(), "que" | "qu" | "that"))?;
    let speaker = speaker_in(spans, s..verb, true)?;
    let start_tok = if toks.get(que + 1).is_some_and(|t| t.text == "'") {
        que + 2
    } else {
        que + 1
    };
    let (a, b) = (toks.get(start_tok)?.start, toks[e - 1].end);
    Some(quote(
        text,
        a,
        b,
        Some(Who::Entity(speaker)),
        entities,
        false,
    ))
}

fn disagreements(
    text: &[char],
    toks: &[Tok],
    spans: &[Span],
    entities: &[Entity],
    lx: &Lexicon,
) -> Vec<Disagreement> {
    let mut out = Vec::new();
    for std::ops::Range { start: s, end: e } in sentence_ranges(toks) {
        if let Some(m) = (s..e).find(|&x| contests_a_claim(toks, x, s, e, lx)) {
            // The contester: after "par"/"by", or the subject before the marker.
            let contester = if toks
                .get(m + 1)
                .is_some_and(|t| t.lower == "par" || t.lower == "by")
            {
                speaker_in(spans, m + 2..(m + 8).min(e), false)
            } else {
                speaker_in(spans, s..m, true)
            };
            let verb = (s..m).find(|&x| lx.is_speech_verb(&toks[x].lower));
            let claimant = match verb {
                Some(v) => speaker_in(spans, s..v, true),
                // "Moscou et Ankara se rejettent la responsabilité".
                None => speaker_in(spans, s..m, false),
            }
            .filter(|c| Some(*c) != contester);
            if contester.is_some() {
                out.push(Disagreement {
                    text: slice_chars(text, toks[s].start, toks[e - 1].end - toks[s].start)
                        .collect(),
                    claimant: claimant.map(|c| entities[c].name.clone()),
                    contester: contester.map(|c| entities[c].name.clone()),
                });
            }
        }
    }
    out
}

/// Whether token `m` (in the sentence `s..e`) contests a claim: a denial
/// ("ce que le Quai d'Orsay a démenti", "X denied that"), unless its object
/// is a person or a request ("to deny Kolo Muani", "denied bail"); or a
/// rejection whose object or subject is a claim ("se rejettent la responsabilité", "une version
/// contestée par Ankara"), not a bill or a request ("le Conseil a rejeté
/// la demande", "un texte aussi contesté").
fn contests_a_claim(toks: &[Tok], m: usize, s: usize, e: usize, lx: &Lexicon) -> bool {
    let w = &toks[m].lower;
    if !lx.is_contest(w) {
        return false;
    }
    let next = toks.get(m + 1).filter(|_| m + 1 < e);
    if lx.is_denial(w) {
        // "to deny Kolo Muani" (a save), "denied bail" (a request); but
        // "Israel denied Monday that …".
        let person = next.is_some_and(|t| t.word && t.cap() && !lx.is_calendar(&t.lower));
        let request = (m + 1..(m + 4).min(e)).any(|x| lx.is_request(&toks[x].lower));
        return !person && !request;
    }
    let claim_near = |r: std::ops::Range<usize>| r.into_iter().any(|x| lx.is_claim(&toks[x].lower));
    let agent = next.is_some_and(|t| t.lower == "par" || t.lower == "by");
    claim_near(m + 1..(m + 5).min(e)) || (agent && claim_near(m.saturating_sub(4).max(s)..m))
}

/// The token ranges of the sentences, in order.
fn sentence_ranges(toks: &[Tok]) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut s = 0;
    std::iter::from_fn(move || {
        let sentence = toks.get(s)?.sentence;
        let e = (s..toks.len())
            .find(|&x| toks[x].sentence != sentence)
            .unwrap_or(toks.len());
        let range = s..e;
        s = e;
        Some(range)
    })
}

#[cfg(test)]
mod tests;
