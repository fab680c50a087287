//! The whole digest (copies, clustering, summaries, timelines, entities)
//! on seeded random coverage: no panic, and every article lands in exactly
//! one event of one story, whatever the text, dates and languages.

use std::collections::HashSet;

use gazette_digest::{digest, DigestOptions, Digester};
use gazette_model::{Article, PubDate};

const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/seeds");

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn corpus() -> Vec<String> {
    let mut paragraphs: Vec<String> = std::fs::read_dir(SEEDS)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                .flat_map(|t| t.lines().map(str::to_string).collect::<Vec<_>>())
                .filter(|l| !l.trim().is_empty())
                .collect()
        })
        .unwrap_or_default();
    paragraphs.extend(
        [
            "The earthquake killed 12 people in Chile on Tuesday, officials said.",
            "\"We will rebuild,\" President Gabriel Boric said in Santiago.",
            "« Nous reconstruirons », a déclaré M. Boric.",
            "",
            "«",
            "Van La De",
        ]
        .map(str::to_string),
    );
    paragraphs
}

fn articles(rng: &mut Rng, n: usize) -> Vec<Article> {
    let pool = corpus();
    (0..n)
        .map(|i| {
            let paragraphs: Vec<String> = (0..rng.below(6))
                .map(|_| pool[rng.below(pool.len())].clone())
                .collect();
            let published = match rng.below(3) {
                0 => None,
                _ => PubDate::parse_iso(&format!(
                    "2020-0{}-{:02}",
                    1 + rng.below(9),
                    1 + rng.below(28)
                )),
            };
            Article {
                id: format!("a{i}"),
                source: format!("test#{i}"),
                url: None,
                title: (rng.below(2) == 0).then(|| pool[rng.below(pool.len())].clone()),
                text: paragraphs.join("\n\n"),
                language: Some(["fr", "en", "de"][rng.below(3)].to_string()),
                published,
                outlet: None,
                authors: Vec::new(),
                description: None,
            }
        })
        .collect()
}

#[test]
fn random_coverage_is_digested_coherently() {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    for round in 0..6 {
        let arts = articles(&mut rng, 20 + round * 30);
        let n = arts.len();
        let d = digest(arts.clone(), DigestOptions::default());
        assert_eq!(d.articles.len(), n);
        let mut seen = HashSet::new();
        for e in &d.events {
            for a in &e.articles {
                assert!(seen.insert(a.clone()), "{a} in two events");
            }
            assert!(d
                .stories
                .iter()
                .any(|s| s.id == e.story && s.events.contains(&e.id)));
        }
        assert_eq!(seen.len(), n);
        // The incremental form takes the same articles without trouble.
        let mut inc = Digester::new(DigestOptions::default());
        for a in arts {
            inc.add(a);
        }
        let d2 = inc.finish();
        assert_eq!(d2.articles.len(), n);
    }
}
