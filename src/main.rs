//! `gazette`: the command-line front end of Gazette's pipeline.
//!
//! The binary is thin: it parses arguments, wires the library crates together
//! (input → extraction → output) and reports errors. All the news logic lives
//! in the `gazette-*` crates.

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
}

/// Options of `gazette extract`.
#[derive(clap::Args)]
pub struct ExtractArgs {
    /// Files or folders (read recursively); `-` reads standard input.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Print JSON Lines, one article a line.
    #[arg(long)]
    pub json: bool,
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract_cmd::run(&args),
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
