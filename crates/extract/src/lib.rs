//! Extraction: the first stage of Gazette's pipeline, from a
//! [`RawDocument`] to a clean [`Article`].
//!
//! Two cleaners share one set of judgements about what is prose and what is
//! page furniture ([`signals`]): [`html`] finds the article container of a page
//! and cleans its blocks; [`text`] cleans pages that were already flattened to
//! text, where only line shape and wording are left to go on. Metadata (title,
//! outlet, authors, dates, language) comes from the page's own declarations
//! ([`meta`]), from byline and source lines ([`byline`]), and from the feed's
//! hints, which win. Every function here is pure: no I/O, no global state
//! beyond compiled patterns.

/// A regex compiled once, on first use (never per page or per block).
macro_rules! regex {
    ($pattern:expr) => {{
        static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
        RE.get_or_init(|| regex::Regex::new($pattern).expect("patterns in the source are valid"))
    }};
}

pub mod byline;
mod classify;
pub mod corpus;
pub mod dates;
pub mod dom;
pub mod escapes;
pub mod html;
pub mod meta;
pub mod mojibake;
pub mod signals;
pub mod text;

use std::borrow::Cow;

use chrono::{NaiveDate, Utc};
use gazette_lang::Lang;
use gazette_model::{Article, Content, PubDate, RawDocument};

use crate::dom::{collapse_whitespace, Dom};

/// Why a document yielded no article.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ExtractError {
    /// Nothing in the document reads as article text.
    #[error("no article text found")]
    NoText,
}

/// Normalised form used to compare blocks and titles: lowercase letters and
/// digits only.
pub(crate) fn text_key(s: &str) -> String {
    if s.bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    {
        return s.to_string();
    }
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A hash of [`text_key`] computed without allocating, for deduplicating
/// blocks.
pub(crate) fn text_key_hash(s: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    for c in s
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
    {
        h.write_u32(c as u32);
    }
    h.finish()
}

/// Extracts the article from a raw document.
pub fn extract(doc: &RawDocument) -> Result<Article, ExtractError> {
    extract_with(doc, None, &mut None)
}

/// Like [`extract`], knowing the lines the rest of the batch repeats
/// (`corpus`), and when `trace` is `Some`, filling it with the extractor's
/// decisions (container chosen, each block's verdict).
pub fn extract_with(
    doc: &RawDocument,
    corpus: Option<&corpus::Corpus>,
    trace: &mut Option<Vec<String>>,
) -> Result<Article, ExtractError> {
    let mut article = match &doc.content {
        Content::Html(html) => extract_html(doc, html, trace),
        Content::Text(text) => extract_text(doc, &repair_flat(text), corpus),
    };
    // A feed's authors are its word on this very item, like its title;
    // the outlet and its agencies ("Le Monde avec AFP") are not authors.
    let mut given = byline::clean_authors(&doc.hints.authors);
    given.retain(|a| {
        !byline::is_known_outlet(a)
            && !article
                .outlet
                .as_deref()
                .is_some_and(|o| o.eq_ignore_ascii_case(a))
    });
    if !given.is_empty() {
        article.authors = given;
    }
    // Titles from feeds and metadata carry the same misreadings.
    if let Some(t) = &article.title {
        if let Cow::Owned(fixed) = repair_flat(t) {
            article.title = Some(fixed);
        }
    }
    // Wire copy credits its source at the end of the headline ("… (AP)")
    // or in the dateline ("WASHINGTON (Reuters) - …"): the credit is no
    // part of the headline, and it is the best outlet known when nothing
    // else names one.
    let lede = article.text.split('\n').find(|l| !l.trim().is_empty());
    if let Some((head, tag)) = article
        .title
        .as_deref()
        .and_then(|t| byline::split_source_tag(t).or_else(|| byline::split_echoed_tag(t, lede?)))
        .map(|(h, t)| (h.to_string(), t.to_string()))
    {
        article.title = Some(head);
        article.outlet.get_or_insert(tag);
    }
    if let Some(t) = &article.title {
        let bare = byline::without_update_tag(t);
        if bare.len() < t.len() {
            article.title = Some(bare.to_string());
        }
    }
    if article.outlet.is_none() {
        article.outlet = lede.and_then(byline::dateline_agency).map(str::to_string);
    }
    // A headline alone is a valid record in a feed of flattened text
    // (wire headlines, briefs); a page with markup and no text is not an
    // article.
    let headline_only = matches!(doc.content, Content::Text(_)) && article.title.is_some();
    if article.text.trim().is_empty() && !headline_only {
        return Err(ExtractError::NoText);
    }
    Ok(article)
}

/// Flattened text and titles as their writer meant them: markup escapes
/// decoded and the tags they spelt taken out ([`escapes`]), then mojibake
/// undone ([`mojibake`]).
fn repair_flat(text: &str) -> Cow<'_, str> {
    let decoded = escapes::repair(text);
    let stripped = match escapes::strip_tags(&decoded) {
        Cow::Borrowed(_) => decoded,
        Cow::Owned(t) => Cow::Owned(t),
    };
    match stripped {
        Cow::Borrowed(t) => mojibake::repair(t),
        Cow::Owned(t) => Cow::Owned(mojibake::repair(&t).into_owned()),
    }
}

