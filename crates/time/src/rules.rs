//! The patterns. Each family is one function that tries to match at token
//! `i` and returns where the match ends with its type and value; [`longest`]
//! keeps the longest match of all families.

use chrono::{Datelike, NaiveDate};
use gazette_lang::Lang;

use crate::lexicon::{
    month, named_by_a_day, number, part_of_day, season, unit, vague, weekday, Named,
};
use crate::resolve::{self, Which};
use crate::tokens::Tok;
use crate::TimexType;

/// What the patterns know while reading a text.
pub struct Ctx {
    pub lang: Lang,
    /// Publication date.
    pub reference: Option<NaiveDate>,
    /// The last date mentioned, which a bare clock time refers to.
    pub last_date: Option<NaiveDate>,
    /// The last day the text itself named (not the reference): what "le
    /// lendemain", "la veille" and "ce jour-là" count from.
    pub narrated: Option<NaiveDate>,
}

/// A match: tokens `i..end`.
pub struct Match {
    pub end: usize,
    pub kind: TimexType,
    pub value: String,
    pub modifier: Option<String>,
    /// The day it resolves to, for later clock times.
    pub date: Option<NaiveDate>,
}

fn m(end: usize, kind: TimexType, value: String) -> Option<Match> {
    Some(Match {
        end,
        kind,
        value,
        modifier: None,
        date: None,
    })
}

struct View<'a> {
    toks: &'a [Tok],
    lang: Lang,
}

impl View<'_> {
    fn w(&self, k: usize) -> &str {
        self.toks.get(k).map_or("", |t| t.norm.as_str())
    }
    fn is(&self, k: usize, words: &[&str]) -> bool {
        words.contains(&self.w(k))
    }
    fn num(&self, k: usize) -> Option<f64> {
        self.toks
            .get(k)
            .filter(|t| t.num)
            .and_then(|t| t.norm.replace(',', ".").parse().ok())
    }
    fn fr(&self) -> bool {
        self.lang == Lang::Fr
    }
    /// A day of the month: `27`, `1er`, `premier`, `3rd`.
    fn day_num(&self, k: usize) -> Option<u32> {
        let w = self.w(k);
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &w[digits.len()..];
        let ok_suffix = matches!(suffix, "" | "er" | "st" | "nd" | "rd" | "th");
        let n: u32 = if w == "premier" {
            1
        } else if ok_suffix {
            digits.parse().ok()?
        } else {
            return None;
        };
        (1..=31).contains(&n).then_some(n)
    }
    /// A year: four digits 1000–2099, or two after a month (`octobre 98`).
    fn year(&self, k: usize, short_ok: bool) -> Option<i32> {
        let t = self.toks.get(k).filter(|t| t.num)?;
        let n: i32 = t.norm.parse().ok()?;
        match t.norm.len() {
            4 if (1000..2100).contains(&n) => Some(n),
            2 if short_ok => Some(if n < 50 { 2000 + n } else { 1900 + n }),
            _ => None,
        }
    }
    fn month(&self, k: usize) -> Option<u32> {
        let t = self.toks.get(k)?;
        let mo = month(&t.norm, self.lang)?;
        // English "may", "march" are verbs too: only capitalised months.
        if self.lang == Lang::En && !t.cap {
            return None;
        }
        // "mars", "mai" abbreviated with a dot are fine; a bare "sept" is a number.
        if t.norm == "sept" && self.fr() {
            return None;
        }
        Some(mo)
    }
    fn weekday(&self, k: usize) -> Option<u32> {
        weekday(self.w(k), self.lang)
    }
    /// "dernier", "prochain", "last", "next": -1, +1.
    fn direction(&self, k: usize) -> Option<i32> {
        match self.w(k) {
            "dernier" | "derniere" | "derniers" | "dernieres" | "passe" | "passee" | "last"
            | "past" => Some(-1),
            "prochain" | "prochaine" | "prochains" | "prochaines" | "next" | "coming" => Some(1),
            _ => None,
        }
    }
}

/// A date that is a name: a street, a bridge, a square or a movement named
/// after a day ("traversé le pont du 6 octobre", "le Mouvement du 6 avril",
/// "the April 6 Youth Movement"). Dating a sentence by it would put a 2013
/// march on 6 October, and would anchor the weekdays after it there.
pub fn names_something(toks: &[Tok], i: usize, m: &Match, lang: Lang) -> bool {
    if m.kind != TimexType::Date {
        return false;
    }
    let v = View { toks, lang };
    let with_year = (i..m.end).any(|k| v.year(k, false).is_some());
    let names = |k: usize| match named_by_a_day(v.w(k), lang) {
        Some(Named::Place) => true,
        Some(Named::Group) => !with_year,
        None => false,
    };
    match lang {
        Lang::Fr => i >= 2 && v.w(i - 1) == "du" && names(i - 2),
        _ => (m.end..(m.end + 2).min(toks.len()))
            .take_while(|&k| toks[k].cap)
            .any(names),
    }
}

/// A pattern family: tries to match at a token.
type Family = fn(&View, usize, &Ctx) -> Option<Match>;

