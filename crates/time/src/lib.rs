//! Time expressions in French and English news, normalised to TIMEX3.
//!
//! A timeline needs to know *when* each thing happened, and news says it
//! relative to the day it was written: "hier soir", "ce jeudi", "le 27
//! février", "il y a un an et demi", "last week". [`tag`] finds such
//! expressions and resolves them against a reference date (the article's
//! publication date), in the TimeML TIMEX3 scheme: a `type` (DATE, TIME,
//! DURATION, SET) and an ISO-like `value` (`2020-02-27`, `2020-W09`,
//! `2020-02-27TEV`, `P18M`, `XXXX-WXX-4`, `PRESENT_REF`).
//!
//! No crate does French here, so the patterns are ours, after HeidelTime's
//! French resources (news mode) and chrono-node's French parser: word
//! tables in [`lexicon`] and one small function per pattern family in
//! `rules`, each tried at every word, the longest match winning. Without
//! a reference date, relative expressions keep `X` placeholders
//! (`XXXX-02-27`).

pub mod lexicon;
mod resolve;
mod rules;
mod tokens;

use chrono::NaiveDate;
use gazette_lang::Lang;
use serde::{Deserialize, Serialize};

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date, week, month, season or year.
    Date,
    /// A time of day, or a part of a day.
    Time,
    /// An amount of time.
    Duration,
    /// A recurring time.
    Set,
}

/// A time expression found in a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timex {
    /// The expression as written.
    pub text: String,
    /// Start, in characters (Unicode scalar values) from the start of the text.
    pub start: usize,
    /// End (exclusive), in characters.
    pub end: usize,
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// TIMEX3 value.
    pub value: String,
    /// TIMEX3 modifier (`APPROX`, `START`, `END`, `MID`), when one applies.
    #[serde(default, skip_serializing_if = "Option::is_none", rename = "mod")]
    pub modifier: Option<String>,
}

/// Finds and normalises the time expressions of `text`, written in `lang`
/// (French and English have patterns; other languages get none), against
/// `reference` (the publication date, when known).
pub fn tag(text: &str, lang: Lang, reference: Option<NaiveDate>) -> Vec<Timex> {
    if !matches!(lang, Lang::Fr | Lang::En) {
        return Vec::new();
    }
    let toks = tokens::tokenize(text);
    let chars: Vec<char> = text.chars().collect();
    let mut ctx = rules::Ctx {
        lang,
        reference,
        last_date: reference,
        narrated: None,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match rules::longest(&toks, i, &ctx) {
            Some(m) if rules::names_something(&toks, i, &m, lang) => i = m.end,
            Some(m) => {
                let (start, end) = (toks[i].start, toks[m.end - 1].end);
                if let Some(d) = m.date {
                    ctx.last_date = Some(d);
                    ctx.narrated = Some(d);
                }
                out.push(Timex {
                    text: chars[start.min(chars.len())..end.min(chars.len())]
                        .iter()
                        .collect(),
                    start,
                    end,
                    kind: m.kind,
                    value: m.value,
                    modifier: m.modifier,
                });
                i = m.end;
            }
            None => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests;