fn base_article(doc: &RawDocument) -> Article {
    Article {
        id: doc.id.clone(),
        source: doc.source.clone(),
        url: doc.hints.url.clone(),
        title: doc.hints.title.clone(),
        text: String::new(),
        language: None,
        published: doc.hints.published,
        outlet: doc.hints.outlet.clone(),
        authors: Vec::new(),
        description: None,
    }
}

/// Language of the extracted text; the declared one only when the text is
/// too short to judge (declarations are often a site-wide default).
fn final_language(text: &str, declared: Option<Lang>) -> Option<String> {
    let detected = if text.chars().filter(|c| c.is_alphabetic()).count() >= 20 {
        gazette_lang::detect(text)
    } else {
        None
    };
    detected.or(declared).map(|l| l.code().to_string())
}

/// Words a record's lone line may have to be read as its headline.
const MAX_HEADLINE_WORDS: usize = 30;

fn extract_text(doc: &RawDocument, text: &str, corpus: Option<&corpus::Corpus>) -> Article {
    let mut a = base_article(doc);
    let declared = doc.hints.language.as_deref().and_then(Lang::from_code);
    let lang = declared.or_else(|| gazette_lang::detect(text));
    let hint = doc.hints.title.as_deref().map(repair_flat);
    let clean = text::clean_text_in(text, hint.as_deref(), lang, corpus);
    a.title = a.title.or(clean.title);
    a.outlet = a.outlet.or(clean.outlet);
    // A record's fields are its supplier's word; a text file has only its
    // own date line.
    if !doc.hints.record {
        a.published = a
            .published
            .or(clean.published)
            .or_else(|| clean.url.as_deref().and_then(dates::date_from_url));
    }
    // An address the text gives fills a field its supplier left empty.
    a.url = a.url.or(clean.url);
    a.authors = clean.authors;
    a.text = clean.paragraphs.join("\n\n");
    // A record whose text is one short line, besides its address and its
    // date, is a headline ("Esther Williams, swimming star, dies at 91"
    // under a video page's address and day): its supplier sent it as the
    // news, so it is kept as such rather than lost for having no
    // paragraph.
    if doc.hints.record && a.title.is_none() && a.text.is_empty() {
        let mut lines = text.lines().map(str::trim).filter(|l| {
            !l.is_empty()
                && text::lone_address(l).is_none()
                && !(dates::find_date(l).is_some() && l.split_whitespace().count() <= 5)
        });
        if let (Some(line), None) = (lines.next(), lines.next()) {
            if line.split_whitespace().count() <= MAX_HEADLINE_WORDS {
                a.title = Some(dom::collapse_whitespace(line));
            }
        }
    }
    // A language given with the record (a JSON Lines field) is the
    // supplier's word for this very article, unlike a page's site-wide
    // `lang` attribute: trust it.
    a.language = match declared {
        Some(l) => Some(l.code().to_string()),
        None => final_language(&a.text, lang),
    };
    a
}

