//! The marks of wire copy: datelines and agency credits.
//!
//! A dispatch opens on a dateline that says where and by whom it was filed
//! (`WASHINGTON (Reuters) - `, `PARIS, 3 mars (AFP) — `, `AP - `,
//! `(CNN) — `). Extraction reads it for the outlet; summaries drop it,
//! since the sources list already tells what it tells; entity typing
//! knows an agency for an organisation. One reader and one list of
//! agencies serve them all, so that what one stage credits another removes.

/// News agencies, as they spell themselves, in French and English copy.
/// The list is general knowledge of the news trade, not taken from any
/// page.
pub const AGENCIES: &[&str] = &[
    "AFP",
    "Agence France-Presse",
    "Reuters",
    "AP",
    "Associated Press",
    "ANSA",
    "DPA",
    "EFE",
    "Belga",
    "ATS",
    "Keystone-ATS",
    "Anadolu",
    "TASS",
    "RIA Novosti",
    "Interfax",
    "Sputnik",
    "Xinhua",
    "Kyodo",
    "Yonhap",
    "Bloomberg",
    "UPI",
    "PA",
    "Press Association",
    "Canadian Press",
    "La Presse Canadienne",
];

/// The agency `name` is, spelled as [`AGENCIES`] spells it ("REUTERS" is
/// Reuters); case and surrounding space do not matter.
pub fn agency(name: &str) -> Option<&'static str> {
    let name = name.trim();
    AGENCIES
        .iter()
        .find(|a| a.eq_ignore_ascii_case(name))
        .copied()
}

/// Whether a word of running text names an agency: spelled as the agency
/// spells itself or in capitals ("AP", "REUTERS"), so that "Pa." (a
/// state) and "ap" are none.
pub fn is_agency_word(word: &str) -> bool {
    agency(word).is_some_and(|a| a == word || !word.chars().any(char::is_lowercase))
}

/// Whether `s` is a site's address used as a credit ("SPACE.com",
/// "FT.com", "lemonde.fr"): a name without spaces and a common top-level
/// domain.
pub fn is_site_address(s: &str) -> bool {
    let s = s.trim();
    let Some((name, tld)) = s.rsplit_once('.') else {
        return false;
    };
    matches!(
        tld.to_ascii_lowercase().as_str(),
        "com" | "net" | "org" | "fr" | "uk" | "info"
    ) && name.chars().count() >= 2
        && s.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-'))
}

/// The dateline a dispatch opens on, read by [`dateline`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dateline<'a> {
    /// What comes before the credit or the dash: the place ("WASHINGTON",
    /// "WASHINGTON, Oct 17", "Paris"), a day in capitals ("NOVEMBER 12,
    /// 2004"), an agency or a site alone ("AP", "SPACE.com"), or nothing
    /// ("(CNN) — ").
    pub head: &'a str,
    /// The credit in brackets before the dash, if any ("Reuters", "CBS.MW").
    pub credit: Option<&'a str>,
    /// The text after the dateline.
    pub rest: &'a str,
}

/// How far into a text the dash that ends a dateline may be, in bytes.
const DATELINE_MAX: usize = 80;

/// The dateline `s` opens on, if it opens on one: a place in capitals
/// (`BEYROUTH — `), or one followed by an agency in brackets
/// (`Paris (AFP) - `), capitalised words followed by a credit naming an
/// agency or a site (`By JANE DOE CARSON CITY, Nev. (AP) -- `), a day in
/// capitals (`DECEMBER 10, 2004 -- `), an agency or a site alone
/// (`AP - `, `FT.com - `), or a wire's credit alone (`(CNN) — `); then a
/// dash and what reads as the start of a sentence. A dash inside a
/// sentence ("NATO - the alliance that won…", "EU – Britain talks…") is
/// none.
pub fn dateline(s: &str) -> Option<Dateline<'_>> {
    dateline_from(s, None)
}

/// [`dateline`] for a dispatch of `outlet`, whose name makes a credit
/// even where no list knows it ("NewsFactor - Microsoft has…").
pub fn dateline_from<'s>(s: &'s str, outlet: Option<&str>) -> Option<Dateline<'s>> {
    dateline_with_places(s, outlet, |_| false)
}

/// [`dateline_from`], with `is_place` telling which names (lowercase) are
/// places, as a gazetteer this crate does not hold knows them: a known
/// place in capitals also ends a dateline at a colon glued to it
/// ("LONDON: EMI reported…") or with no mark at all ("AMSTERDAM Cyclist
/// Leontien Zijlaard-Van Moorsel won…").
pub fn dateline_with_places<'s>(
    s: &'s str,
    outlet: Option<&str>,
    is_place: impl Fn(&str) -> bool,
) -> Option<Dateline<'s>> {
    dateline_crediting(s, |c| {
        agency(c).is_some() || is_site_address(c) || outlet == Some(c)
    })
    .or_else(|| colon_dateline(s, &is_place))
    .or_else(|| bare_dateline(s, &is_place))
}

