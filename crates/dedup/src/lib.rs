//! Near-duplicate detection: MinHash signatures over word shingles and a
//! banded LSH index.
//!
//! Wire copy is syndicated everywhere, pages are re-posted, and an outlet
//! lightly edits an agency dispatch (a new headline, a paragraph cut). The
//! digest folds such copies into one article that lists them, and counts an
//! event's independent sources apart from its copies. Every article gets a
//! [`Signature`]: the minimum of [`HASHES`] hash functions over the
//! 5-word shingles of its folded text. The [`DupIndex`] buckets signatures
//! by bands of rows, so a new article is only compared with those that
//! share a band (LSH), never with all: the cost of adding one does not grow
//! with the number already indexed. Candidates are confirmed on the
//! estimated Jaccard similarity, or on containment (a trimmed copy of a
//! longer dispatch), which the estimate and the two shingle counts give.

use gazette_lang::words_of;
use gazette_terms::names::fold;
use rustc_hash::{FxHashMap as HashMap, FxHasher};
use std::hash::Hasher;

/// Number of hash functions in a signature.
pub const HASHES: usize = 64;
/// Rows per LSH band: with 16 bands of 4 rows, pairs at Jaccard 0.5 are
/// found with probability 0.64 and pairs at 0.7 with 0.98.
const ROWS: usize = 4;
const BANDS: usize = HASHES / ROWS;
/// Words per shingle.
const SHINGLE: usize = 5;
/// Fewer shingles than this and a text is too short to call a copy: two
/// one-line briefs that share a phrase are not the same article.
const MIN_SHINGLES: u32 = 8;
/// Most candidates checked per bucket: a story syndicated a thousand times
/// must not make each new copy cost a thousand comparisons.
const MAX_BUCKET_CHECKS: usize = 16;

/// When two articles count as copies of each other.
#[derive(Debug, Clone, Copy)]
pub struct DedupOptions {
    /// Estimated Jaccard similarity of the shingle sets from which two
    /// texts are copies.
    pub jaccard: f32,
    /// Share of the shorter text's shingles found in the longer one from
    /// which the shorter is a (trimmed) copy…
    pub containment: f32,
    /// …provided it is at least this share of the longer one's length.
    pub min_length_ratio: f32,
}

impl Default for DedupOptions {
    fn default() -> Self {
        DedupOptions {
            jaccard: 0.6,
            containment: 0.85,
            min_length_ratio: 0.3,
        }
    }
}

/// The MinHash signature of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    mins: [u32; HASHES],
    shingles: u32,
}

impl Signature {
    /// The signature of `text`, or `None` when it is too short to judge.
    pub fn of(text: &str) -> Option<Signature> {
        let words: Vec<String> = words_of(text).map(fold).collect();
        if words.len() < SHINGLE {
            return None;
        }
        let mut hashes: Vec<u64> = words
            .windows(SHINGLE)
            .map(|w| {
                let mut h = FxHasher::default();
                for word in w {
                    h.write(word.as_bytes());
                    h.write_u8(0xff);
                }
                mix(h.finish())
            })
            .collect();
        hashes.sort_unstable();
        hashes.dedup();
        if (hashes.len() as u32) < MIN_SHINGLES {
            return None;
        }
        let mut mins = [u32::MAX; HASHES];
        for &h in &hashes {
            for (i, m) in mins.iter_mut().enumerate() {
                let (a, b) = PERMUTATIONS[i];
                let v = (a.wrapping_mul(h).wrapping_add(b) >> 32) as u32;
                if v < *m {
                    *m = v;
                }
            }
        }
        Some(Signature {
            mins,
            shingles: hashes.len() as u32,
        })
    }

    /// Estimated Jaccard similarity of the two shingle sets.
    pub fn jaccard(&self, other: &Signature) -> f32 {
        let same = self
            .mins
            .iter()
            .zip(&other.mins)
            .filter(|(a, b)| a == b)
            .count();
        same as f32 / HASHES as f32
    }

    /// Estimated share of the smaller set contained in the larger one.
    pub fn containment(&self, other: &Signature) -> f32 {
        let j = self.jaccard(other);
        let (a, b) = (self.shingles as f32, other.shingles as f32);
        let inter = j / (1.0 + j) * (a + b);
        (inter / a.min(b)).min(1.0)
    }
}

/// Odd multipliers and offsets of the hash family, fixed so that
/// signatures are reproducible across runs.
const PERMUTATIONS: [(u64, u64); HASHES] = {
    let mut out = [(0u64, 0u64); HASHES];
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut i = 0;
    while i < HASHES {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let a = splitmix(state) | 1;
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let b = splitmix(state);
        out[i] = (a, b);
        i += 1;
    }
    out
};

