//! Stage 1 of [`analyze_from`](crate::analyze_from): where the names of an
//! article are. A name is a run of capitalised words (with the particles
//! names carry, initials, "St." and "d'"), or a body that French names with
//! a lowercase head ("le ministère russe de la Défense"); the run is then
//! trimmed of what only looks like part of it (a sentence's opening word, a
//! dateline's day, the outlet's own name, a title, words that describe the
//! person) and split where two names run together. What the names refer to
//! and of which type they are is decided later, over the whole article.

use gazette_lang::Lang;
use gazette_terms::names;

use crate::lexicon::{gazetteer, Lexicon, NATIONAL_NOUNS};
use crate::tokens::{opens_sentence, Tok};
use crate::typing::{is_acronym, is_group_adjective, names_a_place};
use crate::vocabulary;

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

/// Tokens of an institution's French name after its head and first word:
/// the name runs on in lowercase with adjectives and complements of common
/// nouns ("des droits de l'homme" is six).
const INSTITUTION_TAIL: usize = 9;

/// Complements of common nouns an institution's name takes at most
/// ("Cour européenne des droits de l'homme", "Commission nationale des
/// comptes de campagne").
const INSTITUTION_COMPLEMENTS: usize = 2;

/// The name spans of an article (token ranges), in text order; spans
/// never overlap. `outlet_words` is the outlet's name in lowercase words,
/// which a person's name never ends with.
pub(crate) fn name_spans(
    toks: &[Tok],
    lx: &Lexicon,
    outlet_words: &[String],
) -> Vec<(usize, usize)> {
    let r = Reader::new(toks, lx, outlet_words);
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some(j) = r.body_phrase(i) {
            spans.push((i, j));
            i = j;
            continue;
        }
        let opener = r.after_opening(i);
        if r.opens_no_name(i, opener) {
            i += 1;
            continue;
        }
        let j = r.run_end(i, opener);
        // `a`: where the run starts once an opening word is set aside;
        // `start`: where the name starts once a title or a description is.
        let (a, j, run_end) = r.trim(i, j, opener);
        let start = r.strip_title(a, j, &mut spans);
        // Only a title left ("the Chief of Staff said"): no name.
        let end = if start < j {
            r.settle(a, start, j, opener, &mut spans)
        } else {
            j
        };
        i = end.max(run_end);
    }
    // "117th Street", "5th Avenue": a numbered street's name is the
    // number and the street.
    let ordinal = |t: &Tok| {
        let digits = t.text.trim_end_matches(char::is_alphabetic);
        !digits.is_empty()
            && digits.chars().all(|c| c.is_ascii_digit())
            && matches!(&t.lower[digits.len()..], "st" | "nd" | "rd" | "th")
    };
    for k in 0..spans.len() {
        let (s, e) = spans[k];
        let taken = k > 0 && spans[k - 1].1 >= s;
        if e == s + 1
            && s > 0
            && !taken
            && crate::typing::is_feature_head(&toks[s].lower)
            && ordinal(&toks[s - 1])
        {
            spans[k] = (s - 1, e);
        }
    }
    split_juxtaposed(spans, toks, lx)
}

/// An article's tokens and what is known of its capitalised words as a
/// whole, which the rules of a single run consult.
struct Reader<'a> {
    toks: &'a [Tok],
    lx: &'a Lexicon,
    outlet_words: &'a [String],
    /// Capitalised words seen after another word of their sentence.
    capitalised_mid: rustc_hash::FxHashSet<String>,
    /// Capitalised words that end a longer name.
    surnames: rustc_hash::FxHashSet<&'a str>,
    /// Surnames that are also titles.
    titled_surnames: rustc_hash::FxHashSet<&'a str>,
}