/// Tries every pattern family at `i` and keeps the longest match.
pub fn longest(toks: &[Tok], i: usize, ctx: &Ctx) -> Option<Match> {
    let v = View {
        toks,
        lang: ctx.lang,
    };
    let families: [Family; 12] = [
        full_date,
        month_date,
        year,
        relative_day,
        narrated_day,
        weekday_date,
        clock,
        duration,
        anchored,
        season_date,
        set,
        reference,
    ];
    let best = families
        .iter()
        .filter_map(|f| f(&v, i, ctx))
        .max_by_key(|m| m.end);
    // "la fin de l'année dernière", "au début de la semaine": a part of a
    // period, said before it.
    let parts: &[(&[&str], &str)] = &[
        (&["la", "fin", "de"], "END"),
        (&["fin", "de"], "END"),
        (&["le", "debut", "de"], "START"),
        (&["au", "debut", "de"], "START"),
        (&["debut", "de"], "START"),
        (&["le", "milieu", "de"], "MID"),
        (&["au", "milieu", "de"], "MID"),
        (&["the", "end", "of"], "END"),
        (&["the", "beginning", "of"], "START"),
        (&["the", "middle", "of"], "MID"),
    ];
    for (words, md) in parts {
        if words.iter().enumerate().all(|(n, w)| v.w(i + n) == *w) {
            let k = i + words.len();
            if let Some(mut inner) = families
                .iter()
                .filter_map(|f| f(&v, k, ctx))
                .filter(|m| m.kind == TimexType::Date)
                .max_by_key(|m| m.end)
            {
                if best.as_ref().is_none_or(|b| inner.end > b.end) {
                    inner.modifier = Some(md.to_string());
                    return Some(inner);
                }
            }
        }
    }
    best
}

/// `le lendemain`, `la veille`, `ce jour-là`, `le même jour`, `the next
/// day`, `the day before`: a day counted from the last one the text named
/// ("Arrêté mardi, il a été libéré le lendemain"). "La veille du sommet"
/// counts from the summit, which has no date here: no match.
fn narrated_day(v: &View, i: usize, ctx: &Ctx) -> Option<Match> {
    let w = |n: usize| v.w(i + n);
    let (len, offset): (usize, i64) = if v.fr() {
        match (w(0), w(1), w(2), w(3)) {
            ("le", "lendemain", _, _) => (2, 1),
            ("le", "surlendemain", _, _) => (2, 2),
            ("la", "veille", _, _) => (2, -1),
            ("l", "'", "avant-veille", _) => (3, -2),
            ("ce", "jour-la", _, _) => (2, 0),
            ("ce", "jour", "-", "la") => (4, 0),
            ("ce", "jour", "la", _) => (3, 0),
            ("le", "meme", "jour", _) => (3, 0),
            _ => return None,
        }
    } else {
        match (w(0), w(1), w(2)) {
            ("the", "next" | "following", "day") => (3, 1),
            ("the", "day", "before") => (3, -1),
            ("the", "same", "day") => (3, 0),
            _ => return None,
        }
    };
    let mut end = i + len;
    // The day before or after something else: "la veille du sommet",
    // "the day before the election".
    if offset != 0
        && v.is(
            end,
            &[
                "de", "du", "des", "d", "the", "his", "her", "their", "a", "an",
            ],
        )
    {
        return None;
    }
    let d = ctx.narrated.map(|n| n + chrono::Duration::days(offset));
    if let Some(part) = part_of_day(v.w(end), v.lang) {
        end += 1;
        return Some(Match {
            end,
            kind: TimexType::Time,
            value: part_of(d, part),
            modifier: None,
            date: d,
        });
    }
    Some(Match {
        end,
        kind: TimexType::Date,
        value: d.map_or("XXXX-XX-XX".to_string(), resolve::day),
        modifier: None,
        date: d,
    })
}

/// A part of a day (`T` + `MO`, `EV`, …) on `day`, or on an unknown day.
fn part_of(day: Option<NaiveDate>, part: &str) -> String {
    day.map_or(format!("XXXX-XX-XXT{part}"), |d| {
        format!("{}T{part}", resolve::day(d))
    })
}

fn date_match(end: usize, d: NaiveDate) -> Option<Match> {
    Some(Match {
        end,
        kind: TimexType::Date,
        value: resolve::day(d),
        modifier: None,
        date: Some(d),
    })
}

/// `le 27 février 2020`, `jeudi 27 février`, `27 mai 1998`, `le 6 mai
/// dernier`, `February 27, 2020`, `27 February`.
fn full_date(v: &View, i: usize, ctx: &Ctx) -> Option<Match> {
    let mut k = i;
    if v.is(k, &["le", "les"]) {
        k += 1;
    }
    if v.weekday(k).is_some() {
        k += 1;
        if v.w(k) == "," {
            k += 1;
        }
    }
    // "les 6 et 13 avril": the first day of a pair takes the month (and
    // year) written after the second.
    let pair = v
        .is(k + 1, &["et", "ou", "and", "or"])
        .then(|| Some((v.day_num(k)?, v.day_num(k + 2)?, v.month(k + 3)?)))
        .flatten();
    let pair_end = pair.map(|_| k + 1);
    let (day, mo, mut k) = if let Some((d, _, mo)) = pair {
        (d, mo, k + 4)
    } else if let (Some(d), Some(mo)) = (v.day_num(k), v.month(k + 1)) {
        (d, mo, k + 2)
    } else if let (Some(mo), Some(d)) = (v.month(k), v.day_num(k + 1)) {
        if v.fr() {
            return None;
        }
        (d, mo, k + 2)
    } else {
        return None;
    };
    if v.w(k) == "," && v.year(k + 1, false).is_some() {
        k += 1;
    }
    let year = v.year(k, true);
    if year.is_some() {
        k += 1;
    }
    let dir = v.direction(k);
    if dir.is_some() {
        k += 1;
    }
    // The span starts at the determiner only if one was there.
    let y = match (year, ctx.reference) {
        (Some(y), _) => y,
        (None, Some(r)) => {
            let this = NaiveDate::from_ymd_opt(r.year(), mo, day)?;
            match dir {
                Some(d) if d < 0 && this > r => r.year() - 1,
                Some(d) if d > 0 && this < r => r.year() + 1,
                Some(_) => r.year(),
                // Without a year, the occurrence closest to the reference.
                None => [r.year() - 1, r.year(), r.year() + 1]
                    .into_iter()
                    .filter_map(|y| {
                        NaiveDate::from_ymd_opt(y, mo, day).map(|d| (y, (d - r).num_days().abs()))
                    })
                    .min_by_key(|&(_, gap)| gap)
                    .map_or(r.year(), |(y, _)| y),
            }
        }
        (None, None) => {
            return m(
                pair_end.unwrap_or(k),
                TimexType::Date,
                format!("XXXX-{mo:02}-{day:02}"),
            )
        }
    };
    let d = NaiveDate::from_ymd_opt(y, mo, day)?;
    date_match(pair_end.unwrap_or(k), d)
}

