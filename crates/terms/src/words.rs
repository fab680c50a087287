//! Common words of English and French: a capitalised word that is none of
//! them is a name more likely than not. Headlines and briefs open on names
//! ("Ariane 6 décolle enfin"), which [`crate::Analyzer::terms`] cannot
//! otherwise tell from a sentence's first word; entities tell a thing's
//! name from a person's by the common word it opens on ("Missing Links").
//!
//! The lists (`lexicon/words-en.txt`, `lexicon/words-fr.txt`) are the
//! lowercase entries of the SCOWL en_US and Grammalecte fr_FR Hunspell
//! dictionaries, which write proper nouns capitalised, kept when frequent
//! in the news; built offline by `scripts/build_names.py`.

use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Whether `lower` (a lowercase word) is a common word of English or
/// French.
pub fn is_common_word(lower: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        entries(include_str!("../lexicon/words-en.txt"))
            .chain(entries(include_str!("../lexicon/words-fr.txt")))
            .collect()
    })
    .contains(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_names() {
        for w in ["missing", "grand", "trois", "systems", "trump"] {
            assert!(is_common_word(w), "{w}");
        }
        for w in ["ariane", "beyrouth", "morsi", "klitschko"] {
            assert!(!is_common_word(w), "{w}");
        }
    }
}
