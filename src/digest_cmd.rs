//! `gazette digest`.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

use anyhow::{Context, Result};
use gazette_digest::{digester, DigestOptions};

use crate::extract_cmd::{finish_output, for_each_article};
use crate::{DigestArgs, TimelineArgs};

/// Runs the command; `Ok(false)` when some input failed (the digest of
/// the others is still written).
pub fn run(args: &DigestArgs) -> Result<bool> {
    let since = crate::day_option("since", args.since.as_deref())?;
    let until = crate::day_option("until", args.until.as_deref())?;
    let mut articles = Vec::new();
    let ok = for_each_article(&args.input, |a| articles.push(a));
    if since.is_some() || until.is_some() {
        let read = articles.len();
        let undated = articles.iter().filter(|a| a.published.is_none()).count();
        articles.retain(|a| {
            a.published.is_some_and(|p| {
                let d = p.date();
                since.is_none_or(|s| d >= s) && until.is_none_or(|u| d <= u)
            })
        });
        if !args.input.quiet {
            eprintln!(
                "gazette: digesting {} of {read} articles, those published in the days asked for ({undated} undated left out)",
                articles.len()
            );
        }
    }
    let mut opts = DigestOptions {
        event_sentences: args.event_sentences,
        story_sentences: args.story_sentences,
        timeline_dates: args.timeline_dates,
        ..DigestOptions::default()
    };
    if let Some(t) = args.event_threshold {
        opts.cluster.event_threshold = t;
    }
    if let Some(d) = args.story_window {
        opts.cluster.story_window_days = d;
    }
    if let Some(r) = args.resolution {
        opts.cluster.resolution = r;
    }
    if let Some(t) = args.story_threshold {
        opts.cluster.story_threshold = t;
    }
    if let Some(code) = &args.lang {
        let lang = gazette_lang::Lang::from_code(code)
            .with_context(|| format!("--lang {code}: not a language code Gazette knows"))?;
        opts.summary.prefer = Some(lang);
    }
    let digester = digester(articles, opts);
    if args.input.explain {
        for line in digester.explain() {
            eprintln!("{line}");
        }
    }
    let d = digester.finish();
    if let Some(path) = &args.json {
        let json = serde_json::to_string_pretty(&d)?;
        write_out(path, json.as_bytes())?;
    }
    if let Some(path) = &args.html {
        write_out(path, gazette_report::html(&d).as_bytes())?;
    }
    let to_stdout = |p: &Option<std::path::PathBuf>| p.as_deref() == Some(Path::new("-"));
    if !to_stdout(&args.json) && !to_stdout(&args.html) {
        let text = gazette_report::text(&d, args.top);
        let mut out = io::stdout().lock();
        return finish_output(
            out.write_all(text.as_bytes()).and_then(|()| out.flush()),
            ok,
        );
    }
    Ok(ok)
}

/// `gazette timeline`: one timeline of all the inputs.
pub fn run_timeline(args: &TimelineArgs) -> Result<bool> {
    let mut articles = Vec::new();
    let ok = for_each_article(&args.input, |a| articles.push(a));
    let entries = gazette_digest::timeline(articles, args.timeline_dates);
    let mut out = io::stdout().lock();
    let r = if args.json {
        serde_json::to_writer_pretty(&mut out, &entries)
            .map_err(io::Error::from)
            .and_then(|()| out.write_all(b"\n"))
    } else {
        entries.iter().try_for_each(|e| {
            let ahead = if e.upcoming { "ahead · " } else { "" };
            writeln!(
                out,
                "{}  {ahead}{} [{}]",
                e.date,
                e.text,
                e.sources.join(", ")
            )
        })
    };
    finish_output(r.and_then(|()| out.flush()), ok)
}

fn write_out(path: &Path, bytes: &[u8]) -> Result<()> {
    if path == Path::new("-") {
        let mut out = io::stdout().lock();
        out.write_all(bytes)?;
        return Ok(out.flush()?);
    }
    fs::write(path, bytes).with_context(|| format!("cannot write {}", path.display()))
}
