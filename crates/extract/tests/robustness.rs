//! Hostile and broken input never panics the cleaners.
//!
//! The fuzz targets in `fuzz/` explore this with coverage guidance (they need
//! a nightly toolchain); this test runs on every CI build with a fixed seed:
//! thousands of mutations of real pages and of the seed texts (truncations,
//! byte flips, spliced tags, deleted ranges), each extracted as HTML and as
//! flattened text.

use gazette_extract::{dom::Dom, extract, text::clean_text};
use gazette_model::{Content, Hints, RawDocument};

/// A tiny deterministic generator (xorshift), so failures reproduce.
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

const FRAGMENTS: &[&str] = &[
    "<",
    ">",
    "</",
    "<!--",
    "-->",
    "<script>",
    "</script>",
    "<p>",
    "</div>",
    "<li>",
    "&",
    "&#",
    "&#x",
    "&amp;",
    "\"",
    "'",
    "=",
    "<br/>",
    "<table><tr><td>",
    "<a href=",
    "\u{ad}",
    "\u{200b}",
    "é",
    "\0",
    "<style>",
    "<title>",
    "<![CDATA[",
    "<svg><g>",
    "<h1>",
    "»",
    "Publicité\n",
    "À lire aussi : ",
];

fn mutate(rng: &mut Rng, base: &[u8]) -> Vec<u8> {
    let mut out = base.to_vec();
    for _ in 0..1 + rng.below(6) {
        let at = rng.below(out.len() + 1);
        match rng.below(5) {
            0 => out.truncate(at),
            1 => {
                let end = (at + rng.below(200)).min(out.len());
                out.drain(at..end);
            }
            2 => {
                let f = FRAGMENTS[rng.below(FRAGMENTS.len())].as_bytes();
                out.splice(at..at, f.iter().copied());
            }
            3 => {
                if at < out.len() {
                    out[at] = rng.next() as u8;
                }
            }
            _ => {
                let n = rng.below(50);
                let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
                out.splice(at..at, bytes);
            }
        }
    }
    out
}

fn doc(content: Content) -> RawDocument {
    RawDocument {
        id: "m".into(),
        source: "m".into(),
        content,
        hints: Hints::default(),
    }
}

#[test]
fn mutated_pages_and_texts_never_panic() {
    let page = r#"<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Titre - Journal</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Titre","datePublished":"2020-02-28","author":{"name":"Jean Dupont"}}</script>
</head><body><nav><a href="/">Accueil</a></nav><article><h1>Titre</h1><p>Les deux présidents se sont entretenus vendredi par téléphone, a indiqué le Kremlin.</p>
<div class="share"><a>Partager</a></div><p>Ils doivent se rencontrer la semaine prochaine à Moscou &amp; Ankara.</p><ul><li>Un</li><li>Deux</li></ul></article>
<footer>© 2020</footer></body></html>"#;
    let seeds_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/seeds");
    let mut bases: Vec<Vec<u8>> = vec![page.as_bytes().to_vec()];
    if let Ok(entries) = std::fs::read_dir(seeds_dir) {
        for e in entries.flatten() {
            if let Ok(b) = std::fs::read(e.path()) {
                bases.push(b);
            }
        }
    }
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for round in 0..3000 {
        let base = &bases[round % bases.len()];
        let bytes = mutate(&mut rng, base);
        let s = String::from_utf8_lossy(&bytes).into_owned();
        let _ = Dom::parse(&s);
        let _ = extract(&doc(Content::Html(s.clone())));
        let _ = extract(&doc(Content::Text(s.clone())));
        let title: String = s.chars().take(40).collect();
        let _ = clean_text(&s, Some(&title), None);
    }
}

#[test]
fn pathological_shapes_finish() {
    let cases = [
        "<div>".repeat(50_000),
        "</div>".repeat(50_000),
        "<p>a".repeat(20_000),
        "<li>".repeat(20_000),
        format!("<p>{}</p>", "mot ".repeat(200_000)),
        "\n".repeat(100_000),
        "- Un titre de liste...\n".repeat(10_000),
        "&".repeat(100_000),
    ];
    for c in cases {
        let _ = extract(&doc(Content::Html(c.clone())));
        let _ = extract(&doc(Content::Text(c)));
    }
}
