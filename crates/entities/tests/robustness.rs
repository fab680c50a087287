//! No text makes entity, quote or time analysis panic: seeded mutations of
//! the seed articles and of pathological strings, on every run.

use gazette_lang::Lang;

const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/seeds");

/// A small deterministic generator (xorshift), so failures reproduce.
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

const PIECES: &[&str] = &[
    "«",
    "»",
    "\"",
    "“",
    "”",
    ":",
    ",",
    ".",
    "M.",
    "Mme ",
    "Van",
    "La",
    "De",
    "al-",
    "El-Assad",
    " a indiqué ",
    " selon ",
    "lui",
    " le porte-parole du Kremlin",
    " contestée par ",
    "Ankara",
    " le 27 février",
    " hier soir",
    " il y a ",
    " ans",
    "ce",
    "\n\n",
    "'",
    "-t-il",
    "Sergueï",
    " 1er ",
    "2020",
    "vers 18 h",
    "\u{a0}",
    "\u{202f}",
    "É",
    "ß",
    "🙂",
];

fn mutate(rng: &mut Rng, base: &str) -> String {
    let chars: Vec<char> = base.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        match rng.below(40) {
            0 => out.push_str(PIECES[rng.below(PIECES.len())]),
            1 => i += rng.below(20),
            _ => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    out
}

#[test]
fn mutated_seeds_never_panic() {
    let mut texts: Vec<String> = std::fs::read_dir(SEEDS)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                .collect()
        })
        .unwrap_or_default();
    texts.push(PIECES.concat());
    texts.push(String::new());
    texts.push("«".repeat(50));
    texts.push("Van La De".into());
    texts.push(
        "il y a 99999999999 jours, il y a 1e300 ans, 4000000000 years ago, le 31 février 99999"
            .into(),
    );
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for round in 0..400 {
        let base = &texts[round % texts.len()];
        let text = mutate(&mut rng, base);
        for lang in [Lang::Fr, Lang::En] {
            let a = gazette_entities::analyze(&text, lang);
            let n = text.chars().count();
            assert!(a.mentions.iter().all(|m| m.start < m.end && m.end <= n));
            assert!(a.quotes.iter().all(|q| q.start <= q.end && q.end <= n));
        }
        for lang in [Lang::Fr, Lang::En] {
            for reference in [
                None,
                chrono::NaiveDate::from_ymd_opt(2020, 2, 29),
                chrono::NaiveDate::from_ymd_opt(1, 1, 1),
            ] {
                let n = text.chars().count();
                for t in gazette_time::tag(&text, lang, reference) {
                    assert!(t.start < t.end && t.end <= n);
                }
            }
        }
    }
}
