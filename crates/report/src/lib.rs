//! Renders a [`Digest`] for people: [`text`] for the terminal and [`html`]
//! for a self-contained report page (inline style, no script, no network).
//!
//! Both views share one layout: stories, biggest first; in each, its
//! summary, its events in date order (date, title, outlets, summary), and
//! a numbered list of its sources, which the `[n]` markers of the summaries
//! point to.

use std::collections::HashMap;
use std::fmt::Write as _;

use gazette_digest::{ArticleEntry, Digest, Event, EventEntity, Story, SummaryItem};

/// The numbered sources of one story: article ids in citation order.
struct Sources<'a> {
    order: Vec<&'a str>,
    index: HashMap<&'a str, usize>,
}

impl<'a> Sources<'a> {
    fn of(story: &'a Story) -> Sources<'a> {
        let order: Vec<&str> = story.articles.iter().map(String::as_str).collect();
        let index = order
            .iter()
            .enumerate()
            .map(|(i, id)| (*id, i + 1))
            .collect();
        Sources { order, index }
    }

    fn markers(&self, item: &SummaryItem) -> Vec<usize> {
        self.numbers(&item.sources)
    }

    /// The source numbers of these article ids, sorted.
    fn numbers(&self, ids: &[String]) -> Vec<usize> {
        let mut n: Vec<usize> = ids
            .iter()
            .filter_map(|s| self.index.get(s.as_str()).copied())
            .collect();
        n.sort_unstable();
        n.dedup();
        n
    }
}

fn dates(first: &Option<String>, last: &Option<String>) -> Option<String> {
    match (first, last) {
        (Some(f), Some(l)) if f != l => Some(format!("{f} – {l}")),
        (Some(f), _) => Some(f.clone()),
        _ => None,
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The terminal digest; `top` limits the number of stories shown.
pub fn text(d: &Digest, top: Option<usize>) -> String {
    let articles: HashMap<&str, &ArticleEntry> =
        d.articles.iter().map(|a| (a.id.as_str(), a)).collect();
    let mut out = String::new();
    let copies = d
        .articles
        .iter()
        .filter(|a| a.duplicate_of.is_some())
        .count();
    let _ = writeln!(
        out,
        "{} · {} · {}{}\n",
        plural(d.articles.len(), "article", "articles"),
        plural(d.events.len(), "event", "events"),
        plural(d.stories.len(), "story", "stories"),
        if copies > 0 {
            format!(" · {} folded", plural(copies, "copy", "copies"))
        } else {
            String::new()
        }
    );
    let shown = top.unwrap_or(usize::MAX);
    for story in d.stories.iter().take(shown) {
        let src = Sources::of(story);
        let rule = "═".repeat(72);
        let _ = writeln!(out, "{rule}\n{} · {}", story.id, story.title);
        let _ = writeln!(out, "{}\n", story_facts(story).join(" · "));
        for item in &story.summary {
            let _ = writeln!(out, "  {} {}", item.text, cite(&src.markers(item)));
        }
        if !story.timeline.is_empty() {
            let _ = writeln!(out, "\n  Timeline");
            for t in &story.timeline {
                let _ = writeln!(
                    out,
                    "  {}  {}{} {}",
                    t.date,
                    if t.upcoming { "ahead · " } else { "" },
                    t.text,
                    cite(&src.numbers(&t.sources))
                );
            }
        }
        // A story of one event: its summary is the event's, said once.
        let single = story.events.len() == 1;
        for ev in d.events.iter().filter(|e| e.story == story.id) {
            let _ = writeln!(
                out,
                "\n  ── {} · {}",
                ev.date.as_deref().unwrap_or("undated"),
                ev.title
            );
            let mut f = vec![plural(ev.sources, "source", "sources")];
            if ev.copies > 0 {
                f.push(format!("+{}", plural(ev.copies, "copy", "copies")));
            }
            if !ev.outlets.is_empty() {
                f.push(ev.outlets.join(", "));
            }
            let _ = writeln!(out, "     {} · {}", ev.id, f.join(" · "));
            for item in ev.summary.iter().filter(|_| !single) {
                let _ = writeln!(out, "     • {} {}", item.text, cite(&src.markers(item)));
            }
            let who = shown_names(&ev.entities, "PER", 6);
            if !who.is_empty() {
                let _ = writeln!(out, "     Who: {}", who.join(", "));
            }
            for q in ev
                .quotes
                .iter()
                .filter(|q| q.direct && q.text.split_whitespace().count() >= 4)
                .take(3)
            {
                let _ = writeln!(
                    out,
                    "     » {}: « {} » {}",
                    q.speaker,
                    q.text,
                    cite(&src.numbers(&q.articles))
                );
            }
            for d in &ev.disagreements {
                let _ = writeln!(
                    out,
                    "     ⚠ {}: {} {}",
                    d.parties(),
                    d.text,
                    cite(&src.numbers(std::slice::from_ref(&d.article)))
                );
            }
        }
        let _ = writeln!(out, "\n  Sources");
        for (n, id) in src.order.iter().enumerate() {
            let _ = writeln!(
                out,
                "  [{}] {}",
                n + 1,
                describe(id, articles.get(id).copied())
            );
        }
        out.push('\n');
    }
    if shown < d.stories.len() {
        let _ = writeln!(
            out,
            "… and {} more (see --json / --html).",
            plural(d.stories.len() - shown, "story", "stories")
        );
    }
    out
}

fn cite(ns: &[usize]) -> String {
    ns.iter().map(|n| format!("[{n}]")).collect()
}

fn describe(id: &str, a: Option<&ArticleEntry>) -> String {
    let Some(a) = a else { return id.to_string() };
    let mut parts = vec![a
        .title
        .clone()
        .or_else(|| a.lead.clone())
        .unwrap_or_else(|| id.to_string())];
    parts.extend(a.outlet.clone());
    parts.extend(a.published.map(|p| p.date().format("%Y-%m-%d").to_string()));
    if let Some(o) = &a.duplicate_of {
        parts.push(format!("copy of {o}"));
    }
    let mut s = parts.join(" — ");
    if a.title.is_some() || a.lead.is_some() {
        s.push_str(&format!(" ({id})"));
    }
    s
}

/// The names of an event's entities of type `kind` to show, at most `n`:
/// the people in the news, not the outlets' reporters, and not a surname
/// or a first name alone that full names beside it make ambiguous ("Trump"
/// beside "Donald Trump" and "Melania Trump", "François" beside "François
/// Hollande" and "François Fillon").
fn shown_names<'a>(entities: &'a [EventEntity], kind: &str, n: usize) -> Vec<&'a str> {
    let part_of_another = |e: &EventEntity| {
        !e.name.contains(' ')
            && entities.iter().any(|o| {
                o.kind == e.kind
                    && o.name.len() > e.name.len()
                    && (o
                        .name
                        .strip_suffix(e.name.as_str())
                        .is_some_and(|r| r.ends_with(' '))
                        || o.name
                            .strip_prefix(e.name.as_str())
                            .is_some_and(|r| r.starts_with(' ')))
            })
    };
    entities
        .iter()
        .filter(|e| e.kind == kind && !e.reporter && !(kind == "PER" && part_of_another(e)))
        .take(n)
        .map(|e| e.name.as_str())
        .collect()
}

fn esc(s: &str) -> String {
    html_escape::encode_text(s).into_owned()
}

fn attr(s: &str) -> String {
    html_escape::encode_double_quoted_attribute(s).into_owned()
}

const STYLE: &str = r#"
:root{--ink:#1d232b;--muted:#5d6b7a;--rule:#d9dee4;--accent:#b3261e;--card:#fff;--bg:#f5f3ef}
*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.55 Georgia,"Times New Roman",serif}
header.masthead{border-bottom:3px double var(--ink);padding:1.4rem 1rem .8rem;text-align:center;background:var(--card)}
header.masthead h1{margin:0;font-size:2.4rem;letter-spacing:.04em}header.masthead p{margin:.3rem 0 0;color:var(--muted);font:14px system-ui,sans-serif}
main{max-width:1100px;margin:0 auto;padding:1rem}
nav.toc{font:14px system-ui,sans-serif;margin:1rem 0}nav.toc ol{columns:2 22rem;column-gap:2.8rem;padding-left:1.6rem}nav.toc li{break-inside:avoid;margin-bottom:.15rem}nav.toc a{color:var(--ink)}nav.toc .meta{color:var(--muted);font-size:12px;white-space:nowrap}
section.story{background:var(--card);border:1px solid var(--rule);border-radius:6px;padding:1.2rem 1.4rem;margin:1.4rem 0}
section.story>h2{margin:.1rem 0 .2rem;font-size:1.6rem;line-height:1.25}
.facts{color:var(--muted);font:13px system-ui,sans-serif;margin:0 0 .8rem}
.summary p{margin:.35rem 0}.lead p:first-child{font-size:1.08rem}
sup.cite a{color:var(--accent);text-decoration:none;font:600 11px system-ui,sans-serif;margin-left:1px}
sup.cite a:hover{text-decoration:underline}
.events{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:.9rem;margin:1rem 0}
article.event{border:1px solid var(--rule);border-top:3px solid var(--accent);border-radius:4px;padding:.7rem .9rem;background:#fcfcfb}
article.event h3{margin:.15rem 0 .3rem;font-size:1.08rem;line-height:1.3}
article.event time{font:600 12px system-ui,sans-serif;color:var(--accent);text-transform:uppercase;letter-spacing:.05em}
article.event .summary{font-size:.95rem}
details.sources{font:13px system-ui,sans-serif;margin-top:.6rem}details.sources summary{cursor:pointer;color:var(--muted)}
ol.sources{padding-left:1.6rem}ol.sources li{margin:.2rem 0}ol.sources li:target{background:#fff3c4}
.outlet{font-weight:600}.copy{color:var(--muted)}
.entities{font:13px system-ui,sans-serif;color:var(--ink);margin:.5rem 0}.entities .label{color:var(--muted);text-transform:uppercase;font-size:11px;letter-spacing:.05em}
.who h4{font:600 12px system-ui,sans-serif;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin:.6rem 0 .2rem}
.who ul{padding-left:1rem;margin:.2rem 0;font-size:.9rem}.who .speaker{font-weight:600;font-family:system-ui,sans-serif;font-size:.85rem}
.disagree{border-left:3px solid #e0a100;background:#fff8e1;padding:.3rem .5rem;font-size:.9rem;margin:.4rem 0}
h3.section{font:600 13px system-ui,sans-serif;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:1rem 0 .3rem}
ol.timeline{list-style:none;padding-left:0;border-left:2px solid var(--rule);margin-left:.4rem}
ol.timeline li{position:relative;padding:.15rem 0 .35rem 1rem;font-size:.95rem}
ol.timeline li::before{content:"";position:absolute;left:-6px;top:.55rem;width:10px;height:10px;border-radius:50%;background:var(--accent)}
ol.timeline time{font:600 12px system-ui,sans-serif;color:var(--accent);margin-right:.4rem}
ol.timeline li.upcoming::before{background:var(--card);border:2px solid var(--accent);width:6px;height:6px}
ol.timeline .ahead{font:600 11px system-ui,sans-serif;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin-right:.4rem}
footer{color:var(--muted);font:12px system-ui,sans-serif;text-align:center;padding:2rem}
"#;

/// The self-contained HTML report.
pub fn html(d: &Digest) -> String {
    let articles: HashMap<&str, &ArticleEntry> =
        d.articles.iter().map(|a| (a.id.as_str(), a)).collect();
    let copies = d
        .articles
        .iter()
        .filter(|a| a.duplicate_of.is_some())
        .count();
    let mut o = String::new();
    o.push_str("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n");
    o.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Gazette digest</title>\n<style>");
    o.push_str(STYLE);
    o.push_str("</style></head><body>\n<header class=\"masthead\"><h1>Gazette</h1>");
    let _ = write!(
        o,
        "<p>{} · {} · {}{}</p></header>\n<main>\n",
        plural(d.stories.len(), "story", "stories"),
        plural(d.events.len(), "event", "events"),
        plural(d.articles.len(), "article", "articles"),
        if copies > 0 {
            format!(" · {} folded", plural(copies, "copy", "copies"))
        } else {
            String::new()
        }
    );
    if d.stories.len() > 1 {
        toc_html(&mut o, &d.stories);
    }
    for story in &d.stories {
        story_html(&mut o, d, story, &articles);
    }
    o.push_str("</main>\n<footer>Generated by Gazette. Summaries are extracts; every sentence links to the articles that carry it.</footer>\n</body></html>\n");
    o
}

/// What a reader learns of a story at a glance: its events, articles,
/// days and outlets.
fn story_facts(story: &Story) -> Vec<String> {
    let mut facts = vec![
        plural(story.events.len(), "event", "events"),
        plural(story.articles.len(), "article", "articles"),
    ];
    facts.extend(dates(&story.date, &story.last_date));
    if !story.outlets.is_empty() {
        facts.push(story.outlets.join(", "));
    }
    facts
}

/// The list of stories at the top of a report of several.
fn toc_html(o: &mut String, stories: &[Story]) {
    o.push_str("<nav class=\"toc\"><ol>");
    for s in stories {
        // When and how much, so that a reader can pick a story from
        // the list.
        let mut meta: Vec<String> = dates(&s.date, &s.last_date).into_iter().collect();
        meta.push(plural(s.articles.len(), "article", "articles"));
        let _ = write!(
            o,
            "<li><a href=\"#{}\">{}</a> <span class=\"meta\">{}</span></li>",
            attr(&s.id),
            esc(&s.title),
            esc(&meta.join(" · "))
        );
    }
    o.push_str("</ol></nav>\n");
}

/// A story: its summary, timeline, event cards and numbered sources.
fn story_html(o: &mut String, d: &Digest, story: &Story, articles: &HashMap<&str, &ArticleEntry>) {
    let src = Sources::of(story);
    let _ = write!(
        o,
        "<section class=\"story\" id=\"{}\">\n<h2>{}</h2>\n",
        attr(&story.id),
        esc(&story.title)
    );
    let _ = writeln!(
        o,
        "<p class=\"facts\">{}</p>",
        esc(&story_facts(story).join(" · "))
    );
    o.push_str("<div class=\"summary lead\">");
    for item in &story.summary {
        summary_html(o, item, &src, &story.id);
    }
    o.push_str("</div>\n");
    if !story.timeline.is_empty() {
        timeline_html(o, story, &src);
    }
    o.push_str("<div class=\"events\">\n");
    let single = story.events.len() == 1;
    for ev in d.events.iter().filter(|e| e.story == story.id) {
        event_html(o, ev, single, &src, &story.id);
    }
    o.push_str("</div>\n<details class=\"sources\" open><summary>Sources</summary><ol class=\"sources\">\n");
    for (n, id) in src.order.iter().enumerate() {
        let _ = write!(o, "<li id=\"{}-src-{}\">", attr(&story.id), n + 1);
        match articles.get(id) {
            Some(a) => source_html(o, a, id),
            None => o.push_str(&esc(id)),
        }
        o.push_str("</li>\n");
    }
    o.push_str("</ol></details>\n</section>\n");
}

/// A story's timeline, days to come marked.
fn timeline_html(o: &mut String, story: &Story, src: &Sources<'_>) {
    o.push_str("<h3 class=\"section\">Timeline</h3><ol class=\"timeline\">");
    for t in &story.timeline {
        let _ = write!(
            o,
            "<li{}><time datetime=\"{}\">{}</time>{} {}",
            if t.upcoming {
                " class=\"upcoming\""
            } else {
                ""
            },
            attr(&t.date),
            esc(&t.date),
            if t.upcoming {
                "<span class=\"ahead\">ahead</span>"
            } else {
                ""
            },
            esc(&t.text)
        );
        cite_html(o, src.numbers(&t.sources), &story.id);
        o.push_str("</li>");
    }
    o.push_str("</ol>\n");
}

/// An event's card: its date, title, sources, summary (not for a story's
/// only event, whose summary the story's already is), names and who said
/// what.
fn event_html(o: &mut String, ev: &Event, single: bool, src: &Sources<'_>, story: &str) {
    let _ = write!(o, "<article class=\"event\" id=\"{}\">", attr(&ev.id));
    match &ev.date {
        Some(date) => {
            let _ = write!(o, "<time datetime=\"{}\">{}</time>", attr(date), esc(date));
        }
        None => o.push_str("<time>undated</time>"),
    }
    let _ = write!(o, "<h3>{}</h3>", esc(&ev.title));
    let mut f = vec![plural(ev.sources, "source", "sources")];
    if ev.copies > 0 {
        f.push(format!("+{}", plural(ev.copies, "copy", "copies")));
    }
    if !ev.outlets.is_empty() {
        f.push(ev.outlets.join(", "));
    }
    let _ = write!(
        o,
        "<p class=\"facts\">{}</p><div class=\"summary\">",
        esc(&f.join(" · "))
    );
    for item in ev.summary.iter().filter(|_| !single) {
        summary_html(o, item, src, story);
    }
    o.push_str("</div>");
    let kinds = [
        ("PER", "People"),
        ("LOC", "Places"),
        ("ORG", "Organisations"),
    ];
    let groups: Vec<String> = kinds
        .iter()
        .filter_map(|(k, label)| {
            let names: Vec<String> = shown_names(&ev.entities, k, 5)
                .into_iter()
                .map(esc)
                .collect();
            (!names.is_empty())
                .then(|| format!("<span class=\"label\">{label}</span> {}", names.join(", ")))
        })
        .collect();
    if !groups.is_empty() {
        let _ = write!(o, "<p class=\"entities\">{}</p>", groups.join(" · "));
    }
    who_html(o, ev, src, story);
    o.push_str("</article>\n");
}

/// An event's quotes (of two words or more) and disagreements.
fn who_html(o: &mut String, ev: &Event, src: &Sources<'_>, story: &str) {
    let quotes: Vec<_> = ev
        .quotes
        .iter()
        .filter(|q| q.text.split_whitespace().count() >= 2)
        .take(6)
        .collect();
    if quotes.is_empty() && ev.disagreements.is_empty() {
        return;
    }
    o.push_str("<div class=\"who\"><h4>Who said what</h4><ul>");
    for q in quotes {
        let _ = write!(
            o,
            "<li><span class=\"speaker\">{}</span> {}{}{}",
            esc(&q.speaker),
            if q.direct { "« " } else { "" },
            esc(&q.text),
            if q.direct { " »" } else { "" }
        );
        cite_html(o, src.numbers(&q.articles), story);
        o.push_str("</li>");
    }
    o.push_str("</ul>");
    for d in &ev.disagreements {
        let _ = write!(
            o,
            "<p class=\"disagree\"><strong>{}</strong> {}",
            esc(&d.parties()),
            esc(&d.text)
        );
        cite_html(o, src.numbers(std::slice::from_ref(&d.article)), story);
        o.push_str("</p>");
    }
    o.push_str("</div>");
}

/// One numbered source: its title (linked to its address), outlet, day,
/// and the article it copies.
fn source_html(o: &mut String, a: &ArticleEntry, id: &str) {
    let title = a.title.as_deref().or(a.lead.as_deref()).unwrap_or(id);
    match &a.url {
        Some(u) => {
            let _ = write!(o, "<a href=\"{}\">{}</a>", attr(u), esc(title));
        }
        None => o.push_str(&esc(title)),
    }
    if let Some(outlet) = &a.outlet {
        let _ = write!(o, " — <span class=\"outlet\">{}</span>", esc(outlet));
    }
    if let Some(p) = a.published {
        let _ = write!(o, " — {}", p.date().format("%Y-%m-%d"));
    }
    if let Some(c) = &a.duplicate_of {
        let _ = write!(o, " <span class=\"copy\">(copy of {})</span>", esc(c));
    }
    if a.title.is_some() || a.lead.is_some() {
        let _ = write!(o, " <span class=\"copy\">{}</span>", esc(id));
    }
}

fn summary_html(o: &mut String, item: &SummaryItem, src: &Sources<'_>, story: &str) {
    let _ = write!(o, "<p>{}", esc(&item.text));
    cite_html(o, src.markers(item), story);
    o.push_str("</p>");
}

/// Citation markers `[n]`, each a link to the story's `n`th source.
fn cite_html(o: &mut String, numbers: Vec<usize>, story: &str) {
    for n in numbers {
        let _ = write!(
            o,
            "<sup class=\"cite\"><a href=\"#{}-src-{n}\">[{n}]</a></sup>",
            attr(story)
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gazette_digest::{Event, Story};

    #[test]
    fn a_name_part_the_full_names_beside_it_make_ambiguous_is_not_shown() {
        let person = |name: &str| EventEntity {
            name: name.into(),
            kind: "PER".into(),
            ..EventEntity::default()
        };
        let place = EventEntity {
            kind: "LOC".into(),
            ..person("Trump")
        };
        let all = [
            person("Donald Trump"),
            person("Trump"),
            person("Melania Trump"),
            person("Macron"),
            person("Melania"),
            place,
        ];
        assert_eq!(
            shown_names(&all, "PER", 6),
            ["Donald Trump", "Melania Trump", "Macron"]
        );
        assert_eq!(shown_names(&all, "LOC", 6), ["Trump"]);
    }

    fn sample() -> Digest {
        let item = SummaryItem {
            text: "Leaders <met> & talked.".into(),
            sources: vec!["a".into(), "b".into()],
        };
        Digest {
            articles: vec![
                ArticleEntry {
                    id: "a".into(),
                    title: Some("A".into()),
                    outlet: Some("Wire".into()),
                    event: "e1".into(),
                    story: "s1".into(),
                    ..Default::default()
                },
                ArticleEntry {
                    id: "b".into(),
                    duplicate_of: Some("a".into()),
                    event: "e1".into(),
                    story: "s1".into(),
                    ..Default::default()
                },
            ],
            stories: vec![Story {
                id: "s1".into(),
                title: "Talks".into(),
                events: vec!["e1".into()],
                articles: vec!["a".into(), "b".into()],
                summary: vec![item.clone()],
                ..Default::default()
            }],
            events: vec![Event {
                id: "e1".into(),
                story: "s1".into(),
                title: "Talks".into(),
                date: Some("2020-02-28".into()),
                articles: vec!["a".into(), "b".into()],
                sources: 1,
                copies: 1,
                summary: vec![item],
                ..Default::default()
            }],
        }
    }

    #[test]
    fn text_cites_numbered_sources() {
        let t = text(&sample(), None);
        assert!(t.contains("Leaders <met> & talked. [1][2]"), "{t}");
        assert!(t.contains("[1] A — Wire (a)"), "{t}");
        assert!(t.contains("copy of a"), "{t}");
    }

    #[test]
    fn html_escapes_and_links_citations() {
        let h = html(&sample());
        assert!(h.contains("Leaders &lt;met&gt; &amp; talked."));
        assert!(h.contains("href=\"#s1-src-2\""));
        assert!(h.contains("id=\"s1-src-2\""));
        assert!(!h.contains("<script"));
    }

    #[test]
    fn the_list_of_stories_says_when_and_how_much() {
        let mut d = sample();
        d.stories[0].date = Some("2020-02-27".into());
        d.stories[0].last_date = Some("2020-02-28".into());
        d.stories.push(Story {
            id: "s2".into(),
            title: "Quake".into(),
            articles: vec!["c".into()],
            ..Default::default()
        });
        let h = html(&d);
        assert!(
            h.contains("<li><a href=\"#s1\">Talks</a> <span class=\"meta\">2020-02-27 – 2020-02-28 · 2 articles</span></li>"),
            "{h}"
        );
        assert!(h.contains("<span class=\"meta\">1 article</span>"), "{h}");
    }

    #[test]
    fn a_disagreement_without_a_named_claimant_says_who_disputes() {
        let mut d = sample();
        d.events[0].disagreements = vec![
            gazette_digest::EventDisagreement {
                claimant: None,
                contester: Some("Ahmad Chafiq".into()),
                text: "M. Chafiq a réfuté cette argumentation.".into(),
                article: "a".into(),
            },
            gazette_digest::EventDisagreement {
                claimant: Some("Moscou".into()),
                contester: Some("Ankara".into()),
                text: "Une version contestée par Ankara.".into(),
                article: "a".into(),
            },
        ];
        let t = text(&d, None);
        assert!(t.contains("⚠ Ahmad Chafiq disputes: M. Chafiq"), "{t}");
        assert!(t.contains("⚠ Moscou vs Ankara: Une version"), "{t}");
        assert!(!t.contains('?'), "{t}");
        let h = html(&d);
        assert!(h.contains("<strong>Ahmad Chafiq disputes</strong>"), "{h}");
    }
}