/// `octobre 98`, `août 2001`, `septembre dernier`, `juin prochain`, `début
/// octobre`, `fin mars`, `en juillet`, `in March 2020`.
fn month_date(v: &View, i: usize, ctx: &Ctx) -> Option<Match> {
    let mut k = i;
    let mut modifier = None;
    let marks: &[(&str, &str)] = &[
        ("debut", "START"),
        ("fin", "END"),
        ("mi", "MID"),
        ("early", "START"),
        ("late", "END"),
        ("mid", "MID"),
    ];
    if let Some(&(_, md)) = marks.iter().find(|(w, _)| v.w(k) == *w) {
        modifier = Some(md.to_string());
        k += 1;
        if v.is(k, &["-", "de", "d", "'"]) {
            k += 1;
        }
        if v.w(k) == "'" {
            k += 1;
        }
    } else if v.w(k) == "mois" && v.is(k + 1, &["de", "d"]) {
        k += 2;
        if v.w(k) == "'" {
            k += 1;
        }
    }
    let mo = v.month(k)?;
    k += 1;
    if v.w(k) == "," {
        // "March, 2020"
        if v.year(k + 1, false).is_some() {
            k += 1;
        }
    }
    let year = v.year(k, true);
    if year.is_some() {
        k += 1;
    }
    let dir = if year.is_none() { v.direction(k) } else { None };
    if dir.is_some() {
        k += 1;
    }
    let y = match (year, ctx.reference) {
        (Some(y), _) => y,
        (None, Some(r)) => resolve::year_of_month(r, mo, dir.unwrap_or(0)),
        (None, None) => {
            return Some(Match {
                end: k,
                kind: TimexType::Date,
                value: format!("XXXX-{mo:02}"),
                modifier,
                date: None,
            })
        }
    };
    Some(Match {
        end: k,
        kind: TimexType::Date,
        value: format!("{y}-{mo:02}"),
        modifier,
        date: None,
    })
}

/// `1998`, `l'année 2001`, `en 2019`. A four-digit number followed by a
/// noun is a quantity (`2000 personnes`), not a year.
fn year(v: &View, i: usize, _: &Ctx) -> Option<Match> {
    let mut k = i;
    if v.fr() && v.w(k) == "l" && v.w(k + 1) == "'" && v.is(k + 2, &["annee", "an"]) {
        k += 3;
    } else if v.is(k, &["annee", "year"]) {
        k += 1;
    }
    let y = v.year(k, false)?;
    if !(1800..2100).contains(&y) {
        return None;
    }
    let next = v.toks.get(k + 1);
    if let Some(n) = next {
        let lowercase_word = !n.num
            && !n.cap
            && n.norm.chars().count() >= 4
            && n.norm.chars().all(char::is_alphabetic);
        const CONNECTORS: &[&str] = &[
            "dans", "pour", "puis", "mais", "avant", "apres", "depuis", "contre", "sans", "selon",
            "alors", "lors", "deja", "with", "when", "after", "before", "since", "until", "that",
            "from", "into", "while",
        ];
        if lowercase_word && !CONNECTORS.contains(&n.norm.as_str()) {
            return None;
        }
    }
    m(k + 1, TimexType::Date, y.to_string())
}

