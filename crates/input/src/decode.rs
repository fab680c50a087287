//! Bytes to Unicode: BOM, declared charset, then detection.

use encoding_rs::{Encoding, UTF_8};

use crate::ErrorKind;

/// How far into a page a `<meta charset>` declaration is looked for. The HTML
/// standard's prescan reads 1024 bytes; real pages put long comments and
/// scripts first, so we read further.
const META_PRESCAN: usize = 4096;

/// Decodes an HTML page. `declared` is a charset from outside the page (an
/// HTTP `Content-Type` header), which wins over the page's own `<meta>`.
/// Takes the bytes by value so that valid UTF-8, the common case, becomes a
/// `String` without a copy.
pub fn decode_html(bytes: Vec<u8>, declared: Option<&str>) -> Result<String, ErrorKind> {
    check_binary(&bytes)?;
    if let Some((enc, bom_len)) = Encoding::for_bom(&bytes) {
        return Ok(enc
            .decode_without_bom_handling(&bytes[bom_len..])
            .0
            .into_owned());
    }
    let label = declared
        .and_then(|l| Encoding::for_label(l.trim().as_bytes()))
        .or_else(|| meta_charset(&bytes[..bytes.len().min(META_PRESCAN)]));
    match label {
        // A declared UTF-8 page with a few stray bytes is decoded the way a
        // browser shows it: with replacement characters, not rejected.
        Some(enc) if enc == UTF_8 => Ok(match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        }),
        // UTF-16 labels in a `<meta>` are always wrong (the meta tag itself
        // was readable as ASCII), as the HTML standard notes.
        Some(enc) if enc.is_single_byte() || enc.output_encoding() == enc => {
            Ok(enc.decode_without_bom_handling(&bytes).0.into_owned())
        }
        _ => decode_undeclared(bytes),
    }
}

/// Decodes text that declares no encoding: UTF-8 when it is valid, a legacy
/// encoding guessed by `chardetng` when the bytes are not UTF-8 at all, and an
/// error when they are broken UTF-8.
pub fn decode_text(bytes: Vec<u8>) -> Result<String, ErrorKind> {
    check_binary(&bytes)?;
    if let Some((enc, bom_len)) = Encoding::for_bom(&bytes) {
        return Ok(enc
            .decode_without_bom_handling(&bytes[bom_len..])
            .0
            .into_owned());
    }
    decode_undeclared(bytes)
}

fn decode_undeclared(bytes: Vec<u8>) -> Result<String, ErrorKind> {
    let (bytes, invalid_at) = match String::from_utf8(bytes) {
        Ok(s) => return Ok(s),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            (e.into_bytes(), at)
        }
    };
    let bytes = &bytes[..];
    // Text that is mostly valid multi-byte UTF-8 with a few broken sequences
    // is corrupt UTF-8; reading it as Windows-1252 would turn every accented
    // letter into mojibake, so it is reported instead.
    let (multibyte, invalid) = utf8_profile(bytes);
    if multibyte > invalid {
        return Err(ErrorKind::InvalidUtf8(invalid_at));
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let enc = detector.guess(None, chardetng::Utf8Detection::Deny);
    Ok(enc.decode_without_bom_handling(bytes).0.into_owned())
}

/// Counts well-formed multi-byte UTF-8 sequences and invalid bytes.
fn utf8_profile(mut bytes: &[u8]) -> (usize, usize) {
    let (mut multibyte, mut invalid) = (0, 0);
    loop {
        match std::str::from_utf8(bytes) {
            Ok(s) => {
                multibyte += s.chars().filter(|c| !c.is_ascii()).count();
                return (multibyte, invalid);
            }
            Err(e) => {
                let (valid, rest) = bytes.split_at(e.valid_up_to());
                // SAFETY-free: `valid` is valid UTF-8 by construction.
                multibyte += String::from_utf8_lossy(valid)
                    .chars()
                    .filter(|c| !c.is_ascii())
                    .count();
                let bad = e.error_len().unwrap_or(rest.len()).max(1);
                invalid += 1;
                bytes = &rest[bad.min(rest.len())..];
            }
        }
    }
}

/// Rejects content that is not text: NUL bytes (outside UTF-16, which has a
/// BOM) or a high share of control characters in the first few kilobytes.
fn check_binary(bytes: &[u8]) -> Result<(), ErrorKind> {
    if bytes.is_empty() {
        return Err(ErrorKind::Empty);
    }
    if Encoding::for_bom(bytes).is_some_and(|(e, _)| e != UTF_8) {
        return Ok(());
    }
    let head = &bytes[..bytes.len().min(8192)];
    if memchr::memchr(0, head).is_some() {
        return Err(ErrorKind::Binary("contains NUL bytes"));
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
        .count();
    if controls * 20 > head.len() {
        return Err(ErrorKind::Binary("too many control characters"));
    }
    Ok(())
}

/// Finds `charset=...` inside a `<meta>` tag, as the HTML prescan does.
fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(pos) = memchr::memmem::find(&lower[from..], b"<meta") {
        let start = from + pos;
        let end = memchr::memchr(b'>', &lower[start..]).map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(cs) = memchr::memmem::find(tag, b"charset") {
            let rest = &tag[cs + 7..];
            let rest = rest
                .iter()
                .position(|&b| b != b' ' && b != b'=' && b != b'"' && b != b'\'')
                .map_or(&rest[rest.len()..], |i| &rest[i..]);
            let label_end = rest
                .iter()
                .position(|&b| matches!(b, b'"' | b'\'' | b' ' | b';' | b'/' | b'>'))
                .unwrap_or(rest.len());
            if let Some(enc) = Encoding::for_label(&rest[..label_end]) {
                return Some(enc);
            }
        }
        from = end;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_page_declared_in_meta() {
        let page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>Le pr\xe9sident fran\xe7ais a d\xe9clar\xe9</p></body></html>";
        let s = decode_html(page.to_vec(), None).unwrap();
        assert!(s.contains("Le président français a déclaré"), "{s}");
    }

    #[test]
    fn header_charset_wins_over_meta() {
        let page = b"<meta charset=\"utf-8\"><p>caf\xe9</p>";
        assert!(decode_html(page.to_vec(), Some("windows-1252"))
            .unwrap()
            .contains("café"));
    }

    #[test]
    fn undeclared_latin1_text_is_detected() {
        let text = b"L'arm\xe9e turque a riposte \xe0 Idleb apr\xe8s la mort de ses soldats. Le minist\xe8re russe de la D\xe9fense affirme le contraire.";
        let s = decode_text(text.to_vec()).unwrap();
        assert!(s.contains("armée turque"), "{s}");
        assert!(s.contains("ministère russe de la Défense"), "{s}");
    }

    #[test]
    fn broken_utf8_is_an_error() {
        let text = "Le président a déclaré que la Défense était prête".as_bytes();
        let mut bytes = text.to_vec();
        bytes.insert(10, 0xff);
        assert!(matches!(
            decode_text(bytes),
            Err(ErrorKind::InvalidUtf8(10))
        ));
    }

    #[test]
    fn binary_and_empty_are_errors() {
        assert!(matches!(decode_text(Vec::new()), Err(ErrorKind::Empty)));
        assert!(matches!(
            decode_text(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec()),
            Err(ErrorKind::Binary(_))
        ));
    }

    #[test]
    fn utf8_bom_is_stripped() {
        assert_eq!(decode_text(b"\xef\xbb\xbfabc".to_vec()).unwrap(), "abc");
    }
}