/// Whether `town` is written as a dateline's place: in capitals, three
/// words at most, three letters at least.
fn in_capitals(town: &str) -> bool {
    town.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && town.split_whitespace().count() <= 3
        && town
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '-'))
}

/// A dateline that a colon ends, with a place in capitals and a day, or a
/// space before the colon ("ATHENS, Aug 27: Australia won…", "ATHENS :
/// Dutch cycling great…"). A short name in capitals glued to its colon is a
/// subject as often ("NATO: The alliance met…"); a long one ("BAGHDAD:
/// Members of…") or a known one ("LONDON:") is a place.
fn colon_dateline<'s>(s: &'s str, is_place: &impl Fn(&str) -> bool) -> Option<Dateline<'s>> {
    let at = s
        .char_indices()
        .take_while(|&(i, _)| i < DATELINE_MAX)
        .find(|&(_, c)| c == ':')?
        .0;
    let head = s[..at].trim_end();
    let rest = s[at + 1..].trim_start();
    let starts_sentence = rest
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || "«\"“".contains(c));
    let town = town_of(head);
    let letters = town.chars().filter(|c| c.is_alphabetic()).count();
    let set_apart = s[..at].ends_with(' ')
        || town.len() < head.len()
        || letters >= 7
        || is_place(&town.to_lowercase());
    (starts_sentence && in_capitals(town) && set_apart).then_some(Dateline {
        head,
        credit: None,
        rest,
    })
}

/// A known place in capitals that opens the sentence with no mark after
/// it, before a capitalised word written otherwise ("AMSTERDAM Cyclist
/// …"; "NASA Scientists found…" names no place).
fn bare_dateline<'s>(s: &'s str, is_place: &impl Fn(&str) -> bool) -> Option<Dateline<'s>> {
    let end: usize = s
        .split(' ')
        .take(3)
        .take_while(|w| {
            w.chars().any(char::is_alphabetic)
                && w.chars().all(|c| c.is_uppercase() || c == '-' || c == '.')
        })
        .map(|w| w.len() + 1)
        .sum();
    let head = s.get(..end)?.trim_end();
    let rest = s.get(end..)?;
    let next = rest.split(' ').next()?;
    let written_otherwise =
        next.starts_with(char::is_uppercase) && next.chars().any(char::is_lowercase);
    (in_capitals(head) && written_otherwise && is_place(&head.to_lowercase())).then_some(Dateline {
        head,
        credit: None,
        rest,
    })
}

/// [`dateline`], with `is_source` telling which credits name a source
/// (extraction also knows newspapers: `Paris (Le Figaro) - `).
pub fn dateline_crediting(s: &str, is_source: impl Fn(&str) -> bool) -> Option<Dateline<'_>> {
    // The dash that ends a dateline comes early, with a space after it
    // and a space or a bracket before it ("Kremlin-backed" has neither);
    // some wires glue it to the sentence ("LONDON -Nathan Astle's 145",
    // "SYDNEY (Dow Jones)--China Mobile…").
    let bytes = s.as_bytes();
    let (at, dash) = s
        .char_indices()
        .take_while(|&(i, _)| i < DATELINE_MAX)
        .find(|&(i, c)| {
            // "WASHINGTON -- The price…": a doubled hyphen is one dash.
            let after = &s[i + c.len_utf8()..];
            let after = if c == '-' {
                after.strip_prefix('-').unwrap_or(after)
            } else {
                after
            };
            matches!(c, '-' | '–' | '—')
                && i > 0
                && matches!(bytes[i - 1], b' ' | b')')
                && (after.starts_with(' ') || after.starts_with(char::is_uppercase))
        })?;
    let head = s[..at].trim_end();
    let after = &s[at + dash.len_utf8()..];
    let rest = if dash == '-' {
        after.strip_prefix('-').unwrap_or(after)
    } else {
        after
    }
    .trim_start();
    let (place, credit) = match head
        .strip_suffix(')')
        .and_then(|h| h.rfind('(').map(|o| (o, h)))
    {
        Some((open, h)) => (h[..open].trim_end(), Some(h[open + 1..].trim())),
        None => (head, None),
    };
    // A credit that names its source (an agency, a site) makes the line a
    // dateline after any capitalised words ("By RACHEL KONRAD CARSON CITY,
    // Nev. (AP) -- "), not after a phrase ("Le porte-parole de l'agence
    // (ANSA) – Marco Rossi – a confirmé"), and whatever follows it
    // ("SAN JOSE, Calif. (Reuters) - eBay Inc. said…"); a short acronym
    // ("CNN") does with a place.
    let named = credit.is_some_and(&is_source);
    let starts_sentence = rest
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "«\"“'".contains(c));
    if !(starts_sentence || (named && !rest.is_empty())) {
        return None;
    }
    let wire = named
        || credit.is_some_and(|c| {
            (2..=6).contains(&c.len()) && c.chars().all(|c| c.is_ascii_uppercase())
        });
    let town = town_of(place);
    let letters = |t: &str| t.chars().filter(|c| c.is_alphabetic()).count();
    // "BRUSSELS/SAO PAULO": two places ("AC/DC" is none).
    let shaped = town.split_whitespace().count() <= 4
        && town
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '\'' | '’' | '-' | '/'))
        && town.split('/').all(|t| letters(t) >= 3);
    let capitals = letters(town) >= 3 && town.chars().all(|c| !c.is_lowercase());
    let capitalised = place
        .split_whitespace()
        .all(|w| !w.starts_with(char::is_lowercase));
    let alone = credit.is_none() && is_source(place);
    let ok = if place.is_empty() {
        wire
    } else {
        (named && capitalised)
            || alone
            || day_in_capitals(place)
            || shaped && (capitals || wire && town.chars().next().is_some_and(char::is_uppercase))
    };
    ok.then_some(Dateline {
        head: place,
        credit,
        rest,
    })
}