/// `hier`, `aujourd'hui`, `demain`, `avant-hier`, `hier soir`, `ce matin`,
/// `hier à 10 h`, `yesterday morning`, `tonight`.
fn relative_day(v: &View, i: usize, ctx: &Ctx) -> Option<Match> {
    let mut k = i;
    let offset: i64 = match v.w(k) {
        "hier" | "yesterday" => -1,
        "demain" | "tomorrow" => 1,
        "avant-hier" => -2,
        "apres-demain" => 2,
        "aujourd" if v.w(k + 1) == "'" && v.w(k + 2) == "hui" => {
            k += 2;
            0
        }
        "today" => 0,
        "tonight" => {
            let value = ctx.reference.map_or("XXXX-XX-XXTNI".to_string(), |r| {
                format!("{}TNI", resolve::day(r))
            });
            return Some(Match {
                end: k + 1,
                kind: TimexType::Time,
                value,
                modifier: None,
                date: ctx.reference,
            });
        }
        "la" | "l" if v.fr() => {
            let at = if v.w(k) == "l" { k + 2 } else { k + 1 };
            if v.w(k) == "l" && v.w(k + 1) != "'" {
                return None;
            }
            let part = part_of_day(v.w(at), v.lang)?;
            let d = ctx.last_date;
            let value = part_of(d, part);
            return Some(Match {
                end: at + 1,
                kind: TimexType::Time,
                value,
                modifier: None,
                date: None,
            });
        }
        "ce" | "cet" | "cette" | "this" => {
            let part = part_of_day(v.w(k + 1), v.lang)?;
            let value = part_of(ctx.reference, part);
            return Some(Match {
                end: k + 2,
                kind: TimexType::Time,
                value,
                modifier: None,
                date: ctx.reference,
            });
        }
        _ => return None,
    };
    k += 1;
    let d = ctx.reference.map(|r| resolve::shift(r, offset));
    let day = d.map_or("XXXX-XX-XX".to_string(), resolve::day);
    if let Some(part) = part_of_day(v.w(k), v.lang) {
        return Some(Match {
            end: k + 1,
            kind: TimexType::Time,
            value: format!("{day}T{part}"),
            modifier: None,
            date: d,
        });
    }
    // "aujourd'hui vendredi"
    if let Some(wd) = v.weekday(k) {
        if d.is_none_or(|d| d.weekday().number_from_monday() == wd) {
            k += 1;
        }
    }
    // "hier à 10 h"
    if v.is(k, &["a", "at"]) {
        if let Some((end, hh, mm)) = clock_at(v, k + 1) {
            return Some(Match {
                end,
                kind: TimexType::Time,
                value: format!("{day}T{hh:02}:{mm:02}"),
                modifier: None,
                date: d,
            });
        }
    }
    Some(Match {
        end: k,
        kind: TimexType::Date,
        value: day,
        modifier: None,
        date: d,
    })
}

/// `jeudi`, `ce jeudi`, `jeudi dernier`, `vendredi prochain`, `mardi soir`,
/// `on Friday`, `last Friday`.
fn weekday_date(v: &View, i: usize, ctx: &Ctx) -> Option<Match> {
    let mut k = i;
    let mut which = Which::Recent;
    if v.is(k, &["ce", "cet", "this"]) {
        which = Which::ThisWeek;
        k += 1;
    } else if let Some(d) = v.direction(k).filter(|_| !v.fr()) {
        which = if d < 0 { Which::Last } else { Which::Next };
        k += 1;
    }
    let wd = v.weekday(k)?;
    // "tous les jeudis" is a set, "le mercredi" alone is ambiguous.
    if v.w(k).ends_with('s') && v.fr() {
        return None;
    }
    k += 1;
    if let Some(d) = v.direction(k).filter(|_| v.fr()) {
        which = if d < 0 { Which::Last } else { Which::Next };
        k += 1;
    }
    // A weekday that opens its sentence takes the tense of what follows
    // it ("Samedi, ce sera l'aboutissement", "Lundi, quatre personnes ont
    // été tuées").
    let fronted = opens_sentence(v, i);
    let after = || clause_after(v, k + usize::from(part_of_day(v.w(k), v.lang).is_some()));
    if which == Which::Recent && (future_clause(v, i) || (fronted && future_words(v, after()))) {
        which = Which::Upcoming;
    }
    // A bare weekday six days back would be "last Saturday" in a report:
    // unless its clause is in the past ("travelled on Thursday"), it is the
    // next one ("a decisive vote by MPs on Saturday", written on a Friday).
    if which == Which::Recent
        && ctx.reference.is_some_and(|r| {
            (r.weekday().number_from_monday() as i64 - wd as i64).rem_euclid(7) == 6
        })
        && !past_clause(v, i)
        && !(fronted && past_words(v, after()))
    {
        which = Which::Upcoming;
    }
    // The second day of a pair ("samedi et dimanche", "Friday or
    // Saturday") is the first one from the day before it on.
    let paired = i >= 2 && v.is(i - 1, &["et", "ou", "and", "or"]) && v.weekday(i - 2).is_some();
    let d = match ctx.last_date {
        Some(l) if paired && matches!(which, Which::Recent | Which::Upcoming) => {
            Some(resolve::weekday(l, wd, Which::Upcoming))
        }
        _ => ctx.reference.map(|r| resolve::weekday(r, wd, which)),
    };
    let day = d.map_or(format!("XXXX-WXX-{wd}"), resolve::day);
    if let Some(part) = part_of_day(v.w(k), v.lang) {
        return Some(Match {
            end: k + 1,
            kind: TimexType::Time,
            value: format!("{day}T{part}"),
            modifier: None,
            date: d,
        });
    }
    Some(Match {
        end: k,
        kind: TimexType::Date,
        value: day,
        modifier: None,
        date: d,
    })
}

/// Whether the clause that ends at token `i` (see [`clause_before`]) speaks
/// of what is to come: a future or conditional verb, or a word of plans
/// ("Macron said he would travel to Beirut on Thursday", "le sommet doit se
/// tenir jeudi", "Erdogan se rendra mercredi à Sotchi"), or a deadline
/// ("by Saturday", "d'ici samedi"). A bare weekday is otherwise the most
/// recent one.
fn future_clause(v: &View, i: usize) -> bool {
    // A deadline: "by Saturday", "d'ici samedi"; "jusqu'à mardi pour
    // quitter le pouvoir", "until Friday to decide" (without the purpose,
    // "until Tuesday" may be a span that has ended).
    if i > 0 && (v.is(i - 1, &["by"]) || (v.fr() && v.is(i - 1, &["ici"]))) {
        return true;
    }
    let until = if v.fr() {
        i >= 2
            && v.w(i - 1) == "a"
            && (v.w(i - 2) == "jusqu" || (v.w(i - 2) == "'" && i >= 3 && v.w(i - 3) == "jusqu"))
    } else {
        i >= 1 && v.is(i - 1, &["until", "till"])
    };
    if until && v.is(i + 1, &["pour", "to"]) {
        return true;
    }
    future_words(v, clause_before(v, i))
}

