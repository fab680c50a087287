//! Publication dates: a calendar date, optionally with a time and an offset.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A publication date as precise as the source gives it.
///
/// Pages often give a bare date, sometimes a local time without an offset,
/// sometimes a full timestamp; collapsing them all to a timestamp would invent
/// precision, so the three cases stay distinct. Serialised as ISO 8601.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PubDate {
    /// `2020-02-28`
    Date(NaiveDate),
    /// `2020-02-28T10:15:00`
    Local(NaiveDateTime),
    /// `2020-02-28T10:15:00+01:00`
    Zoned(DateTime<FixedOffset>),
}

/// A string that is not an ISO 8601 date or date-time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PubDateError(pub String);

impl fmt::Display for PubDateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not an ISO 8601 date: {:?}", self.0)
    }
}

impl std::error::Error for PubDateError {}

impl PubDate {
    /// The calendar date (in the source's own time zone).
    pub fn date(&self) -> NaiveDate {
        match self {
            PubDate::Date(d) => *d,
            PubDate::Local(dt) => dt.date(),
            PubDate::Zoned(dt) => dt.date_naive(),
        }
    }

    /// Parses ISO 8601 and its common relatives: `2020-02-28`,
    /// `2020-02-28T10:15`, `2020-02-28 10:15:00`, `2020-02-28T10:15:00Z`,
    /// `2020-02-28T10:15:00.123+0100`. Returns `None` for anything else.
    pub fn parse_iso(s: &str) -> Option<PubDate> {
        let s = s.trim();
        if s.len() < 10 || !s.is_char_boundary(10) {
            return None;
        }
        let date = NaiveDate::parse_from_str(&s[..10], "%Y-%m-%d").ok()?;
        let rest = s[10..].trim_start_matches(['T', ' ', 't']);
        if rest.is_empty() {
            return Some(PubDate::Date(date));
        }
        if let Ok(dt) = DateTime::parse_from_rfc3339(&format!("{}T{}", &s[..10], rest)) {
            return Some(PubDate::Zoned(dt));
        }
        // Offsets without a colon (`+0100`) and times without seconds.
        let (time_part, offset) = split_offset(rest);
        let time = ["%H:%M:%S%.f", "%H:%M:%S", "%H:%M"]
            .iter()
            .find_map(|f| NaiveTime::parse_from_str(time_part, f).ok())?;
        let local = date.and_time(time);
        match offset {
            None => Some(PubDate::Local(local)),
            Some(off) => local
                .and_local_timezone(off)
                .single()
                .map(PubDate::Zoned)
                .or(Some(PubDate::Local(local))),
        }
    }

    /// Parses the dates of RSS (`pubDate`, RFC 822 as RFC 2822 revised
    /// it): `Tue, 10 Jun 2003 04:00:00 GMT`, `10 Jun 2003 04:00 +0200`.
    /// The weekday is skipped unread (feeds write it in their own
    /// language, or wrong), and feeds that put ISO 8601 there are read as
    /// such. Returns `None` for anything else.
    pub fn parse_rfc2822(s: &str) -> Option<PubDate> {
        let s = s.trim();
        let undated = match s.split_once(',') {
            Some((day, rest)) if day.chars().all(char::is_alphabetic) => rest.trim(),
            _ => s,
        };
        DateTime::parse_from_rfc2822(undated)
            .ok()
            .map(PubDate::Zoned)
            .or_else(|| PubDate::parse_iso(s))
    }
}

fn split_offset(rest: &str) -> (&str, Option<FixedOffset>) {
    if let Some(t) = rest.strip_suffix(['Z', 'z']) {
        return (t, FixedOffset::east_opt(0));
    }
    if let Some(pos) = rest.rfind(['+', '-']) {
        let (t, off) = rest.split_at(pos);
        let sign = if off.starts_with('-') { -1 } else { 1 };
        let digits: String = off[1..].chars().filter(|c| c.is_ascii_digit()).collect();
        if digits.len() == 4 || digits.len() == 2 {
            let h: i32 = digits[..2].parse().unwrap_or(99);
            let m: i32 = digits.get(2..).and_then(|m| m.parse().ok()).unwrap_or(0);
            if h < 15 && m < 60 {
                return (t, FixedOffset::east_opt(sign * (h * 3600 + m * 60)));
            }
        }
    }
    (rest, None)
}

impl fmt::Display for PubDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PubDate::Date(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            PubDate::Local(dt) => write!(f, "{}", dt.format("%Y-%m-%dT%H:%M:%S")),
            PubDate::Zoned(dt) => write!(f, "{}", dt.to_rfc3339()),
        }
    }
}

impl FromStr for PubDate {
    type Err = PubDateError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PubDate::parse_iso(s).ok_or_else(|| PubDateError(s.to_string()))
    }
}

impl Serialize for PubDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PubDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rss_dates() {
        let cases = [
            ("Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00+00:00"),
            (
                "Mon, 3 Feb 2020 18:30:00 +0100",
                "2020-02-03T18:30:00+01:00",
            ),
            // French month names are no RFC 2822.
            ("mer., 28 févr. 2020", ""),
            // A French weekday, no seconds.
            ("Ven, 28 Feb 2020 09:05 +0200", "2020-02-28T09:05:00+02:00"),
            ("2020-02-28T10:15:00Z", "2020-02-28T10:15:00+00:00"),
        ];
        for (input, want) in cases {
            let got = PubDate::parse_rfc2822(input).map(|d| d.to_string());
            assert_eq!(got.as_deref().unwrap_or(""), want, "{input}");
        }
    }

    #[test]
    fn parses_common_iso_forms() {
        let cases = [
            ("2020-02-28", "2020-02-28"),
            ("2020-02-28T10:15", "2020-02-28T10:15:00"),
            ("2020-02-28 10:15:00", "2020-02-28T10:15:00"),
            ("2020-02-28T10:15:00Z", "2020-02-28T10:15:00+00:00"),
            ("2020-02-28T10:15:00+01:00", "2020-02-28T10:15:00+01:00"),
            (
                "2020-02-28T10:15:00.123+0100",
                "2020-02-28T10:15:00.123+01:00",
            ),
        ];
        for (input, want) in cases {
            let got = PubDate::parse_iso(input).unwrap_or_else(|| panic!("{input}"));
            assert_eq!(got.to_string(), want, "{input}");
        }
    }

    #[test]
    fn rejects_non_dates() {
        for bad in [
            "",
            "yesterday",
            "2020-13-01",
            "28/02/2020",
            "2020-02-28Tnoon",
        ] {
            assert!(PubDate::parse_iso(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn display_and_parse_round_trip() {
        for s in [
            "2021-09-29",
            "2021-09-29T08:30:00",
            "2021-09-29T08:30:00+03:00",
        ] {
            let d: PubDate = s.parse().unwrap();
            assert_eq!(d.to_string(), s);
            assert_eq!(d.date().to_string(), "2021-09-29");
        }
    }
}
