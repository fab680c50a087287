//! JSON Lines: one article object a line; and JSON arrays of such objects.

use std::io::BufRead;

use gazette_model::{Content, Hints, PubDate, RawDocument};
use serde::Deserialize;

use crate::error::Place;
use crate::source::Sink;
use crate::{ErrorKind, InputError, ReadOptions};

/// The fields Gazette reads; others (including `gold_*` labels) are ignored.
#[derive(Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    text: Option<String>,
    html: Option<String>,
    title: Option<String>,
    url: Option<String>,
    published: Option<String>,
    outlet: Option<String>,
    language: Option<String>,
    /// A list of names, or one string ("Jane Roe and John Doe").
    authors: Option<serde_json::Value>,
}

pub(crate) fn read(
    mut reader: impl BufRead,
    name: &str,
    stem: &str,
    opts: &ReadOptions,
    sink: &mut Sink<'_>,
) -> Result<(), ErrorKind> {
    let mut line = Vec::new();
    let mut number = 0usize;
    loop {
        line.clear();
        number += 1;
        let n = read_line_limited(&mut reader, &mut line, opts.max_bytes)?;
        if n == 0 {
            return Ok(());
        }
        let place = format!("{name}{}", Place::Line(number));
        if line.len() as u64 > opts.max_bytes {
            sink(Err(InputError::new(
                place,
                ErrorKind::TooLarge {
                    size: n as u64,
                    limit: opts.max_bytes,
                },
            )));
            continue;
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        sink(parse_record(&line, &place, stem, number).map_err(|k| InputError::new(place, k)));
    }
}

/// Reads a JSON array of article objects, one element at a time (the
/// array is never held whole): each becomes a document, or the error in
/// its place (`file.json#record3`), as a JSON Lines line would. A syntax
/// error ends the array, after the records before it.
pub(crate) fn read_array(
    reader: impl BufRead,
    name: &str,
    stem: &str,
    opts: &ReadOptions,
    sink: &mut Sink<'_>,
) -> Result<(), ErrorKind> {
    use serde::de::{Deserializer as _, SeqAccess, Visitor};

    struct Records<'s, 'k> {
        name: &'s str,
        stem: &'s str,
        max_bytes: u64,
        sink: &'s mut Sink<'k>,
    }
    impl<'de> Visitor<'de> for Records<'_, '_> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an array of article objects")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
            let mut number = 0;
            while let Some(value) = seq.next_element::<serde_json::Value>()? {
                number += 1;
                let place = format!("{}{}", self.name, Place::Record(number));
                // The element as the line JSON Lines would have held.
                let bytes = serde_json::to_vec(&value).unwrap_or_default();
                let doc = if bytes.len() as u64 > self.max_bytes {
                    Err(ErrorKind::TooLarge {
                        size: bytes.len() as u64,
                        limit: self.max_bytes,
                    })
                } else {
                    parse_record(&bytes, &place, self.stem, number)
                };
                (self.sink)(doc.map_err(|k| InputError::new(place, k)));
            }
            Ok(())
        }
    }

    let mut de = serde_json::Deserializer::from_reader(reader);
    de.deserialize_seq(Records {
        name,
        stem,
        max_bytes: opts.max_bytes,
        sink,
    })
    .and_then(|()| de.end())
    .map_err(|e| ErrorKind::JsonArray(e.to_string()))
}

/// Reads one line, keeping at most `limit + 1` bytes of it in memory (enough to
/// know it is too long) but always consuming the whole line.
fn read_line_limited(
    reader: &mut impl BufRead,
    out: &mut Vec<u8>,
    limit: u64,
) -> std::io::Result<usize> {
    let mut total = 0;
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(total);
        }
        let (chunk, done) = match memchr::memchr(b'\n', buf) {
            Some(i) => (&buf[..=i], true),
            None => (buf, false),
        };
        let room = (limit as usize + 1).saturating_sub(out.len());
        out.extend_from_slice(&chunk[..chunk.len().min(room)]);
        let used = chunk.len();
        total += used;
        reader.consume(used);
        if done {
            return Ok(total);
        }
    }
}

fn parse_record(
    line: &[u8],
    place: &str,
    stem: &str,
    number: usize,
) -> Result<RawDocument, ErrorKind> {
    // serde reads an array as a struct's fields in order, and says so in
    // its terms ("expected a string at line 1 column 4"): say what the
    // line is instead.
    let kind = match line.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'{') => None,
        Some(b'[') => Some("an array"),
        Some(b'"') => Some("a string"),
        Some(b't' | b'f') => Some("a boolean"),
        Some(b'n') => Some("null"),
        Some(b'-' | b'0'..=b'9') => Some("a number"),
        _ => None,
    };
    if let Some(kind) = kind {
        return Err(ErrorKind::Json(format!("the line is {kind}")));
    }
    let record: Record = serde_json::from_slice(line).map_err(|e| {
        if std::str::from_utf8(line).is_err() {
            ErrorKind::Json("invalid UTF-8".into())
        } else {
            ErrorKind::Json(misfit_field(line).unwrap_or_else(|| e.to_string()))
        }
    })?;
    let titled = record
        .title
        .as_deref()
        .is_some_and(|t| !t.trim().is_empty());
    let content = match (record.html, record.text) {
        (Some(html), _) if !html.trim().is_empty() => Content::Html(html),
        (_, Some(text)) if !text.trim().is_empty() => Content::Text(text),
        // A headline feed: the title is the news.
        _ if titled => Content::Text(String::new()),
        _ => return Err(ErrorKind::NoContent),
    };
    let id = match record.id {
        Some(serde_json::Value::String(s)) if !s.is_empty() => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => format!("{stem}:{number}"),
    };
    let published = record.published.as_deref().and_then(PubDate::parse_iso);
    let mut warnings = Vec::new();
    if let Some(given) = record.published.as_deref().filter(|p| !p.trim().is_empty()) {
        if published.is_none() {
            warnings.push(format!(
                "\"published\" is not a date (YYYY-MM-DD, or ISO 8601 with a time): {given:?}; read as undated"
            ));
        }
    }
    Ok(RawDocument {
        id,
        source: place.to_string(),
        content,
        hints: Hints {
            url: record.url.filter(|s| !s.is_empty()),
            title: record.title.filter(|s| !s.trim().is_empty()),
            published,
            outlet: record.outlet.filter(|s| !s.trim().is_empty()),
            language: record.language.filter(|s| !s.is_empty()),
            authors: match record.authors {
                Some(serde_json::Value::String(s)) => vec![s],
                Some(serde_json::Value::Array(names)) => names
                    .into_iter()
                    .filter_map(|n| n.as_str().map(str::to_string))
                    .collect(),
                _ => Vec::new(),
            },
            record: true,
            warnings,
            ..Hints::default()
        },
    })
}

