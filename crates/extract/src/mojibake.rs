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

/// The Windows-1252 character of a byte 0x80–0x9F (`None` for the five
/// bytes it leaves undefined).
pub(crate) fn cp1252_char(byte: u8) -> Option<char> {
    CP1252.iter().find(|&&(_, b)| b == byte).map(|&(c, _)| c)
}

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

/// A character that a continuation byte (0x80–0xBF) becomes once misread.
fn is_continuation(c: char) -> bool {
    byte_of(c).is_some_and(|b| (0x80..=0xBF).contains(&b))
}

/// Whether `s` holds a lead followed by a continuation, which every
/// misread multi-byte sequence starts with; French prose ("é" followed by
/// a letter) does not, so it takes the fast path.
fn suspicious(s: &str) -> bool {
    let mut prev_lead = false;
    for c in s.chars() {
        if prev_lead && is_continuation(c) {
            return true;
        }
        prev_lead = is_lead(c);
    }
    false
}

/// `s` with its mojibake repaired (borrowed when there is none).
pub fn repair(s: &str) -> Cow<'_, str> {
    if !suspicious(s) {
        return Cow::Borrowed(s);
    }
    // A no-break space is the byte 0xA0 misread ("Ã\u{a0}" is "à"), so it
    // does not end a word here.
    let space = |c: char| c.is_whitespace() && c != '\u{a0}';
    let mut out = String::with_capacity(s.len());
    let mut changed = false;
    let mut rest = s;
    while !rest.is_empty() {
        let end = rest.find(space).unwrap_or(rest.len());
        let (word, tail) = rest.split_at(end);
        match redecode(word) {
            Some(fixed) => {
                out.push_str(&fixed);
                changed = true;
            }
            None => out.push_str(word),
        }
        let gap = tail.find(|c: char| !space(c)).unwrap_or(tail.len());
        out.push_str(&tail[..gap]);
        rest = &tail[gap..];
    }
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(s)
    }
}

/// The text `word` was misread from, when it was.
fn redecode(word: &str) -> Option<String> {
    if !suspicious(word) {
        return None;
    }
    let bytes: Vec<u8> = word.chars().map(byte_of).collect::<Option<_>>()?;
    let fixed = String::from_utf8(bytes).ok()?;
    // What mojibake hides is letters of the alphabetic scripts (two-byte
    // UTF-8) and typographic punctuation; a rare script decoded out of
    // French ("à\u{a0}»" would be Samaritan) means it was real text.
    let plausible = |c: char| (c as u32) < 0x800 || ('\u{2000}'..='\u{2BFF}').contains(&c);
    (fixed != word && fixed.chars().all(plausible)).then_some(fixed)
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
        assert_eq!(
            repair("les chiffres Ã\u{a0} connaître"),
            "les chiffres à connaître"
        );
    }

    #[test]
    fn real_accents_stay() {
        for s in [
            "pâte à crêpes, Noël, façade",
            "Ça va ? Où ? Âge, Île-de-France, Ève",
            "naïve Zoë ôter",
            "« prêt à\u{a0}» pour l’été\u{a0}!",
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
