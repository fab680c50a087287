//! Language identification and per-language word lists.
//!
//! Two pipeline stages need to know the language of a piece of text:
//! extraction, which judges whether a block of a page is prose by its density
//! of stop words (as jusText does), and every later stage that tokenises,
//! stems or resolves dates. This crate answers both: [`detect`] identifies
//! the language of a text with `lingua` restricted to the languages Gazette
//! supports (restricting it makes short French text reliable and keeps it
//! fast), and [`Lang::stopwords`] gives the jusText stop-word lists.
//! Later stages also need [`sentences`] (a news-aware sentence splitter),
//! [`Lang::stem`] (Snowball stemming) and [`wire`] (datelines and agency
//! credits, which extraction reads and summaries drop).

mod segment;
mod stem;
pub mod wire;

pub use segment::{is_abbreviation, sentences};

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};

macro_rules! languages {
    ($($variant:ident => $code:literal, $lingua:ident, $file:literal;)*) => {
        /// A language Gazette identifies and has word lists for.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Lang {
            $(
                #[doc = concat!("ISO 639-1 `", $code, "`")]
                $variant,
            )*
        }

        impl Lang {
            /// Every supported language.
            pub const ALL: &'static [Lang] = &[$(Lang::$variant),*];

            /// The ISO 639-1 code.
            pub fn code(self) -> &'static str {
                match self { $(Lang::$variant => $code,)* }
            }

            /// Parses an ISO 639-1 code or a locale such as `fr-FR` / `fr_FR`.
            pub fn from_code(code: &str) -> Option<Lang> {
                let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
                match primary.as_str() { $($code => Some(Lang::$variant),)* _ => None }
            }

            fn lingua(self) -> Language {
                match self { $(Lang::$variant => Language::$lingua,)* }
            }

            fn from_lingua(l: Language) -> Option<Lang> {
                match l { $(Language::$lingua => Some(Lang::$variant),)* #[allow(unreachable_patterns)] _ => None }
            }

            fn stopword_source(self) -> &'static str {
                match self { $(Lang::$variant => include_str!(concat!("../stopwords/", $file)),)* }
            }
        }
    };
}

languages! {
    En => "en", English, "en.txt";
    Fr => "fr", French, "fr.txt";
    De => "de", German, "de.txt";
    Es => "es", Spanish, "es.txt";
    It => "it", Italian, "it.txt";
    Pt => "pt", Portuguese, "pt.txt";
    Nl => "nl", Dutch, "nl.txt";
    Ru => "ru", Russian, "ru.txt";
    Pl => "pl", Polish, "pl.txt";
    Tr => "tr", Turkish, "tr.txt";
    Ar => "ar", Arabic, "ar.txt";
    Sv => "sv", Swedish, "sv.txt";
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl Lang {
    /// The stop words of this language (lowercase), from jusText's lists.
    pub fn stopwords(self) -> &'static HashSet<&'static str> {
        static SETS: OnceLock<Vec<HashSet<&'static str>>> = OnceLock::new();
        let sets = SETS.get_or_init(|| {
            Lang::ALL
                .iter()
                .map(|l| {
                    l.stopword_source()
                        .lines()
                        .map(str::trim)
                        .filter(|w| !w.is_empty())
                        .collect()
                })
                .collect()
        });
        &sets[self as usize]
    }

    /// Whether `word` (any case) is a stop word of this language.
    pub fn is_stopword(self, word: &str) -> bool {
        let set = self.stopwords();
        if word.len() > 24 {
            // No stop word is that long; spare the lookup.
            return false;
        }
        if !word.chars().any(char::is_uppercase) {
            return set.contains(word);
        }
        // Lowercase on the stack: this runs for every word of every block.
        let mut buf = [0u8; 96];
        let mut len = 0;
        for c in word.chars().flat_map(char::to_lowercase) {
            let n = c.len_utf8();
            if len + n > buf.len() {
                return false;
            }
            c.encode_utf8(&mut buf[len..len + n]);
            len += n;
        }
        std::str::from_utf8(&buf[..len]).is_ok_and(|w| set.contains(w))
    }
}

/// Longest stretch of text handed to the statistical detector. Language is a
/// property of the whole article, and a few hundred characters of prose settle
/// it; reading more only costs time.
const SAMPLE_CHARS: usize = 500;

/// From this length on, trigrams alone identify the language reliably and
/// lingua's low-accuracy mode (several times faster) is used; shorter text
/// gets the full model, which is what makes short French headlines come out
/// French.
const LONG_TEXT_CHARS: usize = 200;

fn detector(long: bool) -> &'static LanguageDetector {
    static FULL: OnceLock<LanguageDetector> = OnceLock::new();
    static FAST: OnceLock<LanguageDetector> = OnceLock::new();
    let build = |fast: bool| {
        let langs: Vec<Language> = Lang::ALL.iter().map(|l| l.lingua()).collect();
        let mut builder = LanguageDetectorBuilder::from_languages(&langs);
        if fast {
            builder.with_low_accuracy_mode().build()
        } else {
            builder.build()
        }
    };
    if long {
        FAST.get_or_init(|| build(true))
    } else {
        FULL.get_or_init(|| build(false))
    }
}

