//! WARC archives (ISO 28500), as Common Crawl News ships them.
//!
//! Only records that carry a page are turned into documents: `response`
//! records holding an HTTP 200 with an HTML or text body, and `resource` /
//! `conversion` records whose own type is HTML or text. Requests, metadata,
//! redirects and images are skipped silently. A broken record is reported and
//! the reader resynchronises on the next `WARC/` header line, so one damaged
//! record does not lose the rest of the archive.

use std::io::{BufRead, Read};

use flate2::read::{GzDecoder, ZlibDecoder};
use gazette_model::{Content, Hints, PubDate, RawDocument};

use crate::error::Place;
use crate::source::{read_limited, Sink};
use crate::{decode_html, decode_text, ErrorKind, InputError, ReadOptions};

struct Header {
    fields: Vec<(String, String)>,
}

impl Header {
    fn get(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

pub(crate) fn read(
    mut reader: impl BufRead,
    name: &str,
    opts: &ReadOptions,
    sink: &mut Sink<'_>,
) -> Result<(), ErrorKind> {
    let mut number = 0usize;
    let mut pending: Option<String> = None;
    loop {
        let version = match pending.take() {
            Some(line) => line,
            None => match next_nonblank_line(&mut reader)? {
                Some(line) => line,
                None => return Ok(()),
            },
        };
        number += 1;
        let place = format!("{name}{}", Place::Record(number));
        match read_record(&mut reader, &version, opts) {
            Ok(Some((header, block))) => {
                if let Some(result) = to_document(&header, block, &place) {
                    sink(result.map_err(|k| InputError::new(place.clone(), k)));
                }
            }
            Ok(None) => {}
            Err(RecordError::Fatal(kind)) => {
                sink(Err(InputError::new(place, kind)));
                return Ok(());
            }
            Err(RecordError::Skip(kind)) => {
                sink(Err(InputError::new(place, kind)));
                pending = resync(&mut reader)?;
                if pending.is_none() {
                    return Ok(());
                }
            }
        }
    }
}

enum RecordError {
    /// The record is damaged; later records may be fine.
    Skip(ErrorKind),
    /// The archive ends inside this record.
    Fatal(ErrorKind),
}

fn next_nonblank_line(reader: &mut impl BufRead) -> Result<Option<String>, ErrorKind> {
    let mut buf = Vec::new();
    loop {
        buf.clear();
        if reader.read_until(b'\n', &mut buf)? == 0 {
            return Ok(None);
        }
        let line = String::from_utf8_lossy(&buf);
        let line = line.trim_end_matches(['\r', '\n']);
        if !line.trim().is_empty() {
            return Ok(Some(line.to_string()));
        }
    }
}

/// Skips to the next line that starts a record.
fn resync(reader: &mut impl BufRead) -> Result<Option<String>, ErrorKind> {
    while let Some(line) = next_nonblank_line(reader)? {
        if line.starts_with("WARC/") {
            return Ok(Some(line));
        }
    }
    Ok(None)
}

/// Reads one record's header and block. `Ok(None)` is a record we skip
/// without reading its block into memory.
fn read_record(
    reader: &mut impl BufRead,
    version: &str,
    opts: &ReadOptions,
) -> Result<Option<(Header, Vec<u8>)>, RecordError> {
    if !version.starts_with("WARC/") {
        return Err(RecordError::Skip(ErrorKind::Warc(format!(
            "expected a WARC/ version line, found {:?}",
            truncate(version, 40)
        ))));
    }
    let mut fields = Vec::new();
    let mut buf = Vec::new();
    loop {
        buf.clear();
        let n = reader
            .read_until(b'\n', &mut buf)
            .map_err(|e| RecordError::Fatal(e.into()))?;
        if n == 0 {
            return Err(RecordError::Fatal(ErrorKind::Warc(
                "archive ends inside a record header".into(),
            )));
        }
        let line = String::from_utf8_lossy(&buf);
        let line = line.trim_end_matches(['\r', '\n']);
        if line.is_empty() {
            break;
        }
        match line.split_once(':') {
            Some((k, v)) => fields.push((k.trim().to_string(), v.trim().to_string())),
            None => {
                return Err(RecordError::Skip(ErrorKind::Warc(format!(
                    "malformed header line {:?}",
                    truncate(line, 40)
                ))))
            }
        }
    }
    let header = Header { fields };
    let length: u64 = header
        .get("Content-Length")
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| {
            RecordError::Skip(ErrorKind::Warc("missing or invalid Content-Length".into()))
        })?;
    let kind = header.get("WARC-Type").unwrap_or("").to_ascii_lowercase();
    let wanted = matches!(kind.as_str(), "response" | "resource" | "conversion");
    // Blocks we will not use are streamed past; blocks we use are bounded by
    // the document limit plus room for HTTP headers.
    if !wanted || length > opts.max_bytes + 64 * 1024 {
        let skipped = std::io::copy(&mut reader.take(length), &mut std::io::sink())
            .map_err(|e| RecordError::Fatal(e.into()))?;
        if skipped < length {
            return Err(RecordError::Fatal(ErrorKind::Warc(format!(
                "record truncated: {skipped} of {length} bytes"
            ))));
        }
        if wanted {
            return Err(RecordError::Skip(ErrorKind::TooLarge {
                size: length,
                limit: opts.max_bytes,
            }));
        }
        return Ok(None);
    }
    let mut block = Vec::with_capacity(length as usize);
    let got = reader
        .take(length)
        .read_to_end(&mut block)
        .map_err(|e| RecordError::Fatal(e.into()))?;
    if (got as u64) < length {
        return Err(RecordError::Fatal(ErrorKind::Warc(format!(
            "record truncated: {got} of {length} bytes"
        ))));
    }
    Ok(Some((header, block)))
}

fn to_document(
    header: &Header,
    block: Vec<u8>,
    place: &str,
) -> Option<Result<RawDocument, ErrorKind>> {
    let kind = header.get("WARC-Type").unwrap_or("").to_ascii_lowercase();
    let record_type = header
        .get("Content-Type")
        .unwrap_or("")
        .to_ascii_lowercase();
    let (content_type, body) = if kind == "response" && record_type.starts_with("application/http")
    {
        match parse_http(&block) {
            Ok(Some(x)) => x,
            Ok(None) => return None,
            Err(e) => return Some(Err(e)),
        }
    } else {
        (record_type, block)
    };
    let is_html = content_type.contains("html");
    if !is_html && !content_type.starts_with("text/plain") {
        return None;
    }
    let charset = content_type
        .split(';')
        .filter_map(|p| p.trim().strip_prefix("charset="))
        .next()
        .map(|c| c.trim_matches(['"', '\'']).to_string());
    let content = if is_html {
        decode_html(body, charset.as_deref()).map(Content::Html)
    } else {
        decode_text(body).map(Content::Text)
    };
    let content = match content {
        Ok(c) => c,
        Err(e) => return Some(Err(e)),
    };
    let url = header
        .get("WARC-Target-URI")
        .map(|u| u.trim_matches(['<', '>']).to_string());
    let id = header
        .get("WARC-Record-ID")
        .map(|r| r.trim_matches(['<', '>']).to_string())
        .unwrap_or_else(|| place.to_string());
    Some(Ok(RawDocument {
        id,
        // The archive and record, so that a failure later names where to look.
        source: place.to_string(),
        content,
        hints: Hints {
            url,
            fetched: header.get("WARC-Date").and_then(PubDate::parse_iso),
            ..Hints::default()
        },
    }))
}

/// Splits an HTTP response into its content type and decoded body; `None` for
/// responses that carry no page (redirects, errors).
fn parse_http(block: &[u8]) -> Result<Option<(String, Vec<u8>)>, ErrorKind> {
    let end = memchr::memmem::find(block, b"\r\n\r\n")
        .map(|i| (i, i + 4))
        .or_else(|| memchr::memmem::find(block, b"\n\n").map(|i| (i, i + 2)))
        .ok_or_else(|| ErrorKind::Warc("HTTP response without a header/body separator".into()))?;
    let head = String::from_utf8_lossy(&block[..end.0]);
    let mut lines = head.lines();
    let status = lines.next().unwrap_or("");
    let code = status.split_whitespace().nth(1).unwrap_or("");
    if !status.starts_with("HTTP/") {
        return Err(ErrorKind::Warc(format!(
            "bad HTTP status line {:?}",
            truncate(status, 40)
        )));
    }
    if code != "200" {
        return Ok(None);
    }
    let mut content_type = String::new();
    let mut chunked = false;
    let mut encoding = String::new();
    for line in lines {
        if let Some((k, v)) = line.split_once(':') {
            let v = v.trim().to_ascii_lowercase();
            match k.trim().to_ascii_lowercase().as_str() {
                "content-type" => content_type = v,
                "transfer-encoding" => chunked = v.contains("chunked"),
                "content-encoding" => encoding = v,
                _ => {}
            }
        }
    }
    let mut body = block[end.1..].to_vec();
    if chunked {
        body = dechunk(&body).ok_or_else(|| ErrorKind::Warc("broken chunked encoding".into()))?;
    }
    body = match encoding.as_str() {
        "gzip" | "x-gzip" => inflate(GzDecoder::new(&body[..]))?,
        "deflate" => inflate(ZlibDecoder::new(&body[..]))?,
        _ => body,
    };
    Ok(Some((content_type, body)))
}

fn inflate(reader: impl Read) -> Result<Vec<u8>, ErrorKind> {
    read_limited(reader, 256 * 1024 * 1024).map_err(|e| match e {
        ErrorKind::Io(io) => ErrorKind::Gzip(io.to_string()),
        other => other,
    })
}

fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len());
    loop {
        let nl = memchr::memchr(b'\n', data)?;
        let size_line = std::str::from_utf8(&data[..nl]).ok()?.trim();
        let size = usize::from_str_radix(size_line.split(';').next()?.trim(), 16).ok()?;
        data = &data[nl + 1..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(data.get(..size)?);
        data = data.get(size..)?;
        data = data
            .strip_prefix(b"\r\n")
            .or_else(|| data.strip_prefix(b"\n"))
            .unwrap_or(data);
    }
}

