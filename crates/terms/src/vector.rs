//! Sparse vectors over term ids.

use crate::TermId;

/// A sparse vector, entries sorted by term id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SparseVec {
    entries: Vec<(TermId, f32)>,
}

impl SparseVec {
    /// Builds a vector from entries in any order (ids must be distinct).
    pub fn from_unsorted(mut entries: Vec<(TermId, f32)>) -> SparseVec {
        entries.sort_unstable_by_key(|e| e.0);
        SparseVec { entries }
    }

    /// The entries, sorted by id.
    pub fn entries(&self) -> &[(TermId, f32)] {
        &self.entries
    }

    /// Whether the vector has no entry.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Weight of `id` (0 when absent).
    pub fn get(&self, id: TermId) -> f32 {
        self.entries
            .binary_search_by_key(&id, |e| e.0)
            .map_or(0.0, |i| self.entries[i].1)
    }

    /// Euclidean norm.
    pub fn norm(&self) -> f32 {
        self.entries.iter().map(|e| e.1 * e.1).sum::<f32>().sqrt()
    }

    /// Scales to unit length (no-op for the zero vector).
    pub fn normalize(&mut self) {
        let n = self.norm();
        if n > 0.0 {
            for e in &mut self.entries {
                e.1 /= n;
            }
        }
    }

    /// Dot product (a merge over the two sorted entry lists).
    pub fn dot(&self, other: &SparseVec) -> f32 {
        self.dot_shared(other).0
    }

    /// Dot product and the number of terms the two vectors share.
    pub fn dot_shared(&self, other: &SparseVec) -> (f32, usize) {
        let (a, b) = (&self.entries, &other.entries);
        let (mut i, mut j, mut sum, mut shared) = (0, 0, 0.0, 0);
        while i < a.len() && j < b.len() {
            match a[i].0.cmp(&b[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    sum += a[i].1 * b[j].1;
                    shared += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        (sum, shared)
    }

    /// Cosine similarity.
    pub fn cosine(&self, other: &SparseVec) -> f32 {
        let n = self.norm() * other.norm();
        if n == 0.0 {
            0.0
        } else {
            self.dot(other) / n
        }
    }

    /// `self += scale * other`.
    pub fn add_scaled(&mut self, other: &SparseVec, scale: f32) {
        let mut out = Vec::with_capacity(self.entries.len() + other.entries.len());
        let (a, b) = (&self.entries, &other.entries);
        let (mut i, mut j) = (0, 0);
        while i < a.len() || j < b.len() {
            if j >= b.len() || (i < a.len() && a[i].0 < b[j].0) {
                out.push(a[i]);
                i += 1;
            } else if i >= a.len() || b[j].0 < a[i].0 {
                out.push((b[j].0, b[j].1 * scale));
                j += 1;
            } else {
                out.push((a[i].0, a[i].1 + b[j].1 * scale));
                i += 1;
                j += 1;
            }
        }
        self.entries = out;
    }

    /// The sum of many vectors, accumulated in one pass (cheaper than
    /// repeated [`add_scaled`](SparseVec::add_scaled) into a growing sum).
    pub fn sum<'a>(vectors: impl IntoIterator<Item = &'a SparseVec>) -> SparseVec {
        let mut acc: rustc_hash::FxHashMap<TermId, f32> = rustc_hash::FxHashMap::default();
        for v in vectors {
            for &(t, w) in &v.entries {
                *acc.entry(t).or_insert(0.0) += w;
            }
        }
        SparseVec::from_unsorted(acc.into_iter().collect())
    }

    /// Keeps the `k` heaviest entries (by absolute weight).
    pub fn truncate(&mut self, k: usize) {
        if self.entries.len() <= k {
            return;
        }
        self.entries
            .select_nth_unstable_by(k, |a, b| b.1.abs().total_cmp(&a.1.abs()));
        self.entries.truncate(k);
        self.entries.sort_unstable_by_key(|e| e.0);
    }

    /// The ids of the `k` heaviest entries, heaviest first.
    pub fn top(&self, k: usize) -> Vec<TermId> {
        let mut e = self.entries.clone();
        e.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        e.into_iter().take(k).map(|e| e.0).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arithmetic() {
        let mut a = SparseVec::from_unsorted(vec![(3, 1.0), (1, 2.0)]);
        let b = SparseVec::from_unsorted(vec![(1, 1.0), (2, 5.0)]);
        assert_eq!(a.dot(&b), 2.0);
        a.add_scaled(&b, 2.0);
        assert_eq!(a.entries(), &[(1, 4.0), (2, 10.0), (3, 1.0)]);
        a.truncate(2);
        assert_eq!(a.entries(), &[(1, 4.0), (2, 10.0)]);
        assert_eq!(a.top(1), vec![2]);
        assert!((b.cosine(&b) - 1.0).abs() < 1e-6);
        let s = SparseVec::sum([&b, &b]);
        assert_eq!(s.entries(), &[(1, 2.0), (2, 10.0)]);
    }
}
