//! Snowball stemming, so that `négocient`/`négociations` or
//! `talks`/`talked` meet when articles are compared.

use std::borrow::Cow;
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

use crate::Lang;

fn algorithm(lang: Lang) -> Option<Algorithm> {
    Some(match lang {
        Lang::En => Algorithm::English,
        Lang::Fr => Algorithm::French,
        Lang::De => Algorithm::German,
        Lang::Es => Algorithm::Spanish,
        Lang::It => Algorithm::Italian,
        Lang::Pt => Algorithm::Portuguese,
        Lang::Nl => Algorithm::Dutch,
        Lang::Ru => Algorithm::Russian,
        Lang::Sv => Algorithm::Swedish,
        Lang::Tr => Algorithm::Turkish,
        Lang::Ar => Algorithm::Arabic,
        Lang::Pl => return None,
    })
}

impl Lang {
    /// The Snowball stem of a lowercase `word`; the word itself for a
    /// language without a stemmer.
    pub fn stem(self, word: &str) -> Cow<'_, str> {
        static STEMMERS: OnceLock<Vec<Option<Stemmer>>> = OnceLock::new();
        let all = STEMMERS.get_or_init(|| {
            Lang::ALL
                .iter()
                .map(|&l| algorithm(l).map(Stemmer::create))
                .collect()
        });
        match &all[self as usize] {
            Some(s) => s.stem(word),
            None => Cow::Borrowed(word),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_meet() {
        assert_eq!(Lang::Fr.stem("négociations"), Lang::Fr.stem("négociation"));
        assert_eq!(Lang::En.stem("talks"), Lang::En.stem("talk"));
        assert_eq!(Lang::Pl.stem("rozmowy"), "rozmowy");
    }
}