/// The field of an object `line` whose value is not the string Gazette
/// reads there (`"text" is a number, not a string`), if that is what is
/// wrong with it.
fn misfit_field(line: &[u8]) -> Option<String> {
    let serde_json::Value::Object(fields) = serde_json::from_slice(line).ok()? else {
        return None;
    };
    let text_fields = [
        "text",
        "html",
        "title",
        "url",
        "published",
        "outlet",
        "language",
    ];
    text_fields.iter().find_map(|&name| {
        let kind = match fields.get(name)? {
            serde_json::Value::String(_) | serde_json::Value::Null => return None,
            serde_json::Value::Bool(_) => "a boolean",
            serde_json::Value::Number(_) => "a number",
            serde_json::Value::Array(_) => "an array",
            serde_json::Value::Object(_) => "an object",
        };
        Some(format!("\"{name}\" is {kind}, not a string"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_json_array_is_read_record_by_record() {
        let array = br#"[
          {"id": "a", "text": "One article."},
          {"id": "b", "text": 5},
          {"title": "Only a headline"},
          {"id": "d", "text": "Cut"#;
        let mut got: Vec<Result<String, String>> = Vec::new();
        let result = read_array(
            &array[..],
            "x.json",
            "x",
            &ReadOptions::default(),
            &mut |r| got.push(r.map(|d| d.id).map_err(|e| e.to_string())),
        );
        assert_eq!(
            got,
            [
                Ok("a".to_string()),
                Err(
                    "x.json#record2: not a JSON article object: \"text\" is a number, not a string"
                        .to_string()
                ),
                Ok("x:3".to_string()),
            ]
        );
        let err = result.expect_err("the array breaks off").to_string();
        assert!(err.starts_with("broken JSON array: EOF"), "{err}");
    }

    #[test]
    fn records_with_text_html_or_only_a_title() {
        let doc = parse_record(br#"{"id": 7, "text": "Some news."}"#, "f.jsonl:1", "f", 1)
            .expect("text record");
        assert_eq!(doc.id, "7");
        assert!(matches!(doc.content, Content::Text(ref t) if t == "Some news."));
        // A headline feed.
        let doc = parse_record(br#"{"title": "Rates rise again"}"#, "f.jsonl:2", "f", 2)
            .expect("title record");
        assert_eq!(doc.id, "f:2");
        assert_eq!(doc.hints.title.as_deref(), Some("Rates rise again"));
        assert!(matches!(
            parse_record(
                br#"{"id": "x", "title": " ", "text": ""}"#,
                "f.jsonl:3",
                "f",
                3
            ),
            Err(ErrorKind::NoContent)
        ));
        let doc = parse_record(
            br#"{"id": "a", "text": "x", "authors": ["Ann Lee", 3, "Bo Li"]}"#,
            "f.jsonl:1",
            "f",
            1,
        )
        .expect("text record");
        assert_eq!(doc.hints.authors, ["Ann Lee", "Bo Li"]);
    }

    #[test]
    fn a_published_that_is_no_date_is_a_warning_not_a_loss() {
        let line = br#"{"id": "a", "text": "Some news.", "published": "31/02/2020"}"#;
        let doc = parse_record(line, "f.jsonl:1", "f", 1).expect("the record is kept");
        assert_eq!(doc.hints.published, None);
        assert_eq!(doc.hints.warnings.len(), 1, "{:?}", doc.hints.warnings);
        assert!(doc.hints.warnings[0].contains("31/02/2020"));
        let line = br#"{"id": "b", "text": "Some news.", "published": "2020-02-28"}"#;
        let doc = parse_record(line, "f.jsonl:2", "f", 2).expect("the record is kept");
        assert!(doc.hints.warnings.is_empty());
    }

    #[test]
    fn a_line_of_the_wrong_shape_says_what_is_wrong() {
        for (line, said) in [
            (&b"[1, 2]"[..], "the line is an array"),
            (b" \"news\"", "the line is a string"),
            (b"42", "the line is a number"),
            (
                br#"{"id": "c", "text": 123}"#,
                "\"text\" is a number, not a string",
            ),
        ] {
            match parse_record(line, "f.jsonl:1", "f", 1) {
                Err(ErrorKind::Json(m)) => assert_eq!(m, said),
                other => panic!("{other:?}"),
            }
        }
    }
}
