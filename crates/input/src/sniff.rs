//! Content-based format detection.

/// What an input turned out to hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A WARC archive (`WARC/1.x` records).
    Warc,
    /// JSON Lines, one article object a line.
    JsonLines,
    /// A JSON array of article objects (a scraper's or an API's export).
    JsonArray,
    /// An RSS or Atom feed, one article an item.
    Feed,
    /// One HTML page.
    Html,
    /// One plain-text article.
    Text,
}

/// Tags whose presence near the start of a document means markup.
const HTML_MARKERS: &[&[u8]] = &[
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<body",
    b"<meta ",
    b"<title>",
    b"<div",
    b"<p>",
    b"<p ",
    b"</p>",
    b"<br",
    b"<article",
    b"<span",
    b"<a href",
    b"<table",
    b"<script",
    b"<h1",
    b"<h2",
    b"<ul>",
    b"<li>",
];

/// Classifies a document from its first bytes (after any gzip layer).
pub(crate) fn sniff(head: &[u8]) -> Format {
    let trimmed = trim_start(head);
    if trimmed.starts_with(b"WARC/") {
        return Format::Warc;
    }
    if trimmed
        .strip_prefix(b"[")
        .is_some_and(|rest| trim_start(rest).starts_with(b"{"))
    {
        return Format::JsonArray;
    }
    if trimmed.starts_with(b"{") || damaged_json_lines(trimmed) {
        return Format::JsonLines;
    }
    if crate::feed::is_feed(head) {
        return Format::Feed;
    }
    if looks_like_html_bytes(trimmed) {
        Format::Html
    } else {
        Format::Text
    }
}

/// Whether JSON Lines open on a line that is no object (an array, a
/// truncated record: `[1, 2]`): a later line among the first eight is a
/// whole object. Read as one text, every record would be lost; read as
/// JSON Lines, only the broken line is reported.
fn damaged_json_lines(trimmed: &[u8]) -> bool {
    if !trimmed.starts_with(b"[") {
        return false;
    }
    trimmed
        .split(|&b| b == b'\n')
        .skip(1)
        .map(|line| line.trim_ascii())
        .filter(|line| !line.is_empty())
        .take(7)
        .any(|line| line.starts_with(b"{") && line.ends_with(b"}"))
}

fn trim_start(bytes: &[u8]) -> &[u8] {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    &bytes[start..]
}

fn looks_like_html_bytes(head: &[u8]) -> bool {
    // Markers only add up as more bytes are read, and a page shows them in
    // its first kilobyte: the whole window is searched only when that is
    // not enough.
    let mut seen = 0;
    for window in [1024, 16 * 1024] {
        let part = &head[..head.len().min(window)];
        if part.len() <= seen {
            break;
        }
        seen = part.len();
        let lower: Vec<u8> = part.iter().map(u8::to_ascii_lowercase).collect();
        let distinct = HTML_MARKERS
            .iter()
            .filter(|m| memchr::memmem::find(&lower, m).is_some())
            .count();
        // A page starting with a tag needs one confirming marker; text that
        // merely quotes a tag somewhere needs several before it is markup.
        let needed = if lower.starts_with(b"<") { 1 } else { 3 };
        if distinct >= needed {
            return true;
        }
    }
    false
}

/// Whether a string holds HTML markup rather than plain text.
pub fn looks_like_html(s: &str) -> bool {
    looks_like_html_bytes(trim_start(s.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_formats() {
        assert_eq!(sniff(b"WARC/1.0\r\nWARC-Type: warcinfo"), Format::Warc);
        assert_eq!(
            sniff(b"\n{\"id\": \"a\", \"text\": \"b\"}"),
            Format::JsonLines
        );
        assert_eq!(sniff(b"<!DOCTYPE html><html>"), Format::Html);
        assert_eq!(
            sniff(b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>"),
            Format::Feed
        );
        assert_eq!(sniff(b"  <div class=x><p>Hello</p></div>"), Format::Html);
        assert_eq!(sniff(b"Source [Le Figaro] Les deux chefs..."), Format::Text);
        assert_eq!(
            sniff(b"[1, 2]\n{\"id\": \"a\", \"text\": \"b\"}\n"),
            Format::JsonLines,
            "a broken first record"
        );
        assert_eq!(
            sniff(b"[\n  {\"id\": \"a\", \"text\": \"b\"},\n  {\"id\": \"c\"}\n]"),
            Format::JsonArray
        );
        assert_eq!(
            sniff(b"[Update] The minister resigned.\nHe said so."),
            Format::Text
        );
        assert_eq!(sniff(b"Use a <b> tag for bold."), Format::Text);
    }
}
