//! Calendar arithmetic for resolving relative expressions.

use chrono::{Datelike, Duration, NaiveDate};

/// `YYYY-MM-DD`.
pub fn day(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// `YYYY-Www`, the ISO week.
pub fn week(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{}-W{:02}", w.year(), w.week())
}

/// `d` moved by `n` months (the day clamped to the month's length).
pub fn add_months(d: NaiveDate, n: i32) -> NaiveDate {
    let total = d
        .year()
        .saturating_mul(12)
        .saturating_add(d.month0() as i32)
        .saturating_add(n);
    let (y, m) = (total.div_euclid(12), total.rem_euclid(12) as u32 + 1);
    (1..=d.day())
        .rev()
        .find_map(|dd| NaiveDate::from_ymd_opt(y, m, dd))
        .unwrap_or(d)
}

/// Which occurrence of a weekday an expression means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    /// The most recent one, the reference day included ("jeudi" in a
    /// report: news mostly tells what happened).
    Recent,
    /// The first one from the reference day on ("he will travel on
    /// Thursday", "il se rendra jeudi"): a bare weekday in a clause about
    /// what is to come.
    Upcoming,
    /// The one of the reference's week ("ce jeudi").
    ThisWeek,
    /// The first one strictly after the reference ("jeudi prochain").
    Next,
    /// The last one strictly before the reference ("jeudi dernier").
    Last,
}

/// The date of weekday `wd` (Monday = 1) relative to `reference`.
pub fn weekday(reference: NaiveDate, wd: u32, which: Which) -> NaiveDate {
    let r = reference.weekday().number_from_monday() as i64;
    let wd = wd as i64;
    let delta = match which {
        Which::Recent => -((r - wd).rem_euclid(7)),
        Which::Upcoming => (wd - r).rem_euclid(7),
        Which::ThisWeek => wd - r,
        Which::Next => {
            let d = (wd - r).rem_euclid(7);
            if d == 0 {
                7
            } else {
                d
            }
        }
        Which::Last => {
            let d = (r - wd).rem_euclid(7);
            -(if d == 0 { 7 } else { d })
        }
    };
    shift(reference, delta)
}

/// `d` moved by `days`; at the ends of the calendar, `d` itself.
pub fn shift(d: NaiveDate, days: i64) -> NaiveDate {
    d.checked_add_signed(Duration::days(days)).unwrap_or(d)
}

/// The year in which month `m` falls, seen from `reference`: `dir` -1 for
/// the last such month before it, +1 for the next after it, 0 for the
/// reference's year.
pub fn year_of_month(reference: NaiveDate, m: u32, dir: i32) -> i32 {
    let y = reference.year();
    match dir {
        d if d < 0 && m >= reference.month() => y - 1,
        d if d > 0 && m <= reference.month() => y + 1,
        _ => y,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    #[test]
    fn weekdays_resolve_to_the_right_week() {
        // 2020-02-28 is a Friday.
        let fri = d("2020-02-28");
        assert_eq!(weekday(fri, 5, Which::Recent), fri);
        assert_eq!(weekday(fri, 4, Which::Recent), d("2020-02-27"));
        assert_eq!(weekday(fri, 6, Which::Recent), d("2020-02-22"));
        assert_eq!(weekday(fri, 5, Which::Next), d("2020-03-06"));
        assert_eq!(weekday(fri, 5, Which::Last), d("2020-02-21"));
        assert_eq!(
            weekday(d("2020-02-24"), 3, Which::ThisWeek),
            d("2020-02-26")
        );
        assert_eq!(week(fri), "2020-W09");
        assert_eq!(add_months(d("2020-03-31"), -1), d("2020-02-29"));
        assert_eq!(year_of_month(fri, 9, -1), 2019);
        assert_eq!(year_of_month(fri, 1, 1), 2021);
    }
}