/// Whether any of the tokens `ks` is a future or conditional verb or a
/// word of plans (see [`future_clause`]).
fn future_words(v: &View, mut ks: impl Iterator<Item = usize>) -> bool {
    // Plans and futures; not "due to", "than expected", "the plan", nor
    // the journalistic conditional ("aurait été interpellé": alleged,
    // past).
    const MARKERS_EN: &[&str] = &[
        "will",
        "would",
        "shall",
        "scheduled",
        "planned",
        "planning",
        "intends",
        "intended",
        "upcoming",
        "ahead",
        "plans",
        "intend",
        "threatens",
        "threaten",
        "wants",
        "hopes",
        "aims",
        "urges",
    ];
    const MARKERS_FR: &[&str] = &[
        "va",
        "vont",
        "doit",
        "doivent",
        "devra",
        "devront",
        "devrait",
        "devraient",
        "prevu",
        "prevue",
        "prevus",
        "prevues",
        "attendu",
        "attendue",
        "attendus",
        "attendues",
        "pourrait",
        "pourraient",
        "aura",
        "auront",
        "pourra",
        "pourront",
        "verra",
        "verront",
        "ira",
        "iront",
        "sera",
        "seront",
        "fera",
        "feront",
        "dira",
        "mettra",
        "recevra",
        "saura",
        "suivra",
        // Intentions and threats: "qui menacent de réinvestir Paris
        // samedi", "il compte se rendre jeudi à Kiev".
        "menace",
        "menacent",
        "compte",
        "comptent",
        "entend",
        "entendent",
        "veut",
        "veulent",
        "prevoit",
        "prevoient",
        "apprete",
        "appretent",
        // Calls to act: "le Mouvement appelle à manifester vendredi".
        "appelle",
        "appellent",
        "exhorte",
        "exhortent",
    ];
    // Words that end like a French future (-era, -ira, -dra, -eront, ...).
    const NOT_VERBS: &[&str] = &[
        "extra", "camera", "opera", "cholera", "riviera", "sierra", "era", "lira", "tiara",
    ];
    let markers = if v.fr() { MARKERS_FR } else { MARKERS_EN };
    ks.any(|k| {
        let w = v.w(k);
        // Not names ("Pereira", "Alexandra").
        let capitalised = v.toks.get(k).is_some_and(|t| t.cap);
        let future_fr = v.fr()
            && !capitalised
            && w.chars().count() >= 5
            && ["era", "ira", "dra", "eront", "iront", "dront"]
                .iter()
                .any(|e| w.ends_with(e))
            && !NOT_VERBS.contains(&w);
        markers.contains(&w) || (w == "expected" && v.is(k + 1, &["to"])) || future_fr
    })
}

/// The tokens of the clause that ends at token `i`, nearest first, at most
/// ten: the clause ends at punctuation and at "qui"/"who" (a relative clause
/// has its own tense: "le président, qui se rendra à Sotchi, a reçu jeudi").
fn clause_before<'v>(v: &'v View, i: usize) -> impl Iterator<Item = usize> + 'v {
    (i.saturating_sub(10)..i).rev().take_while(move |&k| {
        !matches!(
            v.w(k),
            "." | "!" | "?" | ";" | "," | "«" | "»" | "\"" | "qui" | "who" | "which"
        )
    })
}

/// Whether the weekday at token `i`, or "On" before it, opens a sentence
/// (or a quote): capitalised, after a sentence's end or at the start. A
/// lowercase "samedi" after a name's "!" ("Libres! samedi") opens nothing.
fn opens_sentence(v: &View, i: usize) -> bool {
    let j = if i > 0 && v.is(i - 1, &["on"]) {
        i - 1
    } else {
        i
    };
    v.toks.get(j).is_some_and(|t| t.cap)
        && (j == 0 || v.is(j - 1, &[".", "!", "?", ":", "\"", "«"]))
}

/// The tokens of the clause that an expression ending before token `k`
/// opens, nearest first, at most ten: a comma right behind the expression
/// ("Samedi, ce sera…") is skipped, and the clause ends at the next
/// punctuation.
fn clause_after<'v>(v: &'v View, k: usize) -> impl Iterator<Item = usize> + 'v {
    let start = if v.is(k, &[","]) { k + 1 } else { k };
    (start..(start + 10).min(v.toks.len())).take_while(move |&j| {
        !matches!(
            v.w(j),
            "." | "!" | "?" | ";" | "," | "«" | "»" | "\"" | "qui" | "who" | "which"
        )
    })
}

/// Whether the clause that ends at token `i` (see [`clause_before`]) is
/// told in the past: a past auxiliary or a past-tense verb.
fn past_clause(v: &View, i: usize) -> bool {
    past_words(v, clause_before(v, i))
}

/// Whether any of the tokens `ks` is a past auxiliary or a past-tense verb.
fn past_words(v: &View, mut ks: impl Iterator<Item = usize>) -> bool {
    const PAST_EN: &[&str] = &[
        "was", "were", "had", "did", "said", "told", "met", "made", "took", "went", "came", "saw",
        "left", "won", "lost", "held", "began", "fell", "rose", "hit", "struck", "spoke", "gave",
    ];
    const PAST_FR: &[&str] = &[
        "a", "ont", "est", "sont", "avait", "avaient", "etait", "etaient", "fut", "furent", "ete",
        "aurait", "auraient",
    ];
    ks.any(|k| {
        let w = v.w(k);
        if v.fr() {
            // "l'été", "d'été": the summer.
            PAST_FR.contains(&w) && !(w == "ete" && k > 0 && v.is(k - 1, &["'"]))
        } else {
            // "travelled", "voted"; not a present passive ("is expected").
            PAST_EN.contains(&w)
                || (w.len() > 4
                    && w.ends_with("ed")
                    && !(k > 0 && v.is(k - 1, &["is", "are", "am", "be", "being"])))
        }
    })
}

