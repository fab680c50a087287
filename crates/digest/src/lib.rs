//! The digest: clean articles in, the news out.
//!
//! This crate wires the analysis stages together and owns the digest's data
//! shape (the JSON contract of `gazette digest --json`). For each article,
//! in publication order: its terms (`gazette-terms`), its MinHash signature
//! and a lookup for an earlier copy (`gazette-dedup`); a copy is folded into
//! its original, anything else is placed in an event and a story
//! (`gazette-cluster`). When all are placed, each event and story gets a
//! title and a cited summary (`gazette-summarize`).
//!
//! [`Digester`] is the incremental form (articles arrive one at a time, the
//! cost of each is bounded); [`digest`] is the batch form, which first
//! counts document frequencies over the whole batch, so that early articles
//! are weighed as well as late ones, and then runs the same placement.

mod build;

pub use build::{digest, digester, timeline, DigestOptions, Digester};

use gazette_model::PubDate;
use serde::{Deserialize, Serialize};

/// A digest: every article, the stories and the events.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Digest {
    /// Every article, in input order.
    pub articles: Vec<ArticleEntry>,
    /// Stories, the biggest and most recent first.
    pub stories: Vec<Story>,
    /// Events, grouped by story, in date order within a story.
    pub events: Vec<Event>,
}

/// An article as the digest lists it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ArticleEntry {
    /// The id given by extraction (file stem, JSONL id, WARC record).
    pub id: String,
    /// Where it came from.
    pub source: String,
    /// Canonical address, when known.
    pub url: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// For an article without a headline: its first sentence, shortened,
    /// to show in its place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
    /// Language, ISO 639-1.
    pub language: Option<String>,
    /// Publication date.
    pub published: Option<PubDate>,
    /// For a copy (syndicated or re-posted text): the id of the original.
    pub duplicate_of: Option<String>,
    /// For an original: the ids of its copies.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub copies: Vec<String>,
    /// Id of its event.
    pub event: String,
    /// Id of its story.
    pub story: String,
}

/// One summary sentence with the articles that carry its information.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SummaryItem {
    /// The sentence, verbatim from its first source.
    pub text: String,
    /// Ids of the articles that carry it, the one it was taken from first.
    pub sources: Vec<String>,
}

/// A dated timeline entry.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TimelineEntry {
    /// The day (YYYY-MM-DD).
    pub date: String,
    /// What happened that day, verbatim from its first source.
    pub text: String,
    /// Ids of the articles that carry it.
    pub sources: Vec<String>,
    /// The day is after the latest article: a plan, a deadline or a
    /// forecast the coverage reports, not a happening.
    #[serde(default)]
    pub upcoming: bool,
}

/// An entity of an event, merged across its articles.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EventEntity {
    /// Canonical name: the fullest form the coverage uses.
    pub name: String,
    /// PER, LOC or ORG.
    #[serde(rename = "type")]
    pub kind: String,
    /// Surface forms seen.
    pub mentions: Vec<String>,
    /// Ids of the articles that mention it.
    pub articles: Vec<String>,
    /// A journalist of one of the outlets ("notre correspondant à Moscou"),
    /// who tells the news rather than being in it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reporter: bool,
}

/// Who said what, in which article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EventQuote {
    /// Canonical speaker (an entity's name or a role).
    pub speaker: String,
    /// What was said.
    pub text: String,
    /// Whether the words are quoted directly.
    pub direct: bool,
    /// Id of the first article that carries it.
    pub article: String,
    /// Ids of every article that carries it (copies and wire rewrites
    /// repeat a quote word for word).
    #[serde(default)]
    pub articles: Vec<String>,
}

/// A claim and who contests it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EventDisagreement {
    /// Who makes the claim, when found.
    pub claimant: Option<String>,
    /// Who contests it.
    pub contester: Option<String>,
    /// The sentence that says so.
    pub text: String,
    /// Id of the article.
    pub article: String,
}

impl EventDisagreement {
    /// Who stands against whom, for a reader: "Moscou vs Ankara", or
    /// "Ankara disputes" when the claim's author is not named in the
    /// sentence (it was made earlier in the article).
    pub fn parties(&self) -> String {
        match (&self.claimant, &self.contester) {
            (Some(a), Some(b)) => format!("{a} vs {b}"),
            (None, Some(b)) => format!("{b} disputes"),
            (Some(a), None) => format!("{a}, disputed"),
            (None, None) => "Disputed".to_string(),
        }
    }
}

/// One happening and its coverage.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Id (`e1`, `e2`, …).
    pub id: String,
    /// Id of its story.
    pub story: String,
    /// A headline chosen from the coverage.
    pub title: String,
    /// Day of the earliest dated article (YYYY-MM-DD), if any is dated.
    pub date: Option<String>,
    /// Day of the latest dated article.
    pub last_date: Option<String>,
    /// Ids of all its articles, copies included.
    pub articles: Vec<String>,
    /// Number of independent articles (copies not counted).
    pub sources: usize,
    /// Number of copies folded into those.
    pub copies: usize,
    /// Outlets that covered it.
    pub outlets: Vec<String>,
    /// Languages of the coverage.
    pub languages: Vec<String>,
    /// Extractive summary.
    pub summary: Vec<SummaryItem>,
    /// What happened when, from resolved dates and publication dates.
    pub timeline: Vec<TimelineEntry>,
    /// People, places and organisations, most covered first.
    pub entities: Vec<EventEntity>,
    /// Who said what.
    pub quotes: Vec<EventQuote>,
    /// Where sources or speakers contradict each other.
    pub disagreements: Vec<EventDisagreement>,
}

/// A developing subject: related events.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Story {
    /// Id (`s1`, `s2`, …).
    pub id: String,
    /// A headline chosen from the coverage.
    pub title: String,
    /// Day of the earliest dated article.
    pub date: Option<String>,
    /// Day of the latest dated article.
    pub last_date: Option<String>,
    /// Ids of its events, in date order.
    pub events: Vec<String>,
    /// Ids of all its articles.
    pub articles: Vec<String>,
    /// Outlets that covered it.
    pub outlets: Vec<String>,
    /// Extractive summary.
    pub summary: Vec<SummaryItem>,
    /// What happened when, across its events.
    pub timeline: Vec<TimelineEntry>,
}