/// Identifies the language of `text`, or `None` when there is no text to
/// judge (no letters) or the detector cannot tell.
pub fn detect(text: &str) -> Option<Lang> {
    let sample = sample(text);
    if sample.chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return None;
    }
    if let Some(lang) = vote_by_stopwords(sample) {
        return Some(lang);
    }
    detector(sample.len() >= LONG_TEXT_CHARS)
        .detect_language_of(sample)
        .and_then(Lang::from_lingua)
}

/// On running prose, function words name the language outright (and a
/// hundred times faster than n-gram models): accepted only when one language
/// clearly leads, otherwise the statistical detector decides.
fn vote_by_stopwords(sample: &str) -> Option<Lang> {
    // The jusText lists come from Wikipedia and share many words (English
    // "the" is in half of them), so each word's vote is split among the
    // languages that list it.
    static INDEX: OnceLock<HashMap<&'static str, Vec<usize>>> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut map: HashMap<&'static str, Vec<usize>> = HashMap::default();
        for (i, l) in Lang::ALL.iter().enumerate() {
            for w in l.stopwords() {
                map.entry(w).or_default().push(i);
            }
        }
        map
    });
    let mut votes = [0f32; Lang::ALL.len()];
    let mut words = 0u32;
    for w in words_of(sample).take(120) {
        words += 1;
        if let Some(langs) = index.get(w.to_lowercase().as_str()) {
            for &i in langs {
                votes[i] += 1.0 / langs.len() as f32;
            }
        }
    }
    if words < 30 {
        return None;
    }
    let mut order: Vec<usize> = (0..votes.len()).collect();
    order.sort_by(|&a, &b| votes[b].total_cmp(&votes[a]));
    let (best, second) = (votes[order[0]], votes[order[1]]);
    (best >= words as f32 * 0.12 && best >= second * 2.0).then(|| Lang::ALL[order[0]])
}

/// Stop-word hits per language over the words of `text`: a cheap, robust
/// second opinion used to confirm the statistical guess on long prose.
pub fn stopword_ratio(text: &str, lang: Lang) -> f32 {
    let mut words = 0u32;
    let mut hits = 0u32;
    for w in words_of(text) {
        words += 1;
        if lang.is_stopword(w) {
            hits += 1;
        }
    }
    if words == 0 {
        0.0
    } else {
        hits as f32 / words as f32
    }
}

/// Splits text into words: runs of letters, digits and in-word apostrophes
/// or hyphens, with leading French elisions (`l'`, `d'`, `qu'`) split off so
/// that `l'armée` yields `l` and `armée`.
pub fn words_of(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map(|w| w.trim_matches('-'))
        .filter(|w| !w.is_empty())
}

fn sample(text: &str) -> &str {
    if text.len() <= SAMPLE_CHARS {
        return text;
    }
    let mut end = SAMPLE_CHARS;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    // End on a word boundary so the last word is not a fragment.
    match text[..end].rfind(char::is_whitespace) {
        Some(ws) if ws > SAMPLE_CHARS / 2 => &text[..ws],
        _ => &text[..end],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_french_is_french() {
        let cases = [
            "Les deux chefs d'État se rencontrent à Moscou ce jeudi.",
            "Tensions à Idlib",
            "Publié le 28 février",
            "La Turquie riposte",
            "Nouvelle escalade",
        ];
        for text in cases {
            assert_eq!(detect(text), Some(Lang::Fr), "{text}");
        }
    }

    #[test]
    fn english_and_german() {
        assert_eq!(
            detect("The two leaders met in Moscow on Thursday to discuss the ceasefire."),
            Some(Lang::En)
        );
        assert_eq!(
            detect("Die beiden Präsidenten haben am Freitag miteinander telefoniert."),
            Some(Lang::De)
        );
    }

    #[test]
    fn long_prose_by_stopwords() {
        let fr = "Les efforts diplomatiques se poursuivent pour tenter de mettre un terme au calvaire des centaines de milliers de civils syriens menacés par l'avancée des forces du régime. Principaux acteurs étrangers des combats qui font rage dans la province, les présidents se sont entretenus par téléphone.";
        assert_eq!(vote_by_stopwords(fr), Some(Lang::Fr));
        let en = "The diplomatic efforts are continuing in an attempt to put an end to the ordeal of hundreds of thousands of Syrian civilians who are threatened by the advance of the forces of the regime, while the two presidents spoke on the phone about it.";
        assert_eq!(vote_by_stopwords(en), Some(Lang::En));
    }

    #[test]
    fn no_letters_no_language() {
        assert_eq!(detect(""), None);
        assert_eq!(detect("12 345 — 67"), None);
    }

    #[test]
    fn codes_round_trip() {
        for &l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
        assert_eq!(Lang::from_code("fr-FR"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("en_GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("xx"), None);
    }

    #[test]
    fn stopwords_are_loaded() {
        assert!(Lang::Fr.is_stopword("les"));
        assert!(Lang::Fr.is_stopword("Dans"));
        assert!(Lang::En.is_stopword("the"));
        assert!(!Lang::Fr.is_stopword("Moscou"));
        let r = stopword_ratio(
            "Les deux chefs se rencontrent à Moscou ce jeudi pour la paix",
            Lang::Fr,
        );
        assert!(r > 0.3, "{r}");
    }
}