impl<'a> Reader<'a> {
    fn new(toks: &'a [Tok], lx: &'a Lexicon, outlet_words: &'a [String]) -> Reader<'a> {
        // The word after a lead in capitals ("NEW YORK Another…", a
        // dateline) opens the story's sentence: it is not seen mid-sentence.
        let shouted = |t: &Tok| t.word && !t.text.chars().any(char::is_lowercase);
        let after_lead = |i: usize| {
            let s = toks[i].sentence;
            toks[..i]
                .iter()
                .rev()
                .take_while(|p| p.sentence == s)
                .all(&shouted)
        };
        let capitalised_mid: rustc_hash::FxHashSet<String> = toks
            .iter()
            .enumerate()
            .filter(|(i, t)| {
                t.word
                    && t.cap()
                    && *i > 0
                    && toks[i - 1].sentence == t.sentence
                    && toks[i - 1].word
                    && !(t.text.chars().any(char::is_lowercase) && after_lead(*i))
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
                    && is_first_name(&b.lower, lx)
                    && (x < 2 || !toks[x - 2].cap() || toks[x - 2].sentence != t.sentence)
            })
            .map(|x| toks[x].lower.as_str())
            .collect();
        Reader {
            toks,
            lx,
            outlet_words,
            capitalised_mid,
            surnames,
            titled_surnames,
        }
    }

    /// Where a body named by a lowercase head after an article ends: "le
    /// ministère russe de la Défense", "la présidence turque".
    fn body_phrase(&self, i: usize) -> Option<usize> {
        let (toks, lx) = (self.toks, self.lx);
        let t = &toks[i];
        if t.word
            && !t.cap()
            && lx.heads_lowercase_body(&t.lower)
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
                return Some(j);
            }
        }
        None
    }

    /// Whether the token at `i` opens a sentence, a quote or a clause
    /// after a colon or a dash: capitalised there, a word need not be a
    /// name.
    fn after_opening(&self, i: usize) -> bool {
        let toks = self.toks;
        let t = &toks[i];
        i == 0
            || toks[i - 1].sentence != t.sentence
            || matches!(
                toks[i - 1].text.as_str(),
                "«" | "\"" | "“" | ":" | "—" | "–" | "-" | ")"
            )
    }

    /// Whether no name starts at the token at `i`: a lowercase word, a
    /// title, a function word, or one capitalised only because it opens the
    /// sentence.
    fn opens_no_name(&self, i: usize, opener: bool) -> bool {
        let (toks, lx) = (self.toks, self.lx);
        let t = &toks[i];
        let honorific =
            lx.is_honorific(&t.lower) && toks.get(i + 1).is_some_and(|n| n.text == "." || n.cap());
        // "said Sunday Israel and the United States…", "said Monday John
        // Kerry": the day of a statement, then a country or a first name;
        // "the Sunday Times" stays whole.
        let day_before_name = lx.is_weekday(&t.lower)
            && toks.get(i + 1).is_some_and(|n| {
                n.cap()
                    && (is_first_name(&n.lower, lx)
                        || gazetteer(&names::fold(&n.lower)).is_some_and(|w| w >= 3))
            });
        !t.word
            || day_before_name
            || !t.cap()
            || honorific
            || lx.is_function(&t.lower)
            // "Instead Hugh Jackman will host": capitalised because it opens
            // the sentence; mid-sentence "Under Armour" stays a name.
            || (opener && lx.is_opener(&t.lower))
            || (lx.is_role(&t.lower)
                && !self.titled_surnames.contains(t.lower.as_str())
                && self.place_after_title(i).is_none())
            || (lx.is_generic(&t.lower) && !names_a_body(toks, i, lx))
            // "Chief Data Officer": a qualifier between two titles is
            // more of the title.
            || (lx.is_title_qualifier(&t.lower)
                && i > 0
                && lx.is_role(&toks[i - 1].lower)
                && toks.get(i + 1).is_some_and(|n| lx.is_role(&n.lower)))
            || t.text.chars().any(|c| c.is_ascii_digit())
            || names::is_hyphenated_adjective(&t.text)
    }

    /// Whether the words `i..=j` make a place the gazetteer knows, which a
    /// word too generic to go on a name may end ("United States").
    fn known_place(&self, i: usize, j: usize) -> bool {
        let words: Vec<String> = (i..=j).map(|k| names::fold(&self.toks[k].lower)).collect();
        gazetteer(&words.join(" ")).is_some()
    }

    /// Where the run of a name that starts at `i` ends: capitalised words,
    /// particles, initials, "St.", "d'", and the lowercase rest of a French
    /// institution's or group's name.
    fn run_end(&self, i: usize, opener: bool) -> usize {
        let (toks, lx) = (self.toks, self.lx);
        let t = &toks[i];
        let mut j = i + 1;
        loop {
            if j < toks.len()
                && toks[j].word
                && (toks[j].cap() || joined_particle(&toks[j].text))
                && toks[j].sentence == t.sentence
                && !lx.is_function(&toks[j].lower)
                && (!lx.is_generic(&toks[j].lower) || self.known_place(i, j))
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
                && initials_end_in_name(toks, j, t.sentence)
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
                && !(toks[j].text == "d" && person_follows(toks, j + 2, lx))
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
        if lx.lang == Lang::Fr && lx.is_org_head(&t.lower) && j > i + 1 {
            j = institution_tail(toks, j, lx);
        }
        // "les Frères musulmans", "les Casques blancs", "les Nations unies",
        // "les Forces démocratiques syriennes": French capitalises only the
        // first word of a group's name, and its plural adjectives agree
        // with it. A verb after a plural subject ends in -nt, so a plural
        // form after a plural head is an adjective, unless it is a
        // participle ("des Syriens blessés"), which a head that names a
        // people also takes.
        if lx.lang == Lang::Fr && j == i + 1 && !opener && !names::is_demonym(&t.lower) {
            j += plural_adjectives(toks, i, lx);
        }
        // "le Conseil de sécurité", "la Cour de cassation": a body's head
        // and its lowercase complement (not "le Kremlin de nouveau").
        if lx.lang == Lang::Fr
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
        j
    }

    /// The run `i..j` without an opening word that is no part of the name,
    /// a dateline's day, the outlet's name or a title that ends it: the
    /// run's new start and end, and where reading goes on (past the day).
    fn trim(&self, mut i: usize, mut j: usize, opener: bool) -> (usize, usize, usize) {
        let (toks, lx) = (self.toks, self.lx);
        let t = &toks[i];
        // "Leaders of Burkina Faso met": a sentence-opening common noun
        // joined to a name by "of" is not part of it (French "de" is
        // left alone: "Charles de Gaulle" opens sentences too).
        if opener
            && j > i + 2
            && toks[i + 1].lower == "of"
            && !self.capitalised_mid.contains(&t.lower)
            && toks[i + 2].cap()
        {
            i += 2;
        }
        // "Originaire de Chicago, il…", "Invité de RTL, le ministre…": a
        // French sentence may open on a common adjective, participle or
        // noun joined by "de" to a name that a comma closes, a phrase
        // before the subject. A noun that heads a name ("Banque de
        // France", "Place de la Concorde", "Ministère de l'Intérieur"), a
        // first name ("Charles de Gaulle"), a title ("Dialogues des
        // Carmélites" runs on) or a heading in capitals stay.
        if opener
            && lx.lang == Lang::Fr
            && j > i + 2
            && toks.get(j).is_some_and(|n| n.text == ",")
            && t.text.chars().any(char::is_lowercase)
        {
            let of = match toks[i + 1].lower.as_str() {
                "de" | "du" | "des" => 2,
                "d" if matches!(toks[i + 2].text.as_str(), "'" | "’") => 3,
                _ => 0,
            };
            let w = t.lower.as_str();
            if of > 0
                && j > i + of
                && toks[i + of].cap()
                && !self.capitalised_mid.contains(w)
                && vocabulary::is_common_word(w)
                && !vocabulary::is_given_name(w)
                && !lx.is_org_head(w)
                && !lx.is_generic(w)
                && !lx.is_place_head(w)
                && !lx.is_role(w)
                && !crate::typing::is_feature_head(w)
                && !crate::lexicon::is_org_classifier(w)
            {
                i += of;
            }
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
            let number = |k: usize| toks.get(k).is_some_and(Tok::is_number);
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
            && !self.capitalised_mid.contains(&toks[i].lower)
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
            && !self.surnames.contains(toks[i].lower.as_str())
        {
            i += 1;
        }
        let n = self.outlet_words.len();
        // Only when a name of two words at least remains: "Thomson Reuters"
        // is not "Thomson" for an article from Reuters.
        if n > 0
            && j >= i + 2 + n
            && toks[j - n..j]
                .iter()
                .zip(self.outlet_words)
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
        // A rank abbreviated before the name it titles ("Police Lt. Jane
        // Roe") ends the run at its period, as a title would; one letter
        // there is an initial ("Natacha M., 25 ans").
        let role_or_plural = |k: usize| {
            let w = toks[k].lower.as_str();
            lx.is_role(w)
                || (w.len() >= 2
                    && lx.is_honorific(w)
                    && toks.get(k + 1).is_some_and(|t| t.text == "."))
                || k == i + 1
                    && gazetteer(&names::fold(&toks[i].lower)).is_none()
                    && w.strip_suffix('s')
                        .is_some_and(|one| one.len() >= 2 && lx.is_role(one))
        };
        // A title word right after the first names a name opens on is a
        // surname: "Billy King", "Billie Jean King" (not "Los Angeles
        // Mayor").
        while j > i + 1
            && role_or_plural(j - 1)
            && !lx.is_particle(&toks[j - 2].lower)
            && !self.role_as_surname(i, j - 1, j)
        {
            j -= 1;
        }
        (i, j, run_end)
    }

    /// Where the place's name that the title at `i` opens ends, its head
    /// noun right after it ("King County", "Prince George County").
    fn place_after_title(&self, i: usize) -> Option<usize> {
        let (toks, lx) = (self.toks, self.lx);
        if !lx.is_role(&toks[i].lower) {
            return None;
        }
        (1..=2)
            .find(|&n| {
                toks.get(i + n).is_some_and(|h| {
                    h.cap() && h.sentence == toks[i].sentence && lx.is_place_head(&h.lower)
                }) && (1..n).all(|m| toks[i + m].cap())
            })
            .map(|n| i + n + 1)
    }

    /// Whether the title word at `k` of the run from `i` is a surname: it
    /// follows first names only, from the run's start or from a title
    /// ("Martin Luther King Jr.", "Billie Jean King", "President John
    /// Major"), so it titles no one; a country's name is no first name
    /// ("Jordan King Abdullah").
    fn role_as_surname(&self, i: usize, k: usize, j: usize) -> bool {
        let (toks, lx) = (self.toks, self.lx);
        // It ends the name, but for a generation: "AMA President J. James
        // Rohack" has a title.
        let generation = |t: &Tok| {
            t.text == "." || matches!(t.lower.as_str(), "jr" | "sr" | "ii" | "iii" | "iv")
        };
        if !lx.is_role(&toks[k].lower) || !toks[k + 1..j].iter().all(generation) {
            return false;
        }
        // A country is no first name here: "Jordan King Abdullah".
        let given = |t: &Tok| {
            is_first_name(&t.lower, lx)
                && !is_acronym(&t.text)
                && gazetteer(&names::fold(&t.lower)).is_none_or(|w| w < 3)
        };
        let mut m = k;
        while m > i && given(&toks[m - 1]) {
            m -= 1;
        }
        m < k && (m == i || lx.is_role(&toks[m - 1].lower) || lx.is_honorific(&toks[m - 1].lower))
    }

    /// Where the name in `i..j` starts once a title before it is set aside
    /// ("Russian President Vladimir Putin"); an organisation before the
    /// title becomes a span of its own. `j` or more when only a title is
    /// left.
    fn strip_title(&self, i: usize, j: usize, spans: &mut Vec<(usize, usize)>) -> usize {
        let (toks, lx) = (self.toks, self.lx);
        // "Russian President Vladimir Putin", "Transport Minister Patrice
        // Vergriete": the title is not the name. What precedes it is a name
        // of its own when it names an organisation ("WHO Director-General
        // Tedros", "Tesla CEO Elon Musk").
        let mut start = i;
        if self.place_after_title(i) == Some(j) {
            return start;
        }
        if let Some(k) = (i..j - 1).rev().find(|&k| {
            (lx.is_role(&toks[k].lower) && !self.role_as_surname(i, k, j))
                || lx.is_honorific(&toks[k].lower)
        }) {
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
            let named_elsewhere =
                (i..first_role).all(|m| self.capitalised_mid.contains(&toks[m].lower));
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
            // "Microsoft Chief Executive, Steve Ballmer", "Chief Data
            // Officer": what follows the title is more of the title, and so
            // are common words between two titles ("Assistant Chief Fire
            // Officer", whose last title the run has left out).
            let titled_after = toks.get(j).is_some_and(|t| lx.is_role(&t.lower));
            if (start..j).all(|m| {
                lx.is_title_qualifier(&toks[m].lower)
                    || titled_after && vocabulary::is_common_word(&toks[m].lower)
            }) {
                start = j;
            }
        }
        start
    }

    /// The name `start..j` of the run that starts at `a`, once set apart
    /// from what describes it and from what follows it, is pushed to
    /// `spans` when it is one; returns its end.
    fn settle(
        &self,
        a: usize,
        start: usize,
        j: usize,
        opener: bool,
        spans: &mut Vec<(usize, usize)>,
    ) -> usize {
        // What follows a dateline opens the story's sentence.
        let lead = self.strip_shouted_lead(start, j, spans);
        let (a, opener) = if lead == start {
            (a, opener)
        } else {
            (lead, true)
        };
        let j = self.shouted_dateline_end(lead, j, spans);
        let start = self.strip_description(a, lead, j, spans);
        let (start, j) = self.split_tails(a, start, j, spans);
        let j = self.numbered_end(a, start, j, opener);
        if !self.no_name(a, start, j, opener) {
            spans.push((start, j));
        }
        j
    }

    /// Where the name in `start..j` starts once a lead in capitals before
    /// words written otherwise is set aside: a dateline's place ("ATLANTA
    /// Mike Hampton hit…", "NEW YORK Johnson & Johnson is…") becomes a
    /// span of its own, a function word ("THE Thatcher saga") none. A
    /// first name in capitals, as some papers open a story ("MICHAEL
    /// Schumacher"), and an acronym ("IBM Research") stay in the name.
    fn strip_shouted_lead(&self, start: usize, j: usize, spans: &mut Vec<(usize, usize)>) -> usize {
        let (toks, lx) = (self.toks, self.lx);
        let shouted = |t: &Tok| {
            t.word
                && t.text.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && t.text.chars().all(|c| c.is_uppercase() || c == '-')
        };
        let mut k = start;
        while k < j && shouted(&toks[k]) {
            k += 1;
        }
        if k == start || k == j || !toks[k].text.chars().any(char::is_lowercase) {
            return start;
        }
        if k == start + 1 && lx.is_function(&toks[start].lower) {
            return k;
        }
        // Datelines open the story or a paragraph, hence a sentence; a
        // city that is also a first name ("SYDNEY Sons of Gwalia…") is
        // then the dateline's.
        if opens_sentence(toks, start) && self.known_place(start, k - 1) {
            spans.push((start, k));
            return k;
        }
        start
    }

    /// Where the name in capitals `start..j` ends once a dateline's place
    /// after a byline is set apart as a span of its own: "By LAURAN
    /// NEERGAARD WASHINGTON (AP) --", "PAUL GEITNER BRUSSELS -".
    fn shouted_dateline_end(
        &self,
        start: usize,
        j: usize,
        spans: &mut Vec<(usize, usize)>,
    ) -> usize {
        let toks = self.toks;
        let shouted = (start..j).all(|k| toks[k].word && is_acronym(&toks[k].text));
        let dateline = toks
            .get(j)
            .is_some_and(|t| matches!(t.text.as_str(), "(" | "-" | "–" | "—"));
        if !shouted || !dateline || j < start + 3 {
            return j;
        }
        // The longest place that leaves two words of a name before it.
        match (start + 2..j).find(|&k| self.known_place(k, j - 1)) {
            Some(k) => {
                spans.push((k, j));
                k
            }
            None => j,
        }
    }

    /// Where the name in `start..j` starts once the department of a title
    /// and the words that describe a person are set aside ("Frenchman
    /// Arsene Wenger"); a place before a first name becomes a span of its
    /// own.
    fn strip_description(
        &self,
        i: usize,
        mut start: usize,
        j: usize,
        spans: &mut Vec<(usize, usize)>,
    ) -> usize {
        let (toks, lx) = (self.toks, self.lx);
        // "le ministre de l'Intérieur Gérald Darmanin", "la ministre des
        // Armées Florence Parly": the department ends the title. In a list
        // the role is said once ("les ministres de l'Intérieur Christophe
        // Castaner, de la Santé Agnès Buzyn, du Travail Muriel Pénicaud"):
        // a department after "de la", "du", "des" ends a title too.
        let before = |n: usize| i.checked_sub(n).map_or("", |m| toks[m].lower.as_str());
        let department = (matches!(before(1), "du" | "des" | "la" | "l")
            || (matches!(before(1), "'" | "’") && matches!(before(2), "l" | "d")))
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
        start
    }

    /// The name in `start..j` without a country after it ("Vladimir Putin
    /// of Russia") or a place's kind before it, which become spans of their
    /// own.
    fn split_tails(
        &self,
        i: usize,
        mut start: usize,
        mut j: usize,
        spans: &mut Vec<(usize, usize)>,
    ) -> (usize, usize) {
        let (toks, lx) = (self.toks, self.lx);
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
        (start, j)
    }

    /// The end of the name `start..j` with the number that belongs to it
    /// ("France 2", "Ligue 1").
    fn numbered_end(&self, i: usize, start: usize, mut j: usize, opener: bool) -> usize {
        let (toks, lx) = (self.toks, self.lx);
        // "France 2", "Europe 1", "Ligue 1", "Cac 40", "Pentium 4": a
        // number right after a one-word name is part of it (a channel, a
        // league, a product), unless it starts a date ("Saturday 8
        // October"), a score ("Chiefs 20 - 13") or a quantity ("France 3
        // millions"). After a longer name two digits are more often a
        // count or an age ("Kyle Orton 40 yards").
        let opening_word = opener
            && start == i
            && lx.place(&names::fold(&toks[start].lower)).is_none()
            && !is_acronym(&toks[start].text)
            && !self.capitalised_mid.contains(&toks[start].lower);
        // A single digit after a longer name is a version or a sequel
        // ("Service Pack 2", "Grand Theft Auto 5"), unless a plural
        // counts it ("Kyle Orton 3 touchdowns").
        let lone = j == start + 1;
        // Nor a number that goes on ("North Atlantic 8,200 years ago"), a
        // match-play score ("beat Padraig Harrington 5 and 4").
        let counted = |k: usize| {
            toks.get(k).is_some_and(|n| {
                let plural =
                    n.word && n.text.starts_with(char::is_lowercase) && n.lower.ends_with('s');
                let goes_on = matches!(
                    n.lower.as_str(),
                    "," | "." | ":" | "/" | "and" | "et" | "to" | "à"
                ) && toks.get(k + 1).is_some_and(Tok::is_number);
                plural || goes_on
            })
        };
        let numbered = (lone || toks.get(j).is_some_and(|n| n.text.len() == 1) && !counted(j + 1))
            && !opening_word
            && j < toks.len()
            && toks[j].sentence == toks[j - 1].sentence
            && toks[j].start == toks[j - 1].end + 1
            && (1..=2).contains(&toks[j].text.len())
            && toks[j].is_number()
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
        j
    }

    /// Whether `start..j` is no name: a lone word that opens a sentence
    /// and that the article capitalises nowhere else, a day, a letter, a
    /// demonym.
    fn no_name(&self, i: usize, start: usize, j: usize, opener: bool) -> bool {
        let (toks, lx) = (self.toks, self.lx);
        let t = &toks[i];
        let single = j == start + 1;
        // A country, a state or a continent the gazetteer knows opens a
        // sentence as a name ("California officials said…"), unless it is
        // someone's first name too ("Jordan scored twice"); a city's name
        // may be a word there ("Nice work…").
        let folded = names::fold(&toks[start].lower);
        let known = lx.place(&folded).is_some()
            || (gazetteer(&folded).is_some_and(|w| w >= 3)
                && !vocabulary::is_given_name(&toks[start].lower))
            || is_acronym(&toks[start].text);
        let alone = opener && start == i && single;
        (alone && !known && !self.capitalised_mid.contains(&t.lower))
            || (single
                && lx.is_calendar(&toks[start].lower)
                && !self.surnames.contains(toks[start].lower.as_str()))
            || (single && toks[start].text.chars().count() < 2)
            // "Japanese fighting cyborgs", "les Français": a demonym alone
            // is an adjective or a people, not an entity.
            || (single
                && (names::is_demonym(&toks[start].lower) || is_group_adjective(&toks[start].lower)))
    }
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

/// Whether the name at `a` opens on an acronym and a particle, as a
/// party's or a body's branch does ("LREM des Yvelines", "UMP de
/// l'Essonne"); initials of two letters open people's names ("JJ Abrams"),
/// except after a role, where they are a party's ("le député LR de
/// Mayotte", "l'ancien maire PS de Lyon").
pub(crate) fn is_branch(toks: &[Tok], a: usize, lx: &Lexicon) -> bool {
    is_acronym(&toks[a].text)
        && (toks[a].text.chars().count() >= 3 || is_party_label(toks, a, lx))
        && toks.get(a + 1).is_some_and(|t| lx.is_particle(&t.lower))
}

/// Whether the acronym at `a` follows a role, as a party's label does
/// ("la députée UDI Maina Sage", "le sénateur LR Bruno Retailleau").
pub(crate) fn is_party_label(toks: &[Tok], a: usize, lx: &Lexicon) -> bool {
    a > 0 && lx.is_role(&toks[a - 1].lower) && is_acronym(&toks[a].text)
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
                                || names::is_demonym(one)
                                // "de l'Otan Jens Stoltenberg".
                                || lx.is_org_head(one))
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
        // "le député LR de Mayotte Mansour Kamardine": a branch ends on
        // its place, and a name of two words at least after it is the
        // person's, whatever the first name.
        let split = split.or_else(|| {
            if !is_branch(toks, a, lx) {
                return None;
            }
            let place = (a + 2..b).find(|&k| toks[k].word && toks[k].cap())?;
            let known = gazetteer(&names::fold(&toks[place].lower)).is_some()
                || lx.place(&names::fold(&toks[place].lower)).is_some();
            let rest = (place + 1..b).filter(|&k| toks[k].word).count();
            (known && rest >= 2 && toks[place + 1].cap()).then_some(place + 1)
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
