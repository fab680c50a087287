use std::fmt;

/// A failure to read one input, or one document inside an input.
#[derive(Debug, thiserror::Error)]
#[error("{source_name}: {kind}")]
pub struct InputError {
    /// The input (path, `path:line`, `path#record`, or `-` for stdin).
    pub source_name: String,
    /// What went wrong.
    pub kind: ErrorKind,
}

impl InputError {
    /// Creates an error for `source_name`.
    pub fn new(source_name: impl Into<String>, kind: ErrorKind) -> Self {
        InputError {
            source_name: source_name.into(),
            kind,
        }
    }
}

/// The ways an input can be unreadable.
#[derive(Debug, thiserror::Error)]
pub enum ErrorKind {
    /// The operating system refused (missing file, permissions...).
    #[error("{0}")]
    Io(std::io::Error),
    /// The input has no content.
    #[error("empty input")]
    Empty,
    /// The input is not text (NUL or control bytes, an image, an executable...).
    #[error("binary content, not a page or text ({0})")]
    Binary(&'static str),
    /// A single document is over the size limit.
    #[error("document is {size} bytes, over the {limit}-byte limit (raise it with --max-size)")]
    TooLarge {
        /// Bytes read before giving up (at least `limit + 1`).
        size: u64,
        /// The limit in force.
        limit: u64,
    },
    /// A gzip stream is cut short or corrupt.
    #[error("truncated or corrupt gzip data: {0}")]
    Gzip(String),
    /// Bytes that are mostly UTF-8 but broken, so no encoding fits.
    #[error("invalid UTF-8 at byte {0}")]
    InvalidUtf8(usize),
    /// A JSON Lines line that is not a JSON object of the expected shape.
    #[error("not a JSON article object: {0}")]
    Json(String),
    /// A JSON array of articles whose syntax breaks (the records before the
    /// break are read).
    #[error("broken JSON array: {0}")]
    JsonArray(String),
    /// A JSON Lines record without `text` or `html`.
    #[error("record has no \"text\", \"html\" or \"title\"")]
    NoContent,
    /// An RSS or Atom feed whose XML breaks, or that holds no item.
    #[error("not a readable feed: {0}")]
    Feed(String),
    /// A WARC record that cannot be parsed.
    #[error("broken WARC record: {0}")]
    Warc(String),
}

/// Where inside a container a document sits, for error messages.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Place {
    Line(usize),
    Record(usize),
    Item(usize),
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Line(n) => write!(f, ":{n}"),
            Place::Record(n) => write!(f, "#record{n}"),
            Place::Item(n) => write!(f, "#item{n}"),
        }
    }
}
