//! Repair of markup escapes left in flattened text: HTML entities that a
//! feed or a corpus kept as written (`AT&amp;T`, `l&#39;Etat`), entities
//! that lost their ampersand on the way (`Macy #39;s`, `the  #36;10
//! million`: the `&` became a space), and backslash escapes (`US\$46`,
//! `second\team` for a line break). A page's text never needs this: the
//! HTML parser decodes its entities; flattened text and feed titles do.

use std::borrow::Cow;

/// `text` with its markup escapes decoded; borrowed when there is none.
pub fn repair(text: &str) -> Cow<'_, str> {
    if !text.contains(['&', '#', '\\']) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut changed = false;
    while let Some(at) = rest.find(['&', '#', '\\']) {
        let (before, from) = rest.split_at(at);
        out.push_str(before);
        let (decoded, used) = match from.as_bytes()[0] {
            b'&' => entity(&from[1..]).map_or((None, 0), |(c, n)| (Some(c), n + 1)),
            b'#' => {
                // An entity whose `&` became a space: the space goes too.
                let after_space = out.ends_with(|c: char| c.is_whitespace());
                match numeric(&from[1..]) {
                    Some((c, n)) if after_space => {
                        out.pop();
                        (Some(c), n + 1)
                    }
                    _ => (None, 0),
                }
            }
            _ => backslash(&out, &from[1..]).map_or((None, 0), |c| (c, 1)),
        };
        if used == 0 {
            // Not an escape: keep the character as written.
            out.push(from.as_bytes()[0] as char);
            rest = &from[1..];
            continue;
        }
        changed = true;
        if let Some(c) = decoded {
            out.push(c);
        }
        rest = &from[used..];
    }
    out.push_str(rest);
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(text)
    }
}

/// The entity at the start of `s` (after its `&`): the character and the
/// bytes it spans, `;` included.
fn entity(s: &str) -> Option<(char, usize)> {
    if let Some(num) = s.strip_prefix('#') {
        return numeric(num).map(|(c, n)| (c, n + 1));
    }
    let end = s.find(';').filter(|&e| (2..=8).contains(&e))?;
    let name = &s[..end];
    if !name.chars().all(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let written = format!("&{}", &s[..=end]);
    let decoded = html_escape::decode_html_entities(&written);
    let mut chars = decoded.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if decoded != written => Some((c, end + 1)),
        _ => None,
    }
}

/// The numeric entity at the start of `s` (after `&#` or a lost `&`):
/// decimal or `x` and hex digits, then `;`. Code points 128–159 are read
/// as Windows-1252, as browsers do (`&#146;` is ’).
fn numeric(s: &str) -> Option<(char, usize)> {
    let (digits, radix, skip) = match s.strip_prefix(['x', 'X']) {
        Some(hex) => (hex, 16, 1),
        None => (s, 10, 0),
    };
    let len = digits.find(';').filter(|&e| (2..=6).contains(&e))?;
    let code = u32::from_str_radix(&digits[..len], radix).ok()?;
    let c = match code {
        128..=159 => crate::mojibake::cp1252_char(code as u8)?,
        _ => char::from_u32(code).filter(|c| !c.is_control() || *c == '\n')?,
    };
    Some((c, skip + len + 1))
}

/// What a backslash before `s` stands for, given the text before it:
/// `Some(Some(c))` for an escaped sign (`\$` is `$`), `Some(Some(' '))`
/// between two words (a flattened line break), `None` to keep it.
fn backslash(before: &str, s: &str) -> Option<Option<char>> {
    let next = s.chars().next()?;
    if matches!(next, '$' | '&' | '%' | '#' | '_' | '"' | '\'') {
        // The sign is kept by the caller's next step: drop only the `\`.
        return Some(None);
    }
    let prev = before.chars().next_back()?;
    (prev.is_alphanumeric() && next.is_alphanumeric()).then_some(Some(' '))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_decoded_and_lost_ampersands_found() {
        for (raw, clean) in [
            ("AT&amp;T and R&D", "AT&T and R&D"),
            ("l&#39;Etat, &eacute;t&eacute;", "l'Etat, été"),
            ("Macy #39;s will rename", "Macy's will rename"),
            ("up to  #36;50 million", "up to $50 million"),
            ("It #146;s done  #151; almost", "It’s done — almost"),
            ("US\\$46 a barrel", "US$46 a barrel"),
            ("a second\\team of experts", "a second team of experts"),
        ] {
            assert_eq!(repair(raw), clean, "{raw}");
        }
    }

    #[test]
    fn text_without_escapes_stays_as_written() {
        for s in [
            "Plain text, 100% sure & happy.",
            "Tag #MeToo and #1 hit; item #12;",
            "C# and F# are languages",
            "a \\ b and &unknown; and &;",
            "Price: 5 & 6; total",
        ] {
            assert!(matches!(repair(s), Cow::Borrowed(_)), "{s}: {}", repair(s));
        }
    }
}
