//! Terms, names and TF-IDF vectors.
//!
//! Every stage after extraction compares pieces of text: clustering compares
//! articles with events, summaries compare sentences with each other. They
//! all see text through this crate, so that they agree on what a term is.
//! An [`Analyzer`] turns text into [`Term`]s: stemmed content words,
//! numbers, and *names* (capitalised words that are not sentence openers,
//! or openers the text or a gazetteer proves, or, in a short text, openers
//! that are no common word: see [`words`]),
//! which are folded to a key that survives transliteration and the usual
//! French/English differences (`Poutine`/`Putin`, `Idleb`/`Idlib`,
//! `Otan`/`NATO`, `Moscou`/`Moscow`; see [`names`]). Names are the strongest
//! signal in news, and the only one shared by a French and an English
//! article on the same event. [`DocFreq`] keeps document frequencies so that
//! [`SparseVec`]s can be weighted by rarity, in the pile or, with
//! [`background`] frequencies of general text, in the news at large.

pub mod background;
pub mod gloss;
pub mod names;
pub mod places;
mod vector;
pub mod words;

pub use vector::SparseVec;

use gazette_lang::{words_of, Lang};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Function words that carry no subject, per language. For indexing, the
/// classic Snowball lists fit better than jusText's, which were made to
/// measure prose density and count frequent content words ("américain",
/// "album") among their stop words.
fn is_stopword(lang: Lang, lower: &str) -> bool {
    static LISTS: std::sync::OnceLock<[HashSet<&'static str>; 2]> = std::sync::OnceLock::new();
    let [fr, en] = LISTS.get_or_init(|| {
        [
            include_str!("../stopwords/fr.txt")
                .split_whitespace()
                .collect(),
            include_str!("../stopwords/en.txt")
                .split_whitespace()
                .collect(),
        ]
    });
    match lang {
        Lang::Fr => fr.contains(lower),
        Lang::En => en.contains(lower),
        other => other.is_stopword(lower),
    }
}

/// Whether `word` names a weekday or a month. Calendar words are not
/// terms: a weekday is relative to each article's own date, and every
/// article of a day names it ("ce vendredi", "on Friday"), so it links
/// articles that share nothing but a date; publication dates and resolved
/// time expressions carry that information instead. Abbreviations that are
/// also names or numbers (`Jan`, French `sept`) stay, and an English month
/// or weekday counts only capitalised (`a march`, `may`).
fn is_calendar_word(word: &str, lower: &str, lang: Lang) -> bool {
    // Every weekday and month name, plurals and accents included, is 3 to
    // 10 bytes ("mercredis", "décembre"): most words are settled before
    // folding them.
    if !(3..=10).contains(&lower.len())
        || lang == Lang::En && !word.chars().next().is_some_and(char::is_uppercase)
    {
        return false;
    }
    let folded = names::fold(lower);
    use gazette_time::lexicon::{month, weekday};
    weekday(&folded, lang).is_some()
        || (month(&folded, lang).is_some() && folded.len() >= 4 && folded != "sept")
        || (lang == Lang::Fr && folded == "mai")
}

/// Interned term.
pub type TermId = u32;

/// What a term stands for; names and numbers weigh more than words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermKind {
    /// A stemmed content word.
    Word,
    /// A folded name key (person, place, organisation, …).
    Name,
    /// A number or a code with digits (`33`, `2018`, `S-400`).
    Number,
}

/// One occurrence of a term in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    /// The interned term.
    pub id: TermId,
    /// Its kind.
    pub kind: TermKind,
}

/// A text of at most this many sentences (a headline, a brief, a lede) is
/// too short to be its own evidence of which capitalised words are names.
const SHORT_SENTENCES: usize = 3;

