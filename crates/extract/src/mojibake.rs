//! Repair of mojibake: UTF-8 text that was once decoded as Latin-1 or
//! Windows-1252 and encoded again ("RÃ©forme", "unilatÃ©ralement",
//! "lâ€™Ã‰tat"). Feeds and scraped corpora carry it often, and it breaks
//! everything downstream: words, names, language, duplicates.
//!
//! Each run of non-space characters that contains a character such a
//! misreading produces is mapped back to the bytes it was read from; when
//! those bytes are valid UTF-8 and decode to something else, the run is
//! replaced. Real text almost never passes that test: "pâte" gives bytes
//! that are not UTF-8, so it stays as written.

use std::borrow::Cow;

/// Windows-1252 characters of the bytes 0x80–0x9F, as a misreading shows
/// them (the bytes that Latin-1 leaves as control characters).
const CP1252: [(char, u8); 27] = [
    ('€', 0x80),
    ('‚', 0x82),
    ('ƒ', 0x83),
    ('„', 0x84),
    ('…', 0x85),
    ('†', 0x86),
    ('‡', 0x87),
    ('ˆ', 0x88),
    ('‰', 0x89),
    ('Š', 0x8A),
    ('‹', 0x8B),
    ('Œ', 0x8C),
    ('Ž', 0x8E),
    ('‘', 0x91),
    ('’', 0x92),
    ('“', 0x93),
    ('”', 0x94),
    ('•', 0x95),
    ('–', 0x96),
    ('—', 0x97),
    ('˜', 0x98),
    ('™', 0x99),
    ('š', 0x9A),
    ('›', 0x9B),
    ('œ', 0x9C),
    ('ž', 0x9E),
    ('Ÿ', 0x9F),
];

/// The byte a misreading turned into `c`, if any.
fn byte_of(c: char) -> Option<u8> {
    match c as u32 {
        0..=0xFF => Some(c as u32 as u8),
        _ => CP1252.iter().find(|(k, _)| *k == c).map(|&(_, b)| b),
    }
}

/// A character that starts a multi-byte UTF-8 sequence once misread: the
/// lead bytes 0xC2–0xF4 as Latin-1.
fn is_lead(c: char) -> bool {
    ('\u{C2}'..='\u{F4}').contains(&c)
}

/// `s` with its mojibake repaired (borrowed when there is none).
pub fn repair(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_lead) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut changed = false;
    let mut rest = s;
    while !rest.is_empty() {
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let (word, tail) = rest.split_at(end);
        match redecode(word) {
            Some(fixed) => {
                out.push_str(&fixed);
                changed = true;
            }
            None => out.push_str(word),
        }
        let space = tail
            .find(|c: char| !c.is_whitespace())
            .unwrap_or(tail.len());
        out.push_str(&tail[..space]);
        rest = &tail[space..];
    }
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(s)
    }
}

/// The text `word` was misread from, when it was.
fn redecode(word: &str) -> Option<String> {
    if !word.chars().any(is_lead) {
        return None;
    }
    let bytes: Vec<u8> = word.chars().map(byte_of).collect::<Option<_>>()?;
    let fixed = String::from_utf8(bytes).ok()?;
    (fixed != word).then_some(fixed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn misread_utf8_is_repaired() {
        assert_eq!(
            repair(
                "RÃ©forme des retraites : le gouvernement promet des \"propositions concrÃ¨tes\""
            ),
            "Réforme des retraites : le gouvernement promet des \"propositions concrètes\""
        );
        assert_eq!(repair("AngoulÃªme-USAP"), "Angoulême-USAP");
        assert_eq!(repair("lâ€™Ã‰tat"), "l’État");
    }

    #[test]
    fn real_accents_stay() {
        for s in [
            "pâte à crêpes, Noël, façade",
            "Ça va ? Où ? Âge, Île-de-France, Ève",
            "naïve Zoë ôter",
        ] {
            assert!(matches!(repair(s), Cow::Borrowed(_)), "{s}");
        }
    }

    #[test]
    fn mixed_text_repairs_only_the_broken_words() {
        assert_eq!(
            repair("Le général a agi unilatÃ©ralement à Paris"),
            "Le général a agi unilatéralement à Paris"
        );
    }
}
