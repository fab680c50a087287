//! Gazette's input edge: turns paths, folders, standard input and archives
//! into a stream of [`RawDocument`](gazette_model::RawDocument)s.
//!
//! This is where all of the pipeline's reading happens, so that the stages
//! after it are pure functions. The format of each input is detected from its
//! content, not its name: gzip is unwrapped wherever it appears, then the
//! payload is recognised as a WARC archive, JSON Lines, an RSS or Atom feed,
//! an HTML page or plain text. Bytes are decoded to Unicode here (BOM, HTTP header, `<meta charset>`,
//! then statistical detection for undeclared legacy pages).
//!
//! Errors are values, not aborts: every failure is an [`InputError`] naming the
//! input (and the line or record inside it), delivered through the same sink as
//! the documents so that one broken file among thousands is reported and the
//! rest is read.

mod decode;
mod error;
mod feed;
mod jsonl;
mod sniff;
mod source;
mod warc;

pub use decode::{decode_html, decode_text};
pub use error::{ErrorKind, InputError};
pub use sniff::{looks_like_html, Format};
pub use source::{discover, peek_format, read_source, ReadOptions, Source};
