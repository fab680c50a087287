//! Finding inputs and reading each one into documents.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use flate2::bufread::MultiGzDecoder;
use gazette_model::{Content, Hints, RawDocument};

use crate::sniff::{sniff, Format};
use crate::{decode_html, decode_text, feed, jsonl, warc, ErrorKind, InputError};

/// Receives each document, or the error that replaced it, in input order.
pub type Sink<'a> = dyn FnMut(Result<RawDocument, InputError>) + 'a;

/// One input named on the command line (or found in a folder).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A file.
    Path(PathBuf),
    /// Standard input (`-`).
    Stdin,
}

impl Source {
    /// The name used in ids and error messages.
    pub fn name(&self) -> String {
        match self {
            Source::Path(p) => p.display().to_string(),
            Source::Stdin => "-".to_string(),
        }
    }

    /// The id a single-document input gets: the file name without `.gz` and
    /// without a known document extension.
    pub fn stem(&self) -> String {
        match self {
            Source::Path(p) => file_stem(p),
            Source::Stdin => "stdin".to_string(),
        }
    }
}

/// Limits applied while reading.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Largest single document (page, text file, JSON line) in bytes, after
    /// decompression. Containers (JSON Lines, WARC) may be any size.
    pub max_bytes: u64,
}

impl Default for ReadOptions {
    fn default() -> Self {
        // Python trafilatura's default; real article pages are far smaller.
        ReadOptions {
            max_bytes: 20_000_000,
        }
    }
}

const DOC_EXTENSIONS: &[&str] = &[
    "html", "htm", "xhtml", "shtml", "php", "asp", "aspx", "txt", "text", "md", "jsonl", "ndjson",
    "json", "warc",
];

fn file_stem(path: &Path) -> String {
    let mut name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    for ext in [".gz", ".gzip"] {
        if name.len() > ext.len() && name.to_ascii_lowercase().ends_with(ext) {
            name.truncate(name.len() - ext.len());
        }
    }
    if let Some(dot) = name.rfind('.') {
        if dot > 0 && DOC_EXTENSIONS.contains(&name[dot + 1..].to_ascii_lowercase().as_str()) {
            name.truncate(dot);
        }
    }
    name
}

/// Expands command-line arguments into inputs: `-` is standard input, folders
/// are walked recursively (sorted, hidden entries skipped, linked folders
/// followed once: a link back to a folder being walked is reported as a
/// loop), files are taken as they are. Arguments that do not exist become
/// errors.
pub fn discover<P: AsRef<Path>>(args: &[P]) -> (Vec<Source>, Vec<InputError>) {
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    for arg in args {
        let path = arg.as_ref();
        if path.as_os_str() == "-" {
            sources.push(Source::Stdin);
        } else if path.is_dir() {
            let (before, errors_before) = (sources.len(), errors.len());
            let mut walker = Walker::default();
            walker.walk(path, &mut sources, &mut errors);
            // A folder with nothing to read is most often a wrong path.
            if sources.len() == before && errors.len() == errors_before {
                errors.push(InputError::new(
                    path.display().to_string(),
                    ErrorKind::Io(io::Error::new(
                        io::ErrorKind::NotFound,
                        "folder holds no files",
                    )),
                ));
            }
        } else if path.exists() {
            sources.push(Source::Path(path.to_path_buf()));
        } else {
            errors.push(InputError::new(
                path.display().to_string(),
                ErrorKind::Io(io::Error::new(
                    io::ErrorKind::NotFound,
                    "no such file or folder",
                )),
            ));
        }
    }
    (sources, errors)
}

/// A recursive folder walk that follows linked folders once.
#[derive(Default)]
struct Walker {
    /// The real paths of the folders being walked, outermost first.
    open: Vec<PathBuf>,
    /// The real paths of every folder walked so far: a folder linked twice
    /// is read once.
    seen: std::collections::HashSet<PathBuf>,
}

impl Walker {
    fn walk(&mut self, dir: &Path, sources: &mut Vec<Source>, errors: &mut Vec<InputError>) {
        let report = |errors: &mut Vec<InputError>, e: io::Error| {
            errors.push(InputError::new(dir.display().to_string(), e.into()));
        };
        let real = match std::fs::canonicalize(dir) {
            Ok(r) => r,
            Err(e) => return report(errors, e),
        };
        if self.open.contains(&real) {
            let loop_to = format!("folder loop: links back to {}", real.display());
            return report(errors, io::Error::other(loop_to));
        }
        if !self.seen.insert(real.clone()) {
            return;
        }
        let entries = match std::fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) => return report(errors, e),
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                !p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            })
            .collect();
        paths.sort();
        self.open.push(real);
        for path in paths {
            if path.is_dir() {
                self.walk(&path, sources, errors);
            } else {
                sources.push(Source::Path(path));
            }
        }
        self.open.pop();
    }
}

