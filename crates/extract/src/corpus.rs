//! Repetition across documents: lines that many documents of a batch share
//! (menu labels, newsletter prompts, an outlet's standing teaser headings)
//! are furniture even when nothing in their wording says so.
//!
//! Short, non-sentence lines are furniture once they repeat. Sentences are
//! judged by where they repeat: syndicated wire copy repeats whole
//! paragraphs across outlets, and those are the news; a site's notices
//! (a paywall's explanations, a comment form's instructions, a standing
//! promotion) repeat too, but always outside each article's own text, at
//! its head or its tail, and as the smaller part of the page.

use gazette_model::{Content, RawDocument};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::signals::Shape;

/// A line seen in this many documents of one outlet is furniture...
const SAME_OUTLET_DOCS: u32 = 2;
/// ...and in this many documents overall, whatever their outlets.
const ANY_OUTLET_DOCS: u32 = 3;
/// Longest line considered (in words); longer lines are text.
const MAX_WORDS: usize = 12;
/// A sentence is a site's furniture when this many documents have it
/// outside their own text...
const EDGE_DOCS: u32 = 3;
/// ...and this many times as many as have it inside (see [`Corpus::is_furniture`]).
const EDGE_MAJORITY: u32 = 3;

/// Lines repeated across a batch of flattened-text documents.
#[derive(Debug, Default, Clone)]
pub struct Corpus {
    repeated: FxHashSet<u64>,
    furniture: FxHashSet<u64>,
}

impl Corpus {
    /// Whether the line with key `key` ([`line_key`]) repeats across documents.
    pub fn is_repeated(&self, key: u64) -> bool {
        self.repeated.contains(&key)
    }

    /// Whether the sentence with key `key` is a site's furniture however
    /// well it reads: documents repeat it before or after their own text
    /// (the sentences no other document has), where it is the smaller part
    /// of the page, and (almost) never inside it.
    pub fn is_furniture(&self, key: u64) -> bool {
        self.furniture.contains(&key)
    }

    /// Number of repeated lines found.
    pub fn len(&self) -> usize {
        self.repeated.len()
    }

    /// Whether no line repeats.
    pub fn is_empty(&self) -> bool {
        self.repeated.is_empty()
    }
}

/// Counts lines over documents, then yields a [`Corpus`].
#[derive(Debug, Default)]
pub struct CorpusBuilder {
    per_outlet: FxHashMap<(u64, u64), u32>,
    overall: FxHashMap<u64, u32>,
    /// Each document's sentences in order, as (key, words).
    sentences: Vec<Vec<(u64, u32)>>,
    /// Documents each sentence is seen in.
    sentence_docs: FxHashMap<u64, u32>,
}

/// The key under which a line is counted.
pub fn line_key(line: &str) -> u64 {
    crate::text_key_hash(line)
}

/// Whether a line is short and unlike a sentence, so that repetition can
/// make it furniture.
fn countable(s: &Shape) -> bool {
    s.words > 0 && s.words <= MAX_WORDS && !(s.sentence_end && s.words >= 5)
}

impl CorpusBuilder {
    /// Counts the lines of one document (flattened text only; pages with
    /// markup have structure to go on).
    pub fn add(&mut self, doc: &RawDocument) {
        let Content::Text(text) = &doc.content else {
            return;
        };
        let outlet = doc
            .hints
            .outlet
            .as_deref()
            .or(doc.hints.url.as_deref().and_then(|u| u.split('/').nth(2)))
            .map_or(0, crate::text_key_hash);
        let mut seen = FxHashSet::default();
        let mut sentences = Vec::new();
        for line in text.lines().map(str::trim) {
            let shape = Shape::of(line, None);
            let key = line_key(line);
            if countable(&shape) {
                if seen.insert(key) {
                    *self.overall.entry(key).or_default() += 1;
                    if outlet != 0 {
                        *self.per_outlet.entry((outlet, key)).or_default() += 1;
                    }
                }
            } else if shape.words > 0 {
                if seen.insert(key) {
                    *self.sentence_docs.entry(key).or_default() += 1;
                }
                sentences.push((key, shape.words as u32));
            }
        }
        self.sentences.push(sentences);
    }