/// Writes a number grouped by thousands as one ("6.000", "2 000",
/// "1,500,000" become "6000", "2000", "1500000"): split at the separator,
/// every such number would share the term "000" with every other, and "2
/// 000 euros" the term "2" with "2 lionceaux". A group leader has one to
/// three digits, so a year before a number ("1998 200") stays two.
fn join_digit_groups(text: &str) -> std::borrow::Cow<'_, str> {
    // Digits and the separators but the two no-break spaces are ASCII: the
    // scan reads bytes, and allocates only when it cuts.
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    // The separator at `i` and its length in bytes.
    let separator = |i: usize| match b.get(i..) {
        Some([b' ' | b'.' | b',', ..]) => Some(1),
        Some([0xC2, 0xA0, ..]) => Some(2),
        Some([0xE2, 0x80, 0xAF, ..]) => Some(3),
        _ => None,
    };
    let alphanumeric_before = |i: usize| {
        text[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    };
    let alphanumeric_at = |i: usize| {
        text.get(i..)
            .and_then(|t| t.chars().next())
            .is_some_and(char::is_alphanumeric)
    };
    let mut cut: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !digit(i) {
            i += 1;
            continue;
        }
        let run_start = i;
        while digit(i) {
            i += 1;
        }
        let run = i - run_start;
        // A group after a cut separator has three digits; a leader one to
        // three, and no letter or digit glued before it.
        let chained = cut.last().is_some_and(|&(at, len)| at + len == run_start);
        let leads = if chained {
            run == 3
        } else {
            (1..=3).contains(&run) && !alphanumeric_before(run_start)
        };
        if let Some(len) = separator(i).filter(|_| leads) {
            let group = i + len;
            if (group..group + 3).all(digit) && !alphanumeric_at(group + 3) {
                cut.push((i, len));
            }
        }
    }
    if cut.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for (at, len) in cut {
        out.push_str(&text[from..at]);
        from = at + len;
    }
    out.push_str(&text[from..]);
    std::borrow::Cow::Owned(out)
}

/// Turns text into terms, interning them. One analyzer is shared by all the
/// documents that will be compared, so equal terms get equal ids.
#[derive(Debug, Default)]
pub struct Analyzer {
    ids: HashMap<Box<str>, TermId>,
    strings: Vec<Box<str>>,
    /// Each term's frequency in the news at large (per word of text), the
    /// highest of the forms it was seen in.
    background: Vec<f32>,
}

impl Analyzer {
    /// A new, empty analyzer.
    pub fn new() -> Analyzer {
        Analyzer::default()
    }

    /// The interned string of a term (`w:stem`, `n:key`, `#123`).
    pub fn term_str(&self, id: TermId) -> &str {
        self.strings.get(id as usize).map_or("", |s| s)
    }

    /// Number of distinct terms seen.
    pub fn len(&self) -> usize {
        self.strings.len()
    }

    /// Whether no term has been seen.
    pub fn is_empty(&self) -> bool {
        self.strings.is_empty()
    }

    fn intern(&mut self, s: &str) -> TermId {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = self.strings.len() as TermId;
        self.strings.push(s.into());
        self.background.push(0.0);
        self.ids.insert(s.into(), id);
        id
    }

    /// [`intern`](Analyzer::intern), noting how frequent the form `lower`
    /// of the term is in general text.
    fn intern_seen(&mut self, s: &str, lower: &str, lang: Lang) -> TermId {
        let id = self.intern(s);
        let f = background::frequency(lower, lang);
        let b = &mut self.background[id as usize];
        *b = b.max(f);
        id
    }

    /// The share of articles in the news at large that have the term (see
    /// [`background`]; 0 for a term general text hardly has). A name
    /// counts as the word it is spelled like ("Tahrir" as "tahrir").
    pub fn background_share(&self, id: TermId) -> f32 {
        background::article_share(self.background.get(id as usize).copied().unwrap_or(0.0))
    }

