//! Publication dates as pages write them: ISO 8601, RFC 2822, numeric and
//! textual dates in French, English and German, and dates inside URLs.

use std::sync::OnceLock;

use chrono::{DateTime, NaiveDate};
use gazette_model::PubDate;
use regex::Regex;

const MONTHS: &[(&str, u32)] = &[
    ("janvier", 1),
    ("janv", 1),
    ("january", 1),
    ("jan", 1),
    ("januar", 1),
    ("jänner", 1),
    ("février", 2),
    ("fevrier", 2),
    ("févr", 2),
    ("fevr", 2),
    ("fév", 2),
    ("february", 2),
    ("feb", 2),
    ("februar", 2),
    ("mars", 3),
    ("march", 3),
    ("mar", 3),
    ("märz", 3),
    ("avril", 4),
    ("avr", 4),
    ("april", 4),
    ("apr", 4),
    ("mai", 5),
    ("may", 5),
    ("juin", 6),
    ("june", 6),
    ("jun", 6),
    ("juni", 6),
    ("juillet", 7),
    ("juil", 7),
    ("july", 7),
    ("jul", 7),
    ("juli", 7),
    ("août", 8),
    ("aout", 8),
    ("august", 8),
    ("aug", 8),
    ("septembre", 9),
    ("sept", 9),
    ("september", 9),
    ("sep", 9),
    ("octobre", 10),
    ("oct", 10),
    ("october", 10),
    ("oktober", 10),
    ("okt", 10),
    ("novembre", 11),
    ("nov", 11),
    ("november", 11),
    ("décembre", 12),
    ("decembre", 12),
    ("déc", 12),
    ("dec", 12),
    ("december", 12),
    ("dezember", 12),
    ("dez", 12),
];

fn month(name: &str) -> Option<u32> {
    let n = name.trim_end_matches('.').to_lowercase();
    MONTHS.iter().find(|(m, _)| *m == n).map(|(_, v)| *v)
}

fn regexes() -> &'static [Regex; 4] {
    static RE: OnceLock<[Regex; 4]> = OnceLock::new();
    RE.get_or_init(|| {
        [
            // 28 février 2020, 1er mars 2020, 28. Februar 2020
            Regex::new(r"(?i)(?-u:\b)(\d{1,2})(?:er|st|nd|rd|th)?\.?\s+([a-zéûäè]{3,9}\.?)\s+(\d{4})(?-u:\b)")
                .expect("valid"),
            // February 28, 2020 / Feb. 28 2020
            Regex::new(r"(?i)(?-u:\b)([a-zéûäè]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?-u:\b)")
                .expect("valid"),
            // 2020/02/28, 2020.02.28
            Regex::new(r"(?-u:\b)((?:19|20)\d{2})[/.](\d{1,2})[/.](\d{1,2})(?-u:\b)").expect("valid"),
            // 28/02/2020, 28.02.2020, 28-02-2020 (day first, as in Europe)
            Regex::new(r"(?-u:\b)(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})(?-u:\b)").expect("valid"),
        ]
    })
}

/// Parses a date string from page metadata or a dateline.
pub fn parse_date(s: &str) -> Option<PubDate> {
    let s = s.trim();
    if s.is_empty() || s.len() > 200 {
        return None;
    }
    if let Some(d) = PubDate::parse_iso(s) {
        return Some(d);
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(PubDate::Zoned(dt));
    }
    find_date(s)
}

/// Finds the first date written out in running text ("Publié le 28 février
/// 2020 à 10h", "Updated Feb. 28, 2020").
pub fn find_date(s: &str) -> Option<PubDate> {
    find_date_at(s).map(|(_, d)| d)
}

/// [`find_date`] with the byte range of the date in `s`.
fn find_date_at(s: &str) -> Option<(std::ops::Range<usize>, PubDate)> {
    let [dmy_text, mdy_text, ymd, dmy] = regexes();
    let ymd_of = |y: &str, m: u32, d: &str| -> Option<PubDate> {
        NaiveDate::from_ymd_opt(y.parse().ok()?, m, d.parse().ok()?).map(PubDate::Date)
    };
    let mut best: Option<(std::ops::Range<usize>, PubDate)> = None;
    let mut consider = |c: &regex::Captures<'_>, d: Option<PubDate>| {
        if let (Some(d), Some(m)) = (d, c.get(0)) {
            if best.as_ref().is_none_or(|(r, _)| m.start() < r.start) {
                best = Some((m.range(), d));
            }
        }
    };
    if let Some(c) = dmy_text.captures(s) {
        consider(&c, month(&c[2]).and_then(|m| ymd_of(&c[3], m, &c[1])));
    }
    if let Some(c) = mdy_text.captures(s) {
        consider(&c, month(&c[1]).and_then(|m| ymd_of(&c[3], m, &c[2])));
    }
    if let Some(c) = ymd.captures(s) {
        consider(&c, c[2].parse().ok().and_then(|m| ymd_of(&c[1], m, &c[3])));
    }
    if let Some(c) = dmy.captures(s) {
        consider(&c, c[2].parse().ok().and_then(|m| ymd_of(&c[3], m, &c[1])));
    }
    best
}

