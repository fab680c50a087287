//! Repair of markup escapes left in flattened text: HTML entities that a
//! feed or a corpus kept as written (`AT&amp;T`, `l&#39;Etat`), entities
//! that lost their ampersand on the way (`Macy #39;s`, `the  #36;10
//! million`: the `&` became a space), and backslash escapes (`US\$46`,
//! `second\team` for a line break). Feeds also carry the markup those
//! entities spelt (`&lt;b&gt;...&lt;/b&gt;` after a cut headline, a
//! description's `<p>` paragraphs and `<a href>` links): [`strip_tags`]
//! takes it out. A page's text never needs this: the HTML parser decodes
//! its entities and reads its tags; flattened text and feed titles do.

use std::borrow::Cow;

/// Named entities that lose their `&` to a space in old feed corpora
/// (`Johnson  amp; Johnson`, `on  quot;phone sex quot; services`), and
/// what they stand for. No word of any language ends with these and a `;`.
const LOST_NAMED: &[(&str, char)] = &[
    ("quot;", '"'),
    ("amp;", '&'),
    ("lt;", '<'),
    ("gt;", '>'),
    ("nbsp;", ' '),
];

/// `text` with the named entities of [`LOST_NAMED`] that follow a space
/// decoded, that space (the lost `&`) taken out.
fn lost_named(text: &str) -> Cow<'_, str> {
    if !text.contains(';') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut changed = false;
    while let Some(at) = rest.find(' ') {
        let (before, from) = rest.split_at(at);
        out.push_str(before);
        let after = &from[1..];
        match LOST_NAMED.iter().find(|(name, _)| after.starts_with(name)) {
            Some(&(name, c)) => {
                out.push(c);
                rest = &after[name.len()..];
                changed = true;
            }
            None => {
                out.push(' ');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(text)
    }
}

/// `text` with its markup escapes decoded; borrowed when there is none.
pub fn repair(text: &str) -> Cow<'_, str> {
    match lost_named(text) {
        Cow::Borrowed(t) => repair_escapes(t),
        Cow::Owned(t) => Cow::Owned(repair_escapes(&t).into_owned()),
    }
}

/// Entities with their `&` (or, for numeric ones, with it lost to a
/// space) and backslash escapes: [`repair`] after [`lost_named`].
fn repair_escapes(text: &str) -> Cow<'_, str> {
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

/// Elements whose tags vanish inside a line, their text kept (`br` breaks
/// the line).
const INLINE_TAGS: &[&str] = &[
    "a", "abbr", "b", "big", "br", "cite", "code", "em", "font", "i", "img", "ins", "mark", "q",
    "s", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u",
];

/// Elements whose content is no text at all.
const HIDDEN_TAGS: &[&str] = &["script", "style"];

/// Longest tag read, attributes included: a `<` further from its `>` is
/// text ("a < b ... c > d").
const MAX_TAG: usize = 1000;

/// `text` without the HTML tags that a feed left in it: block elements
/// (`<p>`, `<div>`, `<li>`) become paragraph breaks, `<br>` a line break,
/// inline ones (`<a href=…>`, `<b>`, `<font>`) vanish and keep their text,
/// `<script>` and `<style>` go with their content. Only the names of HTML
/// elements are read as tags, so `<Anne>` or `x < y > z` stay as written;
/// borrowed when there is no tag.
pub fn strip_tags(text: &str) -> Cow<'_, str> {
    if !text.contains('<') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut changed = false;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let from = &rest[at..];
        let Some(tag) = tag_at(from) else {
            out.push('<');
            rest = &from[1..];
            continue;
        };
        changed = true;
        rest = &from[tag.len..];
        if HIDDEN_TAGS.contains(&tag.name.as_str()) && !tag.closing {
            let close = format!("</{}", tag.name);
            let end = rest.to_ascii_lowercase().find(&close);
            rest = match end {
                Some(e) => rest[e..].find('>').map_or("", |g| &rest[e + g + 1..]),
                None => "",
            };
        } else if tag.name == "br" {
            out.push('\n');
        } else if crate::html::BLOCK.contains(&tag.name.as_str()) {
            out.push_str("\n\n");
        }
    }
    out.push_str(rest);
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(text)
    }
}

