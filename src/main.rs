//! `gazette`: the command-line front end of Gazette's pipeline.
//!
//! The binary is thin: it parses arguments, wires the library crates together
//! (input → extraction → output) and reports errors. All the news logic lives
//! in the `gazette-*` crates.

mod annotate_cmd;
mod digest_cmd;
mod extract_cmd;
mod pipeline;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

// Extraction allocates many small strings per page; mimalloc makes that
// markedly cheaper than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "gazette",
    version,
    about = "News intelligence: clean articles, events and stories from raw coverage."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract clean articles (text, title, outlet, authors, date, language)
    /// from HTML pages, flattened text, gzip, JSON Lines or WARC files.
    Extract(ExtractArgs),
    /// The news out of a pile of coverage: copies folded, articles grouped
    /// into events and stories, each summarized with its sources cited.
    Digest(DigestArgs),
    /// Annotate each article: time expressions normalised to TIMEX3 values
    /// against its publication date.
    Annotate(AnnotateArgs),
    /// One dated timeline of all the inputs, as if they were one story:
    /// the days the coverage points to, one cited sentence each.
    Timeline(TimelineArgs),
}

/// Options of `gazette timeline`.
#[derive(clap::Args)]
pub struct TimelineArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Print JSON (a list of `{date, text, sources}`).
    #[arg(long)]
    pub json: bool,
    /// Most dates in the timeline.
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub timeline_dates: usize,
}

/// Options of `gazette annotate`.
#[derive(clap::Args)]
pub struct AnnotateArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Print JSON Lines, one article a line.
    #[arg(long)]
    pub json: bool,
    /// Analyse plain-text and JSON Lines inputs exactly as given, without
    /// removing boilerplate (offsets then point into the input text).
    #[arg(long)]
    pub raw: bool,
    /// Reference date (YYYY-MM-DD) for articles without a publication date.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
}

/// Options of `gazette extract`.
#[derive(clap::Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Print JSON Lines, one article a line.
    #[arg(long)]
    pub json: bool,
}

/// Options of `gazette digest`.
#[derive(clap::Args)]
pub struct DigestArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Write the digest as JSON to this file (`-` for standard output).
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,
    /// Write a self-contained HTML report to this file.
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
    /// Sentences in each event summary.
    #[arg(long, default_value_t = 3)]
    pub event_sentences: usize,
    /// Sentences in each story summary.
    #[arg(long, default_value_t = 5)]
    pub story_sentences: usize,
    /// Most dates in each event's and story's timeline.
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub timeline_dates: usize,
    /// Similarity (cosine, 0–1) from which an article joins an event.
    #[arg(long, value_name = "X")]
    pub event_threshold: Option<f32>,
    /// Similarity (cosine, 0–1) from which a new event joins a story.
    #[arg(long, value_name = "X")]
    pub story_threshold: Option<f32>,
    /// Resolution of events: how strongly an article must be linked to an
    /// event's articles to join it (higher gives smaller events).
    #[arg(long, value_name = "X")]
    pub resolution: Option<f32>,
    /// Days of silence after which a story is over and related news starts
    /// a new one.
    #[arg(long, value_name = "DAYS")]
    pub story_window: Option<i32>,
    /// Show only the N leading stories in the terminal digest, those
    /// carried by the most outlets (all are in the JSON and HTML outputs).
    #[arg(long, value_name = "N")]
    pub top: Option<usize>,
    /// Write titles and summaries in this language (`fr`, `en`, ...) where
    /// the coverage has articles in it; citations still reach the articles
    /// of every language. By default each event and story reads in the
    /// language most of its articles are in.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Digest only articles published on or after this day (YYYY-MM-DD);
    /// undated articles are left out too.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub since: Option<String>,
    /// Digest only articles published on or before this day (YYYY-MM-DD);
    /// undated articles are left out too.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub until: Option<String>,
}

/// Options shared by every command that reads inputs.
#[derive(clap::Args)]
pub struct InputArgs {
    /// Files or folders (read recursively); `-` reads standard input.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
    /// Largest single document in bytes; larger ones are reported and skipped.
    #[arg(long, default_value_t = 20_000_000)]
    pub max_size: u64,
    /// Print, on stderr, why each block of each HTML page was kept or dropped.
    #[arg(long)]
    pub explain: bool,
    /// Never show a progress bar.
    #[arg(long)]
    pub quiet: bool,
}

/// The day an option gives (`--date`, `--since`, `--until`), if given.
fn day_option(flag: &str, value: Option<&str>) -> anyhow::Result<Option<chrono::NaiveDate>> {
    value
        .map(|s| {
            chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .map_err(|_| anyhow::anyhow!("--{flag} {s}: expected YYYY-MM-DD"))
        })
        .transpose()
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract_cmd::run(&args),
        Command::Digest(args) => digest_cmd::run(&args),
        Command::Annotate(args) => annotate_cmd::run(&args),
        Command::Timeline(args) => digest_cmd::run_timeline(&args),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("gazette: {e:#}");
            ExitCode::from(2)
        }
    }
}