/// The place of a dateline's head, without the day that may follow it
/// ("WASHINGTON, Oct 17", "MOSCOW. Oct 5", "Vatican, Sep. 13"). A day in
/// capitals is a heading's, not a dateline's ("SAMEDI 12 MARS – Le club
/// organise un loto"): it stays, and the head is no place.
fn town_of(place: &str) -> &str {
    let town = place.split(',').next().unwrap_or("").trim();
    // Words of a day ("Oct 5", "3 mars"), from the end; only a month
    // written in lowercase makes them a day ("ABOUT 40" is no place and a
    // day).
    let mut cut = town;
    let mut month = false;
    while let Some((before, word)) = cut.rsplit_once(' ') {
        if is_month(&word.to_lowercase()) && word.chars().any(char::is_lowercase) {
            month = true;
        } else if !word.chars().all(|c| c.is_ascii_digit()) {
            break;
        }
        cut = before.trim_end();
    }
    if month { cut } else { town }.trim_end_matches('.')
}

/// "NOVEMBER 12, 2004", "DECEMBER 10, 2004": a trade paper's dateline
/// gives the day in capitals where a wire gives the place.
fn day_in_capitals(place: &str) -> bool {
    let mut words = place.split([' ', ',']).filter(|w| !w.is_empty());
    words
        .next()
        .is_some_and(|m| !m.chars().any(char::is_lowercase) && is_month(&m.to_lowercase()))
        && words.all(|w| w.chars().all(|c| c.is_ascii_digit()))
        && place.chars().any(|c| c.is_ascii_digit())
}

/// Whether `lower` names a month, in English or French, in full or as
/// wires abbreviate it ("sept").
fn is_month(lower: &str) -> bool {
    matches!(
        lower.trim_end_matches('.'),
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "janvier"
            | "février"
            | "mars"
            | "avril"
            | "mai"
            | "juin"
            | "juillet"
            | "août"
            | "septembre"
            | "octobre"
            | "novembre"
            | "décembre"
    )
}

/// The Associated Press's abbreviations of US states (those not written
/// out) and the states they stand for, as datelines, addresses and
/// headlines use them ("Tacoma, Wash.", "Strong Earthquake Strikes Central
/// Calif."), without their period.
const STATE_ABBREVIATIONS: &[(&str, &str)] = &[
    ("Ala", "Alabama"),
    ("Ariz", "Arizona"),
    ("Ark", "Arkansas"),
    ("Calif", "California"),
    ("Colo", "Colorado"),
    ("Conn", "Connecticut"),
    ("Del", "Delaware"),
    ("Fla", "Florida"),
    ("Ga", "Georgia"),
    ("Ill", "Illinois"),
    ("Ind", "Indiana"),
    ("Kan", "Kansas"),
    ("Kans", "Kansas"),
    ("Ky", "Kentucky"),
    ("La", "Louisiana"),
    ("Md", "Maryland"),
    ("Mass", "Massachusetts"),
    ("Mich", "Michigan"),
    ("Minn", "Minnesota"),
    ("Miss", "Mississippi"),
    ("Mo", "Missouri"),
    ("Mont", "Montana"),
    ("Neb", "Nebraska"),
    ("Nev", "Nevada"),
    ("Okla", "Oklahoma"),
    ("Ore", "Oregon"),
    ("Pa", "Pennsylvania"),
    ("Tenn", "Tennessee"),
    ("Tex", "Texas"),
    ("Vt", "Vermont"),
    ("Va", "Virginia"),
    ("Wash", "Washington"),
    ("Wis", "Wisconsin"),
    ("Wyo", "Wyoming"),
];

