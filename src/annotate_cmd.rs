//! `gazette annotate`: what each article says about time.

use std::io::{self, BufWriter, Write};

use anyhow::Result;
use chrono::NaiveDate;
use gazette_entities::{analyze_from, headline_speaker, Disagreement, Mention, Quote};
use gazette_extract::extract_with;
use gazette_input::{discover, ReadOptions};
use gazette_lang::Lang;
use gazette_model::{Content, PubDate};
use gazette_time::{tag, Timex};
use serde::Serialize;

use crate::extract_cmd::finish_output;
use crate::{pipeline, AnnotateArgs};

/// One annotated article.
#[derive(Serialize)]
struct Annotated {
    id: String,
    source: String,
    language: Option<String>,
    published: Option<PubDate>,
    /// The date relative expressions were resolved against.
    reference: Option<String>,
    /// The text that was analysed; offsets are characters into it.
    text: String,
    /// People, places and organisations, each with its canonical entity.
    entities: Vec<Mention>,
    times: Vec<Timex>,
    quotes: Vec<Quote>,
    disagreements: Vec<Disagreement>,
}

/// Runs the command; `Ok(false)` when some input failed.
pub fn run(args: &AnnotateArgs) -> Result<bool> {
    let fallback = crate::day_option("date", args.date.as_deref())?;
    let (sources, missing) = discover(&args.input.inputs);
    let mut ok = true;
    for e in &missing {
        eprintln!("gazette: {e}");
        ok = false;
    }
    let opts = ReadOptions {
        max_bytes: args.input.max_size,
    };
    let jobs = args
        .input
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut write_err: Option<io::Error> = None;
    pipeline::run(
        &sources,
        &opts,
        jobs,
        |doc| {
            let raw_text = match (&doc.content, args.raw) {
                (Content::Text(t), true) => Some(t.clone()),
                _ => None,
            };
            let article = extract_with(&doc, None, &mut None);
            (doc, raw_text, article)
        },
        |result| {
            if let Ok((doc, _, _)) = &result {
                for w in &doc.hints.warnings {
                    eprintln!("gazette: {}: warning: {w}", doc.source);
                }
            }
            let outcome = match result {
                Err(e) => Err((e.source_name.clone(), e.kind.to_string())),
                Ok((doc, Some(text), article)) => {
                    // Raw text: nothing removed; metadata from the feed, the
                    // language from the text when the feed has none.
                    let article = article.ok();
                    let language = doc
                        .hints
                        .language
                        .clone()
                        .or_else(|| article.as_ref().and_then(|a| a.language.clone()))
                        .or_else(|| gazette_lang::detect(&text).map(|l| l.code().to_string()));
                    let title = doc
                        .hints
                        .title
                        .or_else(|| article.as_ref().and_then(|a| a.title.clone()));
                    let outlet = doc.hints.outlet.or_else(|| article.and_then(|a| a.outlet));
                    Ok(annotate(
                        Input {
                            id: doc.id,
                            source: doc.source,
                            language,
                            published: doc.hints.published,
                            outlet,
                            title,
                            text,
                        },
                        fallback,
                    ))
                }
                Ok((_, None, Ok(a))) => Ok(annotate(
                    Input {
                        id: a.id,
                        source: a.source,
                        language: a.language,
                        published: a.published,
                        outlet: a.outlet,
                        title: a.title,
                        text: a.text,
                    },
                    fallback,
                )),
                Ok((doc, None, Err(e))) => Err((doc.source, e.to_string())),
            };
            match outcome {
                Ok(a) => {
                    if write_err.is_none() {
                        let r = if args.json {
                            write_json(&mut out, &a)
                        } else {
                            write_text(&mut out, &a)
                        };
                        write_err = r.err();
                    }
                }
                Err((source, msg)) => {
                    ok = false;
                    eprintln!("gazette: {source}: {msg}");
                }
            }
        },
    );
    finish_output(write_err.map_or_else(|| out.flush(), Err), ok)
}

/// A text to annotate and what is known of it.
struct Input {
    id: String,
    source: String,
    language: Option<String>,
    published: Option<PubDate>,
    outlet: Option<String>,
    title: Option<String>,
    text: String,
}

fn annotate(input: Input, fallback: Option<NaiveDate>) -> Annotated {
    let reference = input.published.map(|p| p.date()).or(fallback);
    let lang = input
        .language
        .as_deref()
        .and_then(Lang::from_code)
        .unwrap_or(Lang::En);
    let times = tag(&input.text, lang, reference);
    let found = analyze_from(&input.text, lang, input.outlet.as_deref());
    // A bare role that speaks is the headline's protagonist when the
    // article makes that clear (see `headline_speaker`).
    let named: Vec<Option<(String, String)>> = found
        .quotes
        .iter()
        .map(|q| {
            let title = input.title.as_deref()?;
            headline_speaker(&found, q, title, lang)
        })
        .collect();
    let mut quotes = found.quotes;
    for (q, named) in quotes.iter_mut().zip(named) {
        if let Some((person, key)) = named {
            q.speaker = Some(person);
            q.speaker_key = Some(key);
        }
    }
    Annotated {
        id: input.id,
        source: input.source,
        language: input.language,
        published: input.published,
        reference: reference.map(|d| d.format("%Y-%m-%d").to_string()),
        text: input.text,
        entities: found.mentions,
        times,
        quotes,
        disagreements: found.disagreements,
    }
}

fn write_json(out: &mut impl Write, a: &Annotated) -> io::Result<()> {
    serde_json::to_writer(&mut *out, a)?;
    out.write_all(b"\n")
}

fn write_text(out: &mut impl Write, a: &Annotated) -> io::Result<()> {
    writeln!(out, "{}", "─".repeat(72))?;
    writeln!(
        out,
        "{} · reference {}",
        a.id,
        a.reference
            .as_deref()
            .unwrap_or("unknown (relative dates keep X)")
    )?;
    let label = |v: serde_json::Result<serde_json::Value>| {
        v.ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    };
    writeln!(out, "Times")?;
    for t in &a.times {
        writeln!(
            out,
            "  {:<28} {:<9} {}",
            t.text,
            label(serde_json::to_value(t.kind)),
            t.value
        )?;
    }
    writeln!(out, "Entities")?;
    let mut seen: Vec<&str> = Vec::new();
    for m in &a.entities {
        if !seen.contains(&m.canonical.as_str()) {
            seen.push(&m.canonical);
            let mut forms: Vec<&str> = a
                .entities
                .iter()
                .filter(|n| n.canonical == m.canonical)
                .map(|n| n.text.as_str())
                .collect();
            forms.dedup();
            writeln!(
                out,
                "  {:<4} {:<28} {}",
                label(serde_json::to_value(m.kind)),
                m.canonical,
                forms.join(" · ")
            )?;
        }
    }
    writeln!(out, "Quotes")?;
    for q in &a.quotes {
        let (open, close) = if q.direct { ("«", "»") } else { ("", "") };
        writeln!(
            out,
            "  {}: {open}{}{close}",
            q.speaker.as_deref().unwrap_or("?"),
            q.text
        )?;
    }
    for d in &a.disagreements {
        writeln!(
            out,
            "Disagreement: {} vs {}: {}",
            d.claimant.as_deref().unwrap_or("?"),
            d.contester.as_deref().unwrap_or("?"),
            d.text
        )?;
    }
    Ok(())
}
