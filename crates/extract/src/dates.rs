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
    let [dmy_text, mdy_text, ymd, dmy] = regexes();
    let ymd_of = |y: &str, m: u32, d: &str| -> Option<PubDate> {
        NaiveDate::from_ymd_opt(y.parse().ok()?, m, d.parse().ok()?).map(PubDate::Date)
    };
    let mut best: Option<(usize, PubDate)> = None;
    let mut consider = |pos: usize, d: Option<PubDate>| {
        if let Some(d) = d {
            if best.as_ref().is_none_or(|(p, _)| pos < *p) {
                best = Some((pos, d));
            }
        }
    };
    if let Some(c) = dmy_text.captures(s) {
        consider(
            c.get(0).map_or(0, |m| m.start()),
            month(&c[2]).and_then(|m| ymd_of(&c[3], m, &c[1])),
        );
    }
    if let Some(c) = mdy_text.captures(s) {
        consider(
            c.get(0).map_or(0, |m| m.start()),
            month(&c[1]).and_then(|m| ymd_of(&c[3], m, &c[2])),
        );
    }
    if let Some(c) = ymd.captures(s) {
        consider(
            c.get(0).map_or(0, |m| m.start()),
            c[2].parse().ok().and_then(|m| ymd_of(&c[1], m, &c[3])),
        );
    }
    if let Some(c) = dmy.captures(s) {
        consider(
            c.get(0).map_or(0, |m| m.start()),
            c[2].parse().ok().and_then(|m| ymd_of(&c[3], m, &c[1])),
        );
    }
    best.map(|(_, d)| d)
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