/// The state an AP abbreviation stands for ("Calif" → "California").
pub fn state_name(abbreviation: &str) -> Option<&'static str> {
    STATE_ABBREVIATIONS
        .iter()
        .find(|(a, _)| *a == abbreviation)
        .map(|&(_, name)| name)
}

/// Whether a word is an AP abbreviation of a US state (see [`state_name`]).
pub fn is_state_abbreviation(w: &str) -> bool {
    state_name(w).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agencies_are_spelled_as_they_spell_themselves() {
        assert_eq!(agency(" REUTERS "), Some("Reuters"));
        assert_eq!(agency("associated press"), Some("Associated Press"));
        assert_eq!(agency("Reuters Health"), None);
        assert!(is_agency_word("AP") && is_agency_word("REUTERS") && is_agency_word("Reuters"));
        assert!(!is_agency_word("Pa") && !is_agency_word("ap"));
        assert!(is_site_address("SPACE.com"));
        assert!(!is_site_address("Inc."));
        assert!(!is_site_address("St. Louis"));
    }

    #[test]
    fn a_dateline_has_its_parts() {
        let d = dateline("WASHINGTON, Oct 17 (AP) — The Senate passed the bill.");
        assert_eq!(
            d,
            Some(Dateline {
                head: "WASHINGTON, Oct 17",
                credit: Some("AP"),
                rest: "The Senate passed the bill.",
            })
        );
        let d = dateline("SPACE.com - TORONTO, Canada -- A second team of rocketeers");
        assert_eq!(d.map(|d| (d.head, d.credit)), Some(("SPACE.com", None)));
        let d = dateline("MOSCOW. Oct 5 (Interfax) - Boris Gryzlov said on Tuesday.");
        assert_eq!(d.map(|d| d.credit), Some(Some("Interfax")));
        let d = dateline("BRUSSELS/SAO PAULO - Shareholders gave their blessing on Friday.");
        assert_eq!(d.map(|d| d.head), Some("BRUSSELS/SAO PAULO"));
        // A byline before the place: the agency's credit tells.
        let d = dateline("By JANE DOE    CARSON CITY, Nev. (AP) -- In what could become a model…");
        assert_eq!(d.map(|d| d.credit), Some(Some("AP")));
        // A named credit whatever follows it.
        let d = dateline("SAN JOSE, Calif. (Reuters) - eBay Inc. said on Monday.");
        assert_eq!(d.map(|d| d.rest), Some("eBay Inc. said on Monday."));
        // A colon ends it after a place in capitals set apart or dated.
        let d = dateline("ATHENS : Dutch cycling great Leontien Zijlaard-van Moorsel won.");
        assert_eq!(d.map(|d| d.head), Some("ATHENS"));
        let known = |p: &str| matches!(p, "london" | "amsterdam");
        let d = dateline_with_places("LONDON: EMI reported a drop in profits.", None, known);
        assert_eq!(d.map(|d| d.rest), Some("EMI reported a drop in profits."));
        let d = dateline_with_places("AMSTERDAM Cyclist Leontien won the gold.", None, known);
        assert_eq!(d.map(|d| d.head), Some("AMSTERDAM"));
        let s = "NASA Scientists found water on the Moon.";
        assert_eq!(dateline_with_places(s, None, known), None);
        let d = dateline("BAGHDAD: Members of the militia began handing back their weapons.");
        assert_eq!(d.map(|d| d.head), Some("BAGHDAD"));
        let d = dateline("ATHENS, Aug 27: Australia won the men's hockey tournament.");
        assert_eq!(
            d.map(|d| d.rest),
            Some("Australia won the men's hockey tournament.")
        );
        let d = dateline("(CNN) — Lebanon woke up without a government.");
        assert_eq!(d.map(|d| (d.head, d.credit)), Some(("", Some("CNN"))));
        for none in [
            "NATO - the alliance that won the Cold War - meets today.",
            "EU – Britain talks resumed in Brussels on Monday morning.",
            "Le Kremlin-backed plan - which Paris rejects - was voted.",
            "ABOUT 40 (PEOPLE) - The rest of the sentence goes on here.",
            "Coca-Cola said on Monday.",
            "Le porte-parole de l'agence italienne (ANSA) – Marco Rossi – a confirmé la nouvelle.",
            "SAMEDI 12 MARS – Le club organise un loto à la salle des fêtes.",
            "AC/DC - The band announced a new world tour on Monday.",
            "NATO: The alliance met in Brussels on Monday.",
            "OTAN : les alliés se sont réunis lundi à Bruxelles.",
        ] {
            assert_eq!(dateline(none), None, "{none}");
        }
    }
}