fn extract_html(doc: &RawDocument, html: &str, trace: &mut Option<Vec<String>>) -> Article {
    let mut a = base_article(doc);
    let dom = Dom::parse(html);
    let meta = meta::page_meta(&dom);
    a.url = a.url.or(meta.url.clone());
    a.outlet = a
        .outlet
        .or(meta.site_name.clone())
        .or_else(|| a.url.as_deref().and_then(host_of));
    a.title = a
        .title
        .or_else(|| {
            meta.headline
                .as_deref()
                .map(|t| strip_site_name(t, a.outlet.as_deref()))
        })
        .or(meta.h1.clone())
        .or_else(|| {
            meta.html_title
                .as_deref()
                .map(|t| strip_site_name(t, a.outlet.as_deref()))
        });
    a.authors = meta.authors.clone();
    a.description = meta.description.clone();

    let declared = doc
        .hints
        .language
        .as_deref()
        .or(meta.language.as_deref())
        .and_then(Lang::from_code);
    let lang = declared.or_else(|| {
        let probe = format!(
            "{} {}",
            a.title.as_deref().unwrap_or(""),
            a.description.as_deref().unwrap_or("")
        );
        gazette_lang::detect(&probe)
    });
    let content = html::extract_content(&dom, a.title.as_deref(), lang, trace.is_some());
    if let Some(t) = trace.as_mut() {
        t.extend(content.trace);
    }
    a.text = content.paragraphs.join("\n\n");
    if a.text.split_whitespace().count() < 10 {
        if let Some(body) = meta.article_body.as_deref().or(a.description.as_deref()) {
            a.text = body
                .split('\n')
                .map(collapse_whitespace)
                .filter(|p| !p.is_empty())
                .collect::<Vec<_>>()
                .join("\n\n");
        }
    }
    // A page decoded with the wrong charset.
    if let Cow::Owned(fixed) = mojibake::repair(&a.text) {
        a.text = fixed;
    }
    a.language = final_language(&a.text, declared);
    let reference = doc
        .hints
        .fetched
        .map(|d| d.date())
        .unwrap_or_else(|| Utc::now().date_naive());
    // Machine-readable dates first; the date line a reader sees else.
    a.published = a
        .published
        .or_else(|| plausible_date(&meta.dates, reference))
        .or(content
            .published
            .filter(|d| dates::plausible(*d, Some(reference))));
    a
}

/// The first date that is neither before the web nor after the crawl.
fn plausible_date(dates: &[PubDate], reference: NaiveDate) -> Option<PubDate> {
    dates
        .iter()
        .find(|d| dates::plausible(**d, Some(reference)))
        .copied()
}

fn host_of(url: &str) -> Option<String> {
    let rest = url.split("://").nth(1)?;
    let host = rest.split(['/', '?', '#', ':']).next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then(|| host.to_string())
}

/// "Headline - Outlet" / "Outlet | Headline" → "Headline"; twice, for
/// "Headline | Outlet | 23.05.2011" and "Headline - Outlet - Tagline".
fn strip_site_name(title: &str, site: Option<&str>) -> String {
    let once = strip_site_name_once(title, site);
    if once.len() < title.trim().len() {
        strip_site_name_once(&once, site)
    } else {
        once
    }
}