const fn splitmix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn mix(h: u64) -> u64 {
    splitmix(h)
}

/// A confirmed copy.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Match {
    /// Handle of the earlier article it copies.
    pub of: usize,
    /// Estimated Jaccard similarity.
    pub jaccard: f32,
    /// Estimated containment of the shorter in the longer.
    pub containment: f32,
}

/// An incremental LSH index of signatures.
#[derive(Debug, Default)]
pub struct DupIndex {
    options: DedupOptions,
    bands: Vec<HashMap<u64, Vec<usize>>>,
    signatures: Vec<Option<Signature>>,
}

impl DupIndex {
    /// An empty index.
    pub fn new(options: DedupOptions) -> DupIndex {
        DupIndex {
            options,
            bands: vec![HashMap::default(); BANDS],
            signatures: Vec::new(),
        }
    }

    /// Adds an article's signature (or `None` for one too short to
    /// compare) and returns its handle (0, 1, 2… in insertion order), with
    /// the best earlier article it copies, if any.
    pub fn insert(&mut self, sig: Option<Signature>) -> (usize, Option<Match>) {
        let handle = self.signatures.len();
        let Some(sig) = sig else {
            self.signatures.push(None);
            return (handle, None);
        };
        let mut seen: Vec<usize> = Vec::new();
        let mut best: Option<Match> = None;
        for (band, buckets) in self.bands.iter_mut().enumerate() {
            let key = band_key(&sig, band);
            let bucket = buckets.entry(key).or_default();
            for &other in bucket.iter().rev().take(MAX_BUCKET_CHECKS) {
                if seen.contains(&other) {
                    continue;
                }
                seen.push(other);
                let Some(Some(o)) = self.signatures.get(other) else {
                    continue;
                };
                let jaccard = sig.jaccard(o);
                let containment = sig.containment(o);
                let ratio =
                    sig.shingles.min(o.shingles) as f32 / sig.shingles.max(o.shingles) as f32;
                let copy = jaccard >= self.options.jaccard
                    || (containment >= self.options.containment
                        && ratio >= self.options.min_length_ratio);
                if copy && best.is_none_or(|b| jaccard > b.jaccard) {
                    best = Some(Match {
                        of: other,
                        jaccard,
                        containment,
                    });
                }
            }
            bucket.push(handle);
        }
        self.signatures.push(Some(sig));
        (handle, best)
    }
}

fn band_key(sig: &Signature, band: usize) -> u64 {
    let mut h = FxHasher::default();
    for v in &sig.mins[band * ROWS..(band + 1) * ROWS] {
        h.write_u32(*v);
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    const WIRE: &str =
        "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan \
        spoke by phone on Friday after an air strike killed 33 Turkish soldiers in the Syrian \
        province of Idlib, the Kremlin said. The two leaders expressed serious concern over the \
        escalation and agreed to step up contacts between their ministries, according to a \
        statement. Ankara has blamed Syrian government forces for the strike.";

    #[test]
    fn copies_are_found_and_different_texts_are_not() {
        let mut idx = DupIndex::new(DedupOptions::default());
        let (a, none) = idx.insert(Signature::of(WIRE));
        assert_eq!(none, None);
        // A re-post with a changed last sentence.
        let edited = WIRE.replace(
            "Ankara has blamed Syrian government forces for the strike.",
            "Turkey responded with strikes.",
        );
        let (_, m) = idx.insert(Signature::of(&edited));
        assert_eq!(m.map(|m| m.of), Some(a), "{m:?}");
        // A trimmed copy: the first two sentences only.
        let trimmed: String = WIRE.split(". ").take(2).collect::<Vec<_>>().join(". ");
        let (_, m) = idx.insert(Signature::of(&trimmed));
        assert!(m.is_some());
        let other = "The European Central Bank left interest rates unchanged on Thursday and \
            said it would keep buying bonds for as long as needed to support the economy of the \
            euro area, which is recovering more slowly than expected from the pandemic.";
        let (_, m) = idx.insert(Signature::of(other));
        assert_eq!(m, None);
    }

    #[test]
    fn short_texts_are_not_judged() {
        assert_eq!(Signature::of("Putin and Erdogan spoke by phone."), None);
        let mut idx = DupIndex::new(DedupOptions::default());
        assert_eq!(idx.insert(None), (0, None));
    }

    #[test]
    fn estimates_are_close() {
        let a = Signature::of(WIRE).expect("long enough");
        assert_eq!(a.jaccard(&a), 1.0);
        assert_eq!(a.containment(&a), 1.0);
    }
}
