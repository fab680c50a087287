//! French words glossed into English, so that French and English coverage
//! of one happening share more than its names.
//!
//! A French content word whose stem has an English gloss becomes the term
//! of the English word (`soldats` and `soldiers` are both `w:soldier`);
//! other French words keep their own stem. English is the pivot because it
//! is the other language Gazette reads first. A French article compared
//! with another French article loses little, since every form of a word is
//! glossed the same way; where English has one word for two French ones
//! (`grève` and `frappe` are both a strike), French articles now share it
//! too.
//!
//! Two tables, both committed, neither needing anything at run time:
//! `lexicon/fr-en-news.tsv`, written by hand, holds the vocabulary of news
//! (happenings, institutions, the words of conflict, justice, disasters,
//! politics, the economy, sport and science), where a wrong or missing
//! gloss costs most; `lexicon/fr-en.tsv` is built by
//! `scripts/build_lexicon.py` from a multilingual sentence encoder and word
//! frequency lists, and covers the long tail. The hand-written table wins.

use std::collections::HashMap;
use std::sync::OnceLock;

use gazette_lang::Lang;

use crate::names::fold;

const NEWS: &str = include_str!("../lexicon/fr-en-news.tsv");
const BUILT: &str = include_str!("../lexicon/fr-en.tsv");

/// The English stem that glosses a French stem (both as [`stem_of`] makes
/// them), if any.
pub fn english_stem(french_stem: &str) -> Option<&'static str> {
    static TABLE: OnceLock<HashMap<String, String>> = OnceLock::new();
    TABLE
        .get_or_init(|| build(NEWS, BUILT))
        .get(french_stem)
        .map(String::as_str)
}

/// The stem of a word as terms are keyed: folded, then stemmed.
pub fn stem_of(lang: Lang, word: &str) -> String {
    lang.stem(&fold(word)).into_owned()
}

/// Rows of a table: (French word, English word, weight); `#` starts a
/// comment line, a missing weight is 1.
fn rows(table: &str) -> impl Iterator<Item = (&str, &str, f32)> {
    table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut f = l.split('\t');
            let fr = f.next()?.trim();
            let en = f.next()?.trim();
            let w = f.next().and_then(|w| w.trim().parse().ok()).unwrap_or(1.0);
            (!fr.is_empty() && !en.is_empty()).then_some((fr, en, w))
        })
}

/// French stem to English stem. Several forms of a French word share a
/// stem and may have been paired with different English words: the gloss
/// is the English stem with the most weight behind it. A stem that the
/// hand-written table glosses takes that gloss whatever the built one says.
fn build(news: &str, built: &str) -> HashMap<String, String> {
    let mut votes: HashMap<String, HashMap<String, f32>> = HashMap::new();
    let mut fixed: HashMap<String, String> = HashMap::new();
    for (fr, en, _) in rows(news) {
        fixed
            .entry(stem_of(Lang::Fr, fr))
            .or_insert_with(|| stem_of(Lang::En, en));
    }
    for (fr, en, w) in rows(built) {
        let key = stem_of(Lang::Fr, fr);
        if fixed.contains_key(&key) {
            continue;
        }
        *votes
            .entry(key)
            .or_default()
            .entry(stem_of(Lang::En, en))
            .or_insert(0.0) += w;
    }
    for (key, candidates) in votes {
        if let Some((en, _)) = candidates
            .into_iter()
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
        {
            fixed.insert(key, en);
        }
    }
    fixed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_of_a_word_meet_their_translation() {
        for (fr, en) in [
            ("soldats", "soldiers"),
            ("soldat", "soldier"),
            ("séisme", "earthquake"),
            ("téléphone", "phone"),
            // The same spelling, stemmed differently by the two stemmers.
            ("place", "place"),
        ] {
            assert_eq!(
                english_stem(&stem_of(Lang::Fr, fr)),
                Some(stem_of(Lang::En, en).as_str()),
                "{fr}"
            );
        }
    }

    #[test]
    fn hand_written_rows_that_stem_alike_agree() {
        // Forms of one French word share a stem and so one gloss: rows that
        // disagree would be decided by their order, silently.
        let mut seen: HashMap<String, (String, &str)> = HashMap::new();
        for (fr, en, _) in rows(NEWS) {
            let (key, value) = (stem_of(Lang::Fr, fr), stem_of(Lang::En, en));
            if let Some((other, row)) = seen.get(&key) {
                assert_eq!(other, &value, "{fr} -> {en} against {row}");
            } else {
                seen.insert(key, (value, fr));
            }
        }
    }

    #[test]
    fn the_hand_written_table_wins_and_votes_decide_the_rest() {
        let news = "# comment\nincendie\tfire\n";
        let built = "incendie\tarson\t0.9\ntués\tkilled\t0.8\ntuer\tkill\t0.9\ntué\tdead\t0.85\n";
        let t = build(news, built);
        assert_eq!(t[&stem_of(Lang::Fr, "incendie")], "fire");
        // "tués", "tuer", "tué" share a stem; "kill" has two votes.
        assert_eq!(t[&stem_of(Lang::Fr, "tués")], stem_of(Lang::En, "kill"));
    }
}