    /// The terms of `text`, in order. `lang` picks stop words and the
    /// stemmer (English when unknown).
    ///
    /// A capitalised word is a name when it is not the first word of a
    /// sentence, or when it is but the same word is capitalised elsewhere
    /// in the text mid-sentence (the text is its own evidence). Title-case
    /// lines (`Lohan Checks Into Betty Ford`) prove nothing either.
    pub fn terms(&mut self, text: &str, lang: Option<Lang>) -> Vec<Term> {
        let lang = lang.unwrap_or(Lang::En);
        let text = &*join_digit_groups(text);
        let sentences: Vec<Vec<&str>> = gazette_lang::sentences(text)
            .into_iter()
            .map(|r| words_of(&text[r]).flat_map(names::compound_parts).collect())
            .collect();
        let title_case = |words: &[&str]| {
            let content: Vec<&&str> = words
                .iter()
                .filter(|w| !is_stopword(lang, &w.to_lowercase()))
                .collect();
            content.len() >= 3
                && content
                    .iter()
                    .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()))
        };
        let short = sentences.len() <= SHORT_SENTENCES;
        let mut capitalised: HashSet<String> = HashSet::default();
        for words in &sentences {
            if title_case(words) {
                continue;
            }
            for w in words.iter().skip(1) {
                if w.chars().next().is_some_and(char::is_uppercase) {
                    capitalised.insert(w.to_lowercase());
                }
            }
        }
        let mut out = Vec::new();
        let mut key = String::new();
        for words in &sentences {
            let tc = title_case(words);
            for (i, word) in words.iter().enumerate() {
                if word.chars().any(|c| c.is_ascii_digit()) {
                    key.clear();
                    key.push('#');
                    key.extend(word.chars().flat_map(char::to_lowercase));
                    let id = self.intern(&key);
                    out.push(Term {
                        id,
                        kind: TermKind::Number,
                    });
                    continue;
                }
                let lower = word.to_lowercase();
                if lower.chars().count() < 2
                    || is_stopword(lang, &lower)
                    || is_calendar_word(word, &lower, lang)
                {
                    continue;
                }
                // "Vladimir Poutine a …": a capital followed by another
                // capital is a multi-word name even at the start.
                let next_capital = words
                    .get(i + 1)
                    .is_some_and(|n| n.chars().next().is_some_and(char::is_uppercase));
                // "Saint-Malo", "San Diego": thousands of places open on a
                // saint, which links their news to one another's; the name
                // is the rest.
                if next_capital && names::is_saint(&lower) {
                    continue;
                }
                let unproven = (tc || (i == 0 && !next_capital))
                    && !capitalised.contains(&lower)
                    && (!short || words::is_common_word(&lower));
                if let Some(name) = names::name_key(word, &lower, unproven, lang) {
                    key.clear();
                    key.push_str("n:");
                    key.push_str(&name);
                    let id = self.intern_seen(&key, &lower, lang);
                    out.push(Term {
                        id,
                        kind: TermKind::Name,
                    });
                    continue;
                }
                if lower.chars().count() < 3 {
                    continue;
                }
                key.clear();
                key.push_str("w:");
                let stem = gloss::stem_of(lang, &lower);
                match (lang, gloss::english_stem(&stem)) {
                    (Lang::Fr, Some(english)) => key.push_str(english),
                    _ => key.push_str(&stem),
                }
                let id = self.intern_seen(&key, &lower, lang);
                out.push(Term {
                    id,
                    kind: TermKind::Word,
                });
            }
        }
        out
    }
}

/// Document frequencies, for weighting terms by rarity. Updated as documents
/// arrive, so the same table serves a batch (filled first) and a stream.
#[derive(Debug, Default, Clone)]
pub struct DocFreq {
    docs: u32,
    df: HashMap<TermId, u32>,
}

impl DocFreq {
    /// Counts one document with these terms (duplicates within it count once).
    pub fn add(&mut self, terms: &[Term]) {
        self.docs += 1;
        let mut ids: Vec<TermId> = terms.iter().map(|t| t.id).collect();
        ids.sort_unstable();
        ids.dedup();
        for id in ids {
            *self.df.entry(id).or_insert(0) += 1;
        }
    }

    /// Number of documents counted.
    pub fn docs(&self) -> u32 {
        self.docs
    }

    /// Number of documents containing `id`.
    pub fn df(&self, id: TermId) -> u32 {
        self.df.get(&id).copied().unwrap_or(0)
    }