fn truncate(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: &str, id: &str, uri: &str, block: &str) -> String {
        format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2020-02-29T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n{block}\r\n\r\n",
            block.len()
        )
    }

    fn read_all(data: &[u8]) -> Vec<Result<RawDocument, InputError>> {
        let mut out = Vec::new();
        read(data, "a.warc", &ReadOptions::default(), &mut |r| {
            out.push(r)
        })
        .unwrap();
        out
    }

    #[test]
    fn reads_response_records_and_skips_the_rest() {
        let page = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><p>Bonjour</p></html>";
        let redirect = "HTTP/1.1 301 Moved\r\nLocation: x\r\n\r\n";
        let data = format!(
            "{}{}{}",
            record("warcinfo", "0", "", "software: test"),
            record("response", "1", "https://example.org/a", page),
            record("response", "2", "https://example.org/b", redirect),
        );
        let docs = read_all(data.as_bytes());
        assert_eq!(docs.len(), 1);
        let doc = docs[0].as_ref().unwrap();
        assert_eq!(doc.id, "urn:uuid:1");
        assert_eq!(doc.hints.url.as_deref(), Some("https://example.org/a"));
        assert!(matches!(&doc.content, Content::Html(h) if h.contains("Bonjour")));
        assert_eq!(
            doc.hints.fetched.map(|d| d.date().to_string()).as_deref(),
            Some("2020-02-29")
        );
    }

    #[test]
    fn broken_record_is_reported_and_the_next_one_read() {
        let page = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Second</p>";
        let data = format!(
            "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\ngarbage\r\n\r\n{}",
            record("response", "2", "https://example.org/b", page)
        );
        let docs = read_all(data.as_bytes());
        assert_eq!(docs.len(), 2);
        let err = docs[0].as_ref().unwrap_err().to_string();
        assert!(
            err.starts_with("a.warc#record1: broken WARC record"),
            "{err}"
        );
        assert_eq!(docs[1].as_ref().unwrap().id, "urn:uuid:2");
    }

    #[test]
    fn truncated_archive_is_reported() {
        let page = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Cut short</p>";
        let full = record("response", "1", "https://example.org/a", page);
        let docs = read_all(&full.as_bytes()[..full.len() - 20]);
        assert_eq!(docs.len(), 1);
        assert!(docs[0]
            .as_ref()
            .unwrap_err()
            .to_string()
            .contains("truncated"));
    }

    #[test]
    fn dechunks_bodies() {
        assert_eq!(
            dechunk(b"4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n").unwrap(),
            b"Wikipedia"
        );
    }
}
