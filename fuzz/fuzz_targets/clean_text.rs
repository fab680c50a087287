//! Any bytes, read as flattened text, must clean and extract without panicking.
#![no_main]

use gazette_model::{Content, Hints, RawDocument};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let _ = gazette_extract::text::clean_text(&text, None, None);
    let doc = RawDocument {
        id: "fuzz".to_string(),
        source: "fuzz.txt".to_string(),
        content: Content::Text(text),
        hints: Hints::default(),
    };
    let _ = gazette_extract::extract(&doc);
});