    /// Inverse document frequency, smoothed so that a term seen in every
    /// document still counts a little and an unseen one counts most.
    pub fn idf(&self, id: TermId) -> f32 {
        self.idf_with_prior(id, 0)
    }

    /// Inverse document frequency as if `prior` more documents, none with
    /// the term, had been counted: a handful of articles on one subject is
    /// not a corpus, and their shared protagonists are rare in the news at
    /// large even when every one of them names them. On a large pile the
    /// prior fades away.
    pub fn idf_with_prior(&self, id: TermId, prior: u32) -> f32 {
        self.idf_against(id, prior, 0.0)
    }

    /// [`idf_with_prior`](DocFreq::idf_with_prior) with the `prior`
    /// documents drawn from the news at large, `share` of which have the
    /// term (see [`Analyzer::background_share`]): a word every article
    /// uses stays cheap however rarely a small pile has it.
    pub fn idf_against(&self, id: TermId, prior: u32, share: f32) -> f32 {
        let n = self.docs.saturating_add(prior) as f32;
        let seen = self.df(id) as f32 + prior as f32 * share;
        ((n + 1.0) / (seen + 0.5)).ln().max(0.05)
    }
}

/// How much each kind of term weighs against a plain word.
#[derive(Debug, Clone, Copy)]
pub struct KindWeights {
    /// Weight of a word (the unit).
    pub word: f32,
    /// Weight of a name.
    pub name: f32,
    /// Weight of a number.
    pub number: f32,
}

impl Default for KindWeights {
    fn default() -> Self {
        KindWeights {
            word: 1.0,
            name: 1.0,
            number: 1.0,
        }
    }
}

