//! How often words occur in the news at large.
//!
//! A pile of coverage on one subject is no judge of rarity: every article
//! of a pile on Egypt names Morsi, and the pile alone weighs him like
//! "ministre". Comparing articles for their subject (stories) therefore
//! counts, besides the pile, documents drawn from general text, in which a
//! term occurs as often as these tables say: French and English word
//! frequencies from `wordfreq` (built by `scripts/build_background.py`;
//! CC BY-SA 4.0). A word they lack is rarer than once per million words.

use gazette_lang::Lang;
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// Words in the article the document shares are computed for: about the
/// length of the text an article is placed by.
const ARTICLE_WORDS: f32 = 400.0;

fn parse(table: &'static str) -> HashMap<&'static str, f32> {
    table
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let (word, zipf) = l.split_once('\t')?;
            let zipf: f32 = zipf.trim().parse().ok()?;
            // Zipf is log10 of occurrences per billion words.
            Some((word, 10f32.powf(zipf - 9.0)))
        })
        .collect()
}

/// How often `lower` (a lowercase word) occurs in general text of `lang`,
/// per word; 0 when rarer than the tables go or in another language.
pub fn frequency(lower: &str, lang: Lang) -> f32 {
    static FR: OnceLock<HashMap<&'static str, f32>> = OnceLock::new();
    static EN: OnceLock<HashMap<&'static str, f32>> = OnceLock::new();
    let table = match lang {
        Lang::Fr => FR.get_or_init(|| parse(include_str!("../background/fr.txt"))),
        Lang::En => EN.get_or_init(|| parse(include_str!("../background/en.txt"))),
        _ => return 0.0,
    };
    table.get(lower).copied().unwrap_or(0.0)
}

/// The share of news articles that have a term of this frequency per word
/// at least once (each word of an article drawn independently).
pub fn article_share(frequency: f32) -> f32 {
    1.0 - (-frequency * ARTICLE_WORDS).exp()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_words_are_frequent_and_rare_names_absent() {
        let de = frequency("de", Lang::Fr);
        let ministre = frequency("ministre", Lang::Fr);
        assert!(de > ministre && ministre > 0.0, "{de} {ministre}");
        assert_eq!(frequency("ghonim", Lang::Fr), 0.0);
        assert!(frequency("the", Lang::En) > 0.01);
        assert!(article_share(frequency("the", Lang::En)) > 0.99);
        assert!(article_share(ministre) < 0.2);
    }
}
