//! `gazette extract`.

use std::io::{self, BufWriter, IsTerminal, Write};

use anyhow::Result;
use gazette_extract::corpus::{Corpus, CorpusBuilder};
use gazette_extract::extract_with;
use gazette_input::{discover, peek_format, read_source, Format, ReadOptions, Source};
use gazette_model::Article;
use indicatif::{ProgressBar, ProgressStyle};

use crate::{pipeline, ExtractArgs, InputArgs};

/// Runs the command; `Ok(false)` when some input failed.
pub fn run(args: &ExtractArgs) -> Result<bool> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut write_err: Option<io::Error> = None;
    let ok = for_each_article(&args.input, |article| {
        if write_err.is_none() {
            let r = if args.json {
                write_json(&mut out, &article)
            } else {
                write_text(&mut out, &article)
            };
            if let Err(e) = r {
                write_err = Some(e);
            }
        }
    });
    finish_output(write_err.map_or_else(|| out.flush(), Err), ok)
}

/// The outcome of a command that wrote to standard output: `ok` unless the
/// writing failed. A closed pipe (`| head`) is a normal way to stop reading.
pub(crate) fn finish_output(written: io::Result<()>, ok: bool) -> Result<bool> {
    match written {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(ok),
    }
}

/// Reads and extracts every input, calling `sink` with each article in
/// input order. Failures are reported on stderr, one line each, naming the
/// input; the return value is `false` when any input failed.
pub fn for_each_article(args: &InputArgs, mut sink: impl FnMut(Article)) -> bool {
    let (sources, missing) = discover(&args.inputs);
    let mut ok = true;
    for e in &missing {
        eprintln!("gazette: {e}");
        ok = false;
    }
    let opts = ReadOptions {
        max_bytes: args.max_size,
    };
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let progress = if !args.quiet && io::stderr().is_terminal() && sources.len() > 20 {
        let bar = ProgressBar::new(sources.len() as u64);
        bar.set_style(
            ProgressStyle::with_template(
                "{spinner} {pos}/{len} inputs {wide_bar} {per_sec} eta {eta}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let corpus = learn_corpus(&sources, &opts);
    pipeline::run(
        &sources,
        &opts,
        jobs,
        |doc| {
            let source = doc.source.clone();
            let mut trace = args.explain.then(Vec::new);
            let result = extract_with(&doc, Some(&corpus), &mut trace);
            (source, result, trace, doc.hints.warnings)
        },
        |result| {
            let (source, outcome) = match result {
                Ok((source, r, trace, warnings)) => {
                    for line in trace.into_iter().flatten() {
                        eprintln!("{source}: {line}");
                    }
                    // Read past, not lost: the article goes on.
                    for w in warnings {
                        progress.suspend(|| eprintln!("gazette: {source}: warning: {w}"));
                    }
                    (source, r.map_err(|e| e.to_string()))
                }
                Err(e) => (e.source_name.clone(), Err(e.kind.to_string())),
            };
            progress.inc(1);
            match outcome {
                Ok(article) => sink(article),
                Err(msg) => {
                    ok = false;
                    progress.suspend(|| eprintln!("gazette: {source}: {msg}"));
                }
            }
        },
    );
    progress.finish_and_clear();
    ok
}

/// A first, cheap pass over the flattened-text inputs (plain text, JSON
/// Lines and arrays; pages with markup are not read twice) to learn which short lines
/// repeat across documents. Errors are left for the main pass to report.
fn learn_corpus(sources: &[Source], opts: &ReadOptions) -> Corpus {
    let mut builder = CorpusBuilder::default();
    for source in sources {
        if matches!(
            peek_format(source),
            Some(Format::Text | Format::JsonLines | Format::JsonArray)
        ) {
            read_source(source, opts, &mut |r| {
                if let Ok(doc) = r {
                    builder.add(&doc);
                }
            });
        }
    }
    builder.build()
}

fn write_json(out: &mut impl Write, a: &Article) -> io::Result<()> {
    serde_json::to_writer(&mut *out, a)?;
    out.write_all(b"\n")
}

fn write_text(out: &mut impl Write, a: &Article) -> io::Result<()> {
    let rule = "─".repeat(72);
    writeln!(out, "{rule}")?;
    writeln!(out, "{}", a.title.as_deref().unwrap_or("(untitled)"))?;
    let mut facts = vec![a.id.clone()];
    facts.extend(a.outlet.clone());
    facts.extend(a.published.map(|d| d.to_string()));
    facts.extend(a.language.clone());
    if !a.authors.is_empty() {
        facts.push(a.authors.join(", "));
    }
    writeln!(out, "{}", facts.join(" · "))?;
    // A feed item's id is often its address already.
    if let Some(u) = a.url.as_ref().filter(|u| **u != a.id) {
        writeln!(out, "{u}")?;
    }
    writeln!(out)?;
    for p in a.paragraphs() {
        writeln!(out, "{p}\n")?;
    }
    Ok(())
}