/// The format of an input from its first bytes, without reading it all
/// (through a gzip layer if there is one). `None` for standard input, which
/// cannot be read twice, and for unreadable inputs (reading them reports why).
pub fn peek_format(source: &Source) -> Option<Format> {
    let Source::Path(path) = source else {
        return None;
    };
    let mut raw = BufReader::with_capacity(64 * 1024, File::open(path).ok()?);
    if !raw.fill_buf().ok()?.starts_with(&[0x1f, 0x8b]) {
        return Some(sniff(raw.fill_buf().ok()?));
    }
    // Markup shows in the first kilobytes and more bytes only confirm it:
    // what still looks like plain text is inflated further.
    let mut gz = MultiGzDecoder::new(raw);
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    for want in [SNIFF_BYTES / 8, SNIFF_BYTES] {
        let missing = want.saturating_sub(head.len()) as u64;
        // A truncated archive still shows what it starts with.
        let complete = (&mut gz).take(missing).read_to_end(&mut head).is_ok();
        if head.is_empty() {
            return None;
        }
        let format = sniff(&head);
        if format != Format::Text || head.len() < want || !complete {
            return Some(format);
        }
    }
    Some(sniff(&head))
}

/// How much of a compressed input is inflated to tell its format.
const SNIFF_BYTES: usize = 16 * 1024;

/// Reads one input and hands every document in it (or the error in its place)
/// to `sink`. Never panics on bad content; a failure part-way through a
/// container is reported after the documents read before it.
pub fn read_source(source: &Source, opts: &ReadOptions, sink: &mut Sink<'_>) {
    let name = source.name();
    let reader: Box<dyn Read> = match source {
        Source::Stdin => Box::new(io::stdin().lock()),
        Source::Path(p) => match File::open(p) {
            Ok(f) => Box::new(f),
            Err(e) => return sink(Err(InputError::new(name, e.into()))),
        },
    };
    if let Err(kind) = read_stream(reader, &name, &source.stem(), opts, sink) {
        sink(Err(InputError::new(name, kind)));
    }
}

fn read_stream(
    reader: Box<dyn Read>,
    name: &str,
    stem: &str,
    opts: &ReadOptions,
    sink: &mut Sink<'_>,
) -> Result<(), ErrorKind> {
    let mut raw = BufReader::with_capacity(64 * 1024, reader);
    if raw.fill_buf()?.starts_with(&[0x1f, 0x8b]) {
        let gz = BufReader::with_capacity(64 * 1024, GzErrors(MultiGzDecoder::new(raw)));
        read_payload(gz, name, stem, opts, sink)
    } else {
        read_payload(raw, name, stem, opts, sink)
    }
}

fn read_payload(
    mut reader: impl BufRead,
    name: &str,
    stem: &str,
    opts: &ReadOptions,
    sink: &mut Sink<'_>,
) -> Result<(), ErrorKind> {
    // One buffer's worth (64 KiB, or one gzip read) is plenty to sniff; a
    // document that starts with more blank space than that is read whole.
    let head = reader.fill_buf()?;
    let blank = head.iter().all(u8::is_ascii_whitespace);
    let format = sniff(head);
    if blank {
        let bytes = read_limited(reader, opts.max_bytes)?;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Err(ErrorKind::Empty);
        }
        return read_payload(&bytes[..], name, stem, opts, sink);
    }
    match format {
        Format::Warc => warc::read(reader, name, opts, sink),
        Format::JsonLines => jsonl::read(reader, name, stem, opts, sink),
        Format::JsonArray => jsonl::read_array(reader, name, stem, opts, sink),
        Format::Feed => feed::read(read_limited(reader, opts.max_bytes)?, name, stem, sink),
        format => {
            let bytes = read_limited(reader, opts.max_bytes)?;
            let content = if format == Format::Html {
                Content::Html(decode_html(bytes, None)?)
            } else {
                Content::Text(decode_text(bytes)?)
            };
            sink(Ok(RawDocument {
                id: stem.to_string(),
                source: name.to_string(),
                content,
                hints: Hints::default(),
            }));
            Ok(())
        }
    }
}

/// Initial buffer for reading one document.
const READ_CAPACITY: usize = 256 * 1024;

/// Reads a whole document, failing once it passes `limit` bytes.
pub(crate) fn read_limited(reader: impl Read, limit: u64) -> Result<Vec<u8>, ErrorKind> {
    // Most pages fit here, sparing the copies of a growing buffer.
    let mut bytes =
        Vec::with_capacity(READ_CAPACITY.min(usize::try_from(limit).unwrap_or(usize::MAX)));
    let read = reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    if read as u64 > limit {
        return Err(ErrorKind::TooLarge {
            size: read as u64,
            limit,
        });
    }
    Ok(bytes)
}

/// Turns the I/O errors of a gzip stream into [`ErrorKind::Gzip`] so that a
/// truncated archive is reported as such rather than as a generic I/O error.
struct GzErrors<R>(R);

impl<R: Read> Read for GzErrors<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.0
            .read(buf)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, GzipFailure(e.to_string())))
    }
}

#[derive(Debug)]
struct GzipFailure(String);

impl std::fmt::Display for GzipFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for GzipFailure {}

impl From<io::Error> for ErrorKind {
    fn from(e: io::Error) -> Self {
        match e
            .get_ref()
            .and_then(|inner| inner.downcast_ref::<GzipFailure>())
        {
            Some(g) => ErrorKind::Gzip(g.0.clone()),
            None => ErrorKind::Io(e),
        }
    }
}