/// Number of elements two sorted lists of term ids have in common.
pub fn shared_count(a: &[TermId], b: &[TermId]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// A TF-IDF vector of `terms` (sublinear term frequency), L2-normalised.
pub fn tfidf(terms: &[Term], df: &DocFreq, weights: KindWeights) -> SparseVec {
    TermCounts::of(terms).tfidf(df, weights, 0)
}

/// How often each term occurs in one text, counted once for the several
/// weightings a text may need.
#[derive(Debug, Clone, Default)]
pub struct TermCounts(Vec<(TermId, f32, TermKind)>);

impl TermCounts {
    /// Counts `terms`.
    pub fn of(terms: &[Term]) -> TermCounts {
        let mut counts: HashMap<TermId, (f32, TermKind)> = HashMap::default();
        for t in terms {
            counts.entry(t.id).or_insert((0.0, t.kind)).0 += 1.0;
        }
        TermCounts(
            counts
                .into_iter()
                .map(|(id, (tf, k))| (id, tf, k))
                .collect(),
        )
    }

    /// The TF-IDF vector (sublinear term frequency), L2-normalised, with
    /// rarity judged against `prior` more documents than were counted (see
    /// [`DocFreq::idf_with_prior`]; 0 for the pile alone).
    pub fn tfidf(&self, df: &DocFreq, weights: KindWeights, prior: u32) -> SparseVec {
        self.tfidf_in(df, weights, prior, |_| 0.0)
    }

    /// [`tfidf`](TermCounts::tfidf) with the `prior` documents drawn from
    /// the news at large: `share` gives each term's share of them (see
    /// [`DocFreq::idf_against`]).
    pub fn tfidf_in(
        &self,
        df: &DocFreq,
        weights: KindWeights,
        prior: u32,
        share: impl Fn(TermId) -> f32,
    ) -> SparseVec {
        let entries = self
            .0
            .iter()
            .map(|&(id, tf, kind)| {
                let k = match kind {
                    TermKind::Word => weights.word,
                    TermKind::Name => weights.name,
                    TermKind::Number => weights.number,
                };
                let idf = df.idf_against(id, prior, share(id));
                (id, (1.0 + tf.ln()) * idf * k)
            })
            .collect();
        let mut v = SparseVec::from_unsorted(entries);
        v.normalize();
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_grouped_by_thousands_are_one() {
        for (text, joined) in [
            ("2 000 euros", "2000 euros"),
            ("6.000 dans la rue", "6000 dans la rue"),
            ("1,500,000 people", "1500000 people"),
            ("1 500 000 habitants", "1500000 habitants"),
            ("2\u{a0}000 morts", "2000 morts"),
            ("3\u{202f}700 blessés", "3700 blessés"),
            ("1 500 0000", "1500 0000"),
            ("en 1998 200 morts", "en 1998 200 morts"),
            ("3,5 millions", "3,5 millions"),
            ("les 2 lionceaux", "les 2 lionceaux"),
            ("12 0000", "12 0000"),
            ("A1 000", "A1 000"),
        ] {
            assert_eq!(join_digit_groups(text), joined, "{text}");
        }
    }

    #[test]
    fn names_words_and_numbers() {
        let mut a = Analyzer::new();
        let t = a.terms(
            "Vladimir Poutine a parlé avec Erdogan après la mort de 33 soldats.",
            Some(Lang::Fr),
        );
        let s: Vec<&str> = t.iter().map(|t| a.term_str(t.id)).collect();
        assert!(s.contains(&"n:valdmr"), "{s:?}");
        assert!(s.contains(&"#33"), "{s:?}");
        assert!(s.iter().any(|x| x.starts_with("w:sold")), "{s:?}");
        assert!(
            !s.iter().any(|x| x.contains("la")),
            "stop words are dropped: {s:?}"
        );
    }

    #[test]
    fn calendar_words_are_not_terms() {
        let mut a = Analyzer::new();
        let mut strs = |text: &str, lang: Lang| -> Vec<String> {
            let t = a.terms(text, Some(lang));
            t.iter().map(|t| a.term_str(t.id).to_string()).collect()
        };
        let fr = strs(
            "Les présidents se sont entretenus vendredi, après les frappes du 27 février. Jeudi, rien.",
            Lang::Fr,
        );
        assert!(fr.contains(&"#27".to_string()), "{fr:?}");
        assert!(
            !fr.iter().any(|t| t.contains("vendred")
                || t.contains("fevri")
                || t.contains("feb")
                || t.contains("jeud")
                || t.contains("thursday")),
            "{fr:?}"
        );
        let en = strs(
            "On Friday, the march to Congress began. Talks resume in February with Jan Egeland.",
            Lang::En,
        );
        assert!(
            !en.iter()
                .any(|t| t.contains("frid") || t.contains("fbrr") || t.contains("februari")),
            "{en:?}"
        );
        assert!(
            en.iter().any(|t| t == "w:march"),
            "a lowercase march is a word: {en:?}"
        );
        assert!(
            en.iter().filter(|t| t.starts_with("n:")).count() >= 3,
            "Congress, Jan and Egeland stay names: {en:?}"
        );
    }

    #[test]
    fn a_prior_keeps_a_small_piles_shared_names_rare() {
        let mut a = Analyzer::new();
        let mut df = DocFreq::default();
        let docs: Vec<Vec<Term>> = (0..5)
            .map(|i| a.terms(&format!("Poutine et Erdogan parlent {i}"), Some(Lang::Fr)))
            .collect();
        for d in &docs {
            df.add(d);
        }
        let putin = docs[0][0].id;
        assert!(df.idf(putin) < 0.1, "in every document of the pile");
        assert!(df.idf_with_prior(putin, 20) > 1.0, "but rare in the news");
    }

    #[test]
    fn against_the_news_a_piles_protagonist_outweighs_its_common_words() {
        let mut a = Analyzer::new();
        let mut df = DocFreq::default();
        let docs: Vec<Vec<Term>> = (0..8)
            .map(|i| {
                a.terms(
                    &format!("Le ministre a reçu Morsi au palais, jour {i}."),
                    Some(Lang::Fr),
                )
            })
            .collect();
        for d in &docs {
            df.add(d);
        }
        let id = |a: &Analyzer, key: &str| {
            docs[0]
                .iter()
                .map(|t| t.id)
                .find(|&t| a.term_str(t).starts_with(key))
                .unwrap_or_else(|| panic!("{key}"))
        };
        let (morsi, minister) = (id(&a, "n:"), id(&a, "w:minist"));
        // The pile alone cannot tell them apart; general text can.
        assert_eq!(df.idf(morsi), df.idf(minister));
        let idf = |t: TermId| df.idf_against(t, 1000, a.background_share(t));
        assert!(
            idf(morsi) > 1.5 * idf(minister),
            "{} {}",
            idf(morsi),
            idf(minister)
        );
    }

    #[test]
    fn french_and_english_names_meet() {
        let mut a = Analyzer::new();
        let fr = a.terms(
            "Le président Poutine a reçu à Moscou le chef de l'Otan, puis à Saint-Pétersbourg.",
            Some(Lang::Fr),
        );
        let en = a.terms(
            "President Putin met the NATO chief in Moscow, then in Saint Petersburg.",
            Some(Lang::En),
        );
        let names = |t: &[Term]| {
            let mut v: Vec<TermId> = t
                .iter()
                .filter(|t| t.kind == TermKind::Name)
                .map(|t| t.id)
                .collect();
            v.sort();
            v
        };
        let (f, e) = (names(&fr), names(&en));
        for id in &f {
            assert!(
                e.contains(id),
                "{} has no English counterpart",
                a.term_str(*id)
            );
        }
    }

    #[test]
    fn places_named_after_saints_share_no_name() {
        let mut a = Analyzer::new();
        let names = |a: &mut Analyzer, text: &str| -> Vec<String> {
            a.terms(text, Some(Lang::Fr))
                .iter()
                .filter(|t| t.kind == TermKind::Name)
                .map(|t| a.term_str(t.id).to_string())
                .collect()
        };
        let malo = names(
            &mut a,
            "La météo du vendredi à Saint-Malo et à Sainte-Maxime.",
        );
        let etienne = names(&mut a, "Le match de Saint-Etienne a été maintenu.");
        assert!(
            malo.iter().all(|n| !etienne.contains(n)),
            "{malo:?} {etienne:?}"
        );
        assert_eq!(etienne.len(), 1, "{etienne:?}");
    }

    #[test]
    fn french_words_meet_their_english_gloss() {
        let mut a = Analyzer::new();
        let words = |a: &mut Analyzer, text: &str, lang: Lang| -> Vec<String> {
            a.terms(text, Some(lang))
                .iter()
                .filter(|t| t.kind == TermKind::Word)
                .map(|t| a.term_str(t.id).to_string())
                .collect()
        };
        let fr = words(
            &mut a,
            "Un séisme a tué des soldats, selon la police.",
            Lang::Fr,
        );
        let en = words(
            &mut a,
            "An earthquake killed soldiers, police said.",
            Lang::En,
        );
        for w in ["w:earthquak", "w:kill", "w:soldier", "w:polic"] {
            assert!(fr.contains(&w.to_string()), "{w} not in {fr:?}");
            assert!(en.contains(&w.to_string()), "{w} not in {en:?}");
        }
    }

    #[test]
    fn rare_terms_weigh_more() {
        let mut a = Analyzer::new();
        let mut df = DocFreq::default();
        let docs = [
            "the summit in Geneva",
            "the summit in Paris",
            "the summit in Rome",
        ];
        let terms: Vec<Vec<Term>> = docs.iter().map(|d| a.terms(d, Some(Lang::En))).collect();
        for t in &terms {
            df.add(t);
        }
        let v = tfidf(&terms[0], &df, KindWeights::default());
        let summit = terms[0]
            .iter()
            .find(|t| t.kind == TermKind::Word)
            .map(|t| t.id);
        let geneva = terms[0]
            .iter()
            .find(|t| t.kind == TermKind::Name)
            .map(|t| t.id);
        let w = |id: Option<TermId>| id.map_or(0.0, |id| v.get(id));
        assert!(w(geneva) > w(summit) * 2.0);
    }
}