/// A tag read at the start of some text.
struct Tag {
    /// The element's name, lowercased.
    name: String,
    /// Whether it is an end tag (`</p>`).
    closing: bool,
    /// Bytes it spans, `<` and `>` included.
    len: usize,
}

/// The tag of a known element at the start of `s` (which starts with `<`).
fn tag_at(s: &str) -> Option<Tag> {
    let body = &s[1..];
    let (closing, body) = match body.strip_prefix('/') {
        Some(b) => (true, b),
        None => (false, body),
    };
    let name_len = body
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(body.len());
    let name = body[..name_len].to_ascii_lowercase();
    let known = |list: &[&str]| list.contains(&name.as_str());
    if name.is_empty() || !(known(crate::html::BLOCK) || known(INLINE_TAGS) || known(HIDDEN_TAGS)) {
        return None;
    }
    // After the name: `>`, `/>`, or attributes, whose quoted values may
    // hold a `>`.
    let after = &body[name_len..];
    if !after.starts_with(['>', '/', ' ', '\t', '\n', '\r']) {
        return None;
    }
    let mut quote: Option<char> = None;
    for (i, c) in after.char_indices() {
        if i > MAX_TAG {
            return None;
        }
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '<') => return None,
            (None, '>') => {
                return Some(Tag {
                    name,
                    closing,
                    len: 1 + usize::from(closing) + name_len + i + 1,
                })
            }
            _ => {}
        }
    }
    None
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
    // After a word or the punctuation that ends one ("Ivan,\a source",
    // "U.S.\military").
    let prev = before.chars().next_back()?;
    let glued_before = prev.is_whitespace() && next.is_alphanumeric();
    let glued_after = (prev.is_alphanumeric() || prev == '.') && matches!(next, ',' | ';');
    if glued_before || glued_after {
        // "Corp. \on Tuesday", "Inc.\, the": the break was next to a
        // space or before a comma ("a \ b", alone between spaces, stays).
        return Some(None);
    }
    // Not after a colon: "C:\Windows" is a path.
    let ends_word = prev.is_alphanumeric() || matches!(prev, ',' | '.' | ';' | ')' | '"');
    (ends_word && next.is_alphanumeric()).then_some(Some(' '))
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
            (
                "Johnson  amp; Johnson and J amp;J",
                "Johnson & Johnson and J&J",
            ),
            (
                "a crackdown on  quot;phone sex quot; services",
                "a crackdown on \"phone sex\" services",
            ),
            ("a second\\team of experts", "a second team of experts"),
            (
                "Hurricane Ivan,\\a source said near a U.S.\\military patrol",
                "Hurricane Ivan, a source said near a U.S. military patrol",
            ),
            (
                "EchoStar Corp. \\on Tuesday said",
                "EchoStar Corp. on Tuesday said",
            ),
            ("Services Inc.\\, the buyer", "Services Inc., the buyer"),
            ("open C:\\Windows first", "open C:\\Windows first"),
        ] {
            assert_eq!(repair(raw), clean, "{raw}");
        }
    }

    #[test]
    fn feed_markup_stripped() {
        for (raw, clean) in [
            (
                "Monsanto Co. <A HREF=\"http://example.com/q.aspx?t=MON.N target=/q\">MON.N</A> on Wednesday said",
                "Monsanto Co. MON.N on Wednesday said",
            ),
            ("Sharon Pushes On With Gaza <b>...</b>", "Sharon Pushes On With Gaza ..."),
            (
                "<p></p><p> By Deborah Cohen</p><p> CHICAGO (Reuters) - Tele",
                "\n\n\n\n\n\n By Deborah Cohen\n\n\n\n CHICAGO (Reuters) - Tele",
            ),
            ("one<br/>two <FONT face='a>b'>three</FONT>", "one\ntwo three"),
            ("text<script>var a = '<p>';</script> more", "text more"),
        ] {
            assert_eq!(strip_tags(raw), clean, "{raw}");
        }
    }

    #[test]
    fn angle_brackets_that_are_no_tags_stay() {
        for s in [
            "x < y and y > z",
            "Write to <Anne> at once",
            "if a <b then c",
            "<pa> is no element, nor <bold>",
            "an unclosed <a href=\"x",
        ] {
            assert!(
                matches!(strip_tags(s), Cow::Borrowed(_)),
                "{s}: {}",
                strip_tags(s)
            );
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