/// A clock time at `k`: `21 h 45`, `18 h`, `21h45`, `10:30`, `midi`,
/// `10 a.m.`. Returns the end token, hours and minutes.
fn clock_at(v: &View, k: usize) -> Option<(usize, u32, u32)> {
    match v.w(k) {
        "midi" | "noon" => return Some((k + 1, 12, 0)),
        "minuit" | "midnight" => return Some((k + 1, 24, 0)),
        _ => {}
    }
    let w = v.w(k);
    // "21h45", "18h"
    if let Some((h, rest)) = w.split_once('h') {
        if let (Ok(hh), true) = (
            h.parse::<u32>(),
            rest.is_empty() || rest.parse::<u32>().is_ok(),
        ) {
            let mm = rest.parse::<u32>().unwrap_or(0);
            if hh <= 24 && mm < 60 && !h.is_empty() {
                return Some((k + 1, hh, mm));
            }
        }
    }
    let hh = v
        .num(k)
        .filter(|h| h.fract() == 0.0 && (0.0..=24.0).contains(h))? as u32;
    if v.is(k + 1, &["h", "heures", "heure"]) && v.fr() {
        if let Some(mm) = v.num(k + 2).filter(|m| m.fract() == 0.0 && *m < 60.0) {
            return Some((k + 3, hh, mm as u32));
        }
        return Some((k + 2, hh, 0));
    }
    if v.w(k + 1) == ":" {
        let mm = v.num(k + 2).filter(|m| m.fract() == 0.0 && *m < 60.0)? as u32;
        let (end, hh) = meridiem(v, k + 3, hh);
        return Some((end, hh, mm));
    }
    if !v.fr() {
        let (end, h2) = meridiem(v, k + 1, hh);
        if end > k + 1 {
            return Some((end, h2, 0));
        }
    }
    None
}

fn meridiem(v: &View, k: usize, hh: u32) -> (usize, u32) {
    let pm = |h: u32| if h < 12 { h + 12 } else { h };
    match v.w(k) {
        "pm" => (k + 1, pm(hh)),
        "am" => (k + 1, hh % 12),
        "p" if v.w(k + 1) == "." && v.w(k + 2) == "m" => {
            (k + 3 + usize::from(v.w(k + 3) == "."), pm(hh))
        }
        "a" if v.w(k + 1) == "." && v.w(k + 2) == "m" => {
            (k + 3 + usize::from(v.w(k + 3) == "."), hh % 12)
        }
        _ => (k, hh),
    }
}

/// `21 h 45`, `vers 15 h 30`, `midi`: a time on the last date mentioned.
fn clock(v: &View, i: usize, ctx: &Ctx) -> Option<Match> {
    // "vers 18 h": the approximation is a modifier; TimeBank mostly leaves
    // the word out of the span.
    let approx = i > 0 && v.is(i - 1, &["vers", "around", "about"]);
    let (mut end, hh, mm) = clock_at(v, i)?;
    // A day right after the time is its day ("vers 15 h 30, hier"), and
    // one expression with it when no comma parts them ("at 3 p.m.
    // Tuesday", "à 10 h le 3 mars").
    let comma = v.w(end) == ",";
    let at = end + usize::from(comma);
    // "une grève de 24 heures mercredi": a length, not a time of day
    // ("à partir de 20 heures samedi", "aux alentours de 23h30 samedi"
    // are times).
    let length = i > 0
        && (v.is(i - 1, &["pendant", "durant", "for", "of"])
            || (v.is(i - 1, &["de"])
                && !(i > 1 && v.is(i - 2, &["partir", "alentours", "autour", "pres"]))));
    let day_after = [relative_day, weekday_date, full_date]
        .iter()
        .filter(|_| !length)
        .filter_map(|f| f(v, at, ctx))
        .filter(|m| m.date.is_some())
        .max_by_key(|m| m.end);
    let dated = day_after.is_some();
    let date = match day_after {
        Some(m) => {
            if !comma {
                end = m.end;
            }
            m.date
        }
        None => ctx.last_date,
    };
    let day = date.map_or("XXXX-XX-XX".to_string(), resolve::day);
    Some(Match {
        end,
        kind: TimexType::Time,
        value: format!("{day}T{hh:02}:{mm:02}"),
        modifier: approx.then(|| "APPROX".to_string()),
        date: date.filter(|_| dated),
    })
}