/// What a page's date line says of its date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stamp {
    /// When the article was first published ("Publié le", "Posted on").
    Published,
    /// When it was last changed ("Mis à jour le", "Updated").
    Updated,
}

/// The date that follows a word saying what it dates, on a line of a
/// flattened page: "AFP, publié le dimanche 28 juin 2020 à 22h39",
/// "Published: November 28, 2005", "Mis à jour le 13/03/2020", or a
/// byline's ("Par Louis Denghien, le 7 septembre 2012").
pub(crate) fn stamped(line: &str, kind: Stamp) -> Option<PubDate> {
    let marker = match kind {
        Stamp::Published => regex!(
            r"(?i)(?:^|[|•·–]\s*)(?:par|by|von)\s|\b(?:publi[ée]e?|mise? en ligne|published|posted|veröffentlicht|erstellt am|publicado|pubblicato)\b"
        ),
        Stamp::Updated => {
            regex!(r"(?i)\b(?:mise? à jour|modifi[ée]e?|actualis[ée]e?|updated|aktualisiert)\b")
        }
    };
    let at = marker.find(line)?.end();
    find_date_at(&line[at..]).map(|(_, d)| d)
}

/// The date of a line that holds nothing else: "August 16, 2011",
/// "TUESDAY, OCTOBER 11, 2011", "Thursday, Aug 18, 2011 12:00 pm",
/// "28/02/2020 - 10:30". Weekdays, clock times and time zones may go with
/// it; any other word makes the line a sentence or a caption.
pub(crate) fn only_date(line: &str) -> Option<PubDate> {
    const BESIDE: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
        "am",
        "pm",
        "a",
        "p",
        "m",
        "h",
        "à",
        "at",
        "um",
        "uhr",
        "le",
        "on",
        "the",
        "gmt",
        "utc",
        "cet",
        "cest",
        "est",
        "edt",
        "pst",
        "pdt",
        "mst",
        "bst",
    ];
    if line.split_whitespace().count() > 10 {
        return None;
    }
    let (range, date) = find_date_at(line)?;
    let rest = [&line[..range.start], &line[range.end..]];
    rest.iter()
        .flat_map(|r| r.split(|c: char| !c.is_alphabetic()))
        .filter(|w| !w.is_empty())
        .all(|w| BESIDE.contains(&w.to_lowercase().as_str()))
        .then_some(date)
}

/// Lines after the headline within which a page gives its date (teasers,
/// a photo and its credit, "À lire aussi" often come between), or more up
/// to the lede.
const DATE_LINES: usize = 12;

/// A line that states a date ("Publié le …", "Posted on: …") is a page's
/// date line only when this short: in a sentence, "publié le 3 mars" is
/// someone else's report.
const MAX_DATE_LINE_WORDS: usize = 16;

/// The publication date a page states under its headline, given its lines
/// (or blocks) in order, the headline's index and the lede's: a line that
/// says so ("AFP, publié le dimanche 28 juin 2020 à 22h39", "Published:
/// November 28, 2005", "Par Louis Denghien, le 7 septembre 2012"), else
/// a line that holds nothing but a date (the one nearest before the lede:
/// "Fiber cable cut in Egypt", "August 16, 2011", then the lede; a blog's
/// "TUESDAY, OCTOBER 11, 2011" may stand right above its post's title; a
/// page's markup often sets the byline and its date apart), else one that
/// gives the last update. It is looked for from the line
/// above the headline to twelve lines under it or the lede: dates in the
/// page header (a ticker's "03 juillet 2020", teasers' dates) and far into
/// the body and after it (readers' comments, other articles on the page)
/// belong to something else. A date after today is none.
pub fn date_line(lines: &[&str], title: Option<usize>, lede: Option<usize>) -> Option<PubDate> {
    let from = title.unwrap_or(0).min(lines.len());
    let to = (from + DATE_LINES).max(lede.unwrap_or(0)).min(lines.len());
    let above = if title.is_some() {
        from.saturating_sub(1)
    } else {
        from
    };
    let stated = |kind: Stamp| {
        lines[above..to].iter().find_map(|l| {
            (l.split_whitespace().count() <= MAX_DATE_LINE_WORDS)
                .then(|| stamped(l, kind))
                .flatten()
        })
    };
    let bare = || {
        let dated: Vec<(usize, PubDate)> = (above..to)
            .filter_map(|i| Some((i, only_date(lines[i])?)))
            .collect();
        dated
            .iter()
            .rev()
            .find(|(i, _)| lede.is_some_and(|l| *i < l))
            .or(dated.first())
            .map(|&(_, d)| d)
    };
    stated(Stamp::Published)
        .or_else(bare)
        .or_else(|| stated(Stamp::Updated))
        .filter(|d| plausible(*d, None))
}

