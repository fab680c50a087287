//! The data model shared by every stage of Gazette's pipeline.
//!
//! Data flows one way: an input reader (`gazette-input`) turns files, streams
//! and archives into [`RawDocument`]s; the extractor (`gazette-extract`) turns
//! each into a clean [`Article`]; later stages (deduplication, clustering,
//! annotation, summaries) only ever read `Article`s. Keeping these types in a
//! crate of their own lets every stage depend on the model without depending
//! on each other.

mod date;

pub use date::{PubDate, PubDateError};

use serde::{Deserialize, Serialize};

/// What a raw document's payload is, as detected from its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Content {
    /// An HTML page (already decoded to Unicode).
    Html(String),
    /// Text with no markup left, such as a page flattened by a crawler.
    Text(String),
}

impl Content {
    /// The payload, whatever its kind.
    pub fn as_str(&self) -> &str {
        match self {
            Content::Html(s) | Content::Text(s) => s,
        }
    }
}

/// Metadata that came with a document from outside its content: JSON Lines
/// fields, WARC and HTTP headers. Extraction prefers these to what it infers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hints {
    /// Address the document was fetched from.
    pub url: Option<String>,
    /// Headline supplied by the feed.
    pub title: Option<String>,
    /// Publication date supplied by the feed.
    pub published: Option<PubDate>,
    /// Outlet supplied by the feed.
    pub outlet: Option<String>,
    /// Language supplied by the feed (ISO 639-1).
    pub language: Option<String>,
    /// Authors supplied by the feed (an RSS `dc:creator`, an Atom `author`),
    /// as written there.
    pub authors: Vec<String>,
    /// When the document was fetched (a WARC record's date). A "publication"
    /// date later than this is a page artefact, not a publication date.
    pub fetched: Option<PubDate>,
    /// The document is a structured record (a JSON Lines line, a feed
    /// item): its fields say what its supplier knows, and extraction does
    /// not look for a date line in its text (a record's text may be a
    /// crawl's dump of a page republished years later).
    pub record: bool,
    /// What was wrong with a field that was read past rather than trusted
    /// (a `published` that is no date): the document is kept, and its
    /// reader tells the user.
    pub warnings: Vec<String>,
}

/// One document as read from an input, before any cleaning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawDocument {
    /// Stable identifier: the file stem, the JSON Lines `id`, or the WARC record id.
    pub id: String,
    /// Where it came from: a path (with `:line` or `#record` inside containers) or a URL.
    pub source: String,
    /// The payload.
    pub content: Content,
    /// Metadata supplied alongside the payload.
    pub hints: Hints,
}

/// A clean news article: the unit every later stage works on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Stable identifier (see [`RawDocument::id`]).
    pub id: String,
    /// Where the article came from (see [`RawDocument::source`]).
    pub source: String,
    /// Canonical address of the article, when known.
    pub url: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Main text; paragraphs are separated by a blank line.
    pub text: String,
    /// Language of the text, ISO 639-1.
    pub language: Option<String>,
    /// Publication date or date-time, ISO 8601.
    pub published: Option<PubDate>,
    /// Outlet (publication) name.
    pub outlet: Option<String>,
    /// Authors, as bylined.
    pub authors: Vec<String>,
    /// Standfirst or summary given by the page, when it is not part of the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl Article {
    /// The paragraphs of the text.
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> {
        self.text.split("\n\n").filter(|p| !p.trim().is_empty())
    }

    /// Number of words in the text (whitespace-separated).
    pub fn word_count(&self) -> usize {
        self.text.split_whitespace().count()
    }
}