/// `six mois`, `30,4 secondes`, `environ une heure`, `un an et demi`,
/// `quelques mois`, `un quart de siècle`, `il y a trois ans` (a date),
/// `two years ago`.
fn duration(v: &View, i: usize, ctx: &Ctx) -> Option<Match> {
    let mut k = i;
    let ago_fr = v.fr() && v.w(k) == "il" && v.w(k + 1) == "y" && v.w(k + 2) == "a";
    if ago_fr {
        k += 3;
    }
    let mut modifier = None;
    let approx: &[&[&str]] = &[
        &["environ"],
        &["pres", "de"],
        &["about"],
        &["nearly"],
        &["around"],
        &["some"],
    ];
    for words in approx {
        if words.iter().enumerate().all(|(n, w)| v.w(k + n) == *w) {
            modifier = Some("APPROX".to_string());
            k += words.len();
            break;
        }
    }
    if modifier.is_none() {
        let more: &[(&[&str], &str)] = &[
            (&["plus", "de"], "MORE_THAN"),
            (&["moins", "de"], "LESS_THAN"),
            (&["more", "than"], "MORE_THAN"),
            (&["less", "than"], "LESS_THAN"),
        ];
        for (words, md) in more {
            if words.iter().enumerate().all(|(n, w)| v.w(k + n) == *w) {
                modifier = Some(md.to_string());
                k += words.len();
                break;
            }
        }
    }
    // "un quart de siècle", "un demi-siècle"
    if v.fr()
        && v.is(k, &["un"])
        && v.w(k + 1) == "quart"
        && v.w(k + 2) == "de"
        && v.is(k + 3, &["siecle"])
    {
        return Some(Match {
            end: k + 4,
            kind: TimexType::Duration,
            value: "P25Y".into(),
            modifier,
            date: None,
        });
    }
    let (amount, after) = if let Some(n) = v
        .num(k)
        .or_else(|| number(v.w(k), v.lang).filter(|_| !v.toks.get(k).is_some_and(|t| t.num)))
    {
        (Some(n), k + 1)
    } else if vague(v.w(k), v.lang) {
        (None, k + 1)
    } else {
        return None;
    };
    let (u, is_time) = unit(v.w(after), v.lang)?;
    // "Michel, 38 ans," "âgé de 53 ans": an age, not an amount of time.
    let digits = v.toks.get(k).is_some_and(|t| t.num);
    let span_cue = v.is(
        k.wrapping_sub(1),
        &[
            "sur", "pendant", "depuis", "durant", "en", "pour", "dans", "apres", "avant", "des",
            "les", "ces",
        ],
    );
    if v.fr()
        && u == "Y"
        && digits
        && !ago_fr
        && (v.is(k.wrapping_sub(1), &[",", "de", "a", "("])
            || (v.is(after + 1, &[",", ")"]) && !span_cue))
    {
        return None;
    }
    // "il y a quelques mois": the vague amount alone is the expression.
    if ago_fr && amount.is_none() {
        return None;
    }
    let mut end = after + 1;
    let mut amount = amount;
    // "un an et demi"
    if v.w(end) == "et" && v.w(end + 1) == "demi"
        || v.w(end) == "and" && v.w(end + 1) == "a" && v.w(end + 2) == "half"
    {
        amount = amount.map(|a| a + 0.5);
        end += if v.fr() { 2 } else { 3 };
    }
    let value = duration_value(amount, u, is_time);
    let ago_en = !v.fr() && v.w(end) == "ago";
    if ago_fr || ago_en {
        if ago_en {
            end += 1;
        }
        let value = match (ctx.reference, amount) {
            (Some(r), Some(a)) => ago(r, a, u),
            _ => "PAST_REF".to_string(),
        };
        return Some(Match {
            end,
            kind: TimexType::Date,
            value,
            modifier,
            date: None,
        });
    }
    Some(Match {
        end,
        kind: TimexType::Duration,
        value,
        modifier,
        date: None,
    })
}

fn duration_value(amount: Option<f64>, u: &str, is_time: bool) -> String {
    let prefix = if is_time { "PT" } else { "P" };
    let Some(a) = amount else {
        return format!("{prefix}X{}", u.chars().next().unwrap_or('X'));
    };
    // Half years and half days are said in the next unit down.
    let (a, u) = match u {
        "Y" if a.fract() != 0.0 => (a * 12.0, "M"),
        "D" if a.fract() != 0.0 => (a * 24.0, "H"),
        "DE" => (a * 10.0, "Y"),
        "CE" => (a * 100.0, "Y"),
        u => (a, u),
    };
    let prefix = if u == "H" { "PT" } else { prefix };
    if a.fract() == 0.0 {
        format!("{prefix}{}{u}", a as i64)
    } else {
        format!("{prefix}{a}{u}")
    }
}

/// The date `amount` units before `r`, as precise as the unit.
fn ago(r: NaiveDate, amount: f64, u: &str) -> String {
    // Beyond ten thousand units it is not a date anyone means; the bound
    // also keeps the calendar arithmetic far from chrono's limits.
    if !(0.0..=10_000.0).contains(&amount) {
        return "PAST_REF".to_string();
    }
    match u {
        "D" => resolve::day(resolve::shift(r, -(amount as i64))),
        "W" => resolve::week(resolve::shift(r, -((amount * 7.0) as i64))),
        "M" => {
            let d = resolve::add_months(r, -(amount as i32));
            format!("{}-{:02}", d.year(), d.month())
        }
        "Y" if amount.fract() != 0.0 => {
            let d = resolve::add_months(r, -((amount * 12.0) as i32));
            format!("{}-{:02}", d.year(), d.month())
        }
        "Y" => (r.year() - amount as i32).to_string(),
        "DE" => format!("{}", r.year() - (amount * 10.0) as i32),
        _ => resolve::day(r),
    }
}