fn strip_site_name_once(title: &str, site: Option<&str>) -> String {
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · "] {
        if let Some((a, b)) = title.rsplit_once(sep).or_else(|| title.split_once(sep)) {
            let site_key = site.map(text_key);
            if site_key.as_deref() == Some(text_key(b).as_str()) {
                return a.trim().to_string();
            }
            if site_key.as_deref() == Some(text_key(a).as_str()) {
                return b.trim().to_string();
            }
            // A short capitalised tail is a site's name or a rubric ("|
            // ARTE Radio", "- Politique"), not the end of the headline.
            if b.split_whitespace().count() <= 3
                && a.split_whitespace().count() > 3
                && b.trim()
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_numeric())
            {
                return a.trim().to_string();
            }
        }
    }
    title.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use gazette_model::Hints;

    fn raw(content: Content) -> RawDocument {
        RawDocument {
            id: "x".into(),
            source: "x.html".into(),
            content,
            hints: Hints::default(),
        }
    }

    #[test]
    fn a_text_files_date_line_dates_it_and_a_records_does_not() {
        let text = "Poutine et Erdogan au téléphone\nPublished: February 28, 2020\n\
            Les présidents russe et turc se sont entretenus vendredi par téléphone après les bombardements qui ont touché la province d'Idleb.";
        let file = extract(&raw(Content::Text(text.into()))).unwrap();
        assert_eq!(
            file.published.map(|d| d.to_string()).as_deref(),
            Some("2020-02-28")
        );
        // A JSON Lines record without `published`: its supplier did not say.
        let mut record = raw(Content::Text(text.into()));
        record.hints.record = true;
        assert_eq!(extract(&record).unwrap().published, None);
        // A saved page's address line dates a file without a date line,
        // and is its address.
        let text = "https://www.example.fr/monde/2020/02/28/poutine-erdogan.html\n\
            Poutine et Erdogan au téléphone\n\
            Les présidents russe et turc se sont entretenus vendredi par téléphone après les bombardements qui ont touché la province d'Idleb.";
        let file = extract(&raw(Content::Text(text.into()))).unwrap();
        assert_eq!(
            file.published.map(|d| d.to_string()).as_deref(),
            Some("2020-02-28")
        );
        assert_eq!(
            file.url.as_deref(),
            Some("https://www.example.fr/monde/2020/02/28/poutine-erdogan.html")
        );
        assert!(!file.text.contains("https"), "{}", file.text);
    }

    #[test]
    fn wire_credits_leave_the_headline_for_the_outlet() {
        let text = "WASHINGTON (Reuters) - Oil prices rose on Tuesday as a \
            hurricane shut down production platforms in the Gulf of Mexico.";
        let mut record = raw(Content::Text(text.into()));
        record.hints.record = true;
        record.hints.title = Some("UPDATE 2-Oil Prices Rise as Storm Nears (AP)".into());
        let a = extract(&record).unwrap();
        assert_eq!(a.title.as_deref(), Some("Oil Prices Rise as Storm Nears"));
        // The headline's tag is the nearer credit.
        assert_eq!(a.outlet.as_deref(), Some("AP"));
        // Without a tag, the dateline's agency.
        record.hints.title = Some("Oil Prices Rise as Storm Nears".into());
        assert_eq!(extract(&record).unwrap().outlet.as_deref(), Some("Reuters"));
        // An outlet the supplier names stays.
        record.hints.outlet = Some("The Daily Planet".into());
        assert_eq!(
            extract(&record).unwrap().outlet.as_deref(),
            Some("The Daily Planet")
        );
    }

    #[test]
    fn html_article_with_metadata() {
        let html = r#"<html lang="fr"><head><title>Poutine et Erdogan au téléphone - Le Journal</title>
        <meta property="og:site_name" content="Le Journal">
        <meta property="article:published_time" content="2020-02-28T18:00:00+01:00">
        <meta name="author" content="Jean Dupont"></head><body>
        <article><h1>Poutine et Erdogan au téléphone</h1>
        <p>Les présidents russe et turc se sont entretenus vendredi par téléphone après les bombardements.</p>
        <p>Un espace de dialogue existe toujours, a indiqué le ministre russe des Affaires étrangères.</p></article>
        <script>var future = "2999-01-01";</script></body></html>"#;
        let a = extract(&raw(Content::Html(html.into()))).unwrap();
        assert_eq!(a.title.as_deref(), Some("Poutine et Erdogan au téléphone"));
        assert_eq!(a.outlet.as_deref(), Some("Le Journal"));
        assert_eq!(a.authors, ["Jean Dupont"]);
        assert_eq!(a.language.as_deref(), Some("fr"));
        assert_eq!(
            a.published.unwrap().to_string(),
            "2020-02-28T18:00:00+01:00"
        );
        assert_eq!(a.paragraphs().count(), 2);
    }

    #[test]
    fn future_dates_are_not_publication_dates() {
        let d = [
            PubDate::parse_iso("2030-01-01").unwrap(),
            PubDate::parse_iso("2020-02-28").unwrap(),
        ];
        let reference = NaiveDate::from_ymd_opt(2021, 1, 1).unwrap();
        assert_eq!(
            plausible_date(&d, reference).unwrap().to_string(),
            "2020-02-28"
        );
    }

    #[test]
    fn empty_page_is_an_error() {
        assert_eq!(
            extract(&raw(Content::Html(
                "<html><body><nav>Menu</nav></body></html>".into()
            ))),
            Err(ExtractError::NoText)
        );
    }

    #[test]
    fn a_headline_alone_is_a_record() {
        let a = extract(&raw(Content::Text(
            "Robbers steal diamonds worth millions from a Paris jewellery store".into(),
        )))
        .expect("a headline-only record is kept");
        assert!(a.title.is_some() || !a.text.is_empty(), "{a:?}");
    }

    #[test]
    fn site_names_and_dates_leave_titles() {
        assert_eq!(
            strip_site_name(
                "La perte des terres fertiles en Guinée | DW | 23.05.2011",
                None
            ),
            "La perte des terres fertiles en Guinée"
        );
        assert_eq!(
            strip_site_name("Pour le néolibéralisme, la retraite est un archaïsme - AOC media - Analyse Opinion Critique", None),
            "Pour le néolibéralisme, la retraite est un archaïsme"
        );
        // A lowercase tail ends the headline itself.
        assert_eq!(
            strip_site_name("1 000 morts en France en une semaine - un record", None),
            "1 000 morts en France en une semaine - un record"
        );
    }

    #[test]
    fn site_names_leave_titles() {
        assert_eq!(
            strip_site_name("Un titre assez long ici - Le Journal", Some("Le Journal")),
            "Un titre assez long ici"
        );
        assert_eq!(
            strip_site_name("Le Journal | Un titre", Some("Le Journal")),
            "Un titre"
        );
        assert_eq!(
            strip_site_name("Les combats reprennent à Idleb : le point - RFI", None),
            "Les combats reprennent à Idleb : le point"
        );
    }
}