    /// Each repeated sentence's votes, (outside, inside): a document votes
    /// "outside" for the repeated sentences before its first sentence of
    /// its own or after its last when its own text outweighs them and is
    /// all its own, and "inside" for those within or outweighing its own
    /// text (a wire dispatch carried whole, or under a short introduction,
    /// is that page's news).
    fn sentence_votes(&self) -> FxHashMap<u64, (u32, u32)> {
        let mut votes: FxHashMap<u64, (u32, u32)> = FxHashMap::default();
        for doc in &self.sentences {
            let own = |k: &u64| self.sentence_docs.get(k).is_some_and(|&n| n == 1);
            // The page's own text: from its first sentence no other page
            // has to its last.
            let core = match (
                doc.iter().position(|(k, _)| own(k)),
                doc.iter().rposition(|(k, _)| own(k)),
            ) {
                (Some(f), Some(l)) => f..l + 1,
                _ => 0..0,
            };
            let core_words: u32 = doc[core.clone()].iter().map(|&(_, w)| w).sum();
            let edge_words = doc.iter().map(|&(_, w)| w).sum::<u32>() - core_words;
            // A page whose own text is partly another's (a rewrite of a
            // dispatch that others carry) shares its closing background
            // paragraph with them too: it does not vote outside.
            let original = doc[core.clone()].iter().all(|(k, _)| own(k));
            let mut voted = FxHashSet::default();
            for (i, &(key, _)) in doc.iter().enumerate() {
                if own(&key) || !voted.insert(key) {
                    continue;
                }
                let v = votes.entry(key).or_default();
                if core.contains(&i) || core_words < edge_words {
                    v.1 += 1;
                } else if original {
                    v.0 += 1;
                }
            }
        }
        votes
    }

    /// The lines that repeat enough.
    pub fn build(self) -> Corpus {
        let furniture = self
            .sentence_votes()
            .into_iter()
            .filter(|&(_, (outside, inside))| {
                outside >= EDGE_DOCS && outside >= EDGE_MAJORITY * inside
            })
            .map(|(k, _)| k)
            .collect();
        let mut repeated: FxHashSet<u64> = self
            .overall
            .into_iter()
            .filter(|(_, n)| *n >= ANY_OUTLET_DOCS)
            .map(|(k, _)| k)
            .collect();
        repeated.extend(
            self.per_outlet
                .into_iter()
                .filter(|(_, n)| *n >= SAME_OUTLET_DOCS)
                .map(|((_, k), _)| k),
        );
        Corpus {
            repeated,
            furniture,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gazette_model::Hints;

    fn doc(text: &str, outlet: Option<&str>) -> RawDocument {
        RawDocument {
            id: "x".into(),
            source: "x".into(),
            content: Content::Text(text.into()),
            hints: Hints {
                outlet: outlet.map(str::to_string),
                ..Hints::default()
            },
        }
    }

    #[test]
    fn short_lines_shared_by_documents_repeat_and_prose_does_not() {
        let wire =
            "Les deux présidents se sont entretenus vendredi par téléphone, a indiqué le Kremlin.";
        let mut b = CorpusBuilder::default();
        for i in 0..3 {
            b.add(&doc(
                &format!("Nos services\n{wire}\nUn titre différent numéro {i}"),
                None,
            ));
        }
        b.add(&doc("Espace abonnés\nTexte.", Some("Le Journal")));
        b.add(&doc("Espace abonnés\nAutre texte.", Some("Le Journal")));
        let c = b.build();
        assert!(c.is_repeated(line_key("Nos services")));
        assert!(c.is_repeated(line_key("Espace abonnés")));
        assert!(
            !c.is_repeated(line_key(wire)),
            "syndicated prose is news, not furniture"
        );
        assert!(!c.is_repeated(line_key("Un titre différent numéro 1")));
    }

    /// A page's own sentences, numbered so that no two pages share one.
    fn own(page: usize, n: usize) -> String {
        (0..n)
            .map(|i| format!("Le correspondant numéro {page} décrit la scène numéro {i} dans son propre récit du jour."))
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn sentences_repeated_around_each_page_own_text_are_furniture() {
        let notice = "Vous ne pouvez lire ce journal que sur un seul appareil à la fois (ordinateur, téléphone ou tablette).";
        let wire = "Les deux présidents se sont entretenus vendredi par téléphone, a indiqué le Kremlin dans un communiqué.";
        let mut b = CorpusBuilder::default();
        for page in 0..4 {
            b.add(&doc(&format!("{}\n{notice}", own(page, 5)), None));
        }
        // A dispatch carried whole by three outlets, and under a short
        // introduction of its own by a fourth: the news of every page.
        for _ in 0..3 {
            b.add(&doc(&format!("{wire}\n{}", own(99, 5)), None));
        }
        b.add(&doc(
            &format!("{}\n{wire}\n{}", own(50, 1), own(99, 5)),
            None,
        ));
        // Three rewrites of one dispatch share a sentence of it and its
        // closing background paragraph.
        let shared = "Le ministre a confirmé jeudi soir la tenue du sommet, selon son entourage.";
        let background = "En 2009, la police avait retrouvé la plus grande partie du butin.";
        for page in 60..63 {
            b.add(&doc(
                &format!(
                    "{}\n{shared}\n{}\n{background}",
                    own(page, 3),
                    own(page + 10, 2)
                ),
                None,
            ));
        }
        let c = b.build();
        assert!(c.is_furniture(line_key(notice)));
        assert!(!c.is_furniture(line_key(background)));
        assert!(!c.is_furniture(line_key(wire)));
        assert!(!c.is_furniture(line_key(&own(99, 1))));
        assert!(!c.is_furniture(line_key(&own(0, 1))));
    }
}
