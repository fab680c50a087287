//! Any bytes, read as an HTML page, must parse and extract without panicking.
#![no_main]

use gazette_model::{Content, Hints, RawDocument};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data).into_owned();
    let dom = gazette_extract::dom::Dom::parse(&html);
    let _ = dom.len();
    let doc = RawDocument {
        id: "fuzz".to_string(),
        source: "fuzz.html".to_string(),
        content: Content::Html(html),
        hints: Hints::default(),
    };
    let _ = gazette_extract::extract(&doc);
});