/// Whether `date` can be a publication date: not before the web, not after
/// `reference` (a crawl's date; today when unknown) but for a day of time
/// zones.
pub fn plausible(date: PubDate, reference: Option<NaiveDate>) -> bool {
    let reference = reference.unwrap_or_else(|| chrono::Utc::now().date_naive());
    NaiveDate::from_ymd_opt(1995, 1, 1).is_some_and(|earliest| date.date() >= earliest)
        && date.date() <= reference + chrono::Duration::days(1)
}

/// A date in a URL path: `/2020/02/28/`, `/2020-02-28-`, `/20200228/`.
pub fn date_from_url(url: &str) -> Option<PubDate> {
    let re = regex!(
        r"[/_-]((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)"
    );
    let c = re.captures(url)?;
    NaiveDate::from_ymd_opt(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?)
        .map(PubDate::Date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        let cases = [
            ("2020-02-28T10:00:00+01:00", "2020-02-28T10:00:00+01:00"),
            (
                "Fri, 28 Feb 2020 10:00:00 +0100",
                "2020-02-28T10:00:00+01:00",
            ),
            ("Publié le 28 février 2020 à 10h30", "2020-02-28"),
            ("1er mars 2021", "2021-03-01"),
            ("Updated Feb. 28, 2020, 5:00 PM", "2020-02-28"),
            ("28/02/2020 - 10:30", "2020-02-28"),
            ("2020/02/28", "2020-02-28"),
            ("28. Februar 2020", "2020-02-28"),
        ];
        for (s, want) in cases {
            assert_eq!(
                parse_date(s).map(|d| d.to_string()).as_deref(),
                Some(want),
                "{s}"
            );
        }
        assert_eq!(parse_date("il y a deux heures"), None);
        assert_eq!(parse_date("31/02/2020"), None);
    }

    #[test]
    fn date_lines() {
        let stamped_as = |s: &str, kind| stamped(s, kind).map(|d| d.to_string());
        assert_eq!(
            stamped_as("Published: November 28, 2005", Stamp::Published).as_deref(),
            Some("2005-11-28")
        );
        assert_eq!(
            stamped_as("Posted on: 3:35 pm, December 23, 2012", Stamp::Published).as_deref(),
            Some("2012-12-23")
        );
        // The date after the word that says which it is.
        assert_eq!(
            stamped_as(
                "Mis à jour le 13/03/2020 | Publié le 12/03/2020",
                Stamp::Published
            )
            .as_deref(),
            Some("2020-03-12")
        );
        assert_eq!(stamped_as("Le 12/03/2020", Stamp::Published), None);
        assert_eq!(
            stamped_as(
                "Accueil | Par Loïc Le Clerc | 30 septembre 2018",
                Stamp::Published
            )
            .as_deref(),
            Some("2018-09-30")
        );
        let only = |s: &str| only_date(s).map(|d| d.to_string());
        assert_eq!(
            only("TUESDAY, OCTOBER 11, 2011").as_deref(),
            Some("2011-10-11")
        );
        assert_eq!(
            only("Thursday, Aug 18, 2011 12:00 pm").as_deref(),
            Some("2011-08-18")
        );
        assert_eq!(
            only("le 6 décembre 2012 à 11:48").as_deref(),
            Some("2012-12-06")
        );
        assert_eq!(only("Municipales du 15 mars 2020"), None);
        assert!(!plausible(
            PubDate::Date(NaiveDate::from_ymd_opt(1990, 1, 1).unwrap()),
            None
        ));
    }

    #[test]
    fn urls() {
        assert_eq!(
            date_from_url("https://x.fr/monde/2020/02/28/poutine-erdogan_1.html")
                .map(|d| d.to_string())
                .as_deref(),
            Some("2020-02-28")
        );
        assert_eq!(
            date_from_url("https://x.com/news/20200228-story")
                .map(|d| d.to_string())
                .as_deref(),
            Some("2020-02-28")
        );
        assert_eq!(date_from_url("https://x.com/id/123456789"), None);
    }
}
