//! Repetition across documents: lines that many documents of a batch share
//! (menu labels, newsletter prompts, an outlet's standing teaser headings)
//! are furniture even when nothing in their wording says so.
//!
//! Only short, non-sentence lines are counted: syndicated wire copy repeats
//! whole paragraphs across outlets, and those are the news, not furniture.

use gazette_model::{Content, RawDocument};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::signals::Shape;

/// A line seen in this many documents of one outlet is furniture...
const SAME_OUTLET_DOCS: u32 = 2;
/// ...and in this many documents overall, whatever their outlets.
const ANY_OUTLET_DOCS: u32 = 3;
/// Longest line considered (in words); longer lines are text.
const MAX_WORDS: usize = 12;

/// Lines repeated across a batch of flattened-text documents.
#[derive(Debug, Default, Clone)]
pub struct Corpus {
    repeated: FxHashSet<u64>,
}

impl Corpus {
    /// Whether the line with key `key` ([`line_key`]) repeats across documents.
    pub fn is_repeated(&self, key: u64) -> bool {
        self.repeated.contains(&key)
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
}

/// The key under which a line is counted.
pub fn line_key(line: &str) -> u64 {
    crate::text_key_hash(line)
}

/// Whether a line is short and unlike a sentence, so that repetition can
/// make it furniture.
fn countable(line: &str) -> bool {
    let s = Shape::of(line, None);
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
        for line in text.lines().map(str::trim).filter(|l| countable(l)) {
            let key = line_key(line);
            if seen.insert(key) {
                *self.overall.entry(key).or_default() += 1;
                if outlet != 0 {
                    *self.per_outlet.entry((outlet, key)).or_default() += 1;
                }
            }
        }
    }

    /// The lines that repeat enough.
    pub fn build(self) -> Corpus {
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
        Corpus { repeated }
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
}