/// `cette semaine`, `la semaine dernière`, `ce week-end`, `cette année`,
/// `l'année dernière`, `le mois prochain`, `ces derniers jours`, `last
/// week`, `this year`.
fn anchored(v: &View, i: usize, ctx: &Ctx) -> Option<Match> {
    let mut k = i;
    let mut dir = 0;
    // "ces derniers jours", "ces dernières semaines": a vague duration.
    if v.fr() && v.w(k) == "ces" && v.direction(k + 1) == Some(-1) {
        let (u, _) = unit(v.w(k + 2), v.lang)?;
        return m(
            k + 3,
            TimexType::Duration,
            format!("PX{}", u.chars().next().unwrap_or('X')),
        );
    }
    if v.is(k, &["ce", "cet", "cette", "this"]) {
        k += 1;
    } else if v.is(k, &["la", "le"]) || (v.w(k) == "l" && v.w(k + 1) == "'") {
        k += if v.w(k) == "l" { 2 } else { 1 };
        // "la semaine dernière": the direction comes after.
    } else if let Some(d) = v.direction(k).filter(|_| !v.fr()) {
        dir = d;
        k += 1;
    } else {
        return None;
    }
    let what = v.w(k);
    let what = match what {
        "semaine" | "week" => "W",
        "week-end" | "weekend" => "WE",
        "annee" | "an" | "year" => "Y",
        "mois" | "month" => "M",
        _ => return None,
    };
    k += 1;
    if v.fr() {
        if let Some(d) = v.direction(k) {
            dir = d;
            k += 1;
        } else if v.w(k) == "-" && v.w(k + 1) == "ci" {
            k += 2;
        } else if v.w(i) == "la" || v.w(i) == "le" || v.w(i) == "l" {
            // "la semaine" alone is not anchored.
            return None;
        }
    }
    let r = ctx.reference;
    let value = match (what, r) {
        ("W", Some(r)) => resolve::week(resolve::shift(r, 7 * dir as i64)),
        ("WE", Some(r)) => {
            // Said early in the week, "ce week-end" is the one just past.
            let early = dir == 0 && r.weekday().number_from_monday() <= 3;
            let shift = if early { -7 } else { 7 * dir as i64 };
            format!("{}-WE", resolve::week(resolve::shift(r, shift)))
        }
        ("Y", Some(r)) => (r.year() + dir).to_string(),
        ("M", Some(r)) => {
            let d = resolve::add_months(r, dir);
            format!("{}-{:02}", d.year(), d.month())
        }
        (w, None) => format!("XXXX-{w}"),
        _ => return None,
    };
    m(k, TimexType::Date, value)
}

/// `été`, `cet été`, `l'hiver 2019`, `last summer`.
fn season_date(v: &View, i: usize, ctx: &Ctx) -> Option<Match> {
    let mut k = i;
    let mut anchored = false;
    if v.is(k, &["cet", "cette", "this"]) {
        anchored = true;
        k += 1;
    }
    let s = season(v.w(k), v.lang)?;
    // French "été" is also the participle of "être" ("a été"): as a season
    // it follows an article or a preposition, or precedes a year.
    let after_article = i > 1 && v.w(i - 1) == "'" && v.w(i - 2) == "l";
    let capitalised = v.toks.get(k).is_some_and(|t| t.cap);
    let season_cue = anchored
        || capitalised
        || v.year(k + 1, false).is_some()
        || after_article
        || (i > 0 && v.is(i - 1, &["en", "cet", "le", "au"]));
    // "Jeux d'hiver" is a kind of games, not a season.
    if v.fr() && !season_cue {
        return None;
    }
    k += 1;
    let year = v.year(k, false);
    if year.is_some() {
        k += 1;
    }
    let value = match (year, ctx.reference) {
        (Some(y), _) => format!("{y}-{s}"),
        (None, Some(r)) if anchored => format!("{}-{s}", r.year()),
        _ => format!("XXXX-{s}"),
    };
    m(k, TimexType::Date, value)
}

/// `chaque jour`, `tous les jeudis`, `tous les ans`, `every week`.
fn set(v: &View, i: usize, _: &Ctx) -> Option<Match> {
    let k = if v.is(i, &["chaque", "every", "each"]) {
        i + 1
    } else if v.w(i) == "tous" && v.w(i + 1) == "les" || v.w(i) == "toutes" && v.w(i + 1) == "les" {
        i + 2
    } else {
        return None;
    };
    if let Some(wd) = v.weekday(k) {
        return m(k + 1, TimexType::Set, format!("XXXX-WXX-{wd}"));
    }
    let (u, is_time) = unit(v.w(k), v.lang)?;
    m(k + 1, TimexType::Set, duration_value(Some(1.0), u, is_time))
}

/// `désormais`, `actuellement`, `auparavant`, `now`, `currently`; and the
/// French nouns and adjectives of periods: `quinquennat`, `semestre`,
/// `annuel`; `le matin même`.
fn reference(v: &View, i: usize, ctx: &Ctx) -> Option<Match> {
    if v.fr() {
        let period = match v.w(i) {
            "quinquennat" | "quinquennats" => Some("P5Y"),
            "septennat" | "septennats" => Some("P7Y"),
            "semestre" | "semestres" => Some("P6M"),
            "trimestre" | "trimestres" => Some("P3M"),
            _ => None,
        };
        if let Some(p) = period {
            return m(i + 1, TimexType::Duration, p.to_string());
        }
        if matches!(v.w(i), "annuel" | "annuelle" | "annuels" | "annuelles") {
            return m(i + 1, TimexType::Set, "P1Y".to_string());
        }
        if v.is(i, &["le", "la"]) && v.w(i + 2) == "meme" {
            if let Some(part) = part_of_day(v.w(i + 1), v.lang) {
                let value = part_of(ctx.last_date, part);
                return m(i + 3, TimexType::Time, value);
            }
        }
    }
    let value = match v.w(i) {
        "desormais" | "actuellement" | "maintenant" | "now" | "currently" | "nowadays" => {
            "PRESENT_REF"
        }
        "auparavant" | "autrefois" | "formerly" => "PAST_REF",
        _ => return None,
    };
    m(i + 1, TimexType::Time, value.to_string())
}
